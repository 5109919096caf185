/**
 * `required-section` — every section the template requires has its heading.
 *
 * Why: the notices fix the parts of each document — 000 附件3 结项报告 一、项目简介
 * 二、推进情况 三、主要成效; 001 立项书 可行性分析、主要内容、主要目标、进度安排、推进措施;
 * 004 案例 背景与起因、做法与经过、成效与反响、分析与评价. A reviewer looks for each
 * part by its heading. The fix inserts the heading where the template puts
 * it and numbered as it will stand in the document (support/missing-sections).
 *
 * A fixed section (the notice prints the heading) must be there word for
 * word: its absence is an error. A content area (the notice says 一般应包括…
 * or …等) is found by meaning (`背景和起因`, `项目可行性分析`) and its absence
 * is a warning: the notice describes what to cover, not how to title it.
 */
import type { Rule, RuleFinding } from '../rule';
import { rules as zhRules } from '../../i18n/zh-CN/rules';
import { sectionSeverity } from './support/sections';
import { missingSectionHeadings, missingSections } from './support/missing-sections';

export const requiredSectionRule: Rule = {
  id: 'required-section',
  severity: 'error',
  description: zhRules.descriptions['required-section'],
  fixable: true,
  check({ paragraphs, template, text }) {
    const headings = missingSectionHeadings(paragraphs, template);
    return missingSections(paragraphs, template).map((missing): RuleFinding => {
      const { section, before } = missing;
      const headingText = headings.get(missing) ?? section.title;
      const severity = sectionSeverity(section);
      return {
        ...(severity ? { severity } : {}),
        paragraph: Math.max(1, Math.min(before + 1, paragraphs.length)),
        message: text.requiredSection.message(headingText),
        expected: headingText,
        actual: text.missing,
        fixable: true,
        fix: [{ kind: 'insert-paragraph', before, text: headingText, role: section.level === 1 ? 'h1' : 'h2' }],
      };
    });
  },
};
