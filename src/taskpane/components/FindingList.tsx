/** Findings grouped by rule (in the order rules first appear), each with 定位 and, when it can, 修正. */
import { Badge, Button, Text, makeStyles, tokens } from '@fluentui/react-components';
import type { Finding } from '../../core/finding';
import { usePaneText } from '../text';

const useStyles = makeStyles({
  groups: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  groupHeading: { margin: 0, fontSize: tokens.fontSizeBase300, display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  list: { listStyleType: 'none', margin: `${tokens.spacingVerticalXS} 0 0`, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `3px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  where: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'center' },
  manual: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface FindingListProps {
  readonly findings: readonly Finding[];
  readonly disabled: boolean;
  readonly onLocate: (finding: Finding) => void;
  readonly onFix: (finding: Finding) => void;
}

function groupByRule(findings: readonly Finding[]): [string, Finding[]][] {
  const groups = new Map<string, Finding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.rule);
    if (group) group.push(finding);
    else groups.set(finding.rule, [finding]);
  }
  return [...groups.entries()];
}

export function FindingList({ findings, disabled, onLocate, onFix }: FindingListProps): JSX.Element {
  const text = usePaneText();
  const styles = useStyles();
  return (
    <div className={styles.groups}>
      {groupByRule(findings).map(([rule, group]) => {
        const ruleName = text.rules[rule] ?? rule;
        return (
          <section key={rule} aria-labelledby={`rule-${rule}`} data-rule={rule}>
            <h4 id={`rule-${rule}`} className={styles.groupHeading}>
              {ruleName}
              <Badge appearance="tint" shape="rounded" color={group[0].severity === 'error' ? 'danger' : 'warning'}>
                {text.check.groupCount(group.length)}
              </Badge>
            </h4>
            <ul className={styles.list}>
              {group.map((finding, index) => (
                <li
                  key={`${finding.paragraph}-${index}`}
                  className={`${styles.item} ${finding.severity === 'error' ? styles.error : styles.warning}`}
                  data-testid="finding"
                  data-paragraph={finding.paragraph}
                >
                  <span className={styles.where}>
                    {`${text.severity[finding.severity]} · ${text.check.paragraph(finding.paragraph)}`}
                  </span>
                  {/* Findings speak Chinese in every locale: mark them so Chinese glyphs are chosen. */}
                  <Text size={300} lang="zh-CN">
                    {finding.message}
                  </Text>
                  <span className={styles.actions}>
                    <Button size="small" disabled={disabled} aria-label={text.check.locateLabel(finding.paragraph)} onClick={() => onLocate(finding)}>
                      {text.check.locate}
                    </Button>
                    {finding.fixable ? (
                      <Button
                        size="small"
                        appearance="primary"
                        disabled={disabled}
                        aria-label={text.check.fixLabel(finding.paragraph, ruleName)}
                        onClick={() => onFix(finding)}
                      >
                        {text.check.fix}
                      </Button>
                    ) : (
                      <span className={styles.manual}>{text.check.manual}</span>
                    )}
                  </span>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
