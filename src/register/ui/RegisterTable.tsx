/**
 * The organisation's projects, one card each under the other: at the pane's
 * 350 px a table's name column shrank to one character per line.
 */
import { makeStyles, tokens } from '@fluentui/react-components';
import type { Locale, Messages } from '../../i18n';
import type { RegisterListRow } from '../list-view';
import { ProjectCard } from './ProjectCard';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: `${tokens.spacingVerticalS} 0`, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
});

export function RegisterTable({ rows, text, locale }: { rows: readonly RegisterListRow[]; text: Messages['register']['panel']; locale: Locale }): JSX.Element {
  const styles = useStyles();
  return (
    <ul className={styles.list} aria-label={text.listTitle}>
      {rows.map((row) => (
        <li key={row.id}>
          <ProjectCard row={row} text={text} locale={locale} />
        </li>
      ))}
    </ul>
  );
}
