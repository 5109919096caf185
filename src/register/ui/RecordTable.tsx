/** The confirmation table: each column this submission writes, beside what the register says now. */
import { Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { Messages } from '../../i18n';
import type { RowFields } from '../graph/list';

export function displayValue(value: unknown, text: Messages['register']['panel']): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? text.checkPassed : text.checkFailed;
  return String(value);
}

export function RecordTable({ mine, current, text }: { mine: RowFields; current?: RowFields; text: Messages['register']['panel'] }): JSX.Element {
  return (
    <Table size="small" aria-label={text.confirmTitle}>
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{text.recordField}</TableHeaderCell>
          <TableHeaderCell>{text.newRow}</TableHeaderCell>
          {current && <TableHeaderCell>{text.currentRow}</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {Object.entries(mine).map(([field, value]) => (
          <TableRow key={field}>
            <TableCell>{text.columns[field] ?? field}</TableCell>
            <TableCell>{displayValue(value, text)}</TableCell>
            {current && <TableCell>{displayValue(current[field], text)}</TableCell>}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
