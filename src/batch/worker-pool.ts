/**
 * Several checking workers behind the one worker the page talks to: a
 * batch's files are dealt out to them in turn (file i to worker i mod n),
 * each worker's `checked` message is given back its place in the batch, and
 * the batch is done when every worker is. Cancelling reaches them all; the
 * zip of fixed copies is made by one of them, from exactly the files that
 * were checked, in the batch's order. One worker is the page as it was.
 */
import type { BatchWorker } from './BatchApp';
import type { BatchFile, FromWorker, ToWorker } from './protocol';

type Listener = (event: MessageEvent<FromWorker>) => void;

interface Running {
  readonly batch: number;
  readonly files: readonly BatchFile[];
  /** For each worker, the batch index of each file it was given. */
  readonly places: readonly number[][];
  readonly checked: Set<number>;
  done: number;
  cancelled: boolean;
}

/** Workers for a batch page on a machine with `cores` logical processors: the page's own thread keeps one, at most four. */
export function workersFor(cores: number | undefined, asked: string | null): number {
  const wanted = asked === null ? Number.NaN : Number.parseInt(asked, 10);
  if (Number.isInteger(wanted) && wanted >= 1) return Math.min(wanted, 8);
  return Math.max(1, Math.min((cores ?? 2) - 1, 4));
}

export function workerPool(make: () => BatchWorker, size: number): BatchWorker {
  const workers = Array.from({ length: Math.max(1, size) }, make);
  if (workers.length === 1) return workers[0];
  const listeners = new Set<Listener>();
  let running: Running | undefined;
  let ready = 0;

  const emit = (data: FromWorker): void => {
    const event = new MessageEvent<FromWorker>('message', { data });
    for (const listener of listeners) listener(event);
  };

  workers.forEach((worker, which) => {
    worker.addEventListener('message', (event) => {
      const message = event.data;
      if (message.type === 'ready') {
        ready += 1;
        if (ready === workers.length) emit(message);
        return;
      }
      const batch = running;
      if (!batch || message.batch !== batch.batch) {
        // The zip's messages and a failure carry on after the batch itself is done.
        if (message.type === 'zip' || message.type === 'zip-progress' || message.type === 'failed') emit(message);
        return;
      }
      switch (message.type) {
        case 'checked': {
          const index = batch.places[which][message.index];
          batch.checked.add(index);
          emit({ ...message, index });
          return;
        }
        case 'done':
          batch.done += 1;
          batch.cancelled = batch.cancelled || message.cancelled;
          if (batch.done === workers.length) emit({ type: 'done', batch: batch.batch, cancelled: batch.cancelled });
          return;
        default:
          emit(message);
      }
    });
  });

  return {
    postMessage(message: ToWorker): void {
      switch (message.type) {
        case 'check': {
          const places: number[][] = workers.map(() => []);
          message.files.forEach((_, index) => places[index % workers.length].push(index));
          running = { batch: message.batch, files: message.files, places, checked: new Set(), done: 0, cancelled: false };
          workers.forEach((worker, which) =>
            worker.postMessage({ ...message, files: places[which].map((index) => message.files[index]) }),
          );
          return;
        }
        case 'cancel':
          for (const worker of workers) worker.postMessage(message);
          return;
        case 'zip': {
          const batch = running;
          if (!batch || batch.batch !== message.batch) return;
          const files = batch.files.filter((_, index) => batch.checked.has(index));
          workers[0].postMessage({ type: 'zip', batch: message.batch, files });
          return;
        }
      }
    },
    addEventListener(_type: 'message', listener: Listener): void {
      listeners.add(listener);
      // A page that starts listening after every worker is ready still hears it.
      if (ready === workers.length) queueMicrotask(() => listener(new MessageEvent<FromWorker>('message', { data: { type: 'ready' } })));
    },
    removeEventListener(_type: 'message', listener: Listener): void {
      listeners.delete(listener);
    },
  };
}
