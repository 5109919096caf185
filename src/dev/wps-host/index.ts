/**
 * A stand-in for WPS 文字's JS object model, for tests and the browser
 * harness: `Application`, `wps.FileSystem` and `wps.Env` over the same
 * document state as the in-memory Word host (src/dev/word-host), so a
 * document is a real package driven through the object model's rules:
 * synchronous calls, 1-based collections (`Item(0)` throws), `Range.Start`
 * / `End` in characters, sizes and spacing in points, numeric enumerations,
 * and an error for a value of the wrong type. What it emulates is listed
 * in README.md beside it. No Node imports: it runs in a browser bundle.
 */
import type {
  WpsApplication,
  WpsEnv,
  WpsFileSystem,
  WpsPluginStorage,
  WpsRange,
  WpsRuntime,
  WpsSelection,
  WpsTaskPane,
  WpsUndoRecord,
  WpsWindow,
} from '../../wps/object-model';
import { paragraphText } from '../../word/ooxml/paragraphs';
import { DocumentState } from '../word-host/document-state';
import { StandInDocument } from './document';
import { StandInWpsError, checkString } from './errors';
import { StandInRange } from './range';

export { StandInWpsError } from './errors';

export interface StandInWpsOptions {
  /** The document to open; a blank one when omitted. */
  readonly docx?: Uint8Array;
  /** Makes `ExportAsFixedFormat` work (tests in Node pass one that runs LibreOffice). */
  readonly exportPdf?: (docx: Uint8Array) => Uint8Array;
  /** Behave as a WPS without `Application.UndoRecord` (default: it has one). */
  readonly withoutUndoRecord?: boolean;
  /** Behave as a WPS without `wps.FileSystem` / `wps.Env` (default: it has them). */
  readonly withoutFileSystem?: boolean;
  /** Behave as a WPS whose `Document.WordOpenXML` leaves out custom XML and document properties. */
  readonly wordOpenXmlWithoutCustomParts?: boolean;
}

export interface StandInWps {
  /** Plug into `createWpsDocumentHost`. */
  readonly runtime: WpsRuntime;
  /** Steps the user's 撤销 would take back: one per custom undo record, one per change outside any. */
  readonly undoSteps: number;
  /** 0-based index of the paragraph holding the selection, and the selected text. */
  readonly selection: { readonly paragraph: number; readonly start: number; readonly end: number; readonly text: string };
  /** 0-based index of the paragraph last scrolled into view, if any. */
  readonly scrolledTo: number | undefined;
  /** Task panes opened with `CreateTaskPane`, by URL. */
  readonly taskPanes: readonly { readonly url: string; readonly visible: boolean }[];
  /** Files in the stand-in's file system (what exports wrote and were not removed). */
  readonly files: readonly string[];
  saveDocx(): Uint8Array;
}

export function createStandInWps(options: StandInWpsOptions = {}): StandInWps {
  const state = DocumentState.fromDocx(options.docx);
  const files = new Map<string, Uint8Array>();
  const panes: { ID: number; url: string; Visible: boolean }[] = [];
  const storage = new Map<string, string | number | boolean>();
  let undoSteps = 0;
  let recording = 0;
  let recordChanged = false;
  let scrolledTo: number | undefined;

  const env = {
    state,
    exportPdf: options.exportPdf,
    wordOpenXmlWithoutCustomParts: options.wordOpenXmlWithoutCustomParts,
    changed(): void {
      if (recording > 0) recordChanged = true;
      else undoSteps += 1;
    },
    writeFile(path: string, bytes: Uint8Array): void {
      files.set(path, bytes);
    },
  };
  const document = new StandInDocument(env);

  const selection: WpsSelection = {
    get Range(): WpsRange {
      const { paragraph, start, end } = state.selection;
      return new StandInRange(env, () => ({ first: paragraph, last: paragraph, start, end, whole: false }));
    },
  };

  const activeWindow: WpsWindow = {
    ScrollIntoView(Obj: WpsRange): void {
      if (!(Obj instanceof StandInRange)) throw new StandInWpsError('invalidArgument', 'ScrollIntoView needs a Range');
      scrolledTo = state.indexOf(Obj.target.first);
    },
  };

  // Word nests custom records: only the outermost Start/End pair makes the step.
  const undoRecord: WpsUndoRecord = {
    StartCustomRecord(Name: string): void {
      checkString(Name, 'UndoRecord.StartCustomRecord Name');
      if (recording === 0) recordChanged = false;
      recording += 1;
    },
    EndCustomRecord(): void {
      if (recording === 0) return;
      recording -= 1;
      if (recording === 0 && recordChanged) undoSteps += 1;
    },
  };

  const pluginStorage: WpsPluginStorage = {
    getItem: (key) => storage.get(key),
    setItem: (key, value) => {
      storage.set(key, value);
    },
  };

  const paneById = (id: number): WpsTaskPane => {
    const pane = panes.find((candidate) => candidate.ID === id);
    if (!pane) throw new StandInWpsError('invalidArgument', `GetTaskPane(${id})`);
    return pane;
  };

  const application: WpsApplication = {
    ActiveDocument: document,
    Selection: selection,
    ActiveWindow: activeWindow,
    ...(options.withoutUndoRecord ? {} : { UndoRecord: undoRecord }),
    PluginStorage: pluginStorage,
    CreateTaskPane(url: string): WpsTaskPane {
      const pane = { ID: panes.length + 1, url: checkString(url, 'CreateTaskPane url'), Visible: false };
      panes.push(pane);
      return pane;
    },
    GetTaskPane: paneById,
  };

  const fileSystem: WpsFileSystem = {
    ReadFileAsArrayBuffer(path: string): ArrayBuffer {
      const bytes = files.get(checkString(path, 'ReadFileAsArrayBuffer path'));
      if (!bytes) throw new StandInWpsError('invalidArgument', `ReadFileAsArrayBuffer: no file ${path}`);
      return bytes.slice().buffer;
    },
    Exists: (path) => files.has(path),
    Remove: (path) => files.delete(path),
  };
  const wpsEnv: WpsEnv = { GetTempPath: () => '/tmp/wps-stand-in' };

  const runtime: WpsRuntime = options.withoutFileSystem ? { Application: application } : { Application: application, FileSystem: fileSystem, Env: wpsEnv };

  return {
    runtime,
    get undoSteps() {
      return undoSteps;
    },
    get selection() {
      const { paragraph, start, end } = state.selection;
      return { paragraph: state.indexOf(paragraph), start, end, text: paragraphText(paragraph).slice(start, end) };
    },
    get scrolledTo() {
      return scrolledTo;
    },
    get taskPanes() {
      return panes.map((pane) => ({ url: pane.url, visible: pane.Visible }));
    },
    get files() {
      return [...files.keys()];
    },
    saveDocx: () => state.toDocx(),
  };
}
