/** Graph client failures → RegisterError (Chinese message, code, status, Retry-After). */
import { GraphError } from '@microsoft/microsoft-graph-client';
import { errorForStatus, registerErrorSaying, type RegisterError } from '../errors';

/**
 * Seconds a `Retry-After` asks us to wait, in either form HTTP allows
 * (RFC 9110 §10.2.3): delay seconds, or an HTTP date, counted from `now`. A
 * date already past is no wait at all. Undefined when absent or unreadable.
 */
export function retryAfterSeconds(value: string | null | undefined, now: number = Date.now()): number | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.ceil(seconds));
  const at = Date.parse(value);
  if (Number.isNaN(at)) return undefined;
  return Math.max(0, Math.ceil((at - now) / 1000));
}

function retryAfterOf(headers: Headers | undefined): number | undefined {
  return retryAfterSeconds(headers?.get('Retry-After'));
}

function detailOf(error: GraphError): string {
  return error.message || error.code || `HTTP ${error.statusCode}`;
}

export function mapGraphError(error: unknown): RegisterError {
  if (error instanceof GraphError) {
    if (error.statusCode > 0) return errorForStatus(error.statusCode, detailOf(error), retryAfterOf(error.headers));
    if (error.code === 'TimeoutError') return registerErrorSaying('timeout', 'timeout', []);
    return registerErrorSaying('network', 'network', []);
  }
  if (error instanceof Error && error.name === 'TimeoutError') return registerErrorSaying('timeout', 'timeout', []);
  // Anything else from fetch (TypeError: Failed to fetch) is a connection that went away.
  return registerErrorSaying('network', 'network', []);
}
