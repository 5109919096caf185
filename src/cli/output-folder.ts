/**
 * The folder `--fix -o DIR` writes fixed copies into. It must not be the
 * folder of any input — however it is named (absolute, `.`, `..`, or through
 * a symlink: real paths are compared) — because a copy there would sit where
 * the original is, and README promises 原文件不动. Checked before anything is
 * created; then the folder is made, and a path that cannot be a folder (an
 * existing file, a folder under a file, no permission) is one clear line.
 */
import { mkdirSync, realpathSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { err, ok, type Result } from '../core/result';
import { errnoCode, errnoDetail } from './errno';

export type OutputFolderProblem =
  | { readonly kind: 'input-folder'; readonly input: string }
  | { readonly kind: 'not-a-folder' }
  | { readonly kind: 'system'; readonly code: string; readonly detail: string };

function realpathOrUndefined(path: string): string | undefined {
  try {
    return realpathSync.native(path);
  } catch (error: unknown) {
    if (errnoCode(error) !== undefined) return undefined;
    throw error;
  }
}

/** Real folders an input lives in: the folder it was named in, and the folder of the file a symlink points to. */
function inputFolders(input: string): string[] {
  const folders: string[] = [];
  const named = realpathOrUndefined(dirname(input));
  if (named !== undefined) folders.push(named);
  const real = realpathOrUndefined(input);
  if (real !== undefined) folders.push(dirname(real));
  return folders;
}

/**
 * Checks and creates the output folder; returns its absolute path.
 * `inputs` are the files to be fixed, as named (relative to `cwd`).
 */
export function prepareOutputFolder(output: string, inputs: readonly string[], cwd: string): Result<string, OutputFolderProblem> {
  const folder = resolve(cwd, output);
  const real = realpathOrUndefined(folder);
  if (real !== undefined) {
    if (!statSync(real).isDirectory()) return err({ kind: 'not-a-folder' });
    const clash = inputs.find((input) => inputFolders(resolve(cwd, input)).includes(real));
    if (clash !== undefined) return err({ kind: 'input-folder', input: clash });
    return ok(folder);
  }
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error: unknown) {
    const code = errnoCode(error);
    if (code === undefined) throw error;
    if (code === 'EEXIST' || code === 'ENOTDIR') return err({ kind: 'not-a-folder' });
    return err({ kind: 'system', code, detail: errnoDetail(error) });
  }
  return ok(folder);
}
