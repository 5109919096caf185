import { terminalSafeJson } from '../printable';
import type { FileReport } from '../report';

/**
 * The machine contract: `{"files":[{path, template, wordCount, findings, error}]}`.
 * Characters a terminal may act on are written as `\u` escapes (the same
 * JSON value), so printing the report is safe too.
 */
export function formatJson(reports: readonly FileReport[]): string {
  return `${terminalSafeJson(JSON.stringify({ files: reports }, null, 2))}\n`;
}
