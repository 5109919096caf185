/**
 * What `dangjian check` found, per file: the JSON contract of PRODUCT.md.
 * Formatters turn a list of these into text; they are pure.
 */
import type { Finding } from '../core/finding';

export interface ReportedFinding {
  readonly rule: string;
  readonly severity: Finding['severity'];
  readonly paragraph: number;
  readonly message: string;
  readonly expected: string;
  readonly actual: string;
  readonly fixable: boolean;
}

export interface FileError {
  readonly code: string;
  readonly message: string;
}

export interface FileReport {
  readonly path: string;
  readonly template: string | null;
  /** Why that template was used (marker, title, headings, labels, --template), or 未识别模板，仅检查格式; null when unread. */
  readonly templateReason: string | null;
  readonly wordCount: number | null;
  readonly findings: readonly ReportedFinding[];
  readonly error: FileError | null;
}

export function reportFinding(finding: Finding): ReportedFinding {
  const { rule, severity, paragraph, message, expected, actual, fixable } = finding;
  return { rule, severity, paragraph, message, expected, actual, fixable };
}

export interface Tally {
  readonly errors: number;
  readonly warnings: number;
  readonly fixable: number;
  readonly unreadable: number;
}

export function tally(reports: readonly FileReport[]): Tally {
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  let unreadable = 0;
  for (const report of reports) {
    if (report.error) unreadable += 1;
    for (const finding of report.findings) {
      if (finding.severity === 'error') errors += 1;
      else warnings += 1;
      if (finding.fixable) fixable += 1;
    }
  }
  return { errors, warnings, fixable, unreadable };
}

/** 0 clean, 1 error findings, 2 a file could not be read. */
export function exitCodeFor(reports: readonly FileReport[]): number {
  const counts = tally(reports);
  if (counts.unreadable > 0) return 2;
  return counts.errors > 0 ? 1 : 0;
}
