/**
 * A stateful stand-in for the Microsoft Graph endpoints the register uses
 * (one SharePoint site: lists, columns, items, document library, upload
 * sessions), served through msw so the same handlers run under
 * `setupServer` (msw/node) in jest and `setupWorker` (msw/browser) in the
 * development harness. It imports nothing from Node.
 */
import { http, HttpResponse, delay, type HttpHandler } from 'msw';
import { FaultPlan, type FaultKind } from './faults';
import { driveItemJson, routeGraph, type RouteResponse } from './routes';
import { SiteStore, StandinHttpError } from './store';
import { UploadSessions } from './uploads';

export { FaultPlan, type FaultKind } from './faults';
export { SiteStore, type StoredItem, type StoredList, type StoredFile } from './store';

export interface GraphStandinOptions {
  /** Graph root, no version: `https://graph-standin.invalid`. */
  readonly graphOrigin?: string;
  /** Where upload sessions point (pre-authenticated, another host as on SharePoint). */
  readonly uploadOrigin?: string;
  readonly siteId?: string;
  readonly siteWebUrl?: string;
  /** Which bearer tokens are valid; default: any non-empty token not starting with "expired". */
  readonly acceptToken?: (token: string) => boolean;
  readonly clock?: () => Date;
}

export interface StandinStats {
  requests: number;
  byStatus: Record<string, number>;
  /** Requests the client marked as retries (Retry-Attempt header). */
  retryAttempts: number;
  /** Requests that carried a bearer token to the upload host (must stay 0). */
  tokensSentToUploadHost: number;
  writesApplied: number;
}

export interface GraphStandin {
  readonly handlers: HttpHandler[];
  readonly store: SiteStore;
  readonly faults: FaultPlan;
  readonly stats: StandinStats;
  readonly graphOrigin: string;
  readonly siteId: string;
}

export const STANDIN_GRAPH_ORIGIN = 'https://graph-standin.invalid';
export const STANDIN_UPLOAD_ORIGIN = 'https://files.graph-standin.invalid';
export const STANDIN_SITE_ID = 'standin.sharepoint.invalid,5f2a6c1e-0000-4000-8000-000000000001,8b3d2e4f-0000-4000-8000-000000000002';

function errorResponse(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return HttpResponse.json(
    { error: { code, message, innerError: { 'request-id': 'standin', date: new Date().toISOString() } } },
    { status, headers },
  );
}

function toResponse(result: RouteResponse): Response {
  if (result.body === undefined) return new HttpResponse(null, { status: result.status, headers: result.headers });
  return HttpResponse.json(result.body as Record<string, unknown>, { status: result.status, headers: result.headers });
}

export function createGraphStandin(options: GraphStandinOptions = {}): GraphStandin {
  const graphOrigin = options.graphOrigin ?? STANDIN_GRAPH_ORIGIN;
  const uploadOrigin = options.uploadOrigin ?? STANDIN_UPLOAD_ORIGIN;
  const siteId = options.siteId ?? STANDIN_SITE_ID;
  const acceptToken = options.acceptToken ?? ((token: string) => token.length > 0 && !token.startsWith('expired'));
  const store = new SiteStore(siteId, options.siteWebUrl ?? 'https://standin.sharepoint.invalid/sites/dangjian', options.clock);
  const uploads = new UploadSessions(store, uploadOrigin, (path) => driveItemJson(store, path));
  const faults = new FaultPlan();
  const stats: StandinStats = { requests: 0, byStatus: {}, retryAttempts: 0, tokensSentToUploadHost: 0, writesApplied: 0 };
  const count = (response: Response): Response => {
    stats.byStatus[response.status] = (stats.byStatus[response.status] ?? 0) + 1;
    return response;
  };

  /** Runs one request with its fault, if any, around the real work. */
  async function serve(request: Request, work: () => Promise<RouteResponse>, authorised: () => boolean): Promise<Response> {
    stats.requests += 1;
    if (request.headers.has('Retry-Attempt')) stats.retryAttempts += 1;
    const url = new URL(request.url);
    const fault: FaultKind | undefined = faults.draw({ method: request.method, url });
    if (faults.latencyMs > 0) await delay(faults.latencyMs);
    const retryAfter = { 'Retry-After': String(faults.retryAfterSeconds) };
    switch (fault) {
      case 'drop':
        return HttpResponse.error();
      case 'throttle':
        return count(errorResponse(429, 'TooManyRequests', 'Too many requests', retryAfter));
      case 'unavailable':
        return count(errorResponse(503, 'serviceNotAvailable', 'Service unavailable', retryAfter));
      case 'expired-token':
        return count(errorResponse(401, 'InvalidAuthenticationToken', 'Access token has expired or is not yet valid.'));
      default:
        break;
    }
    if (!authorised()) {
      return count(errorResponse(401, 'InvalidAuthenticationToken', 'Access token has expired or is not yet valid.'));
    }
    let result: RouteResponse;
    try {
      result = await work();
    } catch (error: unknown) {
      if (error instanceof StandinHttpError) return count(errorResponse(error.status, error.code, error.message));
      throw error;
    }
    if (request.method !== 'GET' && result.status < 300) stats.writesApplied += 1;
    if (fault === 'drop-after-write') return HttpResponse.error();
    if (fault === 'timeout-after-write') return count(errorResponse(504, 'gatewayTimeout', 'Gateway timeout', retryAfter));
    return count(toResponse(result));
  }

  const graphHandler = http.all(`${graphOrigin}/*`, ({ request }) => {
    const url = new URL(request.url);
    const versioned = /^\/v1\.0\/(.*)$/.exec(url.pathname);
    const bearer = /^Bearer (.+)$/.exec(request.headers.get('Authorization') ?? '');
    return serve(
      request,
      () => {
        if (!versioned) throw new StandinHttpError(400, 'BadRequest', 'Invalid version');
        return routeGraph(store, uploads, {
          method: request.method,
          url,
          path: decodeURIComponent(versioned[1]),
          headers: request.headers,
          json: async () => (await request.json()) as Record<string, unknown>,
          bytes: async () => new Uint8Array(await request.arrayBuffer()),
        });
      },
      () => bearer !== null && acceptToken(bearer[1]),
    );
  });

  const uploadHandler = http.all(`${uploadOrigin}/upload/:session`, ({ request, params }) => {
    if (request.headers.has('Authorization')) stats.tokensSentToUploadHost += 1;
    return serve(
      request,
      async () => {
        const session = String(params.session);
        if (request.method === 'GET') return uploads.status(session);
        if (request.method === 'PUT') {
          return uploads.chunk(session, request.headers.get('Content-Range'), new Uint8Array(await request.arrayBuffer()));
        }
        throw new StandinHttpError(405, 'methodNotAllowed', 'Only GET and PUT on an upload URL.');
      },
      // The upload URL carries its own authorisation; a bearer token is refused.
      () => !request.headers.has('Authorization'),
    );
  });

  return { handlers: [graphHandler, uploadHandler], store, faults, stats, graphOrigin, siteId };
}
