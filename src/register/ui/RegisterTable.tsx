/** The organisation's projects: names as text, links only to https addresses, this document's row marked. */
import { Badge, Link, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, makeStyles } from '@fluentui/react-components';
import type { Messages } from '../../i18n';
import type { RegisterListRow } from '../list-view';

const useStyles = makeStyles({
  // Names without spaces (long Latin runs, pasted markup) wrap inside their column instead of running over the next.
  title: { overflowWrap: 'anywhere' },
});

export function RegisterTable({ rows, text }: { rows: readonly RegisterListRow[]; text: Messages['register']['panel'] }): JSX.Element {
  const styles = useStyles();
  const link = (href: string | undefined, label: string) =>
    href ? (
      <Link href={href} target="_blank" rel="noopener noreferrer">
        {label}
      </Link>
    ) : null;
  return (
    <Table size="small" aria-label={text.listTitle}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{text.columns.Title}</TableHeaderCell>
          <TableHeaderCell>{text.columns.Status}</TableHeaderCell>
          <TableHeaderCell>{text.columns.Year}</TableHeaderCell>
          <TableHeaderCell>{text.open}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow key={row.id} aria-current={row.isCurrentDocument ? 'true' : undefined} style={row.isCurrentDocument ? { fontWeight: 600 } : undefined}>
            <TableCell className={styles.title}>
              {row.title} {row.isCurrentDocument && <Badge appearance="tint">{text.thisDocument}</Badge>}
            </TableCell>
            <TableCell>{row.status}</TableCell>
            <TableCell>{row.year ?? '—'}</TableCell>
            <TableCell>
              {link(row.applicationUrl, text.columns.ApplicationUrl)} {link(row.reportUrl, text.columns.ReportUrl)} {link(row.pdfUrl, text.columns.PdfUrl)}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
