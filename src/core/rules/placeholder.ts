/**
 * `placeholder` — no fill-in marks are left: `XXX` / `××`, asterisks standing
 * for a name or number (`*市*小学`, `*年`), prompts such as `【请填写…】` or
 * Word's "单击或点击此处输入文字", and 盖章 / 签字 lines whose date or name is
 * still blank (`年    月    日`).
 *
 * Why: notices and sample forms are written with blanks (seed 002's cases say
 * `*市*小学`; 000 附件1 ends with "（盖  章）  年  月  日"). A submission that
 * still has them is returned. What goes in the blank is the writer's, so
 * there is no fix. Asterisks between Latin letters or digits (`1.8M*0.9M`)
 * are multiplication, not blanks.
 *
 * Not looked at: the boxes the reviewing body fills after submission (a
 * field `filledBy: 'reviewer'`: 上级党组织审核意见 and its seal and date), and
 * a required field still showing its prompt (`    年  月  日` in an empty
 * 填表日期), which `required-field` reports under the field's own name.
 */
import type { Paragraph } from '../model';
import type { Rule, RuleContext, RuleFinding } from '../rule';
import { isEastAsianCodePoint } from '../characters';
import { rules as zhRules } from '../../i18n/zh-CN/rules';

const X_MARKER = /(?<![A-Za-z0-9-])(?:[XxＸｘ]{2,}|[×✕]{2,})(?![A-Za-z0-9-])/g;
const ASTERISKS = /[*＊]+/g;
// Every pattern here is tried at one kind of character only and never scans past the next one of its kind: a rule costs its paragraph's length, whatever the paragraph holds.
/** Word's own prompt for an empty content control. */
const CLICK_HERE = /(?:单击|点击)(?:或点击)?此处(?:输入文字|添加文本)。?/g;
/** What makes a `【…】` a prompt (请填写 holds 填写). */
const PROMPT_WORDS = ['填写', '请输入', '请选择'];
const SEAL = /[（(]\s*(?:盖\s*章|签\s*章|签\s*字|签\s*名)\s*[）)]/;
/** A 盖章 / 签章 mark that may follow a 名称 / 单位 label, with the colon after it. */
const SEAL_MARK = /[（(]\s*(?:盖\s*章|签\s*章)\s*[）)][ \u3000]*[：:]?/g;
const BLANK_DATE_LABEL = /日[ \u3000]*期[ \u3000]*[：:][ \u3000]*$/;
const DATE_NUMERALS = '0123456789０１２３４５６７８９〇零一二三四五六七八九十';

function isEastAsianAt(value: string, index: number): boolean {
  if (index < 0 || index >= value.length) return false;
  return isEastAsianCodePoint(value.codePointAt(index) ?? 0);
}

const LATIN_OR_DIGIT = /[A-Za-z0-9]/;
const OPENS_LABEL = /[（(：:]/;
const WHITE_SPACE = /\s/;
const NAME_BREAK = /[\s：:]/;

function isGap(value: string, index: number): boolean {
  const code = value.charCodeAt(index);
  return code === 0x20 || code === 0x3000;
}

function isDateNumeral(value: string, index: number): boolean {
  return DATE_NUMERALS.includes(value.charAt(index));
}

/** The end of the gaps, numerals and gaps from `at` (a date's `[数]` between two of 年 / 月 / 日), and whether it held a numeral. */
function datePart(value: string, at: number): { end: number; numeral: boolean } {
  let end = at;
  while (end < value.length && isGap(value, end)) end += 1;
  const numerals = end;
  while (end < value.length && isDateNumeral(value, end)) end += 1;
  const numeral = end > numerals;
  while (end < value.length && isGap(value, end)) end += 1;
  return { end, numeral };
}

/**
 * Dates written `[数] 年 [数] 月 [数] 日`, left to right and not overlapping,
 * with whether each of the three numbers is there. One walk around each 年:
 * back over its numerals (never before the previous date), forward to 日.
 */
function writtenDates(value: string): { text: string; blank: boolean }[] {
  const found: { text: string; blank: boolean }[] = [];
  let from = 0;
  for (let year = value.indexOf('年'); year >= 0; year = value.indexOf('年', year + 1)) {
    let start = year;
    while (start > from && isGap(value, start - 1)) start -= 1;
    const yearEnd = start;
    while (start > from && isDateNumeral(value, start - 1)) start -= 1;
    const month = datePart(value, year + 1);
    if (value.charAt(month.end) !== '月') continue;
    const day = datePart(value, month.end + 1);
    if (value.charAt(day.end) !== '日') continue;
    const end = day.end + 1;
    found.push({ text: value.slice(start, end), blank: yearEnd === start || !month.numeral || !day.numeral });
    from = end;
    year = end - 1;
  }
  return found;
}

/**
 * `…名称（盖章）：` and `…单位（签章）`: the label before each seal mark, as far
 * back as the word goes (never before the previous one), and where the mark
 * ends.
 */
function sealLabels(value: string): { name: string; end: number }[] {
  const found: { name: string; end: number }[] = [];
  let from = 0;
  for (const mark of value.matchAll(SEAL_MARK)) {
    const at = mark.index ?? 0;
    if (at < from) continue;
    let labelEnd = at;
    while (labelEnd > from && isGap(value, labelEnd - 1)) labelEnd -= 1;
    const label = value.slice(labelEnd - 2, labelEnd);
    if (labelEnd - 2 < from || (label !== '名称' && label !== '单位')) continue;
    let start = labelEnd - 2;
    while (start > from && !NAME_BREAK.test(value.charAt(start - 1))) start -= 1;
    const end = at + mark[0].length;
    found.push({ name: value.slice(start, labelEnd), end });
    from = end;
  }
  return found;
}

/**
 * Whether the word after `at` is missing or is the next label (`（签字）：`),
 * not a value. Reading stops at the first bracket or colon, so consecutive
 * labels are each read up to the next one only.
 */
function noValueAfter(value: string, at: number): boolean {
  let index = at;
  while (index < value.length && WHITE_SPACE.test(value.charAt(index))) index += 1;
  if (index >= value.length) return true;
  for (; index < value.length && !isGap(value, index); index += 1) {
    if (OPENS_LABEL.test(value.charAt(index))) return true;
  }
  return false;
}

/** The first occurrence of each word at or after a position, for positions that only grow. */
class NextOccurrence {
  private readonly found = new Map<string, number>();

  constructor(private readonly value: string) {}

  at(word: string, position: number): number {
    const known = this.found.get(word);
    if (known !== undefined && (known === -1 || known >= position)) return known;
    const next = this.value.indexOf(word, position);
    this.found.set(word, next);
    return next;
  }
}

/** `【…请填写…】` prompts and Word's "单击或点击此处输入文字", in text order. */
function prompts(value: string): string[] {
  const brackets: { start: number; end: number }[] = [];
  const words = new NextOccurrence(value);
  let close = -1;
  for (let open = value.indexOf('【'); open >= 0; ) {
    if (close < open) close = value.indexOf('】', open + 1);
    if (close < 0) break;
    const prompt = PROMPT_WORDS.some((word) => {
      const at = words.at(word, open + 1);
      return at >= 0 && at + word.length <= close;
    });
    if (prompt) brackets.push({ start: open, end: close + 1 });
    open = value.indexOf('【', prompt ? close + 1 : open + 1);
  }
  const found: { start: number; text: string }[] = brackets.map((range) => ({ start: range.start, text: value.slice(range.start, range.end) }));
  let bracket = 0;
  for (const match of value.matchAll(CLICK_HERE)) {
    const start = match.index ?? 0;
    while (bracket < brackets.length && brackets[bracket].end <= start) bracket += 1;
    if (bracket < brackets.length && brackets[bracket].start <= start) continue;
    found.push({ start, text: match[0] });
  }
  return found.sort((a, b) => a.start - b.start).map((prompt) => prompt.text);
}

function isLatinOrDigit(value: string, index: number): boolean {
  return index >= 0 && index < value.length && LATIN_OR_DIGIT.test(value.charAt(index));
}

const CONTEXT = 2;

/** The blank with a little of the text around it, so the writer can find it; nearby blanks share one excerpt. */
function excerpts(value: string, ranges: readonly { start: number; end: number }[]): string[] {
  const groups: { start: number; end: number }[] = [];
  for (const range of ranges) {
    const last = groups[groups.length - 1];
    if (last && range.start - last.end <= CONTEXT * 2) last.end = range.end;
    else groups.push({ ...range });
  }
  return groups.map((group) => value.slice(Math.max(0, group.start - CONTEXT), Math.min(value.length, group.end + CONTEXT)).trim());
}

/** Characters without which X_MARKER, ASTERISKS and PROMPT cannot match: most paragraphs have none. */
const MAY_HAVE_X = /[XxＸｘ×✕]/;
const MAY_HAVE_ASTERISK = /[*＊]/;
const MAY_HAVE_PROMPT = /【|此处/;
/** The three above in one pattern, and with SEAL's opening bracket: one scan rules out most paragraphs. */
const MAY_HAVE_MARKER = /[XxＸｘ×✕*＊【]|此处/;
const MAY_HAVE_MARKER_OR_SEAL = /[XxＸｘ×✕*＊【（(]|此处/;

function markers(value: string): string[] {
  const found: string[] = [];
  if (MAY_HAVE_X.test(value)) for (const match of value.matchAll(X_MARKER)) found.push(match[0]);
  if (!MAY_HAVE_ASTERISK.test(value)) return found;
  const blanks: { start: number; end: number }[] = [];
  for (const match of value.matchAll(ASTERISKS)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const multiplication = isLatinOrDigit(value, start - 1) && isLatinOrDigit(value, end);
    if (multiplication) continue;
    if (match[0].length >= 2 || isEastAsianAt(value, start - 1) || isEastAsianAt(value, end)) blanks.push({ start, end });
  }
  return [...found, ...excerpts(value, blanks)];
}

/** Seal or signature context: this paragraph, or one of the two before it, names a 盖章 / 签字 (`seals[i]`: paragraph i does). */
function nearSeal(seals: readonly boolean[], index: number): boolean {
  for (let back = index; back >= Math.max(0, index - 2); back -= 1) {
    if (seals[back]) return true;
  }
  return false;
}

/** Whether any kind of placeholder could be in paragraph `index`: most paragraphs are ruled out here, before any list is made. */
function mayHavePlaceholder(value: string, hinted: boolean, seals: readonly boolean[], index: number): boolean {
  return nearSeal(seals, index) || (hinted && MAY_HAVE_MARKER.test(value));
}

function unsignedParts(texts: readonly string[], seals: readonly boolean[], index: number): { dates: string[]; names: string[] } {
  const value = texts[index];
  const dates: string[] = [];
  const names: string[] = [];
  if (!nearSeal(seals, index)) return { dates, names };
  for (const date of writtenDates(value)) {
    if (date.blank) dates.push(date.text.trim());
  }
  if (SEAL.test(value) && BLANK_DATE_LABEL.test(value)) dates.push(value.slice(value.lastIndexOf('日')).trim());
  for (const label of sealLabels(value)) {
    // Filled when the next word after the colon is a value, not the next label ("党总支书记（签字）：").
    if (noValueAfter(value, label.end)) names.push(label.name);
  }
  return { dates, names };
}

const compact = (value: string): string => value.replace(/[\s\u3000]/g, '');

function sameCell(a: Paragraph, b: Paragraph): boolean {
  return a.cell !== undefined && b.cell !== undefined && a.cell.table === b.cell.table && a.cell.row === b.cell.row && a.cell.column === b.cell.column;
}

/** Paragraphs of the boxes the reviewing body fills: the cell of each reviewer field, found by its control or beside its label. */
function reviewerParagraphs({ document, template }: RuleContext): Set<number> {
  const reviewer = new Set(template.fields.filter((field) => field.filledBy === 'reviewer').map((field) => field.tag));
  const skipped = new Set<number>();
  if (reviewer.size === 0) return skipped;
  const { paragraphs } = document;
  for (const control of document.contentControls) {
    const at = paragraphs[control.paragraph];
    if (!reviewer.has(control.tag) || at?.cell === undefined) continue;
    paragraphs.forEach((paragraph, index) => {
      if (sameCell(paragraph, at)) skipped.add(index);
    });
  }
  // A form typed without our controls: the cells right of the box's label in its row.
  for (const block of template.blocks) {
    if (block.type !== 'form') continue;
    for (const row of block.rows) {
      let label: string | undefined;
      for (const cell of row.cells) {
        if ('label' in cell) label = compact(cell.label);
        if (!('field' in cell) || !reviewer.has(cell.field) || label === undefined) continue;
        const wanted = label;
        const labelParagraph = paragraphs.find((paragraph) => paragraph.cell !== undefined && compact(paragraph.text) === wanted);
        const where = labelParagraph?.cell;
        if (where === undefined) continue;
        paragraphs.forEach((paragraph, index) => {
          const cell = paragraph.cell;
          if (cell && cell.table === where.table && cell.row === where.row && cell.column > where.column) skipped.add(index);
        });
      }
    }
  }
  return skipped;
}

/** Stands for a prompt `required-field` reports: something written, so the label before it does not read as blank. */
const REPORTED_ELSEWHERE = '＿';

/** Each paragraph's text as this rule reads it: without reviewers' boxes, and without required fields still showing their prompt. */
function textsToScan(context: RuleContext): string[] {
  const { document, template } = context;
  const skipped = reviewerParagraphs(context);
  const prompts = new Map<number, string[]>();
  for (const control of document.contentControls) {
    const field = template.fields.find((candidate) => candidate.tag === control.tag);
    if (field === undefined || !field.required || field.filledBy === 'reviewer') continue;
    const showsPrompt = control.showingPlaceholder || compact(control.text) === compact(field.placeholder);
    if (!showsPrompt || control.text === '') continue;
    prompts.set(control.paragraph, [...(prompts.get(control.paragraph) ?? []), control.text]);
  }
  return document.paragraphs.map((paragraph, index) => {
    if (skipped.has(index)) return '';
    let value = paragraph.text;
    for (const prompt of prompts.get(index) ?? []) value = value.replace(prompt, REPORTED_ELSEWHERE);
    return value;
  });
}

export const placeholderRule: Rule = {
  id: 'placeholder',
  severity: 'warning',
  description: zhRules.descriptions.placeholder,
  fixable: false,
  check(context) {
    const { text } = context;
    const findings: RuleFinding[] = [];
    const texts = textsToScan(context);
    const hinted = texts.map((value) => MAY_HAVE_MARKER_OR_SEAL.test(value));
    const seals = texts.map((value, index) => hinted[index] && SEAL.test(value));
    texts.forEach((value, index) => {
      if (!mayHavePlaceholder(value, hinted[index], seals, index)) return;
      const messages: string[] = [];
      const actual: string[] = [];
      for (const marker of markers(value)) {
        messages.push(text.placeholder.marker(marker));
        actual.push(marker);
      }
      if (MAY_HAVE_PROMPT.test(value)) {
        for (const prompt of prompts(value)) {
          messages.push(text.placeholder.prompt(prompt));
          actual.push(prompt);
        }
      }
      const { dates, names } = unsignedParts(texts, seals, index);
      for (const name of names) {
        messages.push(text.placeholder.blankSeal(name));
        actual.push(name);
      }
      for (const date of dates) {
        messages.push(text.placeholder.unsignedDate(date));
        actual.push(date);
      }
      if (messages.length === 0) return;
      findings.push({
        paragraph: index + 1,
        message: messages.join('；'),
        expected: text.placeholder.expected,
        actual: actual.join('、'),
        fixable: false,
        fix: [],
      });
    });
    return findings;
  },
};
