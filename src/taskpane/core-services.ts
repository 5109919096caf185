/** The pane's services from the real core: the built-in catalog and the official profile. */
import { checkDocument } from '../core/check';
import { planFixes } from '../core/fix';
import { CATALOG } from '../templates/catalog';
import { detectTemplate } from '../templates/detect';
import { formatOnlyTemplate } from '../templates/format-only';
import { OFFICIAL_PROFILE } from '../templates/profiles/official';
import type { PaneServices } from './services';

export const coreServices: PaneServices = {
  catalog: CATALOG,
  // Packs may add profiles later; the catalog's templates all use the official one.
  profileFor: () => OFFICIAL_PROFILE,
  detect: (model) => {
    const detection = detectTemplate(model, CATALOG);
    return detection ? { template: detection.template, detection } : { template: formatOnlyTemplate(OFFICIAL_PROFILE.id) };
  },
  check: (model, template, profile, locale) => {
    const result = checkDocument(model, template, profile, { locale });
    return { findings: result.findings, wordCount: result.wordCount, unfilled: result.unfilled };
  },
  planFixes: (findings) => planFixes([...findings]),
  today: () => new Date(),
};
