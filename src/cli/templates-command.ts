/** `dangjian templates`: the catalog, one line each, for people choosing an id. */
import { messages, type Messages } from '../i18n';
import { loadCatalog } from './catalog';
import { parseCommandArgs } from './args';
import type { CliContext } from './io';
import { printable } from './printable';

export async function runTemplates(args: readonly string[], context: CliContext, text: Messages['cli']): Promise<number> {
  const parsed = parseCommandArgs(args, { pack: { type: 'string' }, lang: { type: 'string' } }, context, text);
  if (!parsed) return 2;
  const catalog = loadCatalog(parsed.values.pack, context, text);
  if (!catalog) return 2;
  const kinds = messages(context.locale).templates.kinds;
  const width = Math.max(...catalog.templates.map((template) => template.id.length));
  // The name is the notice's own title, in Chinese in every language; the kind is in the reader's.
  const lines = catalog.templates.map((template) => printable(`${template.id.padEnd(width)}  ${template.name}  ${kinds[template.kind]}`));
  context.stdout.write(`${text.templatesHeader}\n${lines.join('\n')}\n`);
  return 0;
}
