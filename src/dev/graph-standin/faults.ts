/**
 * Fault injection for the Graph stand-in: what a real tenant does to a
 * client on a bad day. Faults are queued (the next matching request gets
 * them) or drawn at random from a seeded generator, so a failing run can be
 * replayed.
 */

export type FaultKind =
  /** 429 with Retry-After; nothing applied. */
  | 'throttle'
  /** 503 with Retry-After; nothing applied. */
  | 'unavailable'
  /** The connection drops before the request reaches the service. */
  | 'drop'
  /** The write is applied, then the connection drops: the client sees a failure, the row exists. */
  | 'drop-after-write'
  /** The write is applied, then the gateway answers 504: a retrying client repeats a write that happened. */
  | 'timeout-after-write'
  /** 401: the token presented has expired. */
  | 'expired-token';

export interface FaultRequest {
  readonly method: string;
  readonly url: URL;
}

export interface QueuedFault {
  readonly kind: FaultKind;
  readonly match?: (request: FaultRequest) => boolean;
  remaining: number;
}

export interface RandomFaults {
  readonly seed: number;
  /** Probability per request of each fault kind. */
  readonly rates: Partial<Record<Exclude<FaultKind, 'expired-token'>, number>>;
  /** Only requests this accepts are eligible (default: all). */
  readonly match?: (request: FaultRequest) => boolean;
}

/** mulberry32: small, fast, good enough to replay a run from its seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export class FaultPlan {
  private queue: QueuedFault[] = [];
  private random?: { config: RandomFaults; next: () => number };
  /** Milliseconds each response waits. */
  latencyMs = 0;
  /** Seconds sent in Retry-After with 429/503/504. */
  retryAfterSeconds = 0;
  readonly injected: Record<FaultKind, number> = {
    throttle: 0,
    unavailable: 0,
    drop: 0,
    'drop-after-write': 0,
    'timeout-after-write': 0,
    'expired-token': 0,
  };

  /** The next `count` requests that `match` accepts get this fault. */
  next(kind: FaultKind, options: { match?: (request: FaultRequest) => boolean; count?: number } = {}): void {
    this.queue.push({ kind, match: options.match, remaining: options.count ?? 1 });
  }

  randomly(config: RandomFaults): void {
    this.random = { config, next: seededRandom(config.seed) };
  }

  clear(): void {
    this.queue = [];
    this.random = undefined;
    this.latencyMs = 0;
  }

  /** Decides this request's fault (and counts it). After-write faults on reads become plain drops. */
  draw(request: FaultRequest): FaultKind | undefined {
    const queued = this.queue.find((fault) => fault.remaining > 0 && (!fault.match || fault.match(request)));
    let kind: FaultKind | undefined;
    if (queued) {
      queued.remaining -= 1;
      kind = queued.kind;
    } else if (this.random && (!this.random.config.match || this.random.config.match(request))) {
      const roll = this.random.next();
      let edge = 0;
      for (const [candidate, rate] of Object.entries(this.random.config.rates) as [FaultKind, number][]) {
        edge += rate;
        if (roll < edge) {
          kind = candidate;
          break;
        }
      }
    }
    if (kind && (kind === 'drop-after-write' || kind === 'timeout-after-write') && !WRITE_METHODS.has(request.method)) {
      kind = 'drop';
    }
    if (kind) this.injected[kind] += 1;
    return kind;
  }
}
