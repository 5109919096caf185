/**
 * `choice-value` — a choice field of a form (项目层级, 项目类别, 立项方向,
 * 支部类别) holds one of the options the template offers: the option itself,
 * its name without the letter (`创新探索型`) or its letter (`A`).
 *
 * Why: 000 附件1 offers 项目类别 as "A.创新探索型；B.典型示范型；C.制度推广型"
 * and the register keeps 层级 as 二级党组织 or 党支部. A value typed over the
 * drop-down ("校级") was first refused when the 书记 submitted to the 台账;
 * 检查 names it first, beside the field, with the options to pick from. What
 * to pick is the writer's, so there is no fix.
 *
 * Not looked at: a field still empty or showing its prompt (that is
 * `required-field`'s), and choices in documents typed without our content
 * controls (their cells hold free text that has no drop-down to follow).
 */
import type { Rule, RuleFinding } from '../rule';
import { matchChoice } from '../../templates/fields';
import { rules as zhRules } from '../../i18n/zh-CN/rules';

const compact = (value: string): string => value.replace(/[\s\u3000]/g, '');

export const choiceValueRule: Rule = {
  id: 'choice-value',
  severity: 'error',
  description: zhRules.descriptions['choice-value'],
  fixable: false,
  check({ document, template, text }) {
    const findings: RuleFinding[] = [];
    for (const field of template.fields) {
      const options = field.options ?? [];
      if (field.kind !== 'choice' || options.length === 0) continue;
      for (const control of document.contentControls) {
        if (control.tag !== field.tag) continue;
        const value = control.text.trim();
        if (value === '' || control.showingPlaceholder || compact(value) === compact(field.placeholder)) continue;
        if (matchChoice(value, options) !== undefined) continue;
        findings.push({
          paragraph: control.paragraph + 1,
          message: text.choiceValue.message(field.label, value, options),
          expected: text.choiceValue.expected(options),
          actual: value,
          fixable: false,
          fix: [],
        });
      }
    }
    return findings;
  },
};
