/** A 412 whose fields conflict: both versions side by side, and the person chooses per field. */
import { Button, MessageBar, MessageBarBody, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow } from '@fluentui/react-components';
import type { Messages } from '../../i18n';
import type { FieldConflict, Resolution } from '../merge';
import { displayValue } from './RecordTable';

export function ConflictChoices({
  conflicts,
  text,
  onResolve,
}: {
  conflicts: readonly FieldConflict[];
  text: Messages['register']['panel'];
  onResolve: (resolution: Resolution) => void;
}): JSX.Element {
  const all = (choice: 'mine' | 'theirs'): Resolution => Object.fromEntries(conflicts.map((conflict) => [conflict.field, choice]));
  return (
    <section aria-label={text.conflictTitle}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{text.conflictTitle}</MessageBarBody>
      </MessageBar>
      <Table size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{text.recordField}</TableHeaderCell>
            <TableHeaderCell>{text.mine}</TableHeaderCell>
            <TableHeaderCell>{text.theirs}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {conflicts.map((conflict) => (
            <TableRow key={conflict.field}>
              <TableCell>{text.columns[conflict.field] ?? conflict.field}</TableCell>
              <TableCell>{displayValue(conflict.mine, text)}</TableCell>
              <TableCell>{displayValue(conflict.theirs, text)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Button appearance="primary" onClick={() => onResolve(all('mine'))}>
        {text.keepMine}
      </Button>{' '}
      <Button onClick={() => onResolve(all('theirs'))}>{text.takeTheirs}</Button>
    </section>
  );
}
