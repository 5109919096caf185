/**
 * The pane's services from the real core: the built-in catalog as the
 * school issues it this round (its settings' names, year and deadlines),
 * and the official profile.
 */
import { checkDocument } from '../core/check';
import { planFixes } from '../core/fix';
import { CATALOG } from '../templates/catalog';
import { detectTemplate } from '../templates/detect';
import { formatOnlyTemplate } from '../templates/format-only';
import { OFFICIAL_PROFILE } from '../templates/profiles/official';
import { DEFAULT_SCHOOL, applySchoolToCatalog, type SchoolSettings } from '../templates/school';
import type { PaneServices } from './services';

export interface CoreServicesOptions {
  readonly school?: SchoolSettings;
  /** Why the deployed settings were not used, shown in the 模板 place. */
  readonly schoolProblem?: string;
  readonly today?: () => Date;
}

export function createCoreServices(options: CoreServicesOptions = {}): PaneServices {
  const today = options.today ?? (() => new Date());
  const catalog = applySchoolToCatalog(CATALOG, options.school ?? DEFAULT_SCHOOL, today());
  return {
    catalog,
    ...(options.schoolProblem === undefined ? {} : { schoolProblem: options.schoolProblem }),
    // Packs may add profiles later; the catalog's templates all use the official one.
    profileFor: () => OFFICIAL_PROFILE,
    detect: (model) => {
      const detection = detectTemplate(model, catalog);
      return detection ? { template: detection.template, detection } : { template: formatOnlyTemplate(OFFICIAL_PROFILE.id) };
    },
    check: (model, template, profile, locale) => {
      const result = checkDocument(model, template, profile, { locale });
      return { findings: result.findings, wordCount: result.wordCount, unfilled: result.unfilled };
    },
    planFixes: (findings) => planFixes([...findings]),
    today,
  };
}

/** With the notices' defaults: what tests and a pane without deployed settings use. */
export const coreServices: PaneServices = createCoreServices();
