/**
 * `font-size` — every run a reader sees is in the role's size (or one the
 * role also accepts, as form tables do).
 *
 * Why: GB/T 9704-2012 §5.2.2 (3号 unless stated) and §7.3.1 (标题 2号); 000 附件3 repeats
 * 三号 for every level of the 结项报告.
 */
import type { Rule, RuleFinding } from '../rule';
import { rules as text } from '../../i18n/zh-CN/rules';
import { findingParagraph, roleFormat, roleLabel, unique, visibleRuns, wordings } from './support/format';

export const fontSizeRule: Rule = {
  id: 'font-size',
  severity: 'error',
  description: text.descriptions['font-size'],
  fixable: true,
  check({ paragraphs, profile }) {
    const findings: RuleFinding[] = [];
    const wordingOf = wordings<{ message: string; expected: string; actual: string }>();
    for (const classified of paragraphs) {
      if (classified.role === 'empty') continue;
      const format = roleFormat(classified, profile);
      const accepted = new Set([format.sizePt, ...format.acceptedSizesPt]);
      const badRuns = visibleRuns(classified.paragraph).filter(
        ({ run }) => run.format.sizePt === undefined || !accepted.has(run.format.sizePt),
      );
      if (badRuns.length === 0) continue;
      const actual = unique(badRuns.map(({ run }) => text.size(run.format.sizePt)));
      const wording = wordingOf(`${classified.role}\u0000${format.sizePt}\u0000${actual.join('\u0000')}`, () => ({
        message: text.fontSize.message(roleLabel(classified.role), text.size(format.sizePt), actual),
        expected: text.size(format.sizePt),
        actual: actual.join('、'),
      }));
      findings.push({
        paragraph: findingParagraph(classified.paragraph),
        message: wording.message,
        expected: wording.expected,
        actual: wording.actual,
        fixable: true,
        fix: [
          {
            kind: 'set-run-format',
            paragraph: classified.paragraph.index,
            runs: badRuns.map(({ index }) => index),
            sizePt: format.sizePt,
          },
        ],
      });
    }
    return findings;
  },
};
