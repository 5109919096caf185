/** The batch's report as `dangjian check --format html` writes it: the same builder, the same options. */
import { messages, type Locale } from '../i18n';
import type { FileReport } from '../report/file-report';
import { formatHtml } from '../report/html';

export function batchReportHtml(reports: readonly FileReport[], locale: Locale, now: Date = new Date()): string {
  const table = messages(locale);
  const descriptions: Readonly<Record<string, string>> = table.rules.descriptions;
  return formatHtml(reports, {
    text: table.cli,
    generatedAt: now.toLocaleString(locale, { hour12: false }),
    ruleName: (id) => descriptions[id] ?? id,
  });
}
