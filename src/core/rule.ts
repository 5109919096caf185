/**
 * The shape of a rule (markdownlint's, adapted): names, a description, a
 * doc page, and a function from a classified document to findings. Rules
 * only report; their fixes are data.
 */
import type { Finding, Severity } from './finding';
import type { DocumentModel } from './model';
import type { ClassifiedParagraph } from './roles';
import type { Profile, Template } from '../templates/schema';
import type { Messages } from '../i18n';

/** The rules' wordings in the reader's language (zh-CN unless asked otherwise). */
export type RulesText = Messages['rules'];

export interface RuleContext {
  readonly document: DocumentModel;
  /** Every paragraph with its role, same order and length as `document.paragraphs`. */
  readonly paragraphs: readonly ClassifiedParagraph[];
  readonly template: Template;
  readonly profile: Profile;
  /** Wordings for findings' messages, expected and actual values. */
  readonly text: RulesText;
}

/**
 * A finding before the runner fills in the rule's id and severity. A rule may
 * lower one finding's severity below its own (see `required-field` on a blank
 * template); it never raises it.
 *
 * Ownership: `check` returns objects made for this call alone. The runner
 * completes them in place (adds `rule`, and `severity` when absent) instead of
 * copying ~10,000 findings of a long document, so a rule never returns one
 * object twice nor keeps one for a later call. Strings and edit parts that
 * never change (a wording, a frozen run-index list) may be shared.
 */
export type RuleFinding = Omit<Finding, 'rule' | 'severity'> & { readonly severity?: 'warning' };

export interface Rule {
  /** Contract id (PRODUCT.md): `font`, `line-spacing`, … */
  readonly id: string;
  readonly severity: Severity;
  /** One line, Chinese: what the rule checks. */
  readonly description: string;
  readonly fixable: boolean;
  readonly check: (context: RuleContext) => readonly RuleFinding[];
}
