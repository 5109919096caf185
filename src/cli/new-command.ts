/** `dangjian new ID -o FILE.docx`: a blank official template, with a fresh project id. */
import { randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { writeTemplateDocx } from '../docx/write';
import type { Messages } from '../i18n';
import { loadCatalog } from './catalog';
import { parseCommandArgs } from './args';
import type { CliContext } from './io';

export async function runNew(args: readonly string[], context: CliContext, text: Messages['cli']): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    {
      output: { type: 'string', short: 'o' },
      pack: { type: 'string' },
      force: { type: 'boolean', default: false },
      lang: { type: 'string' },
    },
    context,
    text,
  );
  if (!parsed) return 2;
  const { values, positionals } = parsed;
  const catalog = loadCatalog(values.pack, context, text);
  if (!catalog) return 2;
  const ids = catalog.templates.map((template) => template.id).join('、');
  const id = positionals[0];
  if (id === undefined) {
    context.stderr.write(`${text.newNeedsTemplate(ids)}\n`);
    return 2;
  }
  const template = catalog.templates.find((candidate) => candidate.id === id);
  if (!template) {
    context.stderr.write(`${text.unknownTemplate(id, ids)}\n`);
    return 2;
  }
  const profile = catalog.profiles.find((candidate) => candidate.id === template.profile);
  if (!profile) {
    context.stderr.write(`${text.unknownTemplate(template.profile, ids)}\n`);
    return 2;
  }
  if (!values.output) {
    context.stderr.write(`${text.newNeedsOutput}\n`);
    return 2;
  }
  const target = resolve(context.cwd, values.output);
  if (existsSync(target) && !values.force) {
    context.stderr.write(`${text.outputExists(values.output)}\n`);
    return 2;
  }
  try {
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, writeTemplateDocx(template, profile, { projectId: randomUUID() }));
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    context.stderr.write(`${text.cannotWriteFile(values.output, reason)}\n`);
    return 2;
  }
  context.stderr.write(`${text.wrote(values.output)}\n`);
  return 0;
}
