/**
 * 检查: pick (or detect) the template, check, read the summary and the
 * findings, jump to a paragraph, fix one or all — each fix followed by a
 * fresh check.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { Button, Field, MessageBar, MessageBarBody, Select, makeStyles, tokens } from '@fluentui/react-components';
import type { DocumentHost } from '../../word/host';
import { isFormatOnly, templateReason } from '../../templates/template-reason';
import type { PaneServices } from '../services';
import { usePaneText } from '../text';
import { useCheck } from '../useCheck';
import type { Locale } from '../../i18n';
import { Busy } from './Busy';
import { CheckSummary } from './CheckSummary';
import { ErrorBar } from './ErrorBar';
import { FindingList } from './FindingList';

const useStyles = makeStyles({
  place: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500 },
  findingsHeading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalS },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface CheckPlaceProps {
  readonly host: DocumentHost;
  readonly services: PaneServices;
  /** Language of the findings' messages. */
  readonly locale?: Locale;
  /** Start checking as soon as the place is shown (the ribbon's 检查格式). */
  readonly runOnOpen: boolean;
}

export function CheckPlace({ host, services, locale = 'zh-CN', runOnOpen }: CheckPlaceProps): JSX.Element {
  const text = usePaneText();
  const styles = useStyles();
  const selectId = useId();
  const [chosenId, setChosenId] = useState<string | undefined>();
  const [state, actions] = useCheck(host, services, text, chosenId, locale);
  const announceRef = useRef<HTMLParagraphElement>(null);
  const started = useRef(false);
  const { report, busy } = state;

  useEffect(() => {
    if (runOnOpen && !started.current) {
      started.current = true;
      void actions.run();
    }
  }, [runOnOpen, actions]);

  // When a check finishes, move focus to its result so keyboard and screen-reader users land on it.
  const lastReport = useRef(report);
  useEffect(() => {
    if (report && report !== lastReport.current && !busy) announceRef.current?.focus();
    lastReport.current = report;
  }, [report, busy]);

  const fixable = report ? report.findings.filter((finding) => finding.fixable) : [];
  // No template fits the document: it was checked for format alone, which the user should know.
  const formatOnly = report?.detected === true && isFormatOnly(report.template);
  const busyLabel = busy === 'reading' ? text.check.reading : busy === 'fixing' ? text.check.fixing : busy === 'checking' ? text.check.checking : undefined;

  return (
    <section className={styles.place} aria-labelledby="check-heading">
      <h2 id="check-heading" className={styles.heading}>
        {text.check.heading}
      </h2>
      <Field
        label={text.check.templateLabel}
        hint={report?.detected && !formatOnly ? text.check.templateAutoWhy(report.template.name, templateReason(report.detection, text.check.reasons)) : undefined}
        validationState={(state.needsTemplate || formatOnly) && !chosenId ? 'warning' : 'none'}
        validationMessage={formatOnly && !chosenId ? text.check.templateFormatOnly : state.needsTemplate && !chosenId ? text.check.templateUnknown : undefined}
      >
        <Select
          id={selectId}
          // Long template names must not widen the 350 px pane: the box shrinks, the names wrap in the list.
          root={{ style: { minWidth: 0, maxWidth: '100%' } }}
          style={{ minWidth: 0, width: '100%' }}
          value={chosenId ?? ''}
          onChange={(_, data) => setChosenId(data.value === '' ? undefined : data.value)}
        >
          <option value="">{text.check.templateAutoOption}</option>
          {services.catalog.map((template) => (
            <option key={template.id} value={template.id}>
              {template.shortName}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" disabled={busy !== undefined} onClick={() => void actions.run()}>
          {report ? text.check.rerun : text.check.run}
        </Button>
        {report && (
          <Button disabled={busy !== undefined || fixable.length === 0} onClick={() => void actions.fix(fixable)}>
            {fixable.length > 0 ? text.check.fixAll(fixable.length) : text.check.fixAllNone}
          </Button>
        )}
      </div>
      <div aria-live="polite">
        {busyLabel && <Busy label={busyLabel} />}
        {state.notice && !busy && (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{state.notice}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      {state.error && <ErrorBar error={state.error} onDismiss={actions.dismissError} />}
      <div role="region" aria-live="polite" aria-label={text.check.findingsHeading}>
        {report && <CheckSummary ref={announceRef} report={report} />}
      </div>
      {report && report.findings.length > 0 && (
        <section aria-labelledby="findings-heading">
          <h3 id="findings-heading" className={styles.findingsHeading}>
            {text.check.findingsHeading}
          </h3>
          <FindingList
            findings={report.findings}
            disabled={busy !== undefined}
            onLocate={(finding) => void actions.locate(finding)}
            onFix={(finding) => void actions.fix([finding])}
          />
        </section>
      )}
    </section>
  );
}
