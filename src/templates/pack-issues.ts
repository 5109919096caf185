/**
 * Turns zod's issues into the Chinese a 组织部 editor can act on: the JSON
 * path (`templates[0].blocks[1].title`) and what is wrong there.
 */
import type { z } from 'zod';
import { zh } from '../i18n';

type Issue = z.core.$ZodIssue;
export type PathKey = PropertyKey;

export interface PackIssue {
  /** JSON path in the pack, `templates[0].fields[2].tag`; empty for the pack itself. */
  readonly path: string;
  readonly problem: string;
}

const problems = zh.templates.pack.problems;

export function formatPath(path: readonly PathKey[]): string {
  return path
    .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
    .join('');
}

function valueAt(input: unknown, path: readonly PathKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key as string];
  }
  return value;
}

/**
 * A union's issues list every branch's complaints; the branch with the fewest
 * is the one the author meant (a full template that is nearly right fails the
 * partial branch only where it is actually wrong).
 */
function flatten(issues: readonly Issue[], prefix: readonly PathKey[]): { path: PathKey[]; issue: Issue }[] {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0];
      if (closest.length > 0) return flatten(closest, path);
    }
    return [{ path, issue }];
  });
}

function describe(issue: Issue, path: readonly PathKey[], input: unknown): string {
  switch (issue.code) {
    case 'invalid_type': {
      if (valueAt(input, path) === undefined) return problems.missing;
      const byType: Record<string, string> = {
        string: problems.expectedText,
        number: problems.expectedNumber,
        int: problems.notInteger,
        boolean: problems.expectedBoolean,
        array: problems.expectedList,
        object: problems.expectedObject,
      };
      return byType[issue.expected] ?? problems.expectedOther(issue.expected);
    }
    case 'too_small':
      if (issue.origin === 'string') return problems.empty;
      if (issue.origin === 'array' || issue.origin === 'set') return problems.tooFew(Number(issue.minimum));
      return Number(issue.minimum) === 0 && issue.inclusive === false ? problems.notPositive : problems.tooSmall(Number(issue.minimum));
    case 'too_big':
      if (issue.origin === 'string') return problems.tooLongText(Number(issue.maximum));
      if (issue.origin === 'number') return problems.tooBig(Number(issue.maximum));
      return problems.tooLong(Number(issue.maximum));
    case 'invalid_value':
      return problems.oneOf(issue.values.map((value) => String(value)));
    case 'invalid_format': {
      const key = path[path.length - 1];
      if (key === 'id' || key === 'profile') return problems.idFormat;
      if (key === 'tag') return problems.tagFormat;
      if (key === 'deadline') return problems.dateFormat;
      if (path.includes('fonts')) return problems.fontName;
      return problems.badFormat;
    }
    case 'unrecognized_keys':
      return problems.unknownKeys(issue.keys);
    case 'invalid_union':
      return problems.noMatch;
    default:
      return problems.invalid;
  }
}

export function packIssues(issues: readonly Issue[], input: unknown, prefix: readonly PathKey[] = []): PackIssue[] {
  return flatten(issues, prefix).map(({ path, issue }) => ({ path: formatPath(path), problem: describe(issue, path, input) }));
}

/** The first issue in full, a count of the rest, and what to do. */
export function packMessage(source: string, issues: readonly PackIssue[]): string {
  const text = zh.templates.pack;
  const [first, ...rest] = issues;
  const head = first.path === '' ? text.issue(source, first.problem) : text.issueAt(source, first.path, first.problem);
  return `${head}${rest.length > 0 ? `（${text.moreIssues(rest.length)}）` : ''}。${text.fixAndRetry}`;
}
