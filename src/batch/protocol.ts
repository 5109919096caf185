/** What the batch page and its worker say to each other. Files travel as `File` handles: the worker reads them. */
import type { Locale } from '../i18n';
import type { FileReport } from '../report/file-report';

export interface BatchFile {
  /** As the report shows it: the path inside the chosen or dropped folder, or the file's name. */
  readonly path: string;
  readonly file: Blob;
}

export type ToWorker =
  | { readonly type: 'check'; readonly batch: number; readonly files: readonly BatchFile[]; readonly locale: Locale }
  | { readonly type: 'cancel'; readonly batch: number }
  /** The fixed copies of `files` (several workers: the checked ones, in the batch's order), or of the files this worker checked. */
  | { readonly type: 'zip'; readonly batch: number; readonly files?: readonly BatchFile[] };

export type FromWorker =
  | { readonly type: 'ready' }
  | { readonly type: 'checked'; readonly batch: number; readonly index: number; readonly report: FileReport; readonly templateName: string | null }
  | { readonly type: 'done'; readonly batch: number; readonly cancelled: boolean }
  | { readonly type: 'zip-progress'; readonly batch: number; readonly done: number; readonly total: number }
  | { readonly type: 'zip'; readonly batch: number; readonly bytes: Uint8Array }
  | { readonly type: 'failed'; readonly batch: number; readonly message: string };
