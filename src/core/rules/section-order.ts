/**
 * `section-order` — the sections the document has come in the template's order.
 *
 * Why: the notices list the parts in a fixed order (000 附件3, 001, 004), and
 * reviewers score them in that order. Moving whole sections is the writer's
 * call, so there is no automatic fix. Sections are found as required-section
 * finds them (content areas by meaning); an order among content areas is a
 * warning, as the notice only lists what to cover.
 */
import type { Rule, RuleFinding } from '../rule';
import { rules as zhRules } from '../../i18n/zh-CN/rules';
import { locateSections, sectionSeverity } from './support/sections';

export const sectionOrderRule: Rule = {
  id: 'section-order',
  severity: 'error',
  description: zhRules.descriptions['section-order'],
  fixable: false,
  check({ paragraphs, template, text }) {
    const present = locateSections(paragraphs, template)
      .filter((located) => located.heading !== undefined)
      .sort((a, b) => (a.heading?.paragraph.index ?? 0) - (b.heading?.paragraph.index ?? 0));
    const expectedOrder = [...present].sort((a, b) => a.order - b.order).map((located) => located.section.title);
    const findings: RuleFinding[] = [];
    present.forEach((located, position) => {
      // An earlier-written section that the template puts after this one.
      const misplacedBefore = present.slice(0, position).find((earlier) => earlier.order > located.order);
      if (!misplacedBefore || !located.heading) return;
      const severity = sectionSeverity(located.section) ?? sectionSeverity(misplacedBefore.section);
      findings.push({
        ...(severity ? { severity } : {}),
        paragraph: located.heading.paragraph.index + 1,
        message: text.sectionOrder.message(located.section.title, misplacedBefore.section.title),
        expected: text.sectionOrder.expected(expectedOrder),
        actual: text.sectionOrder.expected(present.map((entry) => entry.section.title)),
        fixable: false,
        fix: [],
      });
    });
    return findings;
  },
};
