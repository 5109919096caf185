/**
 * What can go wrong between the pane and WPS, as values with a code and a
 * Chinese message that says what to do (the pane shows `message`).
 */
import { wps } from '../i18n/zh-CN/wps';
import { describeError } from '../word/errors';

export type WpsErrorCode = keyof typeof wps.errors;

export class WpsHostError extends Error {
  readonly code: WpsErrorCode;
  /** The WPS error behind this one, when there is one. */
  readonly detail?: string;

  constructor(code: WpsErrorCode, detail?: string) {
    super(wps.errors[code]);
    this.name = 'WpsHostError';
    this.code = code;
    this.detail = detail;
  }
}

/** Keeps a `WpsHostError` as it is; wraps anything else (a COM error from WPS) in `code`. */
export function asWpsHostError(value: unknown, code: WpsErrorCode): WpsHostError {
  return value instanceof WpsHostError ? value : new WpsHostError(code, describeError(value));
}
