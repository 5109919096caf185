/**
 * `required-field` — every required field of a form is filled in: its
 * content control is there, not empty, not showing its placeholder, and not
 * still holding the placeholder's words.
 *
 * Why: the 申报表 of 000 附件1 and 003 附1 are forms; 组织部 returns a form
 * with a blank 项目名称 or 联系方式. What to write is the writer's, so there is
 * no fix: the finding points at the field.
 *
 * Documents not made from our template have no content controls. Their
 * fields are then looked for where a person would look: a section's text
 * under its heading, the org line under the title, the cell beside a form
 * label. Only a document that carries our marker (it was made from the
 * template) is told that a field's control is missing.
 *
 * A template nobody has started — every required field still shows its
 * prompt — is a blank form, not a wrong submission: its fields are listed as
 * warnings ("尚未填写") of what is left to fill, and the document as a whole
 * is reported 未填写 (`isUnfilledForm`), which is not a pass. Once any field
 * is filled, the empty ones are errors.
 */
import type { ContentControl, Paragraph } from '../model';
import type { ClassifiedParagraph } from '../roles';
import type { Rule, RuleContext, RuleFinding } from '../rule';
import type { Block, Field } from '../../templates/schema';
import { rules as zhRules } from '../../i18n/zh-CN/rules';
import { locateSections, sectionBody } from './support/sections';

const SPACES = /[\s\u3000]/g;

function compact(value: string): string {
  return value.replace(SPACES, '');
}

function labelParagraph(paragraphs: readonly Paragraph[], label: string): Paragraph | undefined {
  const wanted = compact(label);
  return paragraphs.find((paragraph) => compact(paragraph.text).includes(wanted));
}

/** Where a field sits in the template: its block, and for form cells the label before it. */
type Placement =
  | { readonly kind: 'section'; readonly block: Extract<Block, { type: 'section' }> }
  | { readonly kind: 'org' }
  | { readonly kind: 'cell'; readonly label: string }
  | { readonly kind: 'other' };

function placementOf(blocks: readonly Block[], tag: string): Placement {
  for (const block of blocks) {
    if (block.type === 'section' && block.field === tag) return { kind: 'section', block };
    if (block.type === 'org' && block.field === tag) return { kind: 'org' };
    if (block.type !== 'form') continue;
    for (const row of block.rows) {
      let label: string | undefined;
      for (const cell of row.cells) {
        if ('label' in cell) label = cell.label;
        if ('field' in cell && cell.field === tag && label !== undefined) return { kind: 'cell', label };
      }
    }
  }
  return { kind: 'other' };
}

/** Text of the cells right of the label in the label's row. */
function textBesideLabel(paragraphs: readonly Paragraph[], label: Paragraph): string {
  const at = label.cell;
  if (!at) return '';
  return paragraphs
    .filter((p) => p.cell && p.cell.table === at.table && p.cell.row === at.row && p.cell.column > at.column)
    .map((p) => p.text)
    .join('');
}

interface Unfilled {
  readonly field: Field;
  readonly control: ContentControl;
  readonly value: string;
}

/** Looks for a field with no control where a person would; a finding if it is not there or empty. */
function checkWithoutControl(context: RuleContext, field: Field, hasMarker: boolean): RuleFinding | undefined {
  const { document, paragraphs, template, text } = context;
  const placement = placementOf(template.blocks, field.tag);
  const expected = text.requiredField.expected(field.label);
  const empty = (paragraph: number, message: string): RuleFinding => ({
    paragraph,
    message,
    expected,
    actual: text.requiredField.emptyActual,
    fixable: false,
    fix: [],
  });
  if (placement.kind === 'section') {
    const located = locateSections(paragraphs, template).find((entry) => entry.section === placement.block);
    // A missing heading is required-section's finding, not this one.
    if (!located?.heading) return undefined;
    const body = sectionBody(paragraphs, located.heading, placement.block.level);
    if (body.some((entry: ClassifiedParagraph) => entry.paragraph.text.trim() !== '')) return undefined;
    return empty(located.heading.paragraph.index + 1, text.requiredField.sectionEmpty(placement.block.title));
  }
  if (placement.kind === 'org') {
    if (paragraphs.some((entry) => entry.role === 'org' && entry.paragraph.text.trim() !== '')) return undefined;
    const title = paragraphs.find((entry) => entry.role === 'title');
    return empty((title?.paragraph.index ?? 0) + 2, text.requiredField.empty(field.label));
  }
  if (placement.kind === 'cell') {
    const label = labelParagraph(document.paragraphs, placement.label);
    if (label) {
      if (compact(textBesideLabel(document.paragraphs, label)) !== '') return undefined;
      return empty(label.index + 1, text.requiredField.empty(field.label));
    }
  }
  if (!hasMarker) return undefined;
  return {
    paragraph: (labelParagraph(document.paragraphs, field.label)?.index ?? 0) + 1,
    message: text.requiredField.missing(field.label),
    expected,
    actual: text.missing,
    fixable: false,
    fix: [],
  };
}

interface FieldReview {
  readonly findings: RuleFinding[];
  /** Nobody has started the form: every required field still shows its prompt. */
  readonly blank: boolean;
}

function reviewFields(context: RuleContext): FieldReview {
  const { document, template, text } = context;
  const hasMarker = document.marker.templateId !== undefined;
  const findings: RuleFinding[] = [];
  const unfilled: Unfilled[] = [];
  let filled = 0;
  for (const field of template.fields) {
    // A reviewer's box (上级党组织审核意见) is empty when the applicant submits.
    // A register-only value (printed: false) is not on the form: the register asks for it.
    if (!field.required || field.filledBy === 'reviewer' || !field.printed) continue;
    const control = document.contentControls.find((candidate) => candidate.tag === field.tag);
    if (!control) {
      const finding = checkWithoutControl(context, field, hasMarker);
      if (finding) findings.push(finding);
      else filled += 1;
      continue;
    }
    const value = control.text.trim();
    const showsPlaceholder = control.showingPlaceholder || compact(value) === compact(field.placeholder);
    if (value !== '' && !showsPlaceholder) filled += 1;
    else unfilled.push({ field, control, value });
  }
  const blank = filled === 0 && findings.length === 0 && unfilled.length > 0;
  for (const { field, control, value } of unfilled) {
    const expected = text.requiredField.expected(field.label);
    const actual = value === '' ? text.requiredField.emptyActual : value;
    const paragraph = control.paragraph + 1;
    if (blank) {
      findings.push({
        paragraph,
        severity: 'warning',
        message: text.requiredField.blank(field.label, unfilled.length),
        expected,
        actual,
        fixable: false,
        fix: [],
      });
      continue;
    }
    findings.push({
      paragraph,
      message: value === '' ? text.requiredField.empty(field.label) : text.requiredField.placeholder(field.label),
      expected,
      actual,
      fixable: false,
      fix: [],
    });
  }
  return { findings, blank };
}

/**
 * A form nobody filled in (every required field still shows its prompt): the
 * document is 未填写, which is not a pass, though its fields are listed only
 * as warnings of what is left to fill.
 */
export function isUnfilledForm(context: RuleContext): boolean {
  return reviewFields(context).blank;
}

export const requiredFieldRule: Rule = {
  id: 'required-field',
  severity: 'error',
  description: zhRules.descriptions['required-field'],
  fixable: false,
  check(context) {
    return reviewFields(context).findings;
  },
};
