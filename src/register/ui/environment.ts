/**
 * What the register panel needs from its surroundings, with the add-in's
 * defaults: settings from `config/register.json` served next to the pane
 * (central deployment, read-only) or from the add-in's storage, sign-in by
 * NAA or the Office dialog, the built-in catalog and checker. The
 * development harness replaces parts (the Graph stand-in, a local sign-in)
 * with `configureRegisterEnvironment` before the panel mounts.
 */
import { checkDocument } from '../../core/check';
import type { DocumentModel } from '../../core/model';
import { CATALOG } from '../../templates/catalog';
import { OFFICIAL_PROFILE } from '../../templates/profiles/official';
import type { Template } from '../../templates/schema';
import { createSignIn, type SignIn } from '../auth';
import { addinStorage, type KeyValueStorage } from '../outbox';
import type { CheckSummary } from '../record';
import { parseRegisterSettings, type RegisterSettings, type RegisterSettingsInput } from '../settings';

export interface RegisterEnvironment {
  loadSettings(): Promise<RegisterSettings | undefined>;
  saveSettings(input: RegisterSettingsInput): Promise<void>;
  signIn(settings: RegisterSettings): Promise<SignIn>;
  readonly storage: KeyValueStorage;
  readonly catalog: readonly Template[];
  check(model: DocumentModel, template: Template): CheckSummary;
  today(): Date;
}

const SETTINGS_KEY = 'dangjian.register.settings.v1';

async function centralSettings(): Promise<RegisterSettings | undefined> {
  if (typeof fetch !== 'function' || typeof location === 'undefined') return undefined;
  const response = await fetch(new URL('config/register.json', location.href).toString(), { cache: 'no-cache' }).then(
    (value) => value,
    (offline: unknown) => ({ ok: false, offline }) as const,
  );
  if (!response.ok || !('json' in response)) return undefined;
  const parsed = parseRegisterSettings({ locked: true, ...((await response.json()) as object) });
  return parsed.ok ? parsed.value : undefined;
}

function defaultEnvironment(): RegisterEnvironment {
  const storage = addinStorage();
  return {
    storage,
    async loadSettings() {
      const central = await centralSettings();
      if (central) return central;
      const saved = await storage.getItem(SETTINGS_KEY);
      if (!saved) return undefined;
      const parsed = parseRegisterSettings(JSON.parse(saved));
      return parsed.ok ? parsed.value : undefined;
    },
    async saveSettings(input) {
      await storage.setItem(SETTINGS_KEY, JSON.stringify(input));
    },
    signIn: (settings) => createSignIn(settings, typeof location === 'undefined' ? 'https://localhost/' : location.href),
    catalog: CATALOG,
    check: (model, template) => {
      const result = checkDocument(model, template, OFFICIAL_PROFILE);
      return { findings: result.findings, wordCount: result.wordCount };
    },
    today: () => new Date(),
  };
}

let override: Partial<RegisterEnvironment> = {};

export function configureRegisterEnvironment(environment: Partial<RegisterEnvironment>): void {
  override = environment;
}

export function registerEnvironment(): RegisterEnvironment {
  return { ...defaultEnvironment(), ...override };
}
