/**
 * For people at a terminal, in the manner of ESLint's and markdownlint-cli2's
 * stylish output: findings grouped per file, one line each, then a summary.
 * Every field is printed with its control characters made visible, colours
 * or not: a file or font name never drives the terminal.
 */
import pc from 'picocolors';
import type { Messages } from '../../i18n';
import { printable } from '../printable';
import { tally, type FileReport } from '../report';

export interface StylishOptions {
  readonly color: boolean;
  readonly text: Messages['cli'];
}

export function formatStylish(reports: readonly FileReport[], options: StylishOptions): string {
  const colors = pc.createColors(options.color);
  const text = options.text;
  const lines: string[] = [];
  const p = printable;
  for (const report of reports) {
    const path = p(report.path);
    if (report.error) {
      lines.push(colors.underline(path));
      lines.push(`  ${colors.red(`[${p(report.error.code)}]`)} ${p(report.error.message)}`);
      lines.push('');
      continue;
    }
    if (report.findings.length === 0) {
      // A clean file is one line: which template it passed, and why that one (or that only its format was checked).
      if (report.templateReason) lines.push(`${colors.underline(path)}  ${colors.dim(p(report.templateReason))}`, '');
      continue;
    }
    lines.push(`${colors.underline(path)}  ${colors.dim(p(text.fileHeader(report.template ?? '-', report.wordCount ?? 0)))}`);
    if (report.templateReason) lines.push(`  ${colors.dim(p(report.templateReason))}`);
    if (report.unfilled) lines.push(`  ${colors.bold(colors.red(text.unfilled))}  ${text.unfilledNote}`);
    const width = String(Math.max(...report.findings.map((finding) => finding.paragraph))).length;
    for (const finding of report.findings) {
      const severity =
        finding.severity === 'error' ? colors.red(text.severityError) : colors.yellow(text.severityWarning);
      const paragraph = colors.dim(`¶${String(finding.paragraph).padStart(width)}`);
      lines.push(`  ${paragraph}  ${severity}  ${p(finding.message)}  ${colors.dim(p(finding.rule))}`);
    }
    lines.push('');
  }
  const counts = tally(reports);
  const total = counts.errors + counts.warnings;
  if (total === 0 && counts.unreadable === 0 && counts.unwritable === 0 && counts.unfilled === 0) {
    lines.push(colors.green(`✔ ${text.summaryClean(reports.length)}`));
  } else {
    if (total > 0) {
      const summary = `✖ ${text.summaryProblems(total, counts.errors, counts.warnings)}`;
      lines.push(counts.errors > 0 ? colors.bold(colors.red(summary)) : colors.bold(colors.yellow(summary)));
      if (counts.fixable > 0) lines.push(colors.dim(`  ${text.fixableHint(counts.fixable)}`));
    }
    if (counts.unfilled > 0) lines.push(colors.bold(colors.red(`✖ ${text.summaryUnfilled(counts.unfilled)}`)));
    if (counts.unreadable > 0) lines.push(colors.bold(colors.red(`✖ ${text.summaryUnreadable(counts.unreadable)}`)));
    if (counts.unwritable > 0) lines.push(colors.bold(colors.red(`✖ ${text.summaryUnwritable(counts.unwritable)}`)));
  }
  return `${lines.join('\n')}\n`;
}
