/**
 * One project of the organisation as a card that reads at 350 px: its name
 * on lines of its own, the 党组织, a status badge, when it was last
 * submitted (the reader's time), and its files. Names are text; only https
 * addresses become links.
 */
import { Badge, Link, Text, makeStyles, tokens, type BadgeProps } from '@fluentui/react-components';
import type { Locale, Messages } from '../../i18n';
import type { RegisterListRow } from '../list-view';
import { localTime } from './shown-value';

const useStyles = makeStyles({
  card: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  current: { border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  // Names without spaces (long Latin runs, pasted markup) still wrap inside the card.
  name: { overflowWrap: 'anywhere', fontWeight: tokens.fontWeightSemibold, margin: 0 },
  line: { overflowWrap: 'anywhere', color: tokens.colorNeutralForeground2 },
  badges: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXXS, alignItems: 'center' },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM },
});

/** What the register holds (names, 党组织, statuses) is Chinese: an English pane still draws it with Chinese glyphs. */
const DATA_LANGUAGE = 'zh-CN';

const FINISHED = new Set(['已结项', '已验收', '优秀']);

/** A finished project (已结项 and after) in green, a 草稿 in grey, one on its way in the brand colour. */
function statusColor(status: string): BadgeProps['color'] {
  if (FINISHED.has(status)) return 'success';
  if (status === '草稿' || status === '') return 'informative';
  return 'brand';
}

export function ProjectCard({ row, text, locale }: { row: RegisterListRow; text: Messages['register']['panel']; locale: Locale }): JSX.Element {
  const styles = useStyles();
  const links = [
    { href: row.applicationUrl, label: text.columns.ApplicationUrl },
    { href: row.reportUrl, label: text.columns.ReportUrl },
    { href: row.pdfUrl, label: text.columns.PdfUrl },
  ].filter((link): link is { href: string; label: string } => link.href !== undefined);
  return (
    <article
      className={row.isCurrentDocument ? `${styles.card} ${styles.current}` : styles.card}
      aria-label={row.title}
      aria-current={row.isCurrentDocument ? 'true' : undefined}
      data-testid="project-card"
    >
      <Text as="h4" size={300} className={styles.name} lang={DATA_LANGUAGE}>
        {row.title}
      </Text>
      <div className={styles.badges}>
        <Badge appearance="tint" color={statusColor(row.status)} lang={DATA_LANGUAGE}>
          {row.status || '—'}
        </Badge>
        {row.isCurrentDocument && <Badge appearance="outline">{text.thisDocument}</Badge>}
        {row.year !== undefined && <Text size={200}>{row.year}</Text>}
      </div>
      {row.org !== '' && (
        <Text size={200} className={styles.line} lang={DATA_LANGUAGE}>
          {row.org}
        </Text>
      )}
      {row.submittedAt && (
        <Text size={200} className={styles.line}>
          {text.updatedAt(localTime(row.submittedAt, locale))}
        </Text>
      )}
      {links.length > 0 && (
        <div className={styles.actions}>
          {links.map((link) => (
            <Link key={link.label} href={link.href} target="_blank" rel="noopener noreferrer">
              {link.label}
            </Link>
          ))}
        </div>
      )}
    </article>
  );
}
