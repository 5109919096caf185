/**
 * `punctuation-width` — punctuation in Chinese text is full-width: half-width
 * `, ; : ? ! ( )` next to Chinese characters become `，；：？！（）`.
 *
 * Why: GB/T 15834-2011 标点符号用法 (and GB/T 9704-2012 §5.2.2 setting 公文 in
 * Chinese type) — Chinese text takes full-width marks. Half-width marks come
 * in with text pasted from web pages (seed 002 "党建工作,推动", 003 "(试行)").
 * Numbers (`1,000`, `3:1`, `9:30`), URLs and Latin-only text are left alone.
 * Spaces typed after a half-width comma are dropped with it. Stray characters
 * (and, for , ; : ? !, spaces) are looked through when deciding what a mark
 * stands between; a pair of parentheses is converted when it touches Chinese
 * text or holds some.
 */
import type { Edit } from '../edits';
import type { Rule, RuleFinding } from '../rule';
import { isEastAsianCodePoint, isSpace } from '../characters';
import { findStrayCharacters } from '../stray-characters';
import { rules as zhRules } from '../../i18n/zh-CN/rules';

const FULL_WIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };

interface Replacement {
  readonly start: number;
  readonly end: number;
  readonly mark: string;
}

/**
 * Offsets covered by a list of [start, end) ranges, kept as the ranges
 * themselves (a set of every offset would grow with the text: a 17-million
 * character URL is past what a Set can hold).
 */
class Covered {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(ranges: Iterable<{ readonly start: number; readonly end: number }>) {
    const sorted = [...ranges].filter((range) => range.end > range.start).sort((a, b) => a.start - b.start);
    for (const range of sorted) {
      const last = this.ends.length - 1;
      if (last >= 0 && range.start <= this.ends[last]) this.ends[last] = Math.max(this.ends[last], range.end);
      else {
        this.starts.push(range.start);
        this.ends.push(range.end);
      }
    }
  }

  has(index: number): boolean {
    let low = 0;
    let high = this.starts.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (this.starts[middle] > index) high = middle - 1;
      else if (this.ends[middle] <= index) low = middle + 1;
      else return true;
    }
    return false;
  }
}

class Neighbours {
  private readonly skip: Covered;

  constructor(private readonly value: string) {
    this.skip = new Covered(findStrayCharacters(value));
  }

  private passable(index: number, spaces: boolean): boolean {
    return this.skip.has(index) || (spaces && isSpace(this.value.charCodeAt(index)));
  }

  before(index: number, spaces = true): string {
    let position = index - 1;
    while (position >= 0 && this.passable(position, spaces)) position -= 1;
    if (position < 0) return '';
    const low = this.value.charCodeAt(position);
    if (low >= 0xdc00 && low <= 0xdfff && position > 0) return this.value.slice(position - 1, position + 1);
    return this.value.charAt(position);
  }

  after(index: number, spaces = true): string {
    let position = index + 1;
    while (position < this.value.length && this.passable(position, spaces)) position += 1;
    if (position >= this.value.length) return '';
    return String.fromCodePoint(this.value.codePointAt(position) ?? 0);
  }
}

function chinese(character: string): boolean {
  return character !== '' && isEastAsianCodePoint(character.codePointAt(0) ?? 0);
}

// Patterns live here, not in the functions: a regular-expression literal makes a new object each time it is evaluated.
const DIGIT = /[0-9]/;
const URL = /(?:https?:\/\/|www\.)[\x21-\x7e]+/gi;

function digit(character: string): boolean {
  return DIGIT.test(character);
}

/** Offsets covered by URLs, which keep their ASCII punctuation. */
function urlOffsets(value: string): Covered {
  const ranges: { start: number; end: number }[] = [];
  for (const match of value.matchAll(URL)) ranges.push({ start: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
  return new Covered(ranges);
}

function trailingSpaces(value: string, index: number): number {
  let end = index + 1;
  while (end < value.length && value.charAt(end) === ' ') end += 1;
  return end;
}

/** Where a character next occurs after a position, for positions that only grow: each stretch of text is searched once. */
class Following {
  private found = -2;

  constructor(
    private readonly value: string,
    private readonly character: string,
  ) {}

  after(index: number): number {
    if (this.found === -1 || this.found > index) return this.found;
    this.found = this.value.indexOf(this.character, index + 1);
    return this.found;
  }
}

const HALF_WIDTH_MARK = /[,;:?!()]/;
const NO_REPLACEMENTS: readonly Replacement[] = Object.freeze([]);

function findReplacements(value: string): readonly Replacement[] {
  // Most paragraphs have no half-width mark at all: nothing to look around, and one shared empty answer.
  if (!HALF_WIDTH_MARK.test(value)) return NO_REPLACEMENTS;
  const neighbours = new Neighbours(value);
  const urls = urlOffsets(value);
  const replacements: Replacement[] = [];
  const handled = new Set<number>();
  // The next `)` and the next `(` after a mark, found once and kept while the scan has not passed them: an unclosed `(` repeated a million times must not search the rest of the text a million times.
  const close = new Following(value, ')');
  const open = new Following(value, '(');
  for (let index = 0; index < value.length; index += 1) {
    // Every half-width mark is below U+0040: most characters are passed over on one comparison.
    if (value.charCodeAt(index) > 0x3f) continue;
    const mark = value.charAt(index);
    if (!(mark in FULL_WIDTH) || urls.has(index) || handled.has(index)) continue;
    const before = neighbours.before(index);
    if (mark === '(') {
      const closing = close.after(index);
      const nested = closing >= 0 ? open.after(index) >= 0 && open.after(index) < closing : true;
      if (closing >= 0 && !nested) {
        handled.add(closing);
        const inside = value.slice(index + 1, closing);
        // Parentheses touch what they annotate: spaces around them are not looked through.
        const touching = chinese(neighbours.before(index, false)) || chinese(neighbours.after(closing, false));
        if (touching || [...inside].some(chinese)) {
          replacements.push({ start: index, end: index + 1, mark }, { start: closing, end: closing + 1, mark: ')' });
        }
        continue;
      }
    }
    const after = neighbours.after(index);
    if (digit(before) && digit(after)) continue;
    if (!chinese(before) && !chinese(after)) continue;
    const end = mark === '(' || mark === ')' ? index + 1 : trailingSpaces(value, index);
    replacements.push({ start: index, end, mark });
  }
  // Only a closing parenthesis is pushed ahead of its place: most lists are already in order.
  const ordered = replacements.every((replacement, index) => index === 0 || replacements[index - 1].start < replacement.start);
  return ordered ? replacements : replacements.sort((a, b) => a.start - b.start);
}

export const punctuationWidthRule: Rule = {
  id: 'punctuation-width',
  severity: 'warning',
  description: zhRules.descriptions['punctuation-width'],
  fixable: true,
  check({ paragraphs, text }) {
    const findings: RuleFinding[] = [];
    for (const classified of paragraphs) {
      const paragraph = classified.paragraph;
      const replacements = findReplacements(paragraph.text);
      if (replacements.length === 0) continue;
      const actual = [...new Set(replacements.map((replacement) => replacement.mark))];
      const expected = actual.map((mark) => FULL_WIDTH[mark]);
      const fix: Edit[] = replacements.map((replacement) => ({
        kind: 'replace-text',
        paragraph: paragraph.index,
        start: replacement.start,
        end: replacement.end,
        text: FULL_WIDTH[replacement.mark],
      }));
      findings.push({
        paragraph: paragraph.index + 1,
        message: text.punctuationWidth.message(actual, expected),
        expected: expected.join(''),
        actual: actual.join(''),
        fixable: true,
        fix,
      });
    }
    return findings;
  },
};
