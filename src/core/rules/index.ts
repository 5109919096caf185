/**
 * The rules in the order findings on one paragraph are listed (markdownlint's
 * `lib/rules`): formatting first, then structure, then text. Ids are a
 * contract (PRODUCT.md) — a retired id stays below as a comment and is never
 * reused.
 */
import type { Rule } from '../rule';
import { alignmentRule } from './alignment';
import { choiceValueRule } from './choice-value';
import { firstLineIndentRule } from './first-line-indent';
import { fontRule } from './font';
import { fontSizeRule } from './font-size';
import { headingNumberingRule } from './heading-numbering';
import { lengthLimitRule } from './length-limit';
import { lineSpacingRule } from './line-spacing';
import { placeholderRule } from './placeholder';
import { punctuationWidthRule } from './punctuation-width';
import { requiredFieldRule } from './required-field';
import { requiredSectionRule } from './required-section';
import { sectionOrderRule } from './section-order';
import { strayCharacterRule } from './stray-character';

export const RULES: readonly Rule[] = [
  fontRule,
  fontSizeRule,
  lineSpacingRule,
  firstLineIndentRule,
  alignmentRule,
  requiredSectionRule,
  sectionOrderRule,
  headingNumberingRule,
  lengthLimitRule,
  requiredFieldRule,
  choiceValueRule,
  placeholderRule,
  punctuationWidthRule,
  strayCharacterRule,
  // Retired ids (never reuse): none yet.
];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.id);

export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}
