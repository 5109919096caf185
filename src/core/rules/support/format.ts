/** What the format rules share: which role format applies to a paragraph, and how runs are looked at. */
import type { Paragraph, Run } from '../../model';
import type { ClassifiedParagraph, Role } from '../../roles';
import type { Profile, RoleFormat, RoleName } from '../../../templates/schema';
import { isTrimmedUnit } from '../../characters';
import type { RulesText } from '../../rule';

/**
 * The role whose format a paragraph must have; empty paragraphs follow the
 * text around them (body, or table-cell in a table). `other` paragraphs have
 * no look of their own to judge; they share the page's line spacing.
 */
export function formatRole(classified: ClassifiedParagraph): RoleName {
  if (classified.role !== 'empty' && classified.role !== 'other') return classified.role;
  return classified.paragraph.cell ? 'table-cell' : 'body';
}

export function roleFormat(classified: ClassifiedParagraph, profile: Profile): RoleFormat {
  return profile.roles[formatRole(classified)];
}

export function roleLabel(text: RulesText, role: Role): string {
  return text.roles[role];
}

/** True when the text has something a reader sees (`text.trim() !== ''`, answered without making a trimmed copy). */
export function isVisibleText(value: string): boolean {
  for (let index = 0; index < value.length; index += 1) if (!isTrimmedUnit(value.charCodeAt(index))) return true;
  return false;
}

/** The first run with something a reader sees (not only spaces, not hidden text). */
export function firstVisibleRun(paragraph: Paragraph): Run | undefined {
  for (const run of paragraph.runs) if (!run.format.hidden && isVisibleText(run.text)) return run;
  return undefined;
}

export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** 1-based paragraph number for findings. */
export function findingParagraph(paragraph: Paragraph): number {
  return paragraph.index + 1;
}

/** `[index]` lists for edits that touch one run, one frozen copy per index. */
const SINGLE_RUNS: (readonly number[])[] = [];
const SHARED_SINGLE_RUNS = 64;

/**
 * Indexes of the runs `isWrong` picks (given `accepted`), for a set-run-format
 * edit; undefined when there are none. Most paragraphs have one wrong run at
 * most: its list is shared by every edit that names the same index (edits are
 * data nobody changes: planners and adapters only read them), and a list of
 * its own is made only when a second wrong run turns up.
 */
export function wrongRuns<A>(runs: readonly Run[], accepted: A, isWrong: (run: Run, accepted: A) => boolean): readonly number[] | undefined {
  let first = -1;
  let more: number[] | undefined;
  for (let index = 0; index < runs.length; index += 1) {
    // Hidden text (w:vanish) is not on the page: nothing to check in it.
    if (runs[index].format.hidden || !isWrong(runs[index], accepted)) continue;
    if (first < 0) first = index;
    else (more ??= [first]).push(index);
  }
  if (more) return more;
  if (first < 0) return undefined;
  if (first >= SHARED_SINGLE_RUNS) return [first];
  return (SINGLE_RUNS[first] ??= Object.freeze([first]));
}

/**
 * Findings on many paragraphs often say the same thing (every body paragraph
 * in 宋体): one copy of each wording, keyed by what it depends on, keeps a long
 * document's findings small.
 */
export function wordings<T>(): (key: string, make: () => T) => T {
  const known = new Map<string, T>();
  return (key, make) => {
    let found = known.get(key);
    if (found === undefined) known.set(key, (found = make()));
    return found;
  };
}

/**
 * `wordings` keyed by a role and one value, for the common case of one wrong
 * value: no key string and no `make` closure per finding.
 */
export function wordingsByRole<V, T>(make: (role: RoleName, value: V) => T): (role: RoleName, value: V) => T {
  const known = new Map<RoleName, Map<V, T>>();
  return (role, value) => {
    let byValue = known.get(role);
    if (byValue === undefined) known.set(role, (byValue = new Map()));
    let found = byValue.get(value);
    if (found === undefined) byValue.set(value, (found = make(role, value)));
    return found;
  };
}
