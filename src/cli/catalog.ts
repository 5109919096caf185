/** The catalog the CLI checks against: the built-in templates, with a pack over them if given. */
import { resolve } from 'node:path';
import { messages, type Messages } from '../i18n';
import { loadPack, packErrorMessage, resolveCatalog } from '../templates/pack';
import type { Profile, Template } from '../templates/schema';
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
}

export function loadCatalog(packPath: string | undefined, context: CliContext, text: Messages['cli']): CliCatalog | undefined {
  if (packPath === undefined) return resolveCatalogOrReport(undefined, context, text);
  const read = readBoundedFile(resolve(context.cwd, packPath), MAX_PACK_BYTES);
  if (!read.ok) {
    say(context, text.packError(text.cannotReadFile(printable(packPath), readRefusalReason(read.error, text))));
    return undefined;
  }
  const pack = loadPack(read.value.toString('utf8'), packPath);
  if (!pack.ok) {
    say(context, text.packError(packErrorMessage(pack.error, messages(context.locale).templates.pack)));
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
    say(context, text.packError(packErrorMessage(resolved.error, messages(context.locale).templates.pack)));
    return undefined;
  }
  return resolved.value;
}
