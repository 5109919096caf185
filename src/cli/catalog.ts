/**
 * The catalog the CLI checks against and writes: the built-in templates,
 * with a pack over them if given, as the school issues them this round —
 * its names, year and deadlines from `--school FILE`, else the pack's
 * `school`, else the notices' defaults.
 */
import { resolve } from 'node:path';
import type { Messages } from '../i18n';
import { loadPack, resolveCatalog } from '../templates/pack';
import type { Pack, Profile, Template } from '../templates/schema';
import { DEFAULT_SCHOOL, applySchoolToCatalog, loadSchoolSettings, type SchoolSettings } from '../templates/school';
import { readBoundedFile } from './bounded-read';
import { say, type CliContext } from './io';
import { printable } from './printable';
import { readRefusalReason } from './reasons';

/**
 * Largest pack read. A pack is a few templates' worth of JSON (tens of KB);
 * the bound makes `--pack /dev/zero` or a mistaken multi-GB file a refusal,
 * not a read that never ends.
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

function readJsonFile(path: string, context: CliContext, text: Messages['cli'], report: (message: string) => string): string | undefined {
  const read = readBoundedFile(resolve(context.cwd, path), MAX_PACK_BYTES);
  if (read.ok) return read.value.toString('utf8');
  say(context, report(text.cannotReadFile(printable(path), readRefusalReason(read.error, text))));
  return undefined;
}

function loadSchool(path: string | undefined, pack: Pack | undefined, context: CliContext, text: Messages['cli']): SchoolSettings | undefined {
  if (path === undefined) return pack?.school ?? DEFAULT_SCHOOL;
  const json = readJsonFile(path, context, text, text.schoolError);
  if (json === undefined) return undefined;
  const settings = loadSchoolSettings(json, path);
  if (settings.ok) return settings.value;
  say(context, text.schoolError(settings.error.message));
  return undefined;
}

export function loadCatalog(sources: CatalogSources, context: CliContext, text: Messages['cli'], today: Date = new Date()): CliCatalog | undefined {
  let pack: Pack | undefined;
  if (sources.pack !== undefined) {
    const json = readJsonFile(sources.pack, context, text, text.packError);
    if (json === undefined) return undefined;
    const loaded = loadPack(json, sources.pack);
    if (!loaded.ok) {
      say(context, text.packError(loaded.error.message));
      return undefined;
    }
    pack = loaded.value;
  }
  const resolved = resolveCatalog(pack);
  if (!resolved.ok) {
    say(context, text.packError(resolved.error.message));
    return undefined;
  }
  const school = loadSchool(sources.school, pack, context, text);
  if (!school) return undefined;
  return { templates: applySchoolToCatalog(resolved.value.templates, school, today), profiles: resolved.value.profiles, school };
}
