/** `dangjian templates`: the catalog, one line each, for people choosing an id. */
import type { Messages } from '../i18n';
import { loadCatalog } from './catalog';
import { parseCommandArgs } from './args';
import type { CliContext } from './io';
import { printable } from './printable';

/** Columns a string takes in a terminal: CJK and full-width characters take two. */
export function displayWidth(value: string): number {
  let width = 0;
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0;
    width += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(char) || code >= 0x1f300 ? 2 : 1;
  }
  return width;
}

function pad(value: string, width: number): string {
  return value + ' '.repeat(Math.max(0, width - displayWidth(value)));
}

export async function runTemplates(args: readonly string[], context: CliContext, text: Messages['cli']): Promise<number> {
  const parsed = parseCommandArgs(args, { pack: { type: 'string' }, lang: { type: 'string' } }, context, text);
  if (!parsed) return 2;
  const catalog = loadCatalog({ pack: parsed.values.pack }, context, text);
  if (!catalog) return 2;
  const kinds = text.templateKinds;
  const columns = text.templatesColumns;
  const rows = [
    [columns.id, columns.kind, columns.name],
    ...catalog.templates.map((template) => [template.id, kinds[template.kind], template.name]),
  ].map((row) => row.map((value) => printable(value)));
  const idWidth = Math.max(...rows.map((row) => displayWidth(row[0])));
  const kindWidth = Math.max(...rows.map((row) => displayWidth(row[1])));
  const lines = rows.map(([id, kind, name]) => `${pad(id, idWidth)}  ${pad(kind, kindWidth)}  ${name}`.trimEnd());
  context.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
