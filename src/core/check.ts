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
  // Rules run in RULES order, so a stable sort by paragraph alone keeps each paragraph's findings in rule order.
  const findings: Finding[] = [];
  const context = { document, paragraphs, template, profile };
  for (const rule of selected) {
    for (const found of rule.check(context)) {
      // Object.assign, not spread: rules' findings differ in shape, and spread is slow on mixed shapes.
      const finding = Object.assign({}, found) as { -readonly [K in keyof Finding]: Finding[K] };
      finding.rule = rule.id;
      finding.severity = found.severity ?? rule.severity;
      findings.push(finding);
    }
  }
  findings.sort((a, b) => a.paragraph - b.paragraph);
  return {
    template,
    profile,
    wordCount: documentWordCount(document),
    findings,
    paragraphs,
  };
}
