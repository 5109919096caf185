/**
 * The checking half of the pane's services: the rules, template detection
 * and fix planning. It is a chunk of its own (see core-services.ts), fetched
 * after the pane's first paint or on the first 检查, so the pane opens
 * without it.
 */
import { checkDocument } from '../core/check';
import type { Finding } from '../core/finding';
import type { DocumentModel } from '../core/model';
import { planFixes as planCoreFixes } from '../core/fix';
import { detectTemplate } from '../templates/detect';
import { formatOnlyTemplate } from '../templates/format-only';
import { OFFICIAL_PROFILE } from '../templates/profiles/official';
import type { Profile, Template } from '../templates/schema';
import type { Locale } from '../i18n';
import type { CheckOutcome, Detected, FixPlan } from './services';

/** The template `model` was made from, among `catalog` (the school's catalog as the pane lists it). */
export function detect(model: DocumentModel, catalog: readonly Template[]): Detected {
  const detection = detectTemplate(model, catalog);
  return detection ? { template: detection.template, detection } : { template: formatOnlyTemplate(OFFICIAL_PROFILE.id) };
}

export function check(model: DocumentModel, template: Template, profile: Profile, locale?: Locale): CheckOutcome {
  const result = checkDocument(model, template, profile, { locale });
  return { findings: result.findings, wordCount: result.wordCount, unfilled: result.unfilled };
}

export function planFixes(findings: readonly Finding[]): FixPlan {
  return planCoreFixes([...findings]);
}
