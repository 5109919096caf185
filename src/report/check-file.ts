/**
 * One .docx checked from its bytes, with no file system: read it, find its
 * template (or check its format alone), run every rule and, when asked,
 * plan and apply the one-click fixes. The command line and the batch page
 * report the same file the same way from here.
 */
import { checkDocument } from '../core/check';
import { planFixes } from '../core/fix';
import { applyEditsToDocx, roleFormatsFromProfile } from '../docx/fix';
import { DEFAULT_LIMITS, readDocx, type SharedReading } from '../docx/read';
import { messages, type Locale, type Messages } from '../i18n';
import { docxErrorMessage, type DocxError } from '../docx/errors';
import { detectTemplate } from '../templates/detect';
import { formatOnlyTemplate, templateReason } from '../templates/format-only';
import { OFFICIAL_PROFILE } from '../templates/profiles/official';
import type { Profile, Template } from '../templates/schema';
import { checkedReport, type FileReport } from './file-report';
import { cutEcho, MESSAGE_LIMIT, printable } from './printable';

/** Largest input read: the most the reader would ever inflate. */
export const MAX_INPUT_BYTES = DEFAULT_LIMITS.maxUncompressedBytes;

export interface CheckCatalog {
  readonly templates: readonly Template[];
  readonly profiles: readonly Profile[];
}

export interface CheckBytesOptions {
  readonly catalog: CheckCatalog;
  readonly text: Messages['cli'];
  /** Language of the findings' messages. */
  readonly locale: Locale;
  readonly forcedTemplate?: Template;
  /** The parts a batch's files share, read once for the batch (src/docx/shared-parts). */
  readonly shared?: SharedReading;
}

export interface FileCheck {
  /** What the file as given contains. */
  readonly report: FileReport;
  /** The template the file was checked against (the format-only one when none fits); undefined when unread. */
  readonly template?: Template;
}

export interface FixedCopy {
  /** The fixed bytes, or the original ones when nothing needed fixing. */
  readonly bytes: Uint8Array;
  readonly edits: number;
}

export function unreadableReport(path: string, code: string, message: string): FileReport {
  return { path, template: null, templateReason: null, wordCount: null, findings: [], error: { code, message: cutEcho(message, MESSAGE_LIMIT) }, unfilled: false };
}

function megabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 10 ? mb.toFixed(0) : mb.toFixed(1);
}

/** A file refused from its size alone, before a byte of it is read. */
export function tooLargeReport(path: string, size: number, text: Messages['cli']): FileReport {
  return unreadableReport(path, 'too-large', text.cannotReadFile(printable(path), text.fileTooLarge(megabytes(size), megabytes(MAX_INPUT_BYTES))));
}

/** An unexpected error, said in one short line: its kind and the start of its message (never its stack). */
function shortReason(error: unknown): string {
  if (error instanceof Error) return cutEcho(`${error.name}: ${error.message}`.split('\n')[0], 160);
  return cutEcho(String(error).split('\n')[0], 160);
}

interface Checked {
  readonly report: FileReport;
  readonly template?: Template;
  readonly profile?: Profile;
  readonly fixed?: FixedCopy;
}

/** A reader's refusal in the report's language, as the command line words it. */
function refused(path: string, error: DocxError, locale: Locale): Checked {
  return { report: unreadableReport(path, error.code, docxErrorMessage(error, messages(locale).docx.errors)) };
}

function checkOnce(path: string, bytes: Uint8Array, options: CheckBytesOptions, fix: boolean): Checked {
  const { catalog, text } = options;
  const read = readDocx(bytes, {}, options.shared);
  if (!read.ok) return refused(path, read.error, options.locale);
  const ids = catalog.templates.map((template) => template.id).join('、');
  const detection = options.forcedTemplate ? undefined : detectTemplate(read.value.model, catalog.templates);
  const template = options.forcedTemplate ?? detection?.template ?? formatOnlyTemplate(OFFICIAL_PROFILE.id);
  const reason = options.forcedTemplate ? text.templateReasons.chosen(options.forcedTemplate.name) : templateReason(detection, text.templateReasons);
  const profile = catalog.profiles.find((candidate) => candidate.id === template.profile);
  if (!profile) return { report: unreadableReport(path, 'unknown-profile', text.unknownTemplate(template.profile, ids)) };
  const result = checkDocument(read.value.model, template, profile, { locale: options.locale });
  const report = checkedReport(path, template, reason, result);
  if (!fix) return { report, template, profile };

  const plan = planFixes(result.findings);
  const fixed = plan.edits.length > 0 ? applyEditsToDocx(read.value, plan.edits, roleFormatsFromProfile(profile)) : { ok: true as const, value: bytes };
  if (!fixed.ok) return refused(path, fixed.error, options.locale);
  // A copy the reader cannot open again is no copy to hand out (the command line reports it unreadable too).
  const reread = readDocx(fixed.value, {}, options.shared);
  if (!reread.ok) return refused(path, reread.error, options.locale);
  return { report, template, profile, fixed: { bytes: fixed.value, edits: plan.edits.length } };
}

function isolated<T extends Checked>(path: string, options: CheckBytesOptions, run: () => T): T | Checked {
  try {
    return run();
  } catch (error: unknown) {
    // A file that breaks the reader or the fixer in a way nobody foresaw costs its own line, never the others'.
    return { report: unreadableReport(path, 'unreadable', options.text.cannotReadFile(printable(path), options.text.fileCrashed(shortReason(error)))) };
  }
}

/** The file as given: its report, and the template it was checked against. */
export function checkDocxBytes(path: string, bytes: Uint8Array, options: CheckBytesOptions): FileCheck {
  const checked = isolated(path, options, () => checkOnce(path, bytes, options, false));
  return { report: checked.report, template: checked.template };
}

/** The file's fixed copy (every planned one-click fix applied); the file's own report when it could not be read or fixed. */
export function fixDocxBytes(path: string, bytes: Uint8Array, options: CheckBytesOptions): FixedCopy | FileReport {
  const checked = isolated(path, options, () => checkOnce(path, bytes, options, true));
  return checked.fixed ?? checked.report;
}
