/**
 * Why a .docx could not be read or fixed. Errors are values: the CLI and the
 * pane show `message` (Chinese, saying what to do); `detail` is for a log.
 */
import { zh } from '../i18n';

export type DocxErrorCode = 'not-a-docx' | 'encrypted' | 'corrupt' | 'too-large' | 'unsafe-xml' | 'invalid-edit';

export interface DocxError {
  readonly code: DocxErrorCode;
  /** Chinese, says what to do. */
  readonly message: string;
  /** Technical detail (part name, offset, parser message); never shown as the headline. */
  readonly detail?: string;
}

type MessageKey = keyof typeof zh.docx.errors;

const CODES: Record<MessageKey, DocxErrorCode> = {
  empty: 'corrupt',
  notADocx: 'not-a-docx',
  legacyDoc: 'not-a-docx',
  encrypted: 'encrypted',
  corruptZip: 'corrupt',
  missingDocument: 'corrupt',
  malformedXml: 'corrupt',
  unsupportedCompression: 'corrupt',
  tooManyEntries: 'too-large',
  tooLarge: 'too-large',
  unsafeXml: 'unsafe-xml',
  invalidEdit: 'invalid-edit',
};

/** Builds the error for one of the reader's situations, with its message from the table. */
export function docxError(key: MessageKey, detail?: string): DocxError {
  const message = zh.docx.errors[key];
  return detail === undefined ? { code: CODES[key], message } : { code: CODES[key], message, detail };
}

/**
 * A `DocxError` thrown from inside a parser's event handler, where a result
 * cannot be returned; the reader that runs the parser catches it and returns
 * `error` as its result. Never escapes src/docx.
 */
export class DocxFailure extends Error {
  constructor(readonly error: DocxError) {
    super(error.detail ?? error.message);
    this.name = 'DocxFailure';
  }
}
