/**
 * One self-contained page per batch for the organisation department: a
 * table of files (pass/fail, 字数, counts) and each file's findings below.
 * No script, no external resource; every text is escaped.
 */
import type { Messages } from '../i18n';
import { printable } from './printable';
import { escapeMarkup } from './escape';
import { UNWRITABLE, type FileReport } from './file-report';

export interface HtmlOptions {
  readonly text: Messages['cli'];
  /** When the report was made, already formatted for display. */
  readonly generatedAt: string;
  /** Short Chinese name of a rule id, for the findings tables. */
  readonly ruleName: (rule: string) => string;
  /** A template's name, shown in place of its id (the id when the catalog does not know it). */
  readonly templateName?: (id: string) => string;
  /** A file's path as shown: relative to the folder the command ran in. */
  readonly displayPath?: (path: string) => string;
}

/**
 * Long paths and messages wrap anywhere rather than widen the page; on a
 * narrow screen the margins and cell padding shrink and a table wider than
 * the screen scrolls inside its own box. Printed, the page fits A4: 15 mm
 * margins, 10.5 pt type, table headings repeated on every page, rows and
 * headings never split, links as plain text.
 */
const STYLE = `
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:2rem;color:#1f1f1f}
h1{font-size:1.4rem;margin:0 0 .25rem}h2{font-size:1.1rem;margin:2rem 0 .5rem;overflow-wrap:anywhere}
p.meta{color:#616161;margin:0 0 1.5rem}
.wide{overflow-x:auto}
table{border-collapse:collapse;width:100%;margin-bottom:1rem}
th,td{border:1px solid #d1d1d1;padding:.4rem .6rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}
th{background:#f5f5f5;white-space:nowrap}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.pass{color:#0e700e;font-weight:600}.fail{color:#b10e1c;font-weight:600}
.error{color:#b10e1c}.warning{color:#8a5300}code{font-size:.9em}
.reason{color:#616161}
@media (max-width:40rem){body{margin:.75rem}th,td{padding:.25rem .35rem;font-size:.9rem}h1{font-size:1.2rem}}
@media print{@page{size:A4;margin:15mm}body{margin:0;font-size:10.5pt;color:#000}.wide{overflow:visible}
thead{display:table-header-group}tr,h2,p.reason{break-inside:avoid}h2{break-after:avoid}
a{color:inherit;text-decoration:none}th{background:#eee;-webkit-print-color-adjust:exact;print-color-adjust:exact}}
`;

function cell(content: string, className?: string): string {
  return className ? `<td class="${className}">${content}</td>` : `<td>${content}</td>`;
}

/** The template's name, or 仅检查格式 for a file no template fits (it was read and checked: not 无法读取). */
function templateCell(report: FileReport, text: Messages['cli'], name: (id: string) => string): string {
  if (report.template !== null) return escapeMarkup(printable(name(report.template)));
  return report.error ? '—' : `<span class="reason">${escapeMarkup(text.htmlFormatOnly)}</span>`;
}

function anchorFor(index: number): string {
  return `file-${index + 1}`;
}

export function formatHtml(reports: readonly FileReport[], options: HtmlOptions): string {
  const text = options.text;
  // Control characters shown as visible escapes: the page may be printed to a terminal or opened in a browser.
  const e = (value: string): string => escapeMarkup(printable(value));
  const templateName = options.templateName ?? ((id: string) => id);
  const shown = options.displayPath ?? ((path: string) => path);
  const summaryRows = reports.map((report, index) => {
    const errors = report.findings.filter((finding) => finding.severity === 'error').length;
    const warnings = report.findings.length - errors;
    const result = report.error
      ? cell(e(report.error.code === UNWRITABLE ? text.htmlUnwritable : text.htmlUnreadable), 'fail')
      : report.unfilled
        ? cell(e(text.unfilled), 'fail')
        : errors > 0
        ? cell(e(text.htmlFail), 'fail')
        : cell(e(text.htmlPass), 'pass');
    return (
      `<tr>${cell(`<a href="#${anchorFor(index)}">${e(shown(report.path))}</a>`)}${cell(templateCell(report, text, templateName))}${result}` +
      `${cell(report.wordCount === null ? '—' : String(report.wordCount), 'num')}${cell(String(errors), 'num')}` +
      `${cell(String(warnings), 'num')}</tr>`
    );
  });
  const columns = text.htmlColumns;
  const findingColumns = text.htmlFindingColumns;
  const details = reports.map((report, index) => {
    const heading =
      `<h2 id="${anchorFor(index)}">${e(shown(report.path))}</h2>` +
      (report.templateReason ? `<p class="reason">${e(report.templateReason)}</p>` : '');
    if (report.error) return `${heading}<p class="error"><code>${e(report.error.code)}</code> ${e(report.error.message)}</p>`;
    if (report.findings.length === 0) return `${heading}<p class="pass">${e(text.htmlNoFindings)}</p>`;
    const unfilled = report.unfilled ? `<p class="fail">${e(text.unfilledNote)}</p>` : '';
    const rows = report.findings.map((finding) => {
      const severity = finding.severity === 'error' ? text.severityError : text.severityWarning;
      return (
        `<tr>${cell(String(finding.paragraph), 'num')}${cell(e(severity), finding.severity)}` +
        `${cell(`${e(options.ruleName(finding.rule))}<br><code>${e(finding.rule)}</code>`)}${cell(e(finding.message))}</tr>`
      );
    });
    return (
      `${heading}${unfilled}<div class="wide"><table><thead><tr><th>${e(findingColumns.paragraph)}</th><th>${e(findingColumns.severity)}</th>` +
      `<th>${e(findingColumns.rule)}</th><th>${e(findingColumns.message)}</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`
    );
  });
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${e(text.htmlTitle)}</title><style>${STYLE}</style></head>
<body>
<h1>${e(text.htmlTitle)}</h1>
<p class="meta">${e(text.htmlGenerated(options.generatedAt))}</p>
<div class="wide"><table><thead><tr><th>${e(columns.file)}</th><th>${e(columns.template)}</th><th>${e(columns.result)}</th><th>${e(columns.wordCount)}</th><th>${e(columns.errors)}</th><th>${e(columns.warnings)}</th></tr></thead>
<tbody>${summaryRows.join('\n')}</tbody></table></div>
${details.join('\n')}
</body>
</html>
`;
}
