/**
 * The seam between the adapter and a Word host: real Office (`Word.run`,
 * `Office.context.requirements.isSetSupported`,
 * `Office.context.document.getFileAsync`) or the in-memory host used by
 * tests and the browser harness. The adapter only ever talks to this.
 */
import type { FileKind } from './host';
import { concatBytes } from '../docx/bytes';
import { WordHostError } from './errors';

export interface WordApi {
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  /** The whole document as a file; absent where the host cannot give one. */
  getFile?(kind: FileKind): Promise<Uint8Array>;
  isSetSupported(name: string, version: string): boolean;
  /** New project ids; `crypto.randomUUID()` unless a host supplies its own. */
  newId?(): string;
}

/** Largest slice Office hands out (4 MB); iPad uses 64 KB whatever we ask. */
const SLICE_SIZE = 4 * 1024 * 1024;

function officeCall<T>(start: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    start((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve(result.value);
      else reject(result.error);
    });
  });
}

async function readSlices(file: Office.File): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (let index = 0; index < file.sliceCount; index += 1) {
    const slice = await officeCall<Office.Slice>((callback) => file.getSliceAsync(index, callback));
    const data = slice.data as ArrayLike<number>;
    const bytes = Uint8Array.from(data);
    chunks.push(bytes);
    total += bytes.length;
  }
  return concatBytes(chunks, total);
}

/**
 * `getFileAsync` with the slice loop, always closing the file (Word keeps at
 * most two open; a leaked one makes the next export fail). Word on the web
 * may refuse PDF or return an empty one: both become `pdfUnavailable`.
 */
export async function getOfficeFile(kind: FileKind): Promise<Uint8Array> {
  const fileType = kind === 'pdf' ? Office.FileType.Pdf : Office.FileType.Compressed;
  let file: Office.File;
  try {
    file = await officeCall<Office.File>((callback) => Office.context.document.getFileAsync(fileType, { sliceSize: SLICE_SIZE }, callback));
  } catch (error) {
    const code = (error as { code?: number }).code;
    if (kind === 'pdf') throw new WordHostError('pdfUnavailable', String((error as Error).message ?? error));
    throw new WordHostError(code === 5001 ? 'fileBusy' : 'fileUnavailable', String((error as Error).message ?? error));
  }
  try {
    const bytes = await readSlices(file);
    if (kind === 'pdf' && bytes.length === 0) throw new WordHostError('pdfUnavailable', 'empty PDF');
    return bytes;
  } catch (error) {
    if (error instanceof WordHostError) throw error;
    throw new WordHostError(kind === 'pdf' ? 'pdfUnavailable' : 'fileUnavailable', String((error as Error).message ?? error));
  } finally {
    await new Promise<void>((resolve) => file.closeAsync(() => resolve()));
  }
}

/** The real thing, for the task pane running inside Word. */
export function createOfficeWordApi(): WordApi {
  return {
    run: (batch) => Word.run((context) => batch(context)),
    getFile: getOfficeFile,
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
  };
}
