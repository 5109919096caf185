/**
 * The pane's services from the real core: the built-in catalog as the
 * school issues it this round (its settings' names, year and deadlines),
 * and the official profile, at once (the 模板 place lists them on opening);
 * the checking code (rules, detection, fix planning) as a chunk fetched on
 * first use. `preloadChecking` starts that download after the first paint,
 * so the first 检查 rarely waits for it.
 */
import { CATALOG } from '../templates/catalog';
import { OFFICIAL_PROFILE } from '../templates/profiles/official';
import { DEFAULT_SCHOOL, applySchoolToCatalog, type SchoolSettings } from '../templates/school';
import type { PaneServices } from './services';

type CheckEngine = typeof import('./check-engine');

let engine: Promise<CheckEngine> | undefined;

function loadEngine(): Promise<CheckEngine> {
  if (!engine) {
    engine = import(/* webpackChunkName: "check" */ './check-engine');
    // A failed download (offline) is tried again on the next 检查 instead of failing forever.
    engine.catch(() => {
      engine = undefined;
    });
  }
  return engine;
}

/** Fetches the checking chunk ahead of the first 检查; a failure is left for that 检查 to report. */
export function preloadChecking(): void {
  loadEngine().catch(() => undefined);
}

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
    detect: async (model) => (await loadEngine()).detect(model, catalog),
    check: async (model, template, profile, locale) => (await loadEngine()).check(model, template, profile, locale),
    planFixes: async (findings) => (await loadEngine()).planFixes(findings),
    today,
  };
}

/** With the notices' defaults: what tests and a pane without deployed settings use. */
export const coreServices: PaneServices = createCoreServices();
