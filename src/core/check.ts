/**
 * The checker: classify the paragraphs, run each rule, label and sort the
 * findings. Pure — the CLI, the add-in and the register call it with a model
 * an adapter has read.
 */
import type { Finding } from './finding';
import type { DocumentModel } from './model';
import type { ClassifiedParagraph } from './roles';
import type { Profile, Template } from '../templates/schema';
import { classify } from './roles';
import { RULES } from './rules/index';
import { documentWordCount } from './wordcount';

export interface CheckOptions {
  /** Run only these rule ids (unknown ids are ignored). */
  readonly rules?: readonly string[];
}

export interface CheckResult {
  readonly template: Template;
  readonly profile: Profile;
  /** Word's 字数 of the whole document. */
  readonly wordCount: number;
  /** Sorted by paragraph, then by rule order. */
  readonly findings: Finding[];
  readonly paragraphs: ClassifiedParagraph[];
}

export function checkDocument(document: DocumentModel, template: Template, profile: Profile, options: CheckOptions = {}): CheckResult {
  const paragraphs = classify(document, template);
  const selected = options.rules ? RULES.filter((rule) => options.rules?.includes(rule.id)) : RULES;
  const ranked: { finding: Finding; order: number }[] = [];
  const context = { document, paragraphs, template, profile };
  for (const rule of selected) {
    const order = RULES.indexOf(rule);
    for (const found of rule.check(context)) {
      // Object.assign, not spread: rules' findings differ in shape, and spread is slow on mixed shapes.
      const finding: Finding = Object.assign({}, found, { rule: rule.id, severity: found.severity ?? rule.severity });
      ranked.push({ finding, order });
    }
  }
  ranked.sort((a, b) => a.finding.paragraph - b.finding.paragraph || a.order - b.order);
  return {
    template,
    profile,
    wordCount: documentWordCount(document),
    findings: ranked.map(({ finding }) => finding),
    paragraphs,
  };
}
