/**
 * Register values as a person reads them in a 350 px pane: times in the
 * reader's own zone and language (not UTC ISO), files by their name (not a
 * SharePoint address), 通过 / 未通过 for the check. Everything stays text.
 */
import type { Locale } from '../../i18n';
import type { Messages } from '../../i18n';

type PanelText = Messages['register']['panel'];

/** Columns that hold a time, and columns that hold a file's address. */
const TIME_COLUMNS = new Set(['SubmittedAt']);
export const FILE_COLUMNS = new Set(['ApplicationUrl', 'ReportUrl', 'PdfUrl']);
/** What the confirmation screen puts where the upload's address will go. */
export const NOT_YET_UPLOADED = '…';

/** `2025/04/20 18:05` in the reader's zone; the text itself when it is not a time. */
export function localTime(value: string, locale: Locale): string {
  const at = new Date(value);
  if (Number.isNaN(at.getTime())) return value;
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(at);
}

/** The last part of an address, decoded (`shuji-application.pdf`). */
export function fileName(address: string): string {
  const path = address.split(/[?#]/)[0].replace(/\/+$/, '');
  const last = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch (malformed: unknown) {
    if (malformed instanceof URIError) return last;
    throw malformed;
  }
}

export function isEmptyValue(value: unknown): boolean {
  return value === undefined || value === null || value === '';
}

/** One value of one column, in words. */
export function shownValue(column: string, value: unknown, text: PanelText, locale: Locale): string {
  if (isEmptyValue(value)) return '—';
  if (typeof value === 'boolean') return value ? text.checkPassed : text.checkFailed;
  const written = String(value);
  if (FILE_COLUMNS.has(column)) {
    if (written === NOT_YET_UPLOADED) return column === 'PdfUrl' ? text.uploadPdf : text.uploadDocument;
    return fileName(written);
  }
  if (TIME_COLUMNS.has(column)) return localTime(written, locale);
  return written;
}
