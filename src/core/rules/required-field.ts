/**
 * `required-field` — every required field of a form is filled in: its
 * content control is there, not empty, not showing its placeholder, and not
 * still holding the placeholder's words.
 *
 * Why: the 申报表 of 000 附件1 and 003 附1 are forms; 组织部 returns a form
 * with a blank 项目名称 or 联系方式. What to write is the writer's, so there is
 * no fix: the finding points at the field.
 */
import type { Paragraph } from '../model';
import type { Rule, RuleFinding } from '../rule';
import { rules as text } from '../../i18n/zh-CN/rules';

function compact(value: string): string {
  return value.replace(/[\s\u3000]/g, '');
}

/** The paragraph that shows the field's label (a form's label cell), for a field whose control is gone. */
function labelParagraph(paragraphs: readonly Paragraph[], label: string): number {
  const wanted = compact(label);
  const found = paragraphs.find((paragraph) => compact(paragraph.text).includes(wanted));
  return found ? found.index + 1 : 1;
}

export const requiredFieldRule: Rule = {
  id: 'required-field',
  severity: 'error',
  description: text.descriptions['required-field'],
  fixable: false,
  check({ document, template }) {
    const findings: RuleFinding[] = [];
    for (const field of template.fields) {
      if (!field.required) continue;
      const control = document.contentControls.find((candidate) => candidate.tag === field.tag);
      const expected = text.requiredField.expected(field.label);
      if (!control) {
        findings.push({
          paragraph: labelParagraph(document.paragraphs, field.label),
          message: text.requiredField.missing(field.label),
          expected,
          actual: text.missing,
          fixable: false,
          fix: [],
        });
        continue;
      }
      const value = control.text.trim();
      const showsPlaceholder = control.showingPlaceholder || compact(value) === compact(field.placeholder);
      if (value !== '' && !showsPlaceholder) continue;
      findings.push({
        paragraph: control.paragraph + 1,
        message: value === '' ? text.requiredField.empty(field.label) : text.requiredField.placeholder(field.label),
        expected,
        actual: value === '' ? text.requiredField.emptyActual : value,
        fixable: false,
        fix: [],
      });
    }
    return findings;
  },
};
