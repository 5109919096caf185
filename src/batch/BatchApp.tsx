/**
 * The batch page: choose or drop files or folders, watch them checked (in a
 * worker: the page stays responsive), see the report's table, open a file's
 * findings, download the report and the fixed copies. Nothing is uploaded.
 */
import { useCallback, useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Subtitle2,
  Title2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { messages, type Locale } from '../i18n';
import { collectFromDrop, collectFromInput, type Collected } from './collect';
import { secondsLeft } from './eta';
import { FileDetails } from './FileDetails';
import type { FromWorker, ToWorker } from './protocol';
import { batchReportHtml } from './report-html';
import { ResultTable, type Row } from './ResultTable';
import { countsOf, statusOf } from './status';

export interface BatchWorker {
  postMessage(message: ToWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<FromWorker>) => void): void;
  removeEventListener(type: 'message', listener: (event: MessageEvent<FromWorker>) => void): void;
}

type Phase = 'idle' | 'checking' | 'done' | 'cancelled';

/** How often, at most, the table and the progress are redrawn while files are checked. */
const FLUSH_MS = 250;

const useStyles = makeStyles({
  page: { maxWidth: '1100px', margin: '0 auto', padding: '24px 16px 48px', display: 'flex', flexDirection: 'column', rowGap: '16px' },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', columnGap: '16px' },
  drop: {
    border: `2px dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusLarge,
    padding: '24px',
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'center',
    rowGap: '8px',
    textAlign: 'center',
  },
  dropActive: { border: `2px dashed ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  buttons: { display: 'flex', columnGap: '8px', flexWrap: 'wrap', justifyContent: 'center' },
  progress: { display: 'flex', alignItems: 'flex-end', columnGap: '12px' },
  grow: { flexGrow: 1 },
  summary: { display: 'flex', flexWrap: 'wrap', columnGap: '24px', rowGap: '4px', margin: 0 },
  stat: { display: 'flex', columnGap: '6px', alignItems: 'baseline' },
  statValue: { margin: 0, fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: 'tabular-nums' },
});

function download(bytes: BlobPart, type: string, name: string): void {
  const url = URL.createObjectURL(new Blob([bytes], { type }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export interface BatchAppProps {
  readonly worker: BatchWorker;
  readonly initialLocale: Locale;
  /** Clock for the time-left estimate. */
  readonly now?: () => number;
}

const performanceNow = (): number => performance.now();

export function BatchApp({ worker, initialLocale, now = performanceNow }: BatchAppProps): JSX.Element {
  const styles = useStyles();
  const [locale, setLocale] = useState<Locale>(initialLocale);
  const text = messages(locale);
  const [ready, setReady] = useState(false);
  const [phase, setPhase] = useState<Phase>('idle');
  const [total, setTotal] = useState(0);
  const [rows, setRows] = useState<(Row | undefined)[]>([]);
  const [skipped, setSkipped] = useState(0);
  const [nothing, setNothing] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const [zipProgress, setZipProgress] = useState<{ done: number; total: number } | null>(null);
  const [dragging, setDragging] = useState(false);
  const batchRef = useRef(0);
  const startedRef = useRef(0);
  const [elapsed, setElapsed] = useState(0);
  const filesInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement | null>(null);

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = text.batch.pageTitle;
  }, [locale, text]);

  const pendingRef = useRef<{ index: number; row: Row }[]>([]);
  const flushRef = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const flush = useCallback((): void => {
    if (flushRef.current !== undefined) clearTimeout(flushRef.current);
    flushRef.current = undefined;
    const arrived = pendingRef.current;
    pendingRef.current = [];
    if (arrived.length === 0) return;
    setRows((previous) => {
      const next = previous.slice();
      for (const { index, row } of arrived) next[index] = row;
      return next;
    });
    setElapsed(now() - startedRef.current);
  }, [now]);

  useEffect(() => {
    const listener = (event: MessageEvent<FromWorker>): void => {
      const message = event.data;
      if (message.type === 'ready') {
        setReady(true);
        return;
      }
      if (message.batch !== batchRef.current) return;
      switch (message.type) {
        case 'checked':
          pendingRef.current.push({ index: message.index, row: { report: message.report, templateName: message.templateName } });
          // Files arrive faster than anyone reads: the table is redrawn a few times a second, not once per file.
          if (flushRef.current === undefined) flushRef.current = setTimeout(flush, FLUSH_MS);
          return;
        case 'done':
          flush();
          setPhase(message.cancelled ? 'cancelled' : 'done');
          return;
        case 'zip-progress':
          setZipProgress({ done: message.done, total: message.total });
          return;
        case 'zip':
          setZipProgress(null);
          download(message.bytes.slice(), 'application/zip', messages(locale).batch.zipFileName);
          return;
        case 'failed':
          setZipProgress(null);
          setFailure(message.message);
          return;
      }
    };
    worker.addEventListener('message', listener);
    return () => worker.removeEventListener('message', listener);
  }, [worker, flush, locale]);

  const start = useCallback(
    (collected: Collected) => {
      setSkipped(collected.skipped);
      setNothing(collected.files.length === 0);
      setFailure(null);
      setOpen(null);
      setZipProgress(null);
      if (collected.files.length === 0) return;
      batchRef.current += 1;
      if (flushRef.current !== undefined) clearTimeout(flushRef.current);
      flushRef.current = undefined;
      pendingRef.current = [];
      startedRef.current = now();
      setElapsed(0);
      setTotal(collected.files.length);
      setRows([]);
      setPhase('checking');
      worker.postMessage({ type: 'check', batch: batchRef.current, files: collected.files, locale });
    },
    [worker, locale, now],
  );

  const checked = useMemo(() => rows.filter((row): row is Row => row !== undefined), [rows]);
  const done = checked.length;
  const tally = useMemo(() => {
    const statuses = checked.map((row) => statusOf(row.report));
    const counts = checked.map((row) => countsOf(row.report));
    return {
      pass: statuses.filter((status) => status === 'pass').length,
      fail: statuses.filter((status) => status === 'fail').length,
      unfilled: statuses.filter((status) => status === 'unfilled').length,
      unreadable: statuses.filter((status) => status === 'unreadable' || status === 'unwritable').length,
      errors: counts.reduce((sum, count) => sum + count.errors, 0),
      warnings: counts.reduce((sum, count) => sum + count.warnings, 0),
    };
  }, [checked]);

  const onDrop = (event: DragEvent<HTMLDivElement>): void => {
    event.preventDefault();
    setDragging(false);
    collectFromDrop(event.dataTransfer)
      .then(start)
      .catch((error: unknown) => setFailure(error instanceof Error ? error.message : String(error)));
  };

  const left = secondsLeft(done, total, elapsed);
  const busy = phase === 'checking';
  const finished = phase === 'done' || phase === 'cancelled';

  return (
    <main className={styles.page} data-testid="batch-page" data-ready={ready ? 'true' : 'false'} data-phase={phase}>
      <header className={styles.header}>
        <div>
          <Title2 as="h1" block>
            {text.batch.heading}
          </Title2>
          <Body1 as="p" block>
            {text.batch.intro}
          </Body1>
        </div>
        <Button appearance="subtle" lang={locale === 'zh-CN' ? 'en-US' : 'zh-CN'} title={text.batch.languageLabel} onClick={() => setLocale(locale === 'zh-CN' ? 'en-US' : 'zh-CN')}>
          {text.batch.language}
        </Button>
      </header>

      <section
        aria-label={text.batch.dropZone}
        className={`${styles.drop} ${dragging ? styles.dropActive : ''}`}
        data-testid="drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <Subtitle2 as="h2">{text.batch.dropZone}</Subtitle2>
        <Caption1>{text.batch.dropHint}</Caption1>
        <div className={styles.buttons}>
          <Button appearance="primary" disabled={busy} onClick={() => filesInput.current?.click()}>
            {text.batch.chooseFiles}
          </Button>
          <Button disabled={busy} onClick={() => folderInput.current?.click()}>
            {text.batch.chooseFolder}
          </Button>
        </div>
        <input
          ref={filesInput}
          type="file"
          multiple
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          hidden
          data-testid="files-input"
          onChange={(event) => {
            start(collectFromInput(event.currentTarget.files));
            event.currentTarget.value = '';
          }}
        />
        <input
          ref={(element) => {
            folderInput.current = element;
            element?.setAttribute('webkitdirectory', '');
          }}
          type="file"
          hidden
          data-testid="folder-input"
          onChange={(event) => {
            start(collectFromInput(event.currentTarget.files));
            event.currentTarget.value = '';
          }}
        />
      </section>

      {skipped > 0 ? (
        <MessageBar intent="info">
          <MessageBarBody>{text.batch.skipped(skipped)}</MessageBarBody>
        </MessageBar>
      ) : null}
      {nothing ? (
        <MessageBar intent="warning">
          <MessageBarBody>{text.batch.nothingToCheck}</MessageBarBody>
        </MessageBar>
      ) : null}
      {failure ? (
        <MessageBar intent="error">
          <MessageBarBody>{text.batch.workerFailed(failure)}</MessageBarBody>
        </MessageBar>
      ) : null}

      {phase !== 'idle' ? (
        <div className={styles.progress}>
          <Field
            className={styles.grow}
            label={text.batch.progressLabel}
            validationState="none"
            validationMessage={
              <span data-testid="progress-text">
                {text.batch.progress(done, total)} · {text.batch.left(total - done)}
                {busy ? ` · ${left === null ? text.batch.estimating : text.batch.timeLeft(left)}` : ''}
              </span>
            }
          >
            <ProgressBar value={total === 0 ? 0 : done / total} max={1} thickness="large" />
          </Field>
          {busy ? (
            <Button onClick={() => worker.postMessage({ type: 'cancel', batch: batchRef.current })}>{text.batch.cancel}</Button>
          ) : null}
        </div>
      ) : null}

      <div role="status" aria-live="polite" data-testid="batch-status">
        {phase === 'done' ? text.batch.finished(done) : phase === 'cancelled' ? text.batch.cancelled(done, total) : ''}
      </div>

      {done > 0 ? (
        <>
          <section aria-label={text.batch.summaryLabel}>
            <dl className={styles.summary} data-testid="batch-summary">
              {(
                [
                  ['files', done],
                  ['pass', tally.pass],
                  ['fail', tally.fail],
                  ['unfilled', tally.unfilled],
                  ['unreadable', tally.unreadable],
                  ['errors', tally.errors],
                  ['warnings', tally.warnings],
                ] as const
              ).map(([key, value]) => (
                <div key={key} className={styles.stat} data-stat={key}>
                  <dt>{text.batch.summary[key]}</dt>
                  <dd className={styles.statValue}>{value}</dd>
                </div>
              ))}
            </dl>
          </section>
          {finished ? (
            <div className={styles.buttons} style={{ justifyContent: 'flex-start' }}>
              <Button appearance="primary" onClick={() => download(batchReportHtml(checked, locale), 'text/html;charset=utf-8', text.batch.reportFileName)}>
                {text.batch.downloadReport}
              </Button>
              <Button disabled={zipProgress !== null} onClick={() => worker.postMessage({ type: 'zip', batch: batchRef.current })}>
                {text.batch.downloadFixed}
              </Button>
              <Caption1 role="status">{zipProgress ? text.batch.preparingZip(zipProgress.done, zipProgress.total) : text.batch.fixedNote}</Caption1>
            </div>
          ) : null}
          <ResultTable rows={checked} text={text} onOpen={setOpen} />
        </>
      ) : null}
      <FileDetails report={open === null ? undefined : checked[open]?.report} text={text} onClose={() => setOpen(null)} />
    </main>
  );
}
