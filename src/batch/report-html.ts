/** The batch's report as `dangjian check --format html` writes it: the same builder, the same options. */
import { messages, type Locale } from '../i18n';
import type { FileReport } from '../report/file-report';
import { formatHtml } from '../report/html';

/** One checked file: its report and, when a template was recognised, that template's name. */
export interface CheckedFile {
  readonly report: FileReport;
  readonly templateName: string | null;
}

export function batchReportHtml(files: readonly CheckedFile[], locale: Locale, now: Date = new Date()): string {
  const table = messages(locale);
  const names = new Map(files.flatMap(({ report, templateName }) => (report.template !== null && templateName !== null ? [[report.template, templateName] as const] : [])));
  const descriptions: Readonly<Record<string, string>> = table.rules.descriptions;
  return formatHtml(files.map(({ report }) => report), {
    text: table.cli,
    templateName: (id) => names.get(id) ?? id,
    generatedAt: now.toLocaleString(locale, { hour12: false }),
    ruleName: (id) => descriptions[id] ?? id,
  });
}
