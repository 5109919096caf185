/**
 * The batch page's worker: reads each file, checks it with the same core the
 * command line runs, and makes the fixed copies' zip on request. The page's
 * thread only draws, so 200 files never freeze it; nothing here touches the
 * network.
 */
import { sharedReading, type SharedReading } from '../docx/read';
import type { ZipEntry } from '../docx/zip';
import { writeZip, type OutputEntry } from '../docx/zip-write';
import { messages, type Locale } from '../i18n';
import { checkDocxBytes, fixDocxBytes, MAX_INPUT_BYTES, tooLargeReport, type CheckBytesOptions, type CheckCatalog } from '../report/check-file';
import { isFormatOnly } from '../templates/format-only';
import { resolveCatalog } from '../templates/pack';
import { fixedCopyNames } from './fixed-names';
import type { BatchFile, FromWorker, ToWorker } from './protocol';

interface WorkerScope {
  postMessage(message: FromWorker, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
}

const scope = self as unknown as WorkerScope;

interface Batch {
  readonly id: number;
  readonly files: readonly BatchFile[];
  readonly locale: Locale;
  /** How many files, from the first, were checked (all of them unless cancelled). */
  checked: number;
  cancelled: boolean;
  /** The styles, theme, numbering and settings the batch's files share, read once. */
  readonly shared: SharedReading;
}

let current: Batch | undefined;
let catalog: CheckCatalog | undefined;

function catalogOrFail(batch: number): CheckCatalog | undefined {
  if (catalog) return catalog;
  const resolved = resolveCatalog();
  if (!resolved.ok) {
    scope.postMessage({ type: 'failed', batch, message: resolved.error.message });
    return undefined;
  }
  catalog = resolved.value;
  return catalog;
}

function optionsFor(batch: Batch, checkCatalog: CheckCatalog): CheckBytesOptions {
  return { catalog: checkCatalog, text: messages(batch.locale).cli, locale: batch.locale, shared: batch.shared };
}

/** Lets a waiting message (a cancel) in between two files. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

async function check(batch: Batch): Promise<void> {
  const checkCatalog = catalogOrFail(batch.id);
  if (!checkCatalog) return;
  const options = optionsFor(batch, checkCatalog);
  for (const [index, { path, file }] of batch.files.entries()) {
    await nextTurn();
    if (batch.cancelled || current !== batch) break;
    if (file.size > MAX_INPUT_BYTES) {
      scope.postMessage({ type: 'checked', batch: batch.id, index, report: tooLargeReport(path, file.size, options.text), templateName: null });
    } else {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const { report, template } = checkDocxBytes(path, bytes, options);
      const templateName = template && !isFormatOnly(template) ? template.name : null;
      scope.postMessage({ type: 'checked', batch: batch.id, index, report, templateName });
    }
    batch.checked = index + 1;
  }
  if (current === batch) scope.postMessage({ type: 'done', batch: batch.id, cancelled: batch.cancelled });
}

function dosStamp(now: Date): { dosTime: number; dosDate: number } {
  return {
    dosTime: (now.getHours() << 11) | (now.getMinutes() << 5) | Math.floor(now.getSeconds() / 2),
    dosDate: ((now.getFullYear() - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate(),
  };
}

async function zip(batch: Batch, given: readonly BatchFile[] | undefined): Promise<void> {
  const checkCatalog = catalogOrFail(batch.id);
  if (!checkCatalog) return;
  const options = optionsFor(batch, checkCatalog);
  const files = given ?? batch.files.slice(0, batch.checked);
  const copies: { path: string; bytes: Uint8Array }[] = [];
  for (const [index, { path, file }] of files.entries()) {
    await nextTurn();
    if (current !== batch) return;
    if (file.size <= MAX_INPUT_BYTES) {
      const fixed = fixDocxBytes(path, new Uint8Array(await file.arrayBuffer()), options);
      // A file that cannot be read has no fixed copy, as on the command line.
      if ('bytes' in fixed) copies.push({ path, bytes: fixed.bytes });
    }
    scope.postMessage({ type: 'zip-progress', batch: batch.id, done: index + 1, total: files.length });
  }
  const names = fixedCopyNames(copies.map((copy) => copy.path));
  const stamp = dosStamp(new Date());
  const entries: OutputEntry[] = copies.map((copy, index) => {
    const entry: ZipEntry = { name: names[index], flags: 0, method: 8, ...stamp, crc32: 0, compressedSize: 0, declaredSize: 0, dataOffset: 0 };
    return { entry, content: copy.bytes };
  });
  const written = writeZip(entries);
  if (!written.ok) {
    scope.postMessage({ type: 'failed', batch: batch.id, message: messages(batch.locale).batch.zipFailed(written.error.message) });
    return;
  }
  scope.postMessage({ type: 'zip', batch: batch.id, bytes: written.value }, [written.value.buffer]);
}

function failure(batch: number, error: unknown): void {
  const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  scope.postMessage({ type: 'failed', batch, message: reason.split('\n')[0] });
}

scope.addEventListener('message', (event) => {
  const message = event.data;
  switch (message.type) {
    case 'check': {
      if (current) current.cancelled = true;
      const batch: Batch = { id: message.batch, files: message.files, locale: message.locale, checked: 0, cancelled: false, shared: sharedReading() };
      current = batch;
      check(batch).catch((error: unknown) => failure(batch.id, error));
      return;
    }
    case 'cancel':
      if (current?.id === message.batch) current.cancelled = true;
      return;
    case 'zip':
      if (current?.id === message.batch) {
        const batch = current;
        zip(batch, message.files).catch((error: unknown) => failure(batch.id, error));
      }
      return;
  }
});

scope.postMessage({ type: 'ready' });
