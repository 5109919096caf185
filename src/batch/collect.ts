/**
 * The .docx files among what a person chose or dropped: loose files, a
 * folder (its subfolders too), or both. Word's owner files (`~$名称.docx`)
 * are not documents and are left out, as the command line leaves them out;
 * the order is the command line's (by name, Chinese collation).
 */
import type { BatchFile } from './protocol';

export interface Collected {
  readonly files: BatchFile[];
  /** Files that are not .docx (pictures, PDFs, owner files). */
  readonly skipped: number;
}

interface Candidate {
  readonly path: string;
  readonly file: File;
}

function isDocument(name: string): boolean {
  return name.toLowerCase().endsWith('.docx') && !name.startsWith('~$');
}

function collect(candidates: readonly Candidate[]): Collected {
  const files = candidates.filter((candidate) => isDocument(candidate.file.name));
  files.sort((a, b) => a.path.localeCompare(b.path, 'zh-CN'));
  return { files: files.map(({ path, file }) => ({ path, file })), skipped: candidates.length - files.length };
}

/** From a file input (`multiple`, or `webkitdirectory` for a folder: then paths keep the folder). */
export function collectFromInput(list: FileList | null): Collected {
  const candidates = Array.from(list ?? []).map((file) => ({ path: file.webkitRelativePath || file.name, file }));
  return collect(candidates);
}

function readAllEntries(reader: FileSystemDirectoryReader): Promise<FileSystemEntry[]> {
  // readEntries gives at most 100 entries per call in Chromium: read until it gives none.
  return new Promise((resolve, reject) => {
    const all: FileSystemEntry[] = [];
    const next = (): void =>
      reader.readEntries((batch) => {
        if (batch.length === 0) {
          resolve(all);
          return;
        }
        all.push(...batch);
        next();
      }, reject);
    next();
  });
}

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

async function walk(entry: FileSystemEntry, into: Candidate[]): Promise<void> {
  if (entry.isFile) {
    into.push({ path: entry.fullPath.replace(/^\//, ''), file: await fileOf(entry as FileSystemFileEntry) });
    return;
  }
  if (entry.isDirectory) {
    for (const child of await readAllEntries((entry as FileSystemDirectoryEntry).createReader())) await walk(child, into);
  }
}

/** From a drop: folders are walked; a browser that cannot walk them gives the loose files. */
export async function collectFromDrop(transfer: DataTransfer): Promise<Collected> {
  const entries = Array.from(transfer.items)
    .map((item) => (item.kind === 'file' ? item.webkitGetAsEntry() : null))
    .filter((entry): entry is FileSystemEntry => entry !== null);
  if (entries.length === 0) return collectFromInput(transfer.files);
  const candidates: Candidate[] = [];
  for (const entry of entries) await walk(entry, candidates);
  return collect(candidates);
}
