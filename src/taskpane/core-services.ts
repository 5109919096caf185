/**
 * The pane's services from the real core: the built-in catalog and the
 * official profile at once (the 模板 place lists them on opening), the
 * checking code (rules, detection, fix planning) as a chunk fetched on
 * first use. `preloadChecking` starts that download after the first paint,
 * so the first 检查 rarely waits for it.
 */
import { CATALOG } from '../templates/catalog';
import { OFFICIAL_PROFILE } from '../templates/profiles/official';
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

export const coreServices: PaneServices = {
  catalog: CATALOG,
  // Packs may add profiles later; the catalog's templates all use the official one.
  profileFor: () => OFFICIAL_PROFILE,
  detect: async (model) => (await loadEngine()).detect(model),
  check: async (model, template, profile, locale) => (await loadEngine()).check(model, template, profile, locale),
  planFixes: async (findings) => (await loadEngine()).planFixes(findings),
  today: () => new Date(),
};
