/**
 * The checker: classify the paragraphs, run each rule, label and sort the
 * findings. Pure — the CLI, the add-in and the register call it with a model
 * an adapter has read.
 */
import type { Finding } from './finding';
import type { DocumentModel } from './model';
import type { ClassifiedParagraph } from './roles';
import type { RuleFinding } from './rule';
import type { Profile, Template } from '../templates/schema';
import { classify } from './roles';
import { RULES } from './rules/index';
import { isUnfilledForm } from './rules/required-field';
import { documentWordCount } from './wordcount';
import { messages, type Locale } from '../i18n';

export interface CheckOptions {
  /** Run only these rule ids (unknown ids are ignored). */
  readonly rules?: readonly string[];
  /** Language of the findings' messages: zh-CN unless the reader asked for English. */
  readonly locale?: Locale;
}

export interface CheckResult {
  readonly template: Template;
  readonly profile: Profile;
  /** Word's 字数 of the whole document. */
  readonly wordCount: number;
  /** Sorted by paragraph, then by rule order. */
  readonly findings: Finding[];
  readonly paragraphs: ClassifiedParagraph[];
  /** A form nobody filled in (未填写): not a pass, whatever its findings. */
  readonly unfilled: boolean;
}

/** A rule's finding while the runner fills in what the rule leaves out. */
type Completing = { -readonly [K in keyof Finding]?: Finding[K] };

/** Paragraph numbers spread wider than this many per finding are sorted by comparison instead of counted. */
const COUNTING_SPREAD = 4;

/** Every list's findings in one array, stably ordered by paragraph (a list's own order kept, earlier lists first). */
function byParagraph(lists: readonly (readonly Finding[])[], total: number): Finding[] {
  let low = Infinity;
  let high = -Infinity;
  for (const list of lists) {
    for (const finding of list) {
      if (!Number.isInteger(finding.paragraph)) return comparedByParagraph(lists);
      if (finding.paragraph < low) low = finding.paragraph;
      if (finding.paragraph > high) high = finding.paragraph;
    }
  }
  if (total === 0) return [];
  const spread = high - low + 1;
  if (spread > COUNTING_SPREAD * total + 1024) return comparedByParagraph(lists);
  // A counting sort: a long report has ~10,000 findings on a few thousand paragraphs, and placing each
  // once costs far less time and garbage than a comparator sort over a concatenated copy.
  const next = new Uint32Array(spread + 1);
  for (const list of lists) for (const finding of list) next[finding.paragraph - low + 1] += 1;
  for (let slot = 1; slot <= spread; slot += 1) next[slot] += next[slot - 1];
  const sorted = new Array<Finding>(total);
  for (const list of lists) for (const finding of list) sorted[next[finding.paragraph - low]++] = finding;
  return sorted;
}

function comparedByParagraph(lists: readonly (readonly Finding[])[]): Finding[] {
  const findings: Finding[] = [];
  for (const list of lists) for (const finding of list) findings.push(finding);
  return findings.sort((a, b) => a.paragraph - b.paragraph);
}

export function checkDocument(document: DocumentModel, template: Template, profile: Profile, options: CheckOptions = {}): CheckResult {
  const paragraphs = classify(document, template);
  const selected = options.rules ? RULES.filter((rule) => options.rules?.includes(rule.id)) : RULES;
  // Rules run in RULES order, so a stable sort by paragraph alone keeps each paragraph's findings in rule order.
  const lists: (readonly Finding[])[] = [];
  let total = 0;
  const context = { document, paragraphs, template, profile, text: messages(options.locale).rules };
  for (const rule of selected) {
    const found: readonly RuleFinding[] = rule.check(context);
    // The rule's findings are its own fresh objects (see RuleFinding): complete them in place, not copied.
    for (const finding of found) {
      const completing: Completing = finding;
      completing.rule = rule.id;
      completing.severity = finding.severity ?? rule.severity;
    }
    lists.push(found as readonly Finding[]);
    total += found.length;
  }
  return {
    template,
    profile,
    wordCount: documentWordCount(document),
    findings: byParagraph(lists, total),
    paragraphs,
    unfilled: isUnfilledForm(context),
  };
}
