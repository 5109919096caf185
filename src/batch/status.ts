/** A file's line in the batch table, judged exactly as the HTML report judges it. */
import type { Messages } from '../i18n';
import { UNWRITABLE, type FileReport } from '../report/file-report';

export type Status = 'pass' | 'fail' | 'unfilled' | 'unreadable' | 'unwritable';

export interface Counts {
  readonly errors: number;
  readonly warnings: number;
}

export function countsOf(report: FileReport): Counts {
  const errors = report.findings.filter((finding) => finding.severity === 'error').length;
  return { errors, warnings: report.findings.length - errors };
}

export function statusOf(report: FileReport): Status {
  if (report.error) return report.error.code === UNWRITABLE ? 'unwritable' : 'unreadable';
  if (report.unfilled) return 'unfilled';
  return countsOf(report).errors > 0 ? 'fail' : 'pass';
}

export function statusText(status: Status, text: Messages['cli']): string {
  switch (status) {
    case 'pass':
      return text.htmlPass;
    case 'fail':
      return text.htmlFail;
    case 'unfilled':
      return text.unfilled;
    case 'unreadable':
      return text.htmlUnreadable;
    case 'unwritable':
      return text.htmlUnwritable;
  }
}
