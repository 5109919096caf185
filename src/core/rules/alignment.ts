/**
 * `alignment` — the title and the organisation line are centred.
 *
 * Why: GB/T 9704-2012 §7.3.1 (标题 "居中排布"); 000 附件3 shows the 结项报告
 * title and 基层党组织名称 centred. Body justification is not checked: for
 * full-width Chinese text left and justified look alike, and the profile's
 * `alignment` of other roles is there for the fixer and the templates.
 */
import type { Rule, RuleFinding } from '../rule';
import { rules as zhRules } from '../../i18n/zh-CN/rules';
import { findingParagraph, roleFormat, roleLabel } from './support/format';

const CHECKED_ROLES = new Set(['title', 'org']);

export const alignmentRule: Rule = {
  id: 'alignment',
  severity: 'warning',
  description: zhRules.descriptions.alignment,
  fixable: true,
  check({ paragraphs, profile, text }) {
    const findings: RuleFinding[] = [];
    for (const classified of paragraphs) {
      if (!CHECKED_ROLES.has(classified.role)) continue;
      const expected = roleFormat(classified, profile).alignment;
      const actual = classified.paragraph.format.alignment;
      if (expected === undefined || actual === expected) continue;
      const actualName = actual ? text.alignments[actual] : text.alignment.unset;
      findings.push({
        paragraph: findingParagraph(classified.paragraph),
        message: text.alignment.message(roleLabel(text, classified.role), text.alignments[expected], actualName),
        expected: text.alignments[expected],
        actual: actualName,
        fixable: true,
        fix: [{ kind: 'set-paragraph-format', paragraph: classified.paragraph.index, alignment: expected }],
      });
    }
    return findings;
  },
};
