/** Runs axe-core (from node_modules, injected into the page) on part of it. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  /** CSS selectors of the offending elements. */
  readonly targets: string[];
}

const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export async function axeViolations(page: Page, selector: string): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async (context) => {
    const axe = (window as unknown as { axe: { run: (context: string, options: object) => Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; html: string }[] }[] }> } }).axe;
    const result = await axe.run(context, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => `${node.target.join(' ')} ${node.html.slice(0, 120)}`),
    }));
  }, selector);
}

/**
 * Tabster (Fluent UI v9's focus manager) puts aria-hidden, focusable `<i data-tabster-dummy>`
 * sentinels around TabList and RadioGroup that pass focus straight on; Fluent
 * marks the axe report "by design" (microsoft/fluentui#27517) and
 * Accessibility Insights suppresses exactly these nodes
 * (microsoft/accessibility-insights-web#7605). Any other node still counts.
 */
function withoutTabsterSentinels(violation: AxeViolation): AxeViolation {
  if (violation.id !== 'aria-hidden-focus') return violation;
  return { ...violation, targets: violation.targets.filter((target) => !target.includes('data-tabster-dummy')) };
}

export function serious(violations: readonly AxeViolation[]): AxeViolation[] {
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(withoutTabsterSentinels)
    .filter((violation) => violation.targets.length > 0);
}
