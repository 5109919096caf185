import { holdsTerminalActive, terminalSafeJson } from '../printable';
import type { FileReport } from '../report';

/**
 * The machine contract: `{"files":[{path, template, wordCount, findings, error, unfilled}]}`.
 * Characters a terminal may act on are written as `\u` escapes (the same
 * JSON value), so printing the report is safe too.
 */
export function formatJson(reports: readonly FileReport[]): string {
  const json = JSON.stringify({ files: reports }, null, 2);
  // Object keys are ours and plain: only the values can hold such a character.
  return `${holdsTerminalActive(reports) ? terminalSafeJson(json) : json}\n`;
}
