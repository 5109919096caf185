import { checkDocument } from '../../src/core/check';
import { applyEditsToModel, planFixes } from '../../src/core/fix';
import type { Finding } from '../../src/core/finding';
import type { DocumentModel } from '../../src/core/model';
import type { Template } from '../../src/templates/schema';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import { reportTemplate } from '../support/model-builder';

/** The findings one rule reports on a document (a report template unless another is given). */
export function findingsOf(rule: string, document: DocumentModel, template: Template = reportTemplate()): Finding[] {
  return checkDocument(document, template, OFFICIAL_PROFILE, { rules: [rule] }).findings;
}

/** The document after the plan of the given findings is applied. */
export function fixed(document: DocumentModel, findings: readonly Finding[]): DocumentModel {
  const result = applyEditsToModel(document, planFixes(findings).edits, OFFICIAL_PROFILE);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}
