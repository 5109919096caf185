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
import type { DocumentHost, FileKind } from '../../word/host';
import { createSignIn, type SignIn } from '../auth';
import { RegisterFailure, registerError } from '../errors';
import { addinStorage, type KeyValueStorage } from '../outbox';
import type { CheckSummary } from '../record';
import type { SchoolSubmissionSettings } from '../paperwork';
import { parseRegisterSettings, type RegisterSettings, type RegisterSettingsInput } from '../settings';
import type { SubmissionFiles } from '../submit';
import { zh } from '../../i18n';
import { registerEnvironmentOverride } from './environment-override';

export { configureRegisterEnvironment } from './environment-override';

export interface RegisterEnvironment {
  loadSettings(): Promise<RegisterSettings | undefined>;
  saveSettings(input: RegisterSettingsInput): Promise<void>;
  signIn(settings: RegisterSettings): Promise<SignIn>;
  readonly storage: KeyValueStorage;
  readonly catalog: readonly Template[];
  check(model: DocumentModel, template: Template): CheckSummary;
  /** The document as the files the register keeps (.docx and its PDF copy). */
  documentFiles(host: DocumentHost): Promise<SubmissionFiles>;
  today(): Date;
  /**
   * The school's settings that the register reads: what it asks on paper
   * after a submission (copies, seal, where to hand in). Absent: the
   * checklist tells the 书记 to ask 组织部.
   */
  school?(): Promise<SchoolSubmissionSettings | undefined>;
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

/** One file from Word; a refusal (Word on the web without PDF export, a busy file) becomes a message to act on. */
async function documentFile(host: DocumentHost, kind: FileKind): Promise<Uint8Array> {
  try {
    return await host.getFile(kind);
  } catch (failure: unknown) {
    const reason = failure instanceof Error ? failure.message : String(failure);
    throw new RegisterFailure(registerError('file-unavailable', `${zh.register.errors.fileUnavailable(kind === 'pdf' ? 'PDF' : '.docx')}（${reason}）`));
  }
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
    documentFiles: async (host) => ({ docx: await documentFile(host, 'docx'), pdf: await documentFile(host, 'pdf') }),
    today: () => new Date(),
  };
}

export function registerEnvironment(): RegisterEnvironment {
  return { ...defaultEnvironment(), ...registerEnvironmentOverride() };
}
