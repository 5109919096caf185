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
import { realpathSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import fg from 'fast-glob';
import { errnoCode } from './errno';

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

function documentsOnly(matches: readonly string[], cwd: string): string[] {
  return matches.filter((path) => !basename(path).startsWith('~$') && kindOf(resolve(cwd, path)) === 'file').sort(byName);
}

export interface ExpandOptions {
  /** Also walk the subfolders of a folder named on the command line. */
  readonly recursive: boolean;
}

export function expandFiles(patterns: readonly string[], cwd: string, options: ExpandOptions = { recursive: false }): string[] {
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
      const matches = fg.sync(options.recursive ? '**/*.docx' : '*.docx', { ...GLOB_OPTIONS, cwd: folder, caseSensitiveMatch: false });
      for (const match of documentsOnly(matches, folder)) add(join(pattern, match));
      continue;
    }
    const matches = fg.sync(pattern.replace(/\\/g, '/'), { ...GLOB_OPTIONS, cwd });
    for (const match of documentsOnly(matches, cwd)) add(match);
  }
  return files;
}
