/**
 * A 412 whose fields conflict: for each field, both versions one under the
 * other (a 350 px pane has no room for columns), in the same words as the
 * confirmation, and the person keeps one side.
 */
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Locale, Messages } from '../../i18n';
import type { FieldConflict, Resolution } from '../merge';
import { shownValue } from './shown-value';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalS} 0`, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  version: { display: 'block' },
});

export function ConflictChoices({
  conflicts,
  text,
  locale,
  onResolve,
}: {
  conflicts: readonly FieldConflict[];
  text: Messages['register']['panel'];
  locale: Locale;
  onResolve: (resolution: Resolution) => void;
}): JSX.Element {
  const styles = useStyles();
  const all = (choice: 'mine' | 'theirs'): Resolution => Object.fromEntries(conflicts.map((conflict) => [conflict.field, choice]));
  return (
    <section aria-label={text.conflictTitle}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{text.conflictTitle}</MessageBarBody>
      </MessageBar>
      <ul className={styles.list}>
        {conflicts.map((conflict) => (
          <li key={conflict.field}>
            <Text weight="semibold">{text.columns[conflict.field] ?? conflict.field}</Text>
            <span className={styles.version}>
              {text.mine}
              {text.labelSeparator}
              {shownValue(conflict.field, conflict.mine, text, locale)}
            </span>
            <span className={styles.version}>
              {text.theirs}
              {text.labelSeparator}
              {shownValue(conflict.field, conflict.theirs, text, locale)}
            </span>
          </li>
        ))}
      </ul>
      <Button appearance="primary" onClick={() => onResolve(all('mine'))}>
        {text.keepMine}
      </Button>{' '}
      <Button onClick={() => onResolve(all('theirs'))}>{text.takeTheirs}</Button>
    </section>
  );
}
