/**
 * What `dangjian check` found, per file: the JSON contract of PRODUCT.md.
 * Formatters turn a list of these into text; they are pure.
 */
import type { CheckResult } from '../core/check';
import type { Finding } from '../core/finding';
import type { Template } from '../templates/schema';
import { isFormatOnly } from '../templates/template-reason';
import { cutEcho, ECHO_LIMIT, MESSAGE_LIMIT } from './printable';

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
  /** A form nobody filled in (未填写): never a pass, even with warnings only. */
  readonly unfilled: boolean;
}

/** A finding as reported: what it echoes of the document (a font name, an excerpt) is cut to a bounded length. */
export function reportFinding(finding: Finding): ReportedFinding {
  const { rule, severity, paragraph, fixable } = finding;
  return {
    rule,
    severity,
    paragraph,
    message: cutEcho(finding.message, MESSAGE_LIMIT),
    expected: cutEcho(finding.expected, ECHO_LIMIT),
    actual: cutEcho(finding.actual, ECHO_LIMIT),
    fixable,
  };
}

/** The error code of a file whose fixed copy could not be written. */
export const UNWRITABLE = 'unwritable';

export interface Tally {
  readonly errors: number;
  readonly warnings: number;
  readonly fixable: number;
  /** Files that could not be read or checked. */
  readonly unreadable: number;
  /** Files checked whose fixed copy could not be written (counted apart: the input was fine). */
  readonly unwritable: number;
  /** Forms nobody filled in (未填写). */
  readonly unfilled: number;
}

export function tally(reports: readonly FileReport[]): Tally {
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  let unreadable = 0;
  let unwritable = 0;
  let unfilled = 0;
  for (const report of reports) {
    if (report.error?.code === UNWRITABLE) unwritable += 1;
    else if (report.error) unreadable += 1;
    if (report.unfilled) unfilled += 1;
    for (const finding of report.findings) {
      if (finding.severity === 'error') errors += 1;
      else warnings += 1;
      if (finding.fixable) fixable += 1;
    }
  }
  return { errors, warnings, fixable, unreadable, unwritable, unfilled };
}

/** 0 clean, 1 error findings or a form nobody filled in, 2 a file could not be read (or its fixed copy not written). */
export function exitCodeFor(reports: readonly FileReport[]): number {
  const counts = tally(reports);
  if (counts.unreadable > 0 || counts.unwritable > 0) return 2;
  return counts.errors > 0 || counts.unfilled > 0 ? 1 : 0;
}

/** A file that was read and checked: the template's id (none when checked for format only), why it was used, what was found. */
export function checkedReport(path: string, template: Template, templateReason: string, result: CheckResult): FileReport {
  return {
    path,
    template: isFormatOnly(template) ? null : template.id,
    templateReason,
    wordCount: result.wordCount,
    findings: result.findings.map(reportFinding),
    error: null,
    unfilled: result.unfilled,
  };
}
