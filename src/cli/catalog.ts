/** The catalog the CLI checks against: the built-in templates, with a pack over them if given. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Messages } from '../i18n';
import { loadPack, resolveCatalog } from '../templates/pack';
import type { Profile, Template } from '../templates/schema';
import type { CliContext } from './io';

export interface CliCatalog {
  readonly templates: readonly Template[];
  readonly profiles: readonly Profile[];
}

export function loadCatalog(packPath: string | undefined, context: CliContext, text: Messages['cli']): CliCatalog | undefined {
  if (packPath === undefined) return resolveCatalogOrReport(undefined, context, text);
  let json: string;
  try {
    json = readFileSync(resolve(context.cwd, packPath), 'utf8');
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    context.stderr.write(`${text.packError(text.cannotReadFile(packPath, reason))}\n`);
    return undefined;
  }
  const pack = loadPack(json, packPath);
  if (!pack.ok) {
    context.stderr.write(`${text.packError(pack.error.message)}\n`);
    return undefined;
  }
  return resolveCatalogOrReport(pack.value, context, text);
}

function resolveCatalogOrReport(
  pack: Parameters<typeof resolveCatalog>[0],
  context: CliContext,
  text: Messages['cli'],
): CliCatalog | undefined {
  const resolved = resolveCatalog(pack);
  if (!resolved.ok) {
    context.stderr.write(`${text.packError(resolved.error.message)}\n`);
    return undefined;
  }
  return resolved.value;
}
