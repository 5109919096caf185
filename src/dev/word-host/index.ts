/**
 * An in-memory Word for tests and the browser harness: a real .docx held
 * as its package parts, driven through a strict subset of `Word.*` (the
 * part the add-in uses) with Office.js's proxy semantics enforced —
 * unloaded reads throw, writes wait for `sync()`, and every `sync()` is
 * counted in `syncCount`. It runs in a browser bundle too: no Node imports.
 *
 * What it emulates and what it does not is listed in README.md beside it.
 */
import type { FileKind } from '../../word/host';
import type { WordApi } from '../../word/office-api';
import { WordHostError } from '../../word/errors';
import { paragraphText } from '../../word/ooxml/paragraphs';
import { DocumentState } from './document-state';
import { HostRequestContext } from './document-objects';
import { Batch } from './runtime';

export { OfficeLikeError, propertyNotLoaded } from './runtime';

export interface InMemoryWordOptions {
  /** The document to open; a blank one when omitted. */
  readonly docx?: Uint8Array;
  /** Makes PDF export available (tests in Node pass one that runs LibreOffice). */
  readonly pdfConverter?: (docx: Uint8Array) => Promise<Uint8Array>;
  /** Behave as Word for Windows/Mac 2507+ (WordApiDesktop 1.3: `Font.nameFarEast`). Default: Word on the web. */
  readonly desktop?: boolean;
  /** Highest WordApi version supported (default 1.5). */
  readonly wordApiVersion?: string;
  /** Project ids handed out by `api.newId` (default `crypto.randomUUID`). */
  readonly newId?: () => string;
}

export interface SelectionInfo {
  /** 0-based paragraph index, in `body.paragraphs` order. */
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface InMemoryWord {
  /** Plug into `createWordDocumentHost`. */
  readonly api: WordApi;
  /** `context.sync()` calls so far, over every `run`. */
  readonly syncCount: number;
  /** `Word.run` batches so far. */
  readonly runCount: number;
  readonly selection: SelectionInfo;
  saveDocx(): Uint8Array;
  getFile(kind: FileKind): Promise<Uint8Array>;
}

function versionAtMost(version: string, limit: string): boolean {
  const [a = 0, b = 0] = version.split('.').map(Number);
  const [c = 0, d = 0] = limit.split('.').map(Number);
  return a < c || (a === c && b <= d);
}

export function createInMemoryWord(options: InMemoryWordOptions = {}): InMemoryWord {
  const state = DocumentState.fromDocx(options.docx);
  const desktop = options.desktop ?? false;
  const wordApiVersion = options.wordApiVersion ?? '1.5';
  let syncCount = 0;
  let runCount = 0;
  let running = Promise.resolve();

  const getFile = async (kind: FileKind): Promise<Uint8Array> => {
    const docx = state.toDocx();
    if (kind === 'docx') return docx;
    if (!options.pdfConverter) throw new WordHostError('pdfUnavailable', 'this host has no PDF converter');
    return options.pdfConverter(docx);
  };

  const api: WordApi = {
    // Batches run one after another, as Word queues them.
    run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> {
      const result = running.then(async () => {
        runCount += 1;
        const queue = new Batch(() => {
          syncCount += 1;
        });
        const context = new HostRequestContext({ state, batch: queue, desktop });
        // The host implements the subset of Word.RequestContext the add-in uses; anything else is undefined.
        const value = await batch(context as unknown as Word.RequestContext);
        if (queue.pending) await queue.sync();
        return value;
      });
      running = result.then(
        () => undefined,
        () => undefined,
      );
      return result;
    },
    getFile,
    isSetSupported(name: string, version: string): boolean {
      if (name === 'WordApi') return versionAtMost(version, wordApiVersion);
      if (name === 'WordApiDesktop') return desktop && versionAtMost(version, '1.3');
      if (name === 'PdfFile') return options.pdfConverter !== undefined;
      return false;
    },
    newId: options.newId,
  };

  return {
    api,
    get syncCount() {
      return syncCount;
    },
    get runCount() {
      return runCount;
    },
    get selection(): SelectionInfo {
      const { paragraph, start, end } = state.selection;
      const index = state.indexOf(paragraph);
      return { paragraph: index, start, end, text: paragraphText(paragraph).slice(start, end) };
    },
    saveDocx: () => state.toDocx(),
    getFile,
  };
}
