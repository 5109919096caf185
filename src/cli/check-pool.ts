/**
 * A batch checked on every core: helper threads (Node's worker_threads, one
 * per core but the calling thread's own) each check files one at a time and
 * send back their reports, while this thread checks files too. Files are
 * handed out as threads free up, so one long report does not hold up the
 * rest; reports come back in the order the files were given.
 *
 * A helper that fails (it could not start, or it died) gives its files back
 * and they are checked here: a batch never loses a file's line to a thread.
 */
import { Worker } from 'node:worker_threads';
import type { Locale } from '../i18n';
import type { Profile, Template } from '../templates/schema';
import type { FileReport } from './report';

/** What a helper needs to check as this thread does. Plain data: it is copied into the thread. */
export interface PoolSetup {
  readonly catalog: { readonly templates: readonly Template[]; readonly profiles: readonly Profile[] };
  readonly forcedTemplateId: string | undefined;
  readonly locale: Locale;
  readonly cwd: string;
  readonly debug: boolean;
}

/** Marks the thread as a check helper (bin/dangjian.js looks for it). */
export const WORKER_MARK = 'dangjian-check-worker';
/** The argument a helper is started with, so the command's start-up need not load worker_threads to tell. */
export const WORKER_ARGUMENT = '--dangjian-check-worker';

export interface PoolData {
  readonly mark: typeof WORKER_MARK;
  readonly setup: PoolSetup;
}

export interface PoolJob {
  readonly index: number;
  readonly path: string;
}

export interface PoolReply {
  readonly index: number;
  readonly report: FileReport;
}

/** Files a helper holds at once: the next is already there when it finishes one. */
const HELD = 2;

export interface PoolOptions {
  readonly script: string;
  readonly helpers: number;
  readonly setup: PoolSetup;
  /** Checks one file on this thread. */
  readonly checkHere: (path: string) => FileReport;
  /** Called with the number of files checked so far, after each. */
  readonly onDone: (done: number) => void;
  /** A helper that could not start or died; its files are checked here instead. */
  readonly onHelperFailed: (error: unknown) => void;
}

function isReply(value: unknown): value is PoolReply {
  if (typeof value !== 'object' || value === null) return false;
  const reply = value as { index?: unknown; report?: unknown };
  return typeof reply.index === 'number' && typeof reply.report === 'object' && reply.report !== null;
}

/** Lets waiting messages from the helpers in between two files checked here. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

export async function checkAcrossThreads(paths: readonly string[], options: PoolOptions): Promise<FileReport[]> {
  const reports: (FileReport | undefined)[] = new Array(paths.length);
  const given: number[] = [];
  let next = 0;
  let done = 0;
  let wake: (() => void) | undefined;
  const nudge = (): void => {
    const waiting = wake;
    wake = undefined;
    waiting?.();
  };
  const take = (): number | undefined => (given.length > 0 ? given.pop() : next < paths.length ? next++ : undefined);
  const finish = (index: number, report: FileReport): void => {
    if (reports[index] !== undefined) return;
    reports[index] = report;
    done++;
    options.onDone(done);
  };

  const data: PoolData = { mark: WORKER_MARK, setup: options.setup };
  const helpers: Worker[] = [];
  for (let count = 0; count < options.helpers; count++) {
    const held = new Set<number>();
    let alive = true;
    let worker: Worker;
    try {
      worker = new Worker(options.script, { argv: [WORKER_ARGUMENT], workerData: data, stdout: false, stderr: false });
    } catch (error: unknown) {
      // The setup could not be copied into a thread, say: this thread checks every file.
      options.onHelperFailed(error);
      break;
    }
    const giveBack = (): void => {
      alive = false;
      for (const index of held) if (reports[index] === undefined) given.push(index);
      held.clear();
      nudge();
    };
    const feed = (): void => {
      while (alive && held.size < HELD) {
        const index = take();
        if (index === undefined) return;
        held.add(index);
        const job: PoolJob = { index, path: paths[index] };
        worker.postMessage(job);
      }
    };
    worker.on('message', (message: unknown) => {
      if (!isReply(message)) return;
      held.delete(message.index);
      finish(message.index, message.report);
      feed();
      nudge();
    });
    // A helper that fails hands its files back to this thread, which reports each one itself.
    worker.on('error', (error: unknown) => {
      options.onHelperFailed(error);
      giveBack();
    });
    worker.on('exit', giveBack);
    feed();
    helpers.push(worker);
  }

  try {
    while (done < paths.length) {
      const index = take();
      if (index !== undefined) {
        finish(index, options.checkHere(paths[index]));
        await nextTurn();
        continue;
      }
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  } finally {
    await Promise.all(helpers.map((worker) => worker.terminate()));
  }
  return reports.map((report, index) => report ?? options.checkHere(paths[index]));
}
