/**
 * Packs: a university's own templates and profiles, as JSON, over the
 * built-in catalog — without a release. Loading never throws on what the
 * user wrote: a bad pack is an error value naming the JSON path and the
 * problem in Chinese.
 */
import { zh, type Messages } from '../i18n';
import { err, ok, type Result } from '../core/result';
import { CATALOG } from './catalog';
import { templateProblems, type TemplateProblem } from './fields';
import { formatPath, packIssue, packIssues, packMessage, parsedJson, saying, type PackIssue, type PathKey, type ProblemSays } from './pack-issues';
import { OFFICIAL_PROFILE } from './profiles/official';
import { packSchema, templateSchema, XML_FORBIDDEN, type Pack, type Profile, type Template } from './schema';

export type { PackIssue } from './pack-issues';

export type PackErrorCode = 'pack-not-json' | 'pack-invalid' | 'pack-unknown-template' | 'pack-unknown-profile' | 'pack-template-invalid';

export interface PackError {
  readonly code: PackErrorCode;
  /** Chinese, names the place and says what to do. */
  readonly message: string;
  readonly issues: readonly PackIssue[];
  /** The pack's name as the user gave it, and why its JSON did not parse: to word the message in another language. */
  readonly source?: string;
  readonly jsonReason?: string;
}

/** The error's message in the reader's language. */
export function packErrorMessage(error: PackError, text: Messages['templates']['pack']): string {
  if (error.source === undefined) return error.message;
  if (error.code === 'pack-not-json') return text.notJson(error.source, error.jsonReason ?? '');
  return error.issues.length > 0 ? packMessage(error.source, error.issues, text) : error.message;
}

export interface ResolvedCatalog {
  readonly templates: Template[];
  readonly profiles: Profile[];
}

/** The built-in profiles a catalog template may name. */
export const BUILT_IN_PROFILES: readonly Profile[] = [OFFICIAL_PROFILE];

function packError(code: PackErrorCode, source: string, issues: PackIssue[]): PackError {
  return { code, message: packMessage(source, issues), issues, source };
}

function problemText(problem: TemplateProblem): ProblemSays {
  switch (problem.kind) {
    case 'duplicate-tag':
      return saying('duplicateTag', problem.tag);
    case 'unknown-field':
      return saying('unknownField', problem.tag);
    case 'unplaced-field':
      return saying('unplacedField', problem.tag);
    case 'field-placed-twice':
      return saying('fieldPlacedTwice', problem.tag);
    case 'choice-without-options':
      return saying('choiceWithoutOptions', problem.tag);
    case 'unprinted-field-placed':
      return saying('unprintedFieldPlaced', problem.tag);
  }
}

function upsert<T extends { id: string }>(list: T[], item: T): void {
  const index = list.findIndex((existing) => existing.id === item.id);
  if (index === -1) list.push(item);
  else list[index] = item;
}

/**
 * The catalog with a pack applied: a complete template or profile adds or
 * replaces by id; a partial template (id and some keys) is laid over the
 * catalog entry key by key, so `fields` or `blocks` given replace the
 * catalog's wholesale. The merged result is validated again, and every
 * template must name a known profile. A pack from `loadPack` always resolves.
 */
export function resolveCatalog(pack?: Pack, source = 'pack.json'): Result<ResolvedCatalog, PackError> {
  const profiles = [...BUILT_IN_PROFILES];
  const templates = [...CATALOG];
  if (!pack) return ok({ templates, profiles });
  for (const profile of pack.profiles) upsert(profiles, profile);
  const fromPack = new Map<string, number>();
  for (const [index, entry] of pack.templates.entries()) {
    const at = `templates[${index}]`;
    let merged: unknown = entry;
    if (!templateSchema.safeParse(entry).success) {
      const base = templates.find((template) => template.id === entry.id);
      if (!base) return err(packError('pack-unknown-template', source, [packIssue(at, saying('partialNeedsCatalogTemplate', entry.id))]));
      merged = { ...base, ...entry };
    }
    const parsed = templateSchema.safeParse(merged);
    if (!parsed.success) return err(packError('pack-template-invalid', source, packIssues(parsed.error.issues, merged, ['templates', index])));
    const issues = templateProblems(parsed.data).map((problem) => packIssue(at, problemText(problem)));
    if (issues.length > 0) return err(packError('pack-template-invalid', source, issues));
    upsert(templates, parsed.data);
    fromPack.set(parsed.data.id, index);
  }
  const known = profiles.map((profile) => profile.id);
  for (const template of templates) {
    if (known.includes(template.profile)) continue;
    const index = fromPack.get(template.id);
    const path = index === undefined ? '' : `templates[${index}].profile`;
    return err(packError('pack-unknown-profile', source, [packIssue(path, saying('unknownProfile', template.profile, known))]));
  }
  return ok({ templates, profiles });
}

const MOST_ISSUES = 20;

/**
 * Every text in the pack that XML cannot carry (control characters other
 * than tab and line breaks, lone surrogates): every pack text may end up in
 * a document `new` or `--fix` writes. Walked without recursion, so a deeply
 * nested pack cannot exhaust the stack.
 */
function unwritableTexts(input: unknown): PackIssue[] {
  interface Place {
    readonly value: unknown;
    readonly key?: PathKey;
    readonly parent?: Place;
  }
  const pathOf = (place: Place): PathKey[] => {
    const keys: PathKey[] = [];
    for (let at: Place | undefined = place; at && at.key !== undefined; at = at.parent) keys.push(at.key);
    return keys.reverse();
  };
  const issues: PackIssue[] = [];
  const pending: Place[] = [{ value: input }];
  for (let place = pending.pop(); place && issues.length < MOST_ISSUES; place = pending.pop()) {
    const { value } = place;
    if (typeof value === 'string') {
      const found = XML_FORBIDDEN.exec(value);
      if (found) {
        const code = `U+${(found[0].codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
        issues.push(packIssue(formatPath(pathOf(place)), saying('forbiddenCharacter', code)));
      }
    } else if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index -= 1) pending.push({ value: value[index] as unknown, key: index, parent: place });
    } else if (value !== null && typeof value === 'object') {
      const entries = Object.entries(value as Record<string, unknown>);
      for (let index = entries.length - 1; index >= 0; index -= 1) pending.push({ value: entries[index][1], key: entries[index][0], parent: place });
    }
  }
  return issues;
}

/**
 * Validates a pack — its JSON (a parsed value, or the file's text) and its
 * merge over the catalog — so a pack that loads always resolves.
 */
export function loadPack(json: unknown, source: string): Result<Pack, PackError> {
  const read = parsedJson(json);
  if (!read.ok) return err({ code: 'pack-not-json', message: zh.templates.pack.notJson(source, read.reason), issues: [], source, jsonReason: read.reason });
  const input = read.value;
  const unwritable = unwritableTexts(input);
  if (unwritable.length > 0) return err(packError('pack-invalid', source, unwritable));
  const parsed = packSchema.safeParse(input);
  if (!parsed.success) return err(packError('pack-invalid', source, packIssues(parsed.error.issues, input)));
  const resolved = resolveCatalog(parsed.data, source);
  if (!resolved.ok) return resolved;
  return ok(parsed.data);
}
