/**
 * Turns zod's issues into the Chinese a 组织部 editor can act on: the JSON
 * path (`templates[0].blocks[1].title`) and what is wrong there. Each problem
 * also names its wording (`says`), so the command line in English words the
 * same problem from the English table.
 */
import type { z } from 'zod';
import { zh, type Messages } from '../i18n';

type Issue = z.core.$ZodIssue;
export type PathKey = PropertyKey;

type PackText = Messages['templates']['pack'];
type Problems = PackText['problems'];
export type ProblemWording = keyof Problems;
type ProblemArgs<K extends ProblemWording> = Problems[K] extends (...args: infer A) => string ? A : [];

/** Which wording of the problems table, with what values. */
export interface ProblemSays {
  readonly key: ProblemWording;
  readonly args: readonly unknown[];
}

export interface PackIssue {
  /** JSON path in the pack, `templates[0].fields[2].tag`; empty for the pack itself. */
  readonly path: string;
  /** In Chinese. */
  readonly problem: string;
  readonly says?: ProblemSays;
}

export function saying<K extends ProblemWording>(key: K, ...args: ProblemArgs<K>): ProblemSays {
  return { key, args };
}

/** A problem worded from a table (zh-CN unless another is given). */
export function problemWords(says: ProblemSays, table: Problems = zh.templates.pack.problems): string {
  const wording = table[says.key] as unknown;
  if (typeof wording === 'string') return wording;
  return (wording as (...args: readonly unknown[]) => string)(...says.args);
}

/** An issue at `path`: its Chinese problem, and its wording for other languages. */
export function packIssue(path: string, says: ProblemSays): PackIssue {
  return { path, problem: problemWords(says), says };
}

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

function describe(issue: Issue, path: readonly PathKey[], input: unknown): ProblemSays {
  switch (issue.code) {
    case 'invalid_type': {
      if (valueAt(input, path) === undefined) return saying('missing');
      const byType: Record<string, ProblemSays> = {
        string: saying('expectedText'),
        number: saying('expectedNumber'),
        int: saying('notInteger'),
        boolean: saying('expectedBoolean'),
        array: saying('expectedList'),
        object: saying('expectedObject'),
      };
      return byType[issue.expected] ?? saying('expectedOther', issue.expected);
    }
    case 'too_small':
      if (issue.origin === 'string') return saying('empty');
      if (issue.origin === 'array' || issue.origin === 'set') return saying('tooFew', Number(issue.minimum));
      return Number(issue.minimum) === 0 && issue.inclusive === false ? saying('notPositive') : saying('tooSmall', Number(issue.minimum));
    case 'too_big':
      if (issue.origin === 'string') return saying('tooLongText', Number(issue.maximum));
      if (issue.origin === 'number') return saying('tooBig', Number(issue.maximum));
      return saying('tooLong', Number(issue.maximum));
    case 'invalid_value':
      return saying('oneOf', issue.values.map((value) => String(value)));
    case 'invalid_format': {
      const key = path[path.length - 1];
      if (key === 'id' || key === 'profile') return saying('idFormat');
      if (key === 'tag') return saying('tagFormat');
      if (key === 'deadline') return saying('dateFormat');
      if (path.includes('fonts')) return saying('fontName');
      return saying('badFormat');
    }
    case 'unrecognized_keys':
      return saying('unknownKeys', issue.keys);
    case 'invalid_union':
      return saying('noMatch');
    default:
      return saying('invalid');
  }
}

/** A file's text parsed as JSON (a value already parsed passes through); the parser's reason when it is not JSON. */
export function parsedJson(json: unknown): { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly reason: string } {
  if (typeof json !== 'string') return { ok: true, value: json };
  try {
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch (error: unknown) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
}

export function packIssues(issues: readonly Issue[], input: unknown, prefix: readonly PathKey[] = []): PackIssue[] {
  return flatten(issues, prefix).map(({ path, issue }) => packIssue(formatPath(path), describe(issue, path, input)));
}

/** How a file's problems are told: a pack's table, or another file's (school settings) that words problems as a pack's do. */
type IssueText = Pick<PackText, 'issue' | 'issueAt' | 'withMore'> & { readonly problems?: Problems };

/** The first issue in full, a count of the rest, and what to do (in Chinese unless another table is given). */
export function packMessage(source: string, issues: readonly PackIssue[], text: IssueText = zh.templates.pack): string {
  const [first, ...rest] = issues;
  const problem = first.says && text.problems ? problemWords(first.says, text.problems) : first.problem;
  const head = first.path === '' ? text.issue(source, problem) : text.issueAt(source, first.path, problem);
  return text.withMore(head, rest.length);
}
