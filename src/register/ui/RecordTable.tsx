/**
 * The confirmation before 确认提交, in words that fit the 350 px pane. A new
 * project lists what goes into its row, one field under another. A project
 * the register already has says, under its name, what this submission
 * changes (状态 由“已申报”改为“已结项”, 结项报告 上传本文档) and how many
 * fields stay as they are; times are the reader's, files go by their name,
 * and the 项目编号 is not shown at all: nobody recognises a project by it.
 */
import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Locale, Messages } from '../../i18n';
import type { RowFields } from '../graph/list';
import { FILE_COLUMNS, isEmptyValue, localTime, shownValue } from './shown-value';

type PanelText = Messages['register']['panel'];

/** Columns not shown: the 项目编号 says nothing to a person; who and when are told in the sentence above the changes. */
const NOT_LISTED = new Set(['ProjectId']);
const NOT_COMPARED = new Set(['ProjectId', 'SubmittedAt', 'SubmittedBy']);

const useStyles = makeStyles({
  // Long names, e-mail addresses and file names wrap inside the pane instead of widening it.
  text: { overflowWrap: 'anywhere', margin: `${tokens.spacingVerticalXS} 0` },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, overflowWrap: 'anywhere' },
  fields: { margin: 0, overflowWrap: 'anywhere' },
  term: { fontWeight: tokens.fontWeightSemibold, marginTop: tokens.spacingVerticalXS },
  value: { marginLeft: 0 },
});

/** Kept for callers that show one value without its column. */
export function displayValue(value: unknown, text: PanelText): string {
  if (isEmptyValue(value)) return '—';
  if (typeof value === 'boolean') return value ? text.checkPassed : text.checkFailed;
  return String(value);
}

export function projectTitle(mine: RowFields, current: RowFields | undefined, text: PanelText): string {
  const title = [mine.Title, current?.Title].find((value) => typeof value === 'string' && value.trim() !== '');
  return typeof title === 'string' ? title : text.untitled;
}

export interface FieldChange {
  readonly column: string;
  readonly label: string;
  /** What happens to the column, in words. */
  readonly change: string;
}

/** What this submission changes in a row the register has, and how many compared columns stay the same. */
export function changesFrom(mine: RowFields, current: RowFields, text: PanelText, locale: Locale): { changes: FieldChange[]; unchanged: number } {
  const changes: FieldChange[] = [];
  let unchanged = 0;
  for (const [column, value] of Object.entries(mine)) {
    if (NOT_COMPARED.has(column)) continue;
    const label = text.columns[column] ?? column;
    const before = current[column];
    if (FILE_COLUMNS.has(column)) {
      const name = isEmptyValue(before) ? undefined : shownValue(column, before, text, locale);
      const pdf = column === 'PdfUrl';
      const change = name === undefined ? (pdf ? text.uploadPdf : text.uploadDocument) : pdf ? text.replacePdf(name) : text.replaceFile(name);
      changes.push({ column, label, change });
      continue;
    }
    const to = shownValue(column, value, text, locale);
    const from = shownValue(column, before, text, locale);
    if (to === from) unchanged += 1;
    else changes.push({ column, label, change: isEmptyValue(before) ? text.filledIn(to) : text.changedTo(from, to) });
  }
  return { changes, unchanged };
}

export function RecordTable({ mine, current, text, locale }: { mine: RowFields; current?: RowFields; text: PanelText; locale: Locale }): JSX.Element {
  const styles = useStyles();
  const title = projectTitle(mine, current, text);
  if (!current) {
    return (
      <div data-testid="record-new">
        <p className={styles.text}>{text.newProject(title)}</p>
        <dl className={styles.fields}>
          {Object.entries(mine)
            .filter(([column]) => !NOT_LISTED.has(column))
            .map(([column, value]) => (
              <div key={column}>
                <dt className={styles.term}>{text.columns[column] ?? column}</dt>
                <dd className={styles.value}>{shownValue(column, value, text, locale)}</dd>
              </div>
            ))}
        </dl>
      </div>
    );
  }
  const { changes, unchanged } = changesFrom(mine, current, text, locale);
  const submittedAt = typeof current.SubmittedAt === 'string' ? localTime(current.SubmittedAt, locale) : undefined;
  const submittedBy = typeof current.SubmittedBy === 'string' && current.SubmittedBy !== '' ? current.SubmittedBy : undefined;
  return (
    <div data-testid="record-changes">
      <p className={styles.text}>
        {text.existingProject(title, shownValue('Status', current.Status, text, locale))}
        {submittedAt && ` ${submittedBy ? text.lastSubmitted(submittedAt, submittedBy) : text.lastSubmittedAt(submittedAt)}`}
      </p>
      <Text weight="semibold">{text.changesTitle}</Text>
      <ul className={styles.list}>
        {changes.map((change) => (
          <li key={change.column}>
            <Text weight="semibold">{change.label}</Text>
            {text.labelSeparator}
            {change.change}
          </li>
        ))}
      </ul>
      <p className={styles.text}>{changes.length === 0 ? text.noChanges : text.unchangedCount(unchanged)}</p>
    </div>
  );
}
