/** The batch table: the HTML report's summary table, with each file's findings a click away. */
import { memo } from 'react';
import { Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles, tokens } from '@fluentui/react-components';
import type { Messages } from '../i18n';
import type { FileReport } from '../report/file-report';
import { countsOf, statusOf, statusText } from './status';

export interface Row {
  readonly report: FileReport;
  /** The template's name; null when none fits (format checked alone) or the file was not read. */
  readonly templateName: string | null;
}

const useStyles = makeStyles({
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  numColumn: { width: '5rem', textAlign: 'right' },
  resultColumn: { width: '7rem' },
  pass: { color: tokens.colorPaletteGreenForeground1, fontWeight: tokens.fontWeightSemibold },
  fail: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  muted: { color: tokens.colorNeutralForeground3 },
  path: { wordBreak: 'break-all', textAlign: 'left' },
});

export interface ResultTableProps {
  readonly rows: readonly Row[];
  readonly text: Messages;
  readonly onOpen: (index: number) => void;
}

export function ResultTable({ rows, text, onOpen }: ResultTableProps): JSX.Element {
  const styles = useStyles();
  const columns = text.cli.htmlColumns;
  return (
    <Table aria-label={text.batch.tableLabel} data-testid="batch-table" size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{columns.file}</TableHeaderCell>
          <TableHeaderCell>{columns.template}</TableHeaderCell>
          <TableHeaderCell className={styles.resultColumn}>{columns.result}</TableHeaderCell>
          <TableHeaderCell className={styles.numColumn}>{columns.wordCount}</TableHeaderCell>
          <TableHeaderCell className={styles.numColumn}>{columns.errors}</TableHeaderCell>
          <TableHeaderCell className={styles.numColumn}>{columns.warnings}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row, index) => (
          <ResultRow key={`${index}:${row.report.path}`} row={row} index={index} text={text} onOpen={onOpen} />
        ))}
      </TableBody>
    </Table>
  );
}

interface ResultRowProps {
  readonly row: Row;
  readonly index: number;
  readonly text: Messages;
  readonly onOpen: (index: number) => void;
}

/** One file's line; drawn once: rows already shown are not redrawn as more files arrive. */
const ResultRow = memo(function ResultRow({ row: { report, templateName }, index, text, onOpen }: ResultRowProps): JSX.Element {
  const styles = useStyles();
  const status = statusOf(report);
  const counts = countsOf(report);
  return (
    <TableRow data-path={report.path} data-status={status}>
      <TableCell>
        <Link as="button" className={styles.path} onClick={() => onOpen(index)} title={text.batch.openFile(report.path)}>
          {report.path}
        </Link>
      </TableCell>
      <TableCell>{templateName ?? (report.error ? '—' : <span className={styles.muted}>{text.batch.unrecognised}</span>)}</TableCell>
      <TableCell className={status === 'pass' ? styles.pass : styles.fail}>{statusText(status, text.cli)}</TableCell>
      <TableCell className={styles.num}>{report.wordCount ?? '—'}</TableCell>
      <TableCell className={styles.num}>{counts.errors}</TableCell>
      <TableCell className={styles.num}>{counts.warnings}</TableCell>
    </TableRow>
  );
});
