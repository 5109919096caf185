/**
 * `font` — the East Asian font of every run with Chinese text is one the
 * role accepts.
 *
 * Why: 000 附件3 names the fonts of the 结项报告 (标题 方正小标宋, 署名 楷体_GB2312,
 * 一级标题 方正黑体_GBK, 二级标题 方正楷体_GBK, 正文 方正仿宋_GBK); GB/T 9704-2012
 * §5.2.2 (3号仿宋), §7.3.1 (标题 小标宋) and §7.3.3 (黑体, 楷体, 仿宋 for the four
 * heading levels) apply where the notice is silent.
 * Only `w:eastAsia` decides: Latin letters and digits may be in any font.
 */
import type { Run } from '../model';
import type { Rule, RuleFinding, RulesText } from '../rule';
import type { RoleFormat } from '../../templates/schema';
import { hasEastAsian } from '../characters';
import { rules as zhRules } from '../../i18n/zh-CN/rules';
import { findingParagraph, roleFormat, roleLabel, unique, wordings, wordingsByRole, wrongRuns } from './support/format';

interface Wording {
  readonly message: string;
  readonly actual: string;
}

function shownFont(text: RulesText, run: Run): string {
  return run.format.eastAsiaFont ?? text.unset;
}

/** A run with Chinese text in a font its role does not accept. */
function hasWrongFont(run: Run, accepted: ReadonlySet<string>): boolean {
  return hasEastAsian(run.text) && !(run.format.eastAsiaFont && accepted.has(run.format.eastAsiaFont));
}

export const fontRule: Rule = {
  id: 'font',
  severity: 'error',
  description: zhRules.descriptions.font,
  fixable: true,
  check({ paragraphs, profile, text }) {
    const findings: RuleFinding[] = [];
    const acceptedByFormat = new Map<RoleFormat, Set<string>>();
    // A role decides its format, so (role, wrong fonts) decides the wording.
    const wordingOfOne = wordingsByRole<string, Wording>((role, font) => ({
      message: text.font.message(roleLabel(text, role), profile.roles[role].fonts.preferred, [font]),
      actual: font,
    }));
    const wordingOfMany = wordings<Wording>();
    for (const classified of paragraphs) {
      // A paragraph no format role describes (落款, 主送, 发文字号, TOC, an unnumbered heading) has no look to judge.
      if (classified.role === 'empty' || classified.role === 'other') continue;
      const format = roleFormat(classified, profile);
      let accepted = acceptedByFormat.get(format);
      if (!accepted) acceptedByFormat.set(format, (accepted = new Set([format.fonts.preferred, ...format.fonts.accepted])));
      const runs = classified.paragraph.runs;
      const wrong = wrongRuns(runs, accepted, hasWrongFont);
      if (!wrong) continue;
      const role = classified.role;
      const preferred = format.fonts.preferred;
      let wording: Wording;
      const actual = wrong.length > 1 ? unique(wrong.map((index) => shownFont(text, runs[index]))) : undefined;
      if (actual === undefined || actual.length === 1) {
        wording = wordingOfOne(role, shownFont(text, runs[wrong[0]]));
      } else {
        wording = wordingOfMany(`${role}\u0000${actual.join('\u0000')}`, () => ({
          message: text.font.message(roleLabel(text, role), preferred, actual),
          actual: actual.join('、'),
        }));
      }
      findings.push({
        paragraph: findingParagraph(classified.paragraph),
        message: wording.message,
        expected: preferred,
        actual: wording.actual,
        fixable: true,
        fix: [
          {
            kind: 'set-run-format',
            paragraph: classified.paragraph.index,
            runs: wrong,
            eastAsiaFont: preferred,
          },
        ],
      });
    }
    return findings;
  },
};
