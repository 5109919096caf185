/** Middleware of our own in the Graph client's chain: counting and a per-attempt timeout. */
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';

export interface GraphMetrics {
  /** Requests that left the client (each retry counts). */
  requests: number;
  /** Retries the retry handler decided to make. */
  retries: number;
  /** Attempts that ended without a response (dropped connection, timeout). */
  networkFailures: number;
  /** 401s answered with one silent token refresh. */
  tokenRefreshes: number;
}

export function emptyMetrics(): GraphMetrics {
  return { requests: 0, retries: 0, networkFailures: 0, tokenRefreshes: 0 };
}

export class MetricsHandler implements Middleware {
  private next?: Middleware;
  constructor(private readonly metrics: GraphMetrics) {}

  async execute(context: Context): Promise<void> {
    this.metrics.requests += 1;
    try {
      await this.nextMiddleware().execute(context);
    } catch (error: unknown) {
      this.metrics.networkFailures += 1;
      throw error;
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }

  private nextMiddleware(): Middleware {
    if (!this.next) throw new Error('MetricsHandler must not be last in the chain');
    return this.next;
  }
}

/** Raised when an attempt got no answer in time; mapped to 请求超时. */
export class GraphTimeoutError extends Error {
  constructor(readonly milliseconds: number) {
    super(`no response within ${milliseconds} ms`);
    this.name = 'TimeoutError';
  }
}

export class TimeoutHandler implements Middleware {
  private next?: Middleware;
  constructor(private readonly milliseconds: number) {}

  async execute(context: Context): Promise<void> {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), this.milliseconds);
    context.options = { ...context.options, signal: controller.signal };
    try {
      await this.nextMiddleware().execute(context);
    } catch (error: unknown) {
      if (controller.signal.aborted) throw new GraphTimeoutError(this.milliseconds);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }

  setNext(next: Middleware): void {
    this.next = next;
  }

  private nextMiddleware(): Middleware {
    if (!this.next) throw new Error('TimeoutHandler must not be last in the chain');
    return this.next;
  }
}
