import type { FileReport } from '../report';

/** The machine contract: `{"files":[{path, template, wordCount, findings, error, unfilled}]}`. */
export function formatJson(reports: readonly FileReport[]): string {
  return `${JSON.stringify({ files: reports }, null, 2)}\n`;
}
