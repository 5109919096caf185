/** Graph client failures → RegisterError (Chinese message, code, status, Retry-After). */
import { GraphError } from '@microsoft/microsoft-graph-client';
import { zh } from '../../i18n';
import { errorForStatus, registerError, type RegisterError } from '../errors';

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
    if (error.code === 'TimeoutError') return registerError('timeout', zh.register.errors.timeout);
    return registerError('network', zh.register.errors.network);
  }
  if (error instanceof Error && error.name === 'TimeoutError') return registerError('timeout', zh.register.errors.timeout);
  // Anything else from fetch (TypeError: Failed to fetch) is a connection that went away.
  return registerError('network', zh.register.errors.network);
}
