/** Graph client failures → RegisterError (Chinese message, code, status, Retry-After). */
import { GraphError } from '@microsoft/microsoft-graph-client';
import { errorForStatus, registerErrorSaying, type RegisterError } from '../errors';

function retryAfterOf(headers: Headers | undefined): number | undefined {
  const value = headers?.get('Retry-After');
  if (value === null || value === undefined) return undefined;
  const seconds = Number(value);
  return Number.isFinite(seconds) ? Math.ceil(seconds) : undefined;
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
