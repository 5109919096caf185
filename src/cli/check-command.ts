/**
 * `dangjian check`: read each file, find its template, run every rule,
 * optionally write fixed copies, and print one report for the batch.
 */
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import { checkDocument } from '../core/check';
import { DEFAULT_LIMITS, readDocx, sharedReading, type SharedReading } from '../docx/read';
import { docxErrorMessage } from '../docx/errors';
import { messages, resolveLocale, type Locale, type Messages } from '../i18n';
import { detectTemplate } from '../templates/detect';
import { formatOnlyTemplate, templateReason } from '../templates/format-only';
import { OFFICIAL_PROFILE } from '../templates/profiles/official';
import type { Profile, Template } from '../templates/schema';
import { readBoundedFile } from './bounded-read';
import { expandFiles } from './files';
import { parseCommandArgs } from './args';
import { say, type CliContext } from './io';
import { useNativeInflater } from './native-inflate';
import { ProgressLine } from './progress';
import { loadCatalog } from './catalog';
import { prepareOutputFolder } from './output-folder';
import { cutEcho, MESSAGE_LIMIT, printable } from './printable';
import { readRefusalReason, shortReason, systemReason } from './reasons';
import { checkedReport, exitCodeFor, UNWRITABLE, type FileReport } from './report';
import { simulatedWriteError, writeUnderFreeName, type SimulatedWriteError } from './safe-write';

const FORMATS = ['stylish', 'json', 'junit', 'html'] as const;
type Format = (typeof FORMATS)[number];

function isFormat(value: string): value is Format {
  return (FORMATS as readonly string[]).includes(value);
}

/**
 * Helper threads for a batch (./check-pool): one per core besides this
 * thread's (`os.availableParallelism()`, from four cores on), or
 * `DANGJIAN_JOBS` threads in all (`1`: none). A thread costs about as much to start as a few small files
 * take to check, so a batch gets them from 16 files or 2 MB on.
 * `--fix` checks on this thread alone: its copies are named in the files'
 * order, whatever thread would finish first.
 */
function helperThreads(files: readonly string[], context: CliContext): number {
  const asked = Number.parseInt(context.env.DANGJIAN_JOBS ?? '', 10);
  // Measured on two logical processors, a helper thread cost more than it saved even on 600 files or four long
  // reports (its start-up and V8's own background threads take the second processor): by default, from four on.
  const cores = availableParallelism();
  const threads = Number.isInteger(asked) && asked > 0 ? asked : cores >= MIN_CORES ? cores : 1;
  const helpers = Math.min(threads - 1, files.length - 1, MOST_HELPERS);
  if (helpers < 1) return 0;
  if (files.length >= POOL_FILES) return helpers;
  let bytes = 0;
  for (const path of files) {
    try {
      bytes += statSync(resolve(context.cwd, path)).size;
    } catch (error: unknown) {
      // The file's own check reports why it cannot be read; its size only weighs the batch.
      if (!(error instanceof Error)) throw error;
    }
    if (bytes >= POOL_BYTES) return helpers;
  }
  return 0;
}

const MIN_CORES = 4;
const POOL_FILES = 16;
const POOL_BYTES = 2 * 1024 * 1024;
const MOST_HELPERS = 15;

/** Batches longer than this show a progress line on a terminal (any batch does with --progress). */
const PROGRESS_THRESHOLD = 3;

/**
 * Largest input read: the most the reader would ever inflate. A bigger file
 * is refused from its size alone, before a byte of it is read.
 */
export const MAX_INPUT_BYTES = DEFAULT_LIMITS.maxUncompressedBytes;

export interface Catalog {
  readonly templates: readonly Template[];
  readonly profiles: readonly Profile[];
}

function profileFor(template: Template, catalog: Catalog): Profile | undefined {
  return catalog.profiles.find((profile) => profile.id === template.profile);
}

function unreadable(path: string, code: string, message: string): FileReport {
  return { path, template: null, templateReason: null, wordCount: null, findings: [], error: { code, message: cutEcho(message, MESSAGE_LIMIT) }, unfilled: false };
}

type Fixer = Pick<typeof import('../core/fix'), 'planFixes'> & Pick<typeof import('../docx/fix'), 'applyEditsToDocx' | 'roleFormatsFromProfile'>;

async function loadFixer(): Promise<Fixer> {
  const [{ planFixes }, { applyEditsToDocx, roleFormatsFromProfile }] = await Promise.all([import('../core/fix'), import('../docx/fix')]);
  return { planFixes, applyEditsToDocx, roleFormatsFromProfile };
}

export interface FileJob {
  readonly path: string;
  readonly catalog: Catalog;
  readonly forcedTemplate: Template | undefined;
  readonly fixInto: string | undefined;
  /** The planner and the writer, loaded only for --fix. */
  readonly fixer: Fixer | undefined;
  readonly simulate: SimulatedWriteError | undefined;
  readonly context: CliContext;
  readonly text: Messages['cli'];
  /** Language of the findings' messages. */
  readonly locale: Locale;
  /** The parts the batch's files share, read once for the batch. */
  readonly shared: SharedReading;
}

function checkFile(job: FileJob): FileReport {
  const { path, catalog, text } = job;
  const input = readBoundedFile(resolve(job.context.cwd, path), MAX_INPUT_BYTES);
  if (!input.ok) {
    const code = input.error.kind === 'too-large' ? 'too-large' : 'unreadable';
    return unreadable(path, code, text.cannotReadFile(printable(path), readRefusalReason(input.error, text)));
  }
  const bytes: Uint8Array = input.value;
  const read = readDocx(bytes, {}, job.shared);
  if (!read.ok) return unreadable(path, read.error.code, docxErrorMessage(read.error, messages(job.locale).docx.errors));
  const ids = catalog.templates.map((template) => template.id).join('、');
  // No template fits: the file was read all the same, so its format is checked against the profile alone.
  const detection = job.forcedTemplate ? undefined : detectTemplate(read.value.model, catalog.templates);
  const template = job.forcedTemplate ?? detection?.template ?? formatOnlyTemplate(OFFICIAL_PROFILE.id);
  const reason = job.forcedTemplate ? text.templateReasons.chosen(job.forcedTemplate.name) : templateReason(detection, text.templateReasons);
  const profile = profileFor(template, catalog);
  if (!profile) return unreadable(path, 'unknown-profile', text.unknownTemplate(template.profile, ids));
  let result = checkDocument(read.value.model, template, profile, { locale: job.locale });

  if (job.fixInto !== undefined && job.fixer !== undefined) {
    const { planFixes, applyEditsToDocx, roleFormatsFromProfile } = job.fixer;
    const plan = planFixes(result.findings);
    const fixed = plan.edits.length > 0 ? applyEditsToDocx(read.value, plan.edits, roleFormatsFromProfile(profile)) : { ok: true as const, value: bytes };
    if (!fixed.ok) return unreadable(path, fixed.error.code, docxErrorMessage(fixed.error, messages(job.locale).docx.errors));
    const wanted = join(job.fixInto, basename(path));
    const written = writeUnderFreeName(job.fixInto, basename(path), fixed.value, job.simulate);
    if (!written.ok) {
      return unreadable(path, UNWRITABLE, text.cannotWriteFile(printable(wanted), systemReason(written.error.code, text)));
    }
    const target = written.value;
    say(
      job.context,
      plan.edits.length === 0
        ? text.fixNothing(printable(path), printable(target))
        : target === wanted
          ? text.wroteFixed(printable(target), plan.edits.length)
          : text.wroteFixedRenamed(printable(target), printable(basename(wanted)), plan.edits.length),
    );
    // What the user now has is the fixed copy: report what remains in it.
    const reread = readDocx(fixed.value, {}, job.shared);
    if (!reread.ok) return unreadable(target, reread.error.code, docxErrorMessage(reread.error, messages(job.locale).docx.errors));
    result = checkDocument(reread.value.model, template, profile, { locale: job.locale });
  }

  return checkedReport(path, template, reason, result);
}

/**
 * One file's check, whatever it throws: a file that breaks the reader or the
 * fixer in a way nobody foresaw costs its own line in the report, never the
 * report of the others.
 */
export function checkIsolated(job: FileJob): FileReport {
  try {
    return checkFile(job);
  } catch (error: unknown) {
    if (job.context.env.DANGJIAN_DEBUG === '1' && error instanceof Error) job.context.stderr.write(`${error.stack ?? ''}\n`);
    return unreadable(job.path, 'unreadable', job.text.cannotReadFile(printable(job.path), job.text.fileCrashed(shortReason(error))));
  }
}

export async function runCheck(args: readonly string[], context: CliContext, text: Messages['cli']): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    {
      template: { type: 'string' },
      pack: { type: 'string' },
      school: { type: 'string' },
      format: { type: 'string', default: 'stylish' },
      fix: { type: 'boolean', default: false },
      recursive: { type: 'boolean', short: 'r', default: false },
      progress: { type: 'boolean', default: false },
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
    say(context, text.unknownFormat(format));
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

  const catalog = loadCatalog({ pack: values.pack, school: values.school }, context, text);
  if (!catalog) return 2;
  let forcedTemplate: Template | undefined;
  if (values.template !== undefined) {
    forcedTemplate = catalog.templates.find((template) => template.id === values.template);
    if (!forcedTemplate) {
      const ids = catalog.templates.map((template) => template.id).join('、');
      say(context, text.unknownTemplate(values.template, ids));
      return 2;
    }
  }

  const files = expandFiles(positionals, context.cwd, {
    recursive: values.recursive === true,
    skipFolder: values.fix ? values.output : undefined,
  });
  if (files.length === 0) {
    say(context, text.noFilesMatched(positionals.map(printable).join(' ')));
    return 2;
  }
  let fixInto: string | undefined;
  if (values.fix && values.output) {
    const output = values.output;
    const folder = prepareOutputFolder(output, files, context.cwd);
    if (!folder.ok) {
      const problem = folder.error;
      say(
        context,
        problem.kind === 'input-folder'
          ? text.fixIntoInputFolder(printable(output), printable(problem.input))
          : problem.kind === 'not-a-folder'
            ? text.outputNotFolder(printable(output))
            : text.outputFolderUnusable(printable(output), systemReason(problem.code, text)),
      );
      return 2;
    }
    fixInto = folder.value;
  }
  const simulate = simulatedWriteError(context.env);
  useNativeInflater();
  const fixer = fixInto === undefined ? undefined : await loadFixer();

  const onTerminal = context.stderr.isTTY === true;
  const progress =
    values.progress === true || (onTerminal && files.length > PROGRESS_THRESHOLD)
      ? new ProgressLine(context.stderr, files.length, text, onTerminal)
      : undefined;
  const locale = resolveLocale(values.lang);
  const shared = sharedReading();
  const checkHere = (path: string): FileReport =>
    checkIsolated({ path, catalog, forcedTemplate, fixInto, fixer, simulate, context, text, locale, shared });
  const helpers = fixInto === undefined ? helperThreads(files, context) : 0;
  let reports: FileReport[];
  if (helpers > 0 && context.workerScript !== undefined) {
    const { checkAcrossThreads } = await import('./check-pool');
    reports = await checkAcrossThreads(files, {
      script: context.workerScript,
      helpers,
      setup: {
        catalog: { templates: catalog.templates, profiles: catalog.profiles },
        forcedTemplateId: forcedTemplate?.id,
        locale,
        cwd: context.cwd,
        debug: context.env.DANGJIAN_DEBUG === '1',
      },
      checkHere,
      onDone: (done) => {
        progress?.lift();
        progress?.update(done);
      },
      onHelperFailed: (error) => {
        if (context.env.DANGJIAN_DEBUG === '1') context.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      },
    });
  } else {
    reports = [];
    for (const [index, path] of files.entries()) {
      progress?.lift();
      reports.push(checkHere(path));
      progress?.update(index + 1);
    }
  }
  progress?.finish();

  const color =
    values.color === true || (!values['no-color'] && context.stdout.isTTY === true && !context.env.NO_COLOR);
  const names = new Map(catalog.templates.map((template) => [template.id, template.name]));
  context.stdout.write(
    await render(format, reports, {
      color,
      text,
      locale,
      templateName: (id) => names.get(id) ?? id,
      displayPath: (path) => relative(context.cwd, resolve(context.cwd, path)) || path,
    }),
  );
  return exitCodeFor(reports);
}

interface RenderOptions {
  readonly color: boolean;
  readonly text: Messages['cli'];
  readonly locale: Locale;
  readonly templateName: (id: string) => string;
  readonly displayPath: (path: string) => string;
}

/** Only the formatter asked for is loaded. */
async function render(format: Format, reports: readonly FileReport[], options: RenderOptions): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('./formatters/json')).formatJson(reports);
    case 'junit':
      return (await import('./formatters/junit')).formatJunit(reports, options.text);
    case 'html':
      return (await import('./formatters/html')).formatHtml(reports, {
        text: options.text,
        templateName: options.templateName,
        displayPath: options.displayPath,
        generatedAt: new Date().toLocaleString(options.locale, { hour12: false }),
        ruleName: (id) => {
          const descriptions: Readonly<Record<string, string>> = messages(options.locale).rules.descriptions;
          return descriptions[id] ?? id;
        },
      });
    case 'stylish':
      return (await import('./formatters/stylish')).formatStylish(reports, options);
  }
}
