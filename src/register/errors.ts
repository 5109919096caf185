/**
 * Everything that can go wrong talking to the register, as values: a code a
 * program can branch on and a Chinese message a person can act on. An error
 * worded from the message table also names its wording (`says`), so a pane
 * in English shows the English one.
 */
import { zh, type Messages } from '../i18n';

type ErrorWordings = Messages['register']['errors'];
export type RegisterErrorWording = keyof ErrorWordings;
type WordingArgs<K extends RegisterErrorWording> = ErrorWordings[K] extends (...args: infer A) => string ? A : [];

/** Which wording of the message table an error's message is, and with what values. */
export interface RegisterErrorSays {
  readonly key: RegisterErrorWording;
  readonly args: readonly (string | number | undefined)[];
}

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
  readonly says?: RegisterErrorSays;
}

function word(table: ErrorWordings, says: RegisterErrorSays): string {
  const wording: string | ((...args: never[]) => string) = table[says.key];
  if (typeof wording === 'string') return wording;
  const render = wording as (...args: readonly (string | number | undefined)[]) => string;
  return render(...says.args);
}

/** An error worded from the message table: its message in Chinese, its wording kept for other languages. */
export function registerErrorSaying<K extends RegisterErrorWording>(
  code: RegisterErrorCode,
  key: K,
  args: WordingArgs<K>,
  extra: Partial<RegisterError> = {},
): RegisterError {
  const says: RegisterErrorSays = { key, args: args as readonly (string | number | undefined)[] };
  return { code, message: word(zh.register.errors, says), says, ...extra };
}

/** The error's message in the reader's language, where the wording has a translation; its own message otherwise. */
export function registerErrorMessage(error: RegisterError, table: ErrorWordings): string {
  return error.says ? word(table, error.says) : error.message;
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
  switch (status) {
    case 401:
      return registerErrorSaying('unauthorized', 'unauthorized', [], { status });
    case 403:
      return registerErrorSaying('forbidden', 'forbidden', [], { status });
    case 404:
      return registerErrorSaying('not-found', 'notFound', [], { status });
    case 409:
      return registerErrorSaying('conflict', 'conflict', [], { status });
    case 412:
      return registerErrorSaying('precondition-failed', 'preconditionFailed', [], { status });
    case 429:
    case 503:
    case 504:
      return registerErrorSaying('busy', 'busy', [retryAfterSeconds], { status, retryAfterSeconds });
    case 400:
      return registerErrorSaying('bad-request', 'badRequest', [detail], { status });
    default:
      return registerErrorSaying('unexpected', 'unexpected', [status], { status });
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
