/**
 * Turns the command line's files, folders and globs into a list of paths:
 * named files as given, a folder's .docx files (its subfolders too with
 * `-r`), globs expanded in a stable order. Word's owner files (`~$名称.docx`,
 * left beside an open document) match `*.docx` but are not documents, so
 * they are skipped. Walks never enter a symlinked folder — a `sub/up → ..`
 * link would otherwise list the same files again and again, and two such
 * links never end — and each file is listed once, however many paths lead
 * to it (compared by real path).
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, join, resolve, sep } from 'node:path';
import type FastGlob from 'fast-glob';
import { errnoCode } from './errno';

/** fast-glob, loaded only when a pattern is a glob: files and folders named outright never need it. */
function fastGlob(): typeof FastGlob {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('fast-glob') as typeof FastGlob;
}

const DOCX = /\.docx$/i;

/**
 * A folder's `.docx` names (relative, `/`-separated), its subfolders' too
 * when `recursive`: hidden names are skipped, and a symlinked folder is
 * listed as a name but never entered: what the globs `*.docx` and, with
 * `recursive`, every-depth `*.docx` match without dot files and without
 * following links.
 */
function walkFolder(folder: string, recursive: boolean, prefix = '', found: string[] = []): string[] {
  for (const entry of readdirSync(prefix === '' ? folder : join(folder, prefix), { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (DOCX.test(entry.name)) found.push(path);
    if (recursive && entry.isDirectory()) walkFolder(folder, true, path, found);
  }
  return found;
}

function kindOf(path: string): 'file' | 'folder' | 'other' | 'missing' {
  try {
    const stat = statSync(path);
    return stat.isFile() ? 'file' : stat.isDirectory() ? 'folder' : 'other';
  } catch (error: unknown) {
    if (errnoCode(error) !== undefined) return 'missing';
    throw error;
  }
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch (error: unknown) {
    if (errnoCode(error) !== undefined) return path;
    throw error;
  }
}

const GLOB_OPTIONS = {
  // Symlinked files are listed (and kept if they lead to a file); symlinked folders are never entered.
  onlyFiles: false,
  followSymbolicLinks: false,
  dot: false,
  unique: true,
} as const;

function byName(a: string, b: string): number {
  return a.localeCompare(b, 'zh-CN');
}

/**
 * The matches (relative to `root`) that are documents. `skip` (a real folder
 * path) leaves out what lies inside it, but only when the walk started above
 * it (at `start`): a walk of the output folder itself keeps its files, so
 * that `--fix` can say why it will not write there.
 */
function documentsOnly(matches: readonly string[], root: string, start: string, skip: string | undefined): string[] {
  const skipInside = skip !== undefined && realpathOr(start) !== skip ? skip + sep : undefined;
  return matches
    .filter((path) => !basename(path).startsWith('~$') && kindOf(resolve(root, path)) === 'file')
    .filter((path) => skipInside === undefined || !realpathOr(resolve(root, path)).startsWith(skipInside))
    .sort(byName);
}

/** The folder a glob starts from: `报告` for `报告/*.docx`, `.` when it starts with a wildcard. */
function globBase(glob: string): string {
  return fastGlob().generateTasks([glob])[0]?.base ?? '.';
}

export interface ExpandOptions {
  /** Also walk the subfolders of a folder named on the command line. */
  readonly recursive: boolean;
  /**
   * A folder whose files walks and globs leave out: `--fix`'s output folder,
   * so fixed copies from an earlier run are not taken for originals.
   * Files named one by one are still taken.
   */
  readonly skipFolder?: string;
}

export function expandFiles(patterns: readonly string[], cwd: string, options: ExpandOptions = { recursive: false }): string[] {
  const skip = options.skipFolder === undefined ? undefined : realpathOr(resolve(cwd, options.skipFolder));
  const seen = new Set<string>();
  const files: string[] = [];
  const add = (path: string): void => {
    const key = realpathOr(resolve(cwd, path));
    if (seen.has(key)) return;
    seen.add(key);
    files.push(path);
  };
  for (const pattern of patterns) {
    const kind = kindOf(resolve(cwd, pattern));
    if (kind === 'file' || kind === 'other') {
      // Named explicitly: kept even if it is not a regular file, so the report says why it cannot be read.
      add(pattern);
      continue;
    }
    if (kind === 'folder') {
      const folder = resolve(cwd, pattern);
      const matches = walkFolder(folder, options.recursive);
      for (const match of documentsOnly(matches, folder, folder, skip)) add(join(pattern, match));
      continue;
    }
    const glob = pattern.replace(/\\/g, '/');
    const matches = fastGlob().sync(glob, { ...GLOB_OPTIONS, cwd });
    for (const match of documentsOnly(matches, cwd, resolve(cwd, globBase(glob)), skip)) add(match);
  }
  return files;
}
