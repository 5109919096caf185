/**
 * `font-size` — every run a reader sees is in the role's size (or one the
 * role also accepts, as form tables do).
 *
 * Why: GB/T 9704-2012 §5.2.2 (3号 unless stated) and §7.3.1 (标题 2号); 000 附件3 repeats
 * 三号 for every level of the 结项报告.
 */
import type { Run } from '../model';
import type { Rule, RuleFinding } from '../rule';
import type { RoleFormat } from '../../templates/schema';
import { rules as zhRules } from '../../i18n/zh-CN/rules';
import { findingParagraph, isVisibleText, roleFormat, roleLabel, unique, wordings, wordingsByRole, wrongRuns } from './support/format';

interface Wording {
  readonly message: string;
  readonly expected: string;
  readonly actual: string;
}

/** A run a reader sees, in a size its role does not accept. */
function hasWrongSize(run: Run, accepted: ReadonlySet<number>): boolean {
  return isVisibleText(run.text) && !(run.format.sizePt !== undefined && accepted.has(run.format.sizePt));
}

export const fontSizeRule: Rule = {
  id: 'font-size',
  severity: 'error',
  description: zhRules.descriptions['font-size'],
  fixable: true,
  check({ paragraphs, profile, text }) {
    const findings: RuleFinding[] = [];
    const acceptedByFormat = new Map<RoleFormat, Set<number>>();
    // A role decides its format, so (role, wrong sizes) decides the wording.
    const wordingOfOne = wordingsByRole<number | undefined, Wording>((role, size) => ({
      message: text.fontSize.message(roleLabel(text, role), text.size(profile.roles[role].sizePt), [text.size(size)]),
      expected: text.size(profile.roles[role].sizePt),
      actual: text.size(size),
    }));
    const wordingOfMany = wordings<Wording>();
    for (const classified of paragraphs) {
      // A paragraph no format role describes (落款, 主送, 发文字号, TOC, an unnumbered heading) has no look to judge.
      if (classified.role === 'empty' || classified.role === 'other') continue;
      const format = roleFormat(classified, profile);
      let accepted = acceptedByFormat.get(format);
      if (!accepted) acceptedByFormat.set(format, (accepted = new Set([format.sizePt, ...format.acceptedSizesPt])));
      const runs = classified.paragraph.runs;
      const wrong = wrongRuns(runs, accepted, hasWrongSize);
      if (!wrong) continue;
      const role = classified.role;
      const sizePt = format.sizePt;
      let wording: Wording;
      const actual = wrong.length > 1 ? unique(wrong.map((index) => text.size(runs[index].format.sizePt))) : undefined;
      if (actual === undefined || actual.length === 1) {
        wording = wordingOfOne(role, runs[wrong[0]].format.sizePt);
      } else {
        wording = wordingOfMany(`${role}\u0000${actual.join('\u0000')}`, () => ({
          message: text.fontSize.message(roleLabel(text, role), text.size(sizePt), actual),
          expected: text.size(sizePt),
          actual: actual.join('、'),
        }));
      }
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
            runs: wrong,
            sizePt,
          },
        ],
      });
    }
    return findings;
  },
};
