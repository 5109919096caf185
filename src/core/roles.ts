/**
 * Paragraph roles (title, org, h1–h4, body, table cell) from numbering text
 * and position — never from Word's Heading styles alone, because real 公文
 * use none.
 */
import type { DocumentModel, Paragraph } from './model';
import type { RoleName, Template } from '../templates/schema';
import { isSpace, isTrimmedUnit } from './characters';
import { hasNoStrayCharacters, isPlainUnit, withoutStrayCharacters } from './stray-characters';

export type Role = RoleName | 'empty';

/** A heading number as written at the start of a paragraph. */
export interface HeadingNumber {
  readonly level: 1 | 2 | 3 | 4;
  /** 1-based value ("三、" → 3, "（12）" → 12). */
  readonly value: number;
  /** The label as written, without extra punctuation ("一、", "（一）", "1．", "(1)"). */
  readonly label: string;
  /** Punctuation written after the label that should not be there ("（一）、" → "、"). */
  readonly extra: string;
  /** Offset in the paragraph text where the heading's title begins. */
  readonly titleStart: number;
}

export interface ClassifiedParagraph {
  readonly paragraph: Paragraph;
  readonly role: Role;
  readonly heading?: HeadingNumber;
}


/*
 * Criteria (docs/rules/heading-numbering.md has the user's version):
 *
 * - h1 `一、` (一 … 九十九), h2 `（一）` / `(一)`, h3 `1.` `1．` `1、`, h4 `（1）` `(1)`;
 *   full-width digits count as digits. Leading spaces and stray characters
 *   (emoji pasted inside `一🧎、`) are looked through.
 * - A digit right after `1.` makes a decimal, not a heading (`1.5倍`,
 *   `3.1万件`, `2024.5`); headings take one or two digits.
 * - h1 and h2 are headings only when they read like one: the text after the
 *   label does not start with another numeral (`一、二年级的学生` is an
 *   enumeration) and its first clause — up to the first `。！？；` — is at most
 *   HEADING_CLAUSE_LIMIT characters. Run-in headings (`（一）项目类别。设置…`)
 *   stay headings; a long sentence that happens to start with `一、` is body.
 * - h3 and h4 have no length limit: numbered items in 公文 run into their text
 *   (`1.党建与业务工作深度融合。围绕中心…`).
 * - Automatic numbering (`listLabel`) is read as if it were typed.
 */
export const HEADING_CLAUSE_LIMIT = 40;

const CHINESE_DIGITS = '一二三四五六七八九';
const CHINESE_NUMERAL_CHARS = `${CHINESE_DIGITS}十`;
const EXTRA_PUNCTUATION = /^[\s]*([、，,．.：:；;]+)/;

// Patterns live here, not in the functions: a regular-expression literal makes a new object each time it is evaluated.
const CHINESE_NUMERAL = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/;
const FULL_WIDTH_DIGIT = /[０-９]/g;
const H2_LABEL = /^[（(]\s*([一二三四五六七八九十]{1,3})\s*[）)]/;
const H4_LABEL = /^[（(]\s*(\d{1,2})\s*[）)]/;
const H1_LABEL = /^([一二三四五六七八九十]{1,3})、/;
const H3_LABEL = /^(\d{1,2})([.．、])(?!\d)/;
const SENTENCE_END = /[。！？；!?;]/;
const STARTS_WITH_DIGIT = /^[0-9０-９]/;
const SECTION_TITLE_SPACES = /[\s\u3000]/g;
const TRAILING_NOTE = /[（(][^（）()]*[）)]$/;
const TRAILING_PUNCTUATION = /(?<![：:，,、．.])[：:，,、．.]+$/;
const ATTACHMENT_LABEL = /^\s*附件\s*(?:[0-9０-９一二三四五六七八九十]+\s*)?(?:[.．:：、]\s*)?$/;
const SENTENCE_FINAL = /[。！？]$/;

function chineseNumeralValue(numeral: string): number | undefined {
  const match = CHINESE_NUMERAL.exec(numeral);
  if (!match || numeral.length === 0) return undefined;
  const [, tensDigit, ten, unitDigit] = match;
  if (!ten) return tensDigit && !unitDigit ? CHINESE_DIGITS.indexOf(tensDigit) + 1 : undefined;
  const tens = tensDigit ? CHINESE_DIGITS.indexOf(tensDigit) + 1 : 1;
  const units = unitDigit ? CHINESE_DIGITS.indexOf(unitDigit) + 1 : 0;
  return tens * 10 + units;
}

function asciiDigit(digit: string): string {
  return String.fromCharCode(digit.charCodeAt(0) - 0xff10 + 0x30);
}

function asciiDigits(text: string): string {
  return text.replace(FULL_WIDTH_DIGIT, asciiDigit);
}

interface LabelMatch {
  readonly level: 1 | 2 | 3 | 4;
  readonly value: number;
  readonly label: string;
  /** Length of the label in the clean text. */
  readonly length: number;
}

/** Whether a heading label can start with this UTF-16 unit: （ ( 一…九 十 0–9 ０–９. */
function canStartLabel(unit: number): boolean {
  return (
    unit === 0xff08 ||
    unit === 0x28 ||
    (unit >= 0x30 && unit <= 0x39) ||
    (unit >= 0xff10 && unit <= 0xff19) ||
    CHINESE_NUMERAL_CHARS.includes(String.fromCharCode(unit))
  );
}

function matchLabel(text: string): LabelMatch | undefined {
  // Every label pattern below starts with one of these: most paragraphs are ruled out here.
  if (text.length === 0 || !canStartLabel(text.charCodeAt(0))) return undefined;
  const normalised = asciiDigits(text);
  let match = H2_LABEL.exec(normalised);
  if (match) {
    const value = chineseNumeralValue(match[1]);
    return value === undefined ? undefined : { level: 2, value, label: text.slice(0, match[0].length), length: match[0].length };
  }
  match = H4_LABEL.exec(normalised);
  if (match) return { level: 4, value: Number(match[1]), label: text.slice(0, match[0].length), length: match[0].length };
  match = H1_LABEL.exec(normalised);
  if (match) {
    const value = chineseNumeralValue(match[1]);
    return value === undefined ? undefined : { level: 1, value, label: text.slice(0, match[0].length), length: match[0].length };
  }
  match = H3_LABEL.exec(normalised);
  if (match) return { level: 3, value: Number(match[1]), label: text.slice(0, match[0].length), length: match[0].length };
  return undefined;
}

/** The first clause of a heading's title: up to the first sentence end. */
function firstClause(text: string): string {
  const end = text.search(SENTENCE_END);
  return end < 0 ? text : text.slice(0, end);
}

function visibleLength(text: string): number {
  let length = 0;
  for (const character of text) if (!isSpace(character.codePointAt(0) ?? 0)) length += 1;
  return length;
}

/**
 * False when the first character after leading spaces cannot start a label,
 * decided without stripping stray characters (they are never plain units,
 * so leading plain units are exactly what the stripped text starts with).
 */
function mayStartWithLabel(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (!isPlainUnit(unit)) return true;
    if (!isSpace(unit)) return canStartLabel(unit);
  }
  return false;
}

/** The heading number at the start of `text`, or undefined when the paragraph is not a heading. */
export function parseHeadingNumber(text: string): HeadingNumber | undefined {
  if (!mayStartWithLabel(text)) return undefined;
  // Text without stray characters is its own clean text: no copy, and offsets are positions.
  const stripped = hasNoStrayCharacters(text) ? undefined : withoutStrayCharacters(text);
  const cleanText = stripped ? stripped.text : text;
  let start = 0;
  while (start < cleanText.length && isSpace(cleanText.charCodeAt(start))) start += 1;
  const rest = cleanText.slice(start);
  const label = matchLabel(rest);
  if (!label) return undefined;
  let position = start + label.length;
  const extraMatch = EXTRA_PUNCTUATION.exec(cleanText.slice(position));
  const extra = extraMatch ? extraMatch[1] : '';
  if (extraMatch) position += extraMatch[0].length;
  while (position < cleanText.length && isSpace(cleanText.charCodeAt(position))) position += 1;
  const title = cleanText.slice(position);
  if (label.level <= 2) {
    if (CHINESE_NUMERAL_CHARS.includes(title.charAt(0)) || STARTS_WITH_DIGIT.test(title)) return undefined;
    if (visibleLength(firstClause(title)) > HEADING_CLAUSE_LIMIT) return undefined;
  }
  return {
    level: label.level,
    value: label.value,
    label: label.label,
    extra,
    titleStart: stripped ? stripped.offsets[position] : position,
  };
}

/**
 * The heading's title as a reader names the section: the first clause after
 * the number, without spaces, trailing colon, or a trailing `（…）` note
 * (`一、项目简介（方正黑体GBK三号）` → `项目简介`).
 */
export function headingTitle(text: string, heading: HeadingNumber): string {
  return normaliseSectionTitle(firstClause(withoutStrayCharacters(text.slice(heading.titleStart)).text));
}

/** A section title as compared: no spaces, no trailing colon or `（…）` note. */
export function normaliseSectionTitle(title: string): string {
  let normalised = title.replace(SECTION_TITLE_SPACES, '');
  for (;;) {
    const stripped = normalised.replace(TRAILING_NOTE, '').replace(TRAILING_PUNCTUATION, '');
    if (stripped === normalised) return normalised;
    normalised = stripped;
  }
}

/** `附件1`, `附件3`, `附件：` on a line of their own: body text above the attachment's title. */
export function isAttachmentLabel(text: string): boolean {
  return ATTACHMENT_LABEL.test(text);
}

/** Size of the largest run, to tell a title's second line from body text. */
function largestSize(paragraph: Paragraph): number | undefined {
  let largest: number | undefined;
  for (const run of paragraph.runs) {
    if (run.text.trim() === '' || run.format.sizePt === undefined) continue;
    largest = largest === undefined ? run.format.sizePt : Math.max(largest, run.format.sizePt);
  }
  return largest;
}

/** Title lines after the first: centred, unnumbered, the same display size (≥ 18 pt) as the first. */
function continuesTitle(title: Paragraph, next: Paragraph): boolean {
  const size = largestSize(title);
  return (
    size !== undefined &&
    size >= 18 &&
    largestSize(next) === size &&
    title.format.alignment === 'center' &&
    next.format.alignment === 'center' &&
    parseHeadingNumber(next.text) === undefined
  );
}

const ORG_MAX_LENGTH = 30;

function looksLikeOrgLine(paragraph: Paragraph): boolean {
  const text = paragraph.text.trim();
  return (
    paragraph.cell === undefined &&
    visibleLength(text) <= ORG_MAX_LENGTH &&
    !SENTENCE_FINAL.test(text) &&
    parseHeadingNumber(paragraph.listLabel ? paragraph.listLabel + paragraph.text : paragraph.text) === undefined
  );
}

function headingOf(paragraph: Paragraph): HeadingNumber | undefined {
  if (!paragraph.listLabel) return parseHeadingNumber(paragraph.text);
  const parsed = parseHeadingNumber(paragraph.listLabel + paragraph.text);
  if (!parsed) return undefined;
  return { ...parsed, titleStart: Math.max(0, parsed.titleStart - paragraph.listLabel.length) };
}

function isBlank(text: string): boolean {
  // A character that is neither trimmed nor ever stray settles it; only text with strays needs stripping.
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (isTrimmedUnit(unit)) continue;
    if (isPlainUnit(unit)) return false;
    break;
  }
  return withoutStrayCharacters(text).text.trim() === '';
}

/**
 * Every paragraph's role, in document order. Table cells are `table-cell`
 * whatever their text; blank paragraphs outside tables are `empty`.
 * The title is the first non-empty paragraph outside tables (附件 labels
 * skipped) when the template starts with a title block; a report's `org` is
 * the next non-empty line if it is short, unnumbered and not a sentence.
 */
export function classify(document: DocumentModel, template?: Template): ClassifiedParagraph[] {
  const paragraphs = document.paragraphs;
  const roles: Role[] = paragraphs.map((paragraph) =>
    paragraph.cell ? 'table-cell' : isBlank(paragraph.text) ? 'empty' : 'body',
  );
  const headings = paragraphs.map((paragraph, index) => (roles[index] === 'body' ? headingOf(paragraph) : undefined));
  headings.forEach((heading, index) => {
    if (heading) roles[index] = `h${heading.level}` as Role;
  });

  const titleFirst = template === undefined || template.blocks[0]?.type === 'title';
  const firstText = roles.findIndex((role, index) => role !== 'empty' && role !== 'table-cell' && !isAttachmentLabel(paragraphs[index].text));
  if (titleFirst && firstText >= 0 && roles[firstText] === 'body') {
    roles[firstText] = 'title';
    let last = firstText;
    while (last + 1 < paragraphs.length && roles[last + 1] === 'body' && continuesTitle(paragraphs[firstText], paragraphs[last + 1])) {
      last += 1;
      roles[last] = 'title';
    }
    if (template?.kind === 'report') {
      let next = last + 1;
      while (next < paragraphs.length && roles[next] === 'empty') next += 1;
      if (next < paragraphs.length && roles[next] === 'body' && looksLikeOrgLine(paragraphs[next])) roles[next] = 'org';
    }
  }

  return paragraphs.map((paragraph, index) => {
    const heading = headings[index];
    const role = roles[index];
    return heading && role.startsWith('h') ? { paragraph, role, heading } : { paragraph, role };
  });
}

/** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (1–99). */
export function chineseNumeral(value: number): string {
  const digit = (n: number): string => CHINESE_DIGITS.charAt(n - 1);
  if (value < 10) return digit(value);
  const tens = Math.floor(value / 10);
  const units = value % 10;
  return `${tens === 1 ? '' : digit(tens)}十${units === 0 ? '' : digit(units)}`;
}

/**
 * The canonical label of a heading: `一、` `（一）` `1.` `（1）`. An h3 keeps the
 * separator it was written with (`1．`, `1、`) when one is given.
 */
export function headingLabel(level: 1 | 2 | 3 | 4, value: number, h3Separator = '.'): string {
  if (level === 1) return `${chineseNumeral(value)}、`;
  if (level === 2) return `（${chineseNumeral(value)}）`;
  if (level === 3) return `${value}${h3Separator}`;
  return `（${value}）`;
}
