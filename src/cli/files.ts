/**
 * Turns the command line's files and globs into a list of paths: named files
 * as given, globs expanded in a stable order. Word's owner files (`~$名称.docx`,
 * left beside an open document) match `*.docx` but are not documents, so
 * globs skip them.
 */
import { statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import fg from 'fast-glob';

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch (error: unknown) {
    if (error instanceof Error && 'code' in error) return false;
    throw error;
  }
}

export function expandFiles(patterns: readonly string[], cwd: string): string[] {
  const seen = new Set<string>();
  const files: string[] = [];
  const add = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    files.push(path);
  };
  for (const pattern of patterns) {
    if (isFile(resolve(cwd, pattern))) {
      add(pattern);
      continue;
    }
    const matches = fg
      .sync(pattern.replace(/\\/g, '/'), { cwd, onlyFiles: true, dot: false, unique: true })
      .filter((path) => !basename(path).startsWith('~$'))
      .sort((a, b) => a.localeCompare(b, 'zh-CN'));
    for (const match of matches) add(match);
  }
  return files;
}
