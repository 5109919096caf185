/**
 * Everything that can go wrong talking to the register, as values: a code a
 * program can branch on and a Chinese message a person can act on.
 */
import { zh } from '../i18n';

export type RegisterErrorCode =
  | 'forbidden'
  | 'not-found'
  | 'network'
  | 'precondition-failed'
  | 'unauthorized'
  | 'conflict'
  | 'busy'
  | 'timeout'
  | 'bad-request'
  | 'unexpected'
  | 'settings-invalid'
  | 'sign-in-failed'
  | 'sign-in-cancelled'
  | 'invalid-record'
  | 'file-unavailable'
  | 'fields-conflict'
  | 'document-not-open';

export interface RegisterError {
  readonly code: RegisterErrorCode;
  readonly message: string;
  /** HTTP status when the error came from a response. */
  readonly status?: number;
  /** Seconds the service asked us to wait (429/503 Retry-After). */
  readonly retryAfterSeconds?: number;
}

/** Errors after which the same request may succeed later: these go to the outbox. */
export function isTransient(error: RegisterError): boolean {
  return error.code === 'network' || error.code === 'busy' || error.code === 'timeout';
}

export function registerError(code: RegisterErrorCode, message: string, extra: Partial<RegisterError> = {}): RegisterError {
  return { code, message, ...extra };
}

/** The error every HTTP status maps to (PRODUCT.md wording, Chinese first). */
export function errorForStatus(status: number, detail: string, retryAfterSeconds?: number): RegisterError {
  const text = zh.register.errors;
  switch (status) {
    case 401:
      return registerError('unauthorized', text.unauthorized, { status });
    case 403:
      return registerError('forbidden', text.forbidden, { status });
    case 404:
      return registerError('not-found', text.notFound, { status });
    case 409:
      return registerError('conflict', text.conflict, { status });
    case 412:
      return registerError('precondition-failed', text.preconditionFailed, { status });
    case 429:
    case 503:
    case 504:
      return registerError('busy', text.busy(retryAfterSeconds), { status, retryAfterSeconds });
    case 400:
      return registerError('bad-request', text.badRequest(detail), { status });
    default:
      return registerError('unexpected', text.unexpected(status), { status });
  }
}

/** Thrown inside the register modules and caught at their edges; carries the value. */
export class RegisterFailure extends Error {
  constructor(readonly error: RegisterError) {
    super(error.message);
    this.name = 'RegisterFailure';
  }
}

export function isRegisterFailure(value: unknown): value is RegisterFailure {
  return value instanceof RegisterFailure;
}
