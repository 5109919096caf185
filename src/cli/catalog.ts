/**
 * The catalog the CLI checks against and writes: the built-in templates,
 * with a pack over them if given, as the school issues them this round —
 * its names, year and deadlines from `--school FILE`, else the pack's
 * `school`, else the notices' defaults.
 */
import { resolve } from 'node:path';
import { messages, type Messages } from '../i18n';
import { CATALOG } from '../templates/catalog';
import { OFFICIAL_PROFILE } from '../templates/profiles/official';
import type { Pack, Profile, Template } from '../templates/schema';
import type { SchoolSettings } from '../templates/school';
import { readBoundedFile } from './bounded-read';
import { say, type CliContext } from './io';
import { printable } from './printable';
import { readRefusalReason } from './reasons';

/**
 * Largest pack (or school settings file) read. A pack is a few templates'
 * worth of JSON (tens of KB); the bound makes `--pack /dev/zero` or a
 * mistaken multi-GB file a refusal, not a read that never ends.
 */
export const MAX_PACK_BYTES = 1024 * 1024;

export interface CliCatalog {
  readonly templates: readonly Template[];
  readonly profiles: readonly Profile[];
  readonly school: SchoolSettings;
}

export interface CatalogSources {
  readonly pack?: string;
  readonly school?: string;
}

type SchoolModule = typeof import('../templates/school');
type PackModule = typeof import('../templates/pack');

/** Required when used: packs and their validation are loaded only when a pack is given. */
function packModule(): PackModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../templates/pack') as PackModule;
}

function schoolModule(): SchoolModule {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('../templates/school') as SchoolModule;
}

/** The built-in templates and profile, what resolving no pack gives (before the school's names are put in). */
export function builtInCatalog(): { readonly templates: readonly Template[]; readonly profiles: readonly Profile[] } {
  return { templates: [...CATALOG], profiles: [OFFICIAL_PROFILE] };
}

function readJsonFile(path: string, context: CliContext, text: Messages['cli'], report: (message: string) => string): string | undefined {
  const read = readBoundedFile(resolve(context.cwd, path), MAX_PACK_BYTES);
  if (read.ok) return read.value.toString('utf8');
  say(context, report(text.cannotReadFile(printable(path), readRefusalReason(read.error, text))));
  return undefined;
}

function loadSchool(path: string | undefined, pack: Pack | undefined, school: SchoolModule, context: CliContext, text: Messages['cli']): SchoolSettings | undefined {
  if (path === undefined) return pack?.school ?? school.DEFAULT_SCHOOL;
  const json = readJsonFile(path, context, text, text.schoolError);
  if (json === undefined) return undefined;
  const settings = school.loadSchoolSettings(json, path);
  if (settings.ok) return settings.value;
  say(context, text.schoolError(settings.error.message));
  return undefined;
}

export function loadCatalog(sources: CatalogSources, context: CliContext, text: Messages['cli'], today: Date = new Date()): CliCatalog | undefined {
  let pack: Pack | undefined;
  let base: { readonly templates: readonly Template[]; readonly profiles: readonly Profile[] } = builtInCatalog();
  if (sources.pack !== undefined) {
    const { loadPack, packErrorMessage, resolveCatalog } = packModule();
    const json = readJsonFile(sources.pack, context, text, text.packError);
    if (json === undefined) return undefined;
    const loaded = loadPack(json, sources.pack);
    const packText = messages(context.locale).templates.pack;
    if (!loaded.ok) {
      say(context, text.packError(packErrorMessage(loaded.error, packText)));
      return undefined;
    }
    pack = loaded.value;
    const resolved = resolveCatalog(pack);
    if (!resolved.ok) {
      say(context, text.packError(packErrorMessage(resolved.error, packText)));
      return undefined;
    }
    base = resolved.value;
  }
  const school = schoolModule();
  const settings = loadSchool(sources.school, pack, school, context, text);
  if (!settings) return undefined;
  return { templates: school.applySchoolToCatalog(base.templates, settings, today), profiles: base.profiles, school: settings };
}
