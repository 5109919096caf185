/**
 * Why a .docx could not be read or fixed. Errors are values: the CLI and the
 * pane show `message` (Chinese, saying what to do), or the same wording from
 * the reader's language table (`says`, `docxErrorMessage`); `detail` is for a log.
 */
import { zh, type Messages } from '../i18n';

export type DocxErrorCode = 'not-a-docx' | 'encrypted' | 'corrupt' | 'too-large' | 'unsafe-xml' | 'invalid-edit';

export interface DocxError {
  readonly code: DocxErrorCode;
  /** Chinese, says what to do. */
  readonly message: string;
  /** Technical detail (part name, offset, parser message); never shown as the headline. */
  readonly detail?: string;
  /** Which wording of the message table `message` is, so another language can show its own. */
  readonly says?: DocxErrorWording;
}

type MessageKey = keyof typeof zh.docx.errors;
export type DocxErrorWording = MessageKey;

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
  return detail === undefined ? { code: CODES[key], message, says: key } : { code: CODES[key], message, detail, says: key };
}

/** The error's message in the reader's language (its own message when it names no wording). */
export function docxErrorMessage(error: DocxError, table: Messages['docx']['errors']): string {
  return error.says ? table[error.says] : error.message;
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
