/**
 * `dangjian check`: read each file, find its template, run every rule,
 * optionally write fixed copies, and print one report for the batch.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { checkDocument } from '../core/check';
import { planFixes } from '../core/fix';
import { RULES } from '../core/rules';
import { applyEditsToDocx, roleFormatsFromProfile } from '../docx/fix';
import { readDocx } from '../docx/read';
import type { Messages } from '../i18n';
import { detectTemplate } from '../templates/detect';
import { formatOnlyTemplate, isFormatOnly, templateReason } from '../templates/format-only';
import { OFFICIAL_PROFILE } from '../templates/profiles/official';
import type { Profile, Template } from '../templates/schema';
import { expandFiles } from './files';
import { formatHtml } from './formatters/html';
import { formatJson } from './formatters/json';
import { formatJunit } from './formatters/junit';
import { formatStylish } from './formatters/stylish';
import { parseCommandArgs } from './args';
import type { CliContext } from './io';
import { loadCatalog } from './catalog';
import { exitCodeFor, reportFinding, type FileReport } from './report';

const FORMATS = ['stylish', 'json', 'junit', 'html'] as const;
type Format = (typeof FORMATS)[number];

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

/** Batches longer than this show a progress line on a terminal. */
const PROGRESS_THRESHOLD = 3;

interface Catalog {
  readonly templates: readonly Template[];
  readonly profiles: readonly Profile[];
}

function profileFor(template: Template, catalog: Catalog): Profile | undefined {
  return catalog.profiles.find((profile) => profile.id === template.profile);
}

function unreadable(path: string, code: string, message: string): FileReport {
  return { path, template: null, templateReason: null, wordCount: null, findings: [], error: { code, message } };
}

/** Picks a name in `dir` for the fixed copy of `path` that no earlier file of the batch took. */
function fixedPathFor(path: string, dir: string, taken: Set<string>): string {
  const extension = extname(path);
  const stem = basename(path, extension);
  let candidate = join(dir, `${stem}${extension}`);
  for (let n = 2; taken.has(candidate); n += 1) candidate = join(dir, `${stem}-${n}${extension}`);
  taken.add(candidate);
  return candidate;
}

interface FileJob {
  readonly path: string;
  readonly catalog: Catalog;
  readonly forcedTemplate: Template | undefined;
  readonly fixInto: string | undefined;
  readonly taken: Set<string>;
  readonly context: CliContext;
  readonly text: Messages['cli'];
}

function checkFile(job: FileJob): FileReport {
  const { path, catalog, text } = job;
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(resolve(job.context.cwd, path));
  } catch (error: unknown) {
    const reason = error instanceof Error ? error.message : String(error);
    return unreadable(path, 'unreadable', text.cannotReadFile(path, reason));
  }
  const read = readDocx(bytes);
  if (!read.ok) return unreadable(path, read.error.code, read.error.message);
  const ids = catalog.templates.map((template) => template.id).join('、');
  // No template fits: the file was read all the same, so its format is checked against the profile alone.
  const detection = job.forcedTemplate ? undefined : detectTemplate(read.value.model, catalog.templates);
  const template = job.forcedTemplate ?? detection?.template ?? formatOnlyTemplate(OFFICIAL_PROFILE.id);
  const reason = job.forcedTemplate ? text.templateReasons.chosen(job.forcedTemplate.name) : templateReason(detection, text.templateReasons);
  const profile = profileFor(template, catalog);
  if (!profile) return unreadable(path, 'unknown-profile', text.unknownTemplate(template.profile, ids));
  let result = checkDocument(read.value.model, template, profile);

  if (job.fixInto !== undefined) {
    const plan = planFixes(result.findings);
    const target = fixedPathFor(path, job.fixInto, job.taken);
    const fixed = plan.edits.length > 0 ? applyEditsToDocx(read.value, plan.edits, roleFormatsFromProfile(profile)) : { ok: true as const, value: bytes };
    if (!fixed.ok) return unreadable(path, fixed.error.code, fixed.error.message);
    try {
      writeFileSync(target, fixed.value);
    } catch (error: unknown) {
      const reason = error instanceof Error ? error.message : String(error);
      return unreadable(path, 'unwritable', text.cannotWriteFile(target, reason));
    }
    job.context.stderr.write(
      `${plan.edits.length > 0 ? text.wroteFixed(target, plan.edits.length) : text.fixNothing(path)}\n`,
    );
    // What the user now has is the fixed copy: report what remains in it.
    const reread = readDocx(fixed.value);
    if (!reread.ok) return unreadable(target, reread.error.code, reread.error.message);
    result = checkDocument(reread.value.model, template, profile);
  }

  return {
    path,
    template: isFormatOnly(template) ? null : template.id,
    templateReason: reason,
    wordCount: result.wordCount,
    findings: result.findings.map(reportFinding),
    error: null,
  };
}

export async function runCheck(args: readonly string[], context: CliContext, text: Messages['cli']): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    {
      template: { type: 'string' },
      pack: { type: 'string' },
      format: { type: 'string', default: 'stylish' },
      fix: { type: 'boolean', default: false },
      output: { type: 'string', short: 'o' },
      'no-color': { type: 'boolean', default: false },
      color: { type: 'boolean' },
      lang: { type: 'string' },
    },
    context,
    text,
  );
  if (!parsed) return 2;
  const { values, positionals } = parsed;
  const format = values.format ?? 'stylish';
  if (!isFormat(format)) {
    context.stderr.write(`${text.unknownFormat(format)}\n`);
    return 2;
  }
  if (values.fix && !values.output) {
    context.stderr.write(`${text.fixNeedsOutput}\n`);
    return 2;
  }
  if (positionals.length === 0) {
    context.stderr.write(`${text.missingFiles}\n`);
    return 2;
  }

  const catalog = loadCatalog(values.pack, context, text);
  if (!catalog) return 2;
  let forcedTemplate: Template | undefined;
  if (values.template !== undefined) {
    forcedTemplate = catalog.templates.find((template) => template.id === values.template);
    if (!forcedTemplate) {
      const ids = catalog.templates.map((template) => template.id).join('、');
      context.stderr.write(`${text.unknownTemplate(values.template, ids)}\n`);
      return 2;
    }
  }

  const files = expandFiles(positionals, context.cwd);
  if (files.length === 0) {
    context.stderr.write(`${text.noFilesMatched(positionals.join(' '))}\n`);
    return 2;
  }
  let fixInto: string | undefined;
  if (values.fix && values.output) {
    fixInto = resolve(context.cwd, values.output);
    mkdirSync(fixInto, { recursive: true });
  }

  const showProgress = files.length > PROGRESS_THRESHOLD && context.stderr.isTTY === true;
  const taken = new Set<string>();
  const reports: FileReport[] = [];
  for (const [index, path] of files.entries()) {
    if (showProgress) context.stderr.write(`\r\u001b[K${text.progress(index + 1, files.length, path)}`);
    reports.push(checkFile({ path, catalog, forcedTemplate, fixInto, taken, context, text }));
  }
  if (showProgress) context.stderr.write('\r\u001b[K');

  const color =
    values.color === true || (!values['no-color'] && context.stdout.isTTY === true && !context.env.NO_COLOR);
  context.stdout.write(render(format, reports, { color, text }));
  return exitCodeFor(reports);
}

function render(format: Format, reports: readonly FileReport[], options: { color: boolean; text: Messages['cli'] }): string {
  switch (format) {
    case 'json':
      return formatJson(reports);
    case 'junit':
      return formatJunit(reports);
    case 'html':
      return formatHtml(reports, {
        text: options.text,
        generatedAt: new Date().toLocaleString('zh-CN', { hour12: false }),
        ruleName: (id) => RULES.find((rule) => rule.id === id)?.description ?? id,
      });
    case 'stylish':
      return formatStylish(reports, options);
  }
}
