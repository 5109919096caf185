/**
 * The batch page with several checking workers: each file's row lands in
 * its own place, the batch ends once, cancelling stops every worker, and the
 * fixed copies' zip holds exactly the files checked, in the batch's order.
 * The workers here are stand-ins that speak the page's protocol.
 */
import type { BatchWorker } from '../../src/batch/BatchApp';
import type { BatchFile, FromWorker, ToWorker } from '../../src/batch/protocol';
import { workerPool, workersFor } from '../../src/batch/worker-pool';
import type { FileReport } from '../../src/report/file-report';

type Listener = (event: MessageEvent<FromWorker>) => void;

/** A worker that checks one file per turn (its report's path names the worker), stops when cancelled, zips the files it is given. */
function standIn(name: string, log: ToWorker[]): BatchWorker {
  const listeners = new Set<Listener>();
  const send = (data: FromWorker): void => listeners.forEach((listener) => listener(new MessageEvent('message', { data })));
  let cancelled = false;
  setTimeout(() => send({ type: 'ready' }), 0);
  return {
    postMessage(message) {
      log.push(message);
      if (message.type === 'cancel') cancelled = true;
      if (message.type === 'zip') {
        const paths = (message.files ?? []).map((file) => file.path).join('|');
        setTimeout(() => send({ type: 'zip', batch: message.batch, bytes: new TextEncoder().encode(paths) }), 0);
      }
      if (message.type !== 'check') return;
      cancelled = false;
      const files = message.files;
      const step = (index: number): void => {
        if (index >= files.length || cancelled) {
          send({ type: 'done', batch: message.batch, cancelled });
          return;
        }
        const report: FileReport = { path: `${files[index].path}@${name}`, template: null, templateReason: null, wordCount: 0, findings: [], error: null, unfilled: false };
        send({ type: 'checked', batch: message.batch, index, report, templateName: null });
        setTimeout(() => step(index + 1), 1);
      };
      setTimeout(() => step(0), 0);
    },
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
}

function files(count: number): BatchFile[] {
  return Array.from({ length: count }, (_, index) => ({ path: `报告${index}.docx`, file: new Blob([]) }));
}

function listen(worker: BatchWorker): { messages: FromWorker[]; until: (predicate: (message: FromWorker) => boolean) => Promise<void> } {
  const messages: FromWorker[] = [];
  let waiting: { predicate: (message: FromWorker) => boolean; resolve: () => void } | undefined;
  worker.addEventListener('message', (event) => {
    messages.push(event.data);
    if (waiting?.predicate(event.data)) waiting.resolve();
  });
  return {
    messages,
    until: (predicate) =>
      messages.some(predicate)
        ? Promise.resolve()
        : new Promise((resolve) => {
            waiting = { predicate, resolve };
          }),
  };
}

describe('the batch page on several workers', () => {
  test('every file gets its row in its own place, shared among the workers, and the batch ends once', async () => {
    const log: ToWorker[] = [];
    let made = 0;
    const pool = workerPool(() => standIn(`w${(made += 1)}`, log), 3);
    const heard = listen(pool);
    await heard.until((message) => message.type === 'ready');
    pool.postMessage({ type: 'check', batch: 1, files: files(10), locale: 'zh-CN' });
    await heard.until((message) => message.type === 'done');
    const checked = heard.messages.filter((message): message is Extract<FromWorker, { type: 'checked' }> => message.type === 'checked');
    expect(checked.map((message) => message.index).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    for (const message of checked) expect(message.report.path.startsWith(`报告${message.index}.docx@`)).toBe(true);
    expect(new Set(checked.map((message) => message.report.path.split('@')[1])).size).toBe(3);
    expect(heard.messages.filter((message) => message.type === 'done')).toEqual([{ type: 'done', batch: 1, cancelled: false }]);
    expect(heard.messages.filter((message) => message.type === 'ready')).toHaveLength(1);
  });

  test('cancelling stops every worker, and the zip holds the files checked, in the batch order', async () => {
    const log: ToWorker[] = [];
    const pool = workerPool(() => standIn('w', log), 2);
    const heard = listen(pool);
    pool.postMessage({ type: 'check', batch: 7, files: files(40), locale: 'zh-CN' });
    await heard.until((message) => message.type === 'checked' && message.index >= 6);
    pool.postMessage({ type: 'cancel', batch: 7 });
    await heard.until((message) => message.type === 'done');
    expect(log.filter((message) => message.type === 'cancel')).toHaveLength(2);
    expect(heard.messages.filter((message) => message.type === 'done')).toEqual([{ type: 'done', batch: 7, cancelled: true }]);
    const checked = heard.messages.flatMap((message) => (message.type === 'checked' ? [message.index] : [])).sort((a, b) => a - b);
    expect(checked.length).toBeLessThan(40);

    pool.postMessage({ type: 'zip', batch: 7 });
    await heard.until((message) => message.type === 'zip');
    const zip = heard.messages.find((message): message is Extract<FromWorker, { type: 'zip' }> => message.type === 'zip');
    expect(new TextDecoder().decode(zip?.bytes)).toBe(checked.map((index) => `报告${index}.docx`).join('|'));
    expect(log.filter((message) => message.type === 'zip')).toHaveLength(1);
  });

  test('one worker is the page as it was; the count follows the processors and ?workers=', () => {
    const only = standIn('w', []);
    expect(workerPool(() => only, 1)).toBe(only);
    expect(workersFor(8, null)).toBe(4);
    expect(workersFor(2, null)).toBe(1);
    expect(workersFor(undefined, null)).toBe(1);
    expect(workersFor(2, '3')).toBe(3);
    expect(workersFor(16, 'x')).toBe(4);
  });
});
