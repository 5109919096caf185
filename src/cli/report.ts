/** The per-file report is shared with the batch page: it lives host-neutrally in src/report. */
export { checkedReport, exitCodeFor, reportFinding, tally, UNWRITABLE } from '../report/file-report';
export type { FileError, FileReport, ReportedFinding, Tally } from '../report/file-report';
