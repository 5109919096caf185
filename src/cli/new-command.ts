/**
 * `dangjian new ID -o FILE.docx`: a blank official template, with a fresh
 * project id. Written atomically: an existing file is replaced only with
 * `--force`, and then as a whole (a symlink at the name is replaced itself,
 * the file it points to is never written); a failed write leaves nothing.
 */
import { randomUUID } from 'node:crypto';
import { lstatSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { writeTemplateDocx } from '../docx/write';
import type { Messages } from '../i18n';
import { registerFieldProperty } from '../templates/fields';
import { registerOnlyValues } from '../templates/school';
import { loadCatalog } from './catalog';
import { parseCommandArgs } from './args';
import { say, type CliContext } from './io';
import { printable } from './printable';
import { systemReason } from './reasons';
import { errnoCode } from './errno';
import { simulatedWriteError, writeAtomically } from './safe-write';

function lstatKind(path: string): 'missing' | 'folder' | 'other' {
  try {
    return lstatSync(path).isDirectory() ? 'folder' : 'other';
  } catch (error: unknown) {
    if (errnoCode(error) !== undefined) return 'missing';
    throw error;
  }
}

export async function runNew(args: readonly string[], context: CliContext, text: Messages['cli']): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    {
      output: { type: 'string', short: 'o' },
      pack: { type: 'string' },
      school: { type: 'string' },
      force: { type: 'boolean', default: false },
      lang: { type: 'string' },
    },
    context,
    text,
  );
  if (!parsed) return 2;
  const { values, positionals } = parsed;
  const catalog = loadCatalog({ pack: values.pack, school: values.school }, context, text);
  if (!catalog) return 2;
  const ids = catalog.templates.map((template) => template.id).join('、');
  const id = positionals[0];
  if (id === undefined) {
    say(context, text.newNeedsTemplate(ids));
    return 2;
  }
  const template = catalog.templates.find((candidate) => candidate.id === id);
  if (!template) {
    say(context, text.unknownTemplate(id, ids));
    return 2;
  }
  const profile = catalog.profiles.find((candidate) => candidate.id === template.profile);
  if (!profile) {
    say(context, text.unknownTemplate(template.profile, ids));
    return 2;
  }
  if (!values.output) {
    context.stderr.write(`${text.newNeedsOutput}\n`);
    return 2;
  }
  const output = printable(values.output);
  const target = resolve(context.cwd, values.output);
  const existing = lstatKind(target);
  if (existing === 'folder') {
    say(context, text.cannotWriteFile(output, systemReason('EISDIR', text)));
    return 2;
  }
  if (existing === 'other' && !values.force) {
    say(context, text.outputExists(output));
    return 2;
  }
  try {
    mkdirSync(dirname(target), { recursive: true });
  } catch (error: unknown) {
    const code = errnoCode(error);
    if (code === undefined) throw error;
    say(context, text.outputFolderUnusable(printable(dirname(values.output)), systemReason(code === 'EEXIST' ? 'ENOTDIR' : code, text)));
    return 2;
  }
  // What the register keeps but the form does not print (the round's year) goes in the document's properties.
  const registerOnly = registerOnlyValues(template, catalog.school, new Date());
  const properties = Object.fromEntries(Object.entries(registerOnly).map(([tag, value]) => [registerFieldProperty(tag), value]));
  const bytes = writeTemplateDocx(template, profile, { projectId: randomUUID(), properties });
  const written = writeAtomically(target, bytes, values.force ? 'replace' : 'new', simulatedWriteError(context.env));
  if (!written.ok) {
    say(context, written.error.code === 'EEXIST' ? text.outputExists(output) : text.cannotWriteFile(output, systemReason(written.error.code, text)));
    return 2;
  }
  say(context, text.wrote(output));
  return 0;
}
