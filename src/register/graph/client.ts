/**
 * The register's Graph client: `Client.initWithMiddleware` with a retry
 * handler that honours Retry-After within bounds, a per-attempt timeout,
 * `customHosts` for a non-Microsoft Graph host, and every failure turned into
 * a RegisterError. A 401 gets one silent token refresh, then "登录已过期".
 */
import {
  AuthenticationHandler,
  AuthenticationHandlerOptions,
  Client,
  HTTPMessageHandler,
  RetryHandler,
  RetryHandlerOptions,
  type AuthenticationProvider,
  type Context,
  type Middleware,
} from '@microsoft/microsoft-graph-client';
import type { TokenProvider } from '../auth/token-provider';
import { RegisterFailure } from '../errors';
import { mapGraphError, retryAfterSeconds } from './errors';
import { TimeoutHandler, MetricsHandler, type GraphMetrics, emptyMetrics } from './middleware';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface GraphCall {
  readonly method: HttpMethod;
  /** Path under the version root (`/sites/…`), or a full URL from `@odata.nextLink`. */
  readonly path: string;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface RetryPolicy {
  /** How many times a 429/503/504 is retried (the Graph client allows at most 10). */
  readonly maxRetries: number;
  /** A Retry-After longer than this (seconds) is not waited for: the caller gets 服务繁忙. */
  readonly maxDelaySeconds: number;
  /** Back-off base (seconds) when no Retry-After is sent. */
  readonly delaySeconds: number;
}

export interface GraphClientOptions {
  /** Graph root without version (`https://graph.microsoft.com`). */
  readonly baseUrl: string;
  readonly tokens: TokenProvider;
  readonly scopes: readonly string[];
  readonly retry?: Partial<RetryPolicy>;
  /** Per attempt, milliseconds. */
  readonly timeoutMs?: number;
}

export const DEFAULT_RETRY: RetryPolicy = { maxRetries: 4, maxDelaySeconds: 30, delaySeconds: 1 };
const KNOWN_GRAPH_HOSTS = new Set(['graph.microsoft.com', 'microsoftgraph.chinacloudapi.cn']);

export interface RegisterGraph {
  send<T>(call: GraphCall): Promise<T>;
  readonly metrics: GraphMetrics;
  readonly baseUrl: string;
}

export function createRegisterGraph(options: GraphClientOptions): RegisterGraph {
  const retry = { ...DEFAULT_RETRY, ...options.retry };
  const metrics = emptyMetrics();
  const host = new URL(options.baseUrl).host;
  const provider = (forceRefresh: boolean): AuthenticationProvider => ({
    getAccessToken: () => options.tokens.getToken(options.scopes, { forceRefresh }),
  });
  const shouldRetry = (_delay: number, _attempt: number, _request: unknown, _options: unknown, response: Response): boolean => {
    // The date form obeys the same cap as seconds (the client would otherwise wait up to 180 s per retry for it).
    const retryAfter = retryAfterSeconds(response.headers.get('Retry-After')) ?? 0;
    const allowed = retryAfter <= retry.maxDelaySeconds;
    if (allowed) metrics.retries += 1;
    return allowed;
  };
  const middleware: Middleware[] = [
    new AuthenticationHandler(provider(false)),
    new RetryHandler(new RetryHandlerOptions(retry.delaySeconds, retry.maxRetries, shouldRetry)),
    new MetricsHandler(metrics),
    new TimeoutHandler(options.timeoutMs ?? 30000),
    new HTTPMessageHandler(),
  ];
  const client = Client.initWithMiddleware({
    middleware,
    baseUrl: `${options.baseUrl}/`,
    defaultVersion: 'v1.0',
    customHosts: KNOWN_GRAPH_HOSTS.has(host) ? undefined : new Set([host]),
  });

  async function once<T>(call: GraphCall, forceRefresh: boolean): Promise<T> {
    let request = client.api(call.path);
    if (call.headers) request = request.headers({ ...call.headers });
    if (forceRefresh) request = request.middlewareOptions([new AuthenticationHandlerOptions(provider(true))]);
    switch (call.method) {
      case 'GET':
        return (await request.get()) as T;
      case 'POST':
        return (await request.post(call.body ?? {})) as T;
      case 'PUT':
        return (await request.put(call.body)) as T;
      case 'PATCH':
        return (await request.patch(call.body)) as T;
      case 'DELETE':
        return (await request.delete()) as T;
    }
  }

  async function send<T>(call: GraphCall): Promise<T> {
    try {
      return await once<T>(call, false);
    } catch (first: unknown) {
      const error = mapGraphError(first);
      if (error.code !== 'unauthorized') throw new RegisterFailure(error);
      metrics.tokenRefreshes += 1;
      try {
        return await once<T>(call, true);
      } catch (second: unknown) {
        throw new RegisterFailure(mapGraphError(second));
      }
    }
  }

  return { send, metrics, baseUrl: options.baseUrl };
}

export type { Context };
