/**
 * What can go wrong between the pane and Word, as values with a code and a
 * Chinese message that says what to do. The adapter rejects its promises
 * with a `WordHostError`; the pane shows `message`.
 */
import { zh } from '../i18n';

export type WordErrorCode = keyof typeof zh.word.errors;

export class WordHostError extends Error {
  readonly code: WordErrorCode;
  /** The Office.js or host error behind this one, when there is one. */
  readonly detail?: string;

  constructor(code: WordErrorCode, detail?: string) {
    super(zh.word.errors[code]);
    this.name = 'WordHostError';
    this.code = code;
    this.detail = detail;
  }
}

export function isWordHostError(value: unknown): value is WordHostError {
  return value instanceof WordHostError;
}

/** Describes an unknown thrown value for `detail` without losing it. */
export function describeError(value: unknown): string {
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return typeof code === 'string' ? `${code}: ${value.message}` : value.message;
  }
  return String(value);
}

/** Keeps a `WordHostError` as it is; wraps anything else in `code`. */
export function asWordHostError(value: unknown, code: WordErrorCode): WordHostError {
  return isWordHostError(value) ? value : new WordHostError(code, describeError(value));
}
