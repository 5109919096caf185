/** What the format rules share: which role format applies to a paragraph, and how runs are looked at. */
import type { Paragraph, Run } from '../../model';
import type { ClassifiedParagraph, Role } from '../../roles';
import type { Profile, RoleFormat, RoleName } from '../../../templates/schema';
import { rules as text } from '../../../i18n/zh-CN/rules';

/** The role whose format a paragraph must have; empty paragraphs follow the text around them (body, or table-cell in a table). */
export function formatRole(classified: ClassifiedParagraph): RoleName {
  if (classified.role !== 'empty') return classified.role;
  return classified.paragraph.cell ? 'table-cell' : 'body';
}

export function roleFormat(classified: ClassifiedParagraph, profile: Profile): RoleFormat {
  return profile.roles[formatRole(classified)];
}

export function roleLabel(role: Role): string {
  return text.roles[role];
}

/** Runs with something a reader sees (not only spaces). */
export function visibleRuns(paragraph: Paragraph): { run: Run; index: number }[] {
  return paragraph.runs
    .map((run, index) => ({ run, index }))
    .filter(({ run }) => run.text.trim() !== '');
}

export function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

/** 1-based paragraph number for findings. */
export function findingParagraph(paragraph: Paragraph): number {
  return paragraph.index + 1;
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
