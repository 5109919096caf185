/**
 * The parts of the register's environment a page replaces before the panel
 * mounts (the development harness: the Graph stand-in, a fixed sign-in, a
 * PDF made in the page). Kept apart from environment.ts so that a page can
 * configure the panel without loading sign-in and Graph code up front.
 */
import type { RegisterEnvironment } from './environment';

let override: Partial<RegisterEnvironment> = {};

export function configureRegisterEnvironment(environment: Partial<RegisterEnvironment>): void {
  override = environment;
}

export function registerEnvironmentOverride(): Partial<RegisterEnvironment> {
  return override;
}
