/**
 * `length-limit` — the document, and each section with a limit, stay within
 * the 字数 the notice allows, counted as Word counts (src/core/wordcount.ts).
 *
 * Why: 004 limits the 党支部工作案例 to 2500 字; a pack may add limits per
 * section. Cutting text is the writer's call: the finding shows the count
 * and the excess, and has no fix.
 */
import type { Rule, RuleFinding } from '../rule';
import { documentWordCount, paragraphWordCount } from '../wordcount';
import { rules as zhRules } from '../../i18n/zh-CN/rules';
import { locateSections, sectionBody } from './support/sections';

export const lengthLimitRule: Rule = {
  id: 'length-limit',
  severity: 'error',
  description: zhRules.descriptions['length-limit'],
  fixable: false,
  check({ document, paragraphs, template, text }) {
    const findings: RuleFinding[] = [];
    if (template.maxChars !== undefined) {
      const count = documentWordCount(document);
      if (count > template.maxChars) {
        findings.push({
          paragraph: 1,
          message: text.lengthLimit.document(count, template.maxChars),
          expected: text.lengthLimit.expected(template.maxChars),
          actual: text.lengthLimit.actual(count),
          fixable: false,
          fix: [],
        });
      }
    }
    for (const { section, heading } of locateSections(paragraphs, template)) {
      if (section.maxChars === undefined || !heading) continue;
      const count = sectionBody(paragraphs, heading, section.level).reduce(
        (total, classified) => total + paragraphWordCount(classified.paragraph),
        0,
      );
      if (count <= section.maxChars) continue;
      findings.push({
        paragraph: heading.paragraph.index + 1,
        message: text.lengthLimit.section(section.title, count, section.maxChars),
        expected: text.lengthLimit.expected(section.maxChars),
        actual: text.lengthLimit.actual(count),
        fixable: false,
        fix: [],
      });
    }
    return findings;
  },
};
