import { forwardRef } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import type { CheckReport } from '../useCheck';
import { usePaneText } from '../text';

const useStyles = makeStyles({
  row: { display: 'grid', gridTemplateColumns: 'repeat(3, 1fr)', columnGap: tokens.spacingHorizontalS, margin: 0 },
  stat: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  value: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  over: { color: tokens.colorPaletteRedForeground1, fontSize: tokens.fontSizeBase200 },
  announce: { margin: `${tokens.spacingVerticalS} 0 0`, outlineStyle: 'none' },
  unfilled: { margin: `0 0 ${tokens.spacingVerticalS}`, color: tokens.colorPaletteRedForeground1 },
});

/** 错误 n / 警告 n / 字数 n of the limit, with one sentence read out when a check finishes. */
export const CheckSummary = forwardRef<HTMLParagraphElement, { report: CheckReport }>(function CheckSummary({ report }, ref) {
  const text = usePaneText();
  const styles = useStyles();
  const errors = report.findings.filter((finding) => finding.severity === 'error').length;
  const warnings = report.findings.length - errors;
  const limit = report.template.maxChars;
  return (
    <div data-testid="check-summary">
      {report.unfilled && (
        <p className={styles.unfilled} data-testid="check-unfilled">
          <strong>{text.check.unfilled}</strong> {text.check.unfilledNote}
        </p>
      )}
      <dl className={styles.row}>
        <div className={styles.stat}>
          <dt className={styles.label}>{text.check.summaryErrors}</dt>
          <dd className={`${styles.value} ${errors > 0 ? styles.error : ''}`} data-testid="summary-errors">
            {errors}
          </dd>
        </div>
        <div className={styles.stat}>
          <dt className={styles.label}>{text.check.summaryWarnings}</dt>
          <dd className={`${styles.value} ${warnings > 0 ? styles.warning : ''}`} data-testid="summary-warnings">
            {warnings}
          </dd>
        </div>
        <div className={styles.stat}>
          <dt className={styles.label}>{text.check.summaryWords}</dt>
          <dd className={styles.value} data-testid="summary-words">
            {limit === undefined ? report.wordCount : text.check.wordsOfLimit(report.wordCount, limit)}
          </dd>
          {limit !== undefined && report.wordCount > limit && <span className={styles.over}>{text.check.wordsOverLimit(report.wordCount - limit)}</span>}
        </div>
      </dl>
      <p ref={ref} tabIndex={-1} className={styles.announce} data-testid="check-announce">
        {report.unfilled
          ? text.check.unfilledAnnounce(report.findings.filter((finding) => finding.rule === 'required-field').length, report.wordCount)
          : report.findings.length === 0
            ? text.check.clean
            : text.check.announce(errors, warnings, report.wordCount)}
      </p>
    </div>
  );
});
