/**
 * JUnit XML for CI dashboards: one test suite per file, one failing test
 * case per error finding; warnings are listed in the suite's output so a
 * build does not go red on them. An unreadable file is an errored case.
 */
import { escapeMarkup, referenceTerminalControls, stripXmlInvalid } from './escape';
import type { FileReport } from '../report';

function attr(text: string): string {
  return referenceTerminalControls(escapeMarkup(stripXmlInvalid(text)));
}

export function formatJunit(reports: readonly FileReport[]): string {
  const suites: string[] = [];
  for (const report of reports) {
    const name = attr(report.path);
    if (report.error) {
      suites.push(
        `  <testsuite name="${name}" tests="1" failures="0" errors="1">\n` +
          `    <testcase classname="${name}" name="${attr(report.error.code)}">\n` +
          `      <error type="${attr(report.error.code)}" message="${attr(report.error.message)}"/>\n` +
          `    </testcase>\n  </testsuite>`,
      );
      continue;
    }
    const errors = report.findings.filter((finding) => finding.severity === 'error');
    const warnings = report.findings.filter((finding) => finding.severity === 'warning');
    const cases = errors.map(
      (finding) =>
        `    <testcase classname="${name}" name="${attr(`${finding.rule} ¶${finding.paragraph}`)}">\n` +
        `      <failure type="${attr(finding.rule)}" message="${attr(finding.message)}">` +
        `${attr(`expected: ${finding.expected}\nactual: ${finding.actual}`)}</failure>\n    </testcase>`,
    );
    if (cases.length === 0) cases.push(`    <testcase classname="${name}" name="${attr(report.template ?? 'check')}"/>`);
    const out =
      warnings.length > 0
        ? `\n    <system-out>${attr(warnings.map((w) => `¶${w.paragraph} ${w.rule}: ${w.message}`).join('\n'))}</system-out>`
        : '';
    suites.push(
      `  <testsuite name="${name}" tests="${cases.length}" failures="${errors.length}" errors="0">\n` +
        `${cases.join('\n')}${out}\n  </testsuite>`,
    );
  }
  const failures = reports.reduce((sum, r) => sum + r.findings.filter((f) => f.severity === 'error').length, 0);
  const errored = reports.filter((report) => report.error).length;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="dangjian" failures="${failures}" errors="${errored}">\n` +
    `${suites.join('\n')}\n</testsuites>\n`
  );
}
