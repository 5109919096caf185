/**
 * Paragraph roles (title, org, h1–h4, body, table cell) from numbering text
 * and position — never from Word's Heading styles alone, because real 公文
 * use none.
 */
import type { DocumentModel, Paragraph } from './model';
import type { RoleName, Template } from '../templates/schema';
import { isFormatOnly } from '../templates/format-only';
import { isSpace, isTrimmedUnit } from './characters';
import { hasNoStrayCharacters, isPlainUnit, withoutStrayCharacters } from './stray-characters';
import {
  bodyLookOf,
  endsLikeSentence,
  endsWithFullStop,
  hasOutlineLevel,
  isAddressee,
  isDateLine,
  isDocumentNumber,
  isSignatureLine,
  isShort,
  isTableOfContents,
  looksLikeHeading,
  sameLook,
  visibleLength,
  type BodyLook,
} from './role-evidence';

/** `other`: a part of the document no format role describes (发文字号, 主送, 落款, TOC, an unnumbered heading): its look is not judged. */
export type Role = RoleName | 'empty' | 'other';

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
const NOTE_OPEN = '（(';
const NOTE_CLOSE = '）)';
const NOTE_PUNCTUATION = '：:，,、．.';
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

/** A heading number read without judging whether the paragraph reads like a heading. */
export interface HeadingCandidate {
  readonly heading: HeadingNumber;
  /** An h1/h2 whose title starts with a numeral (`二、三会一课…`, `三、2024年度…`, or the enumeration `一、二年级…`). */
  readonly numeralTitle: boolean;
  /** An h1/h2 whose first clause is longer than HEADING_CLAUSE_LIMIT: a sentence that starts with `一、`. */
  readonly longClause: boolean;
}

/** The number at the start of `text` and what its title looks like; undefined when there is no heading number. */
export function readHeadingNumber(text: string): HeadingCandidate | undefined {
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
  const numeralTitle = label.level <= 2 && (CHINESE_NUMERAL_CHARS.includes(title.charAt(0)) || STARTS_WITH_DIGIT.test(title));
  const longClause = label.level <= 2 && visibleLength(firstClause(title)) > HEADING_CLAUSE_LIMIT;
  return {
    heading: {
      level: label.level,
      value: label.value,
      label: label.label,
      extra,
      titleStart: stripped ? stripped.offsets[position] : position,
    },
    numeralTitle,
    longClause,
  };
}

/**
 * The heading number at the start of `text`, or undefined when the text alone
 * does not read as a heading (an h1/h2 whose title starts with a numeral, or
 * whose first clause is a long sentence). `classify` weighs more evidence.
 */
export function parseHeadingNumber(text: string): HeadingNumber | undefined {
  const candidate = readHeadingNumber(text);
  return candidate && !candidate.numeralTitle && !candidate.longClause ? candidate.heading : undefined;
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
  const normalised = title.replace(SECTION_TITLE_SPACES, '');
  // Stripped from the end inward, each character looked at once: a title pasted with thousands of
  // trailing notes must not be searched again from its start for every note.
  let end = normalised.length;
  for (;;) {
    let stripped = withoutTrailingNote(normalised, end);
    while (stripped > 0 && NOTE_PUNCTUATION.includes(normalised.charAt(stripped - 1))) stripped -= 1;
    if (stripped === end) return end === normalised.length ? normalised : normalised.slice(0, end);
    end = stripped;
  }
}

/** Where `text.slice(0, end)` ends without its last `（…）` note (one level, no bracket inside); `end` when it has none. */
function withoutTrailingNote(text: string, end: number): number {
  if (end === 0 || !NOTE_CLOSE.includes(text.charAt(end - 1))) return end;
  for (let index = end - 2; index >= 0; index -= 1) {
    const character = text.charAt(index);
    if (NOTE_OPEN.includes(character)) return index;
    if (NOTE_CLOSE.includes(character)) return end;
  }
  return end;
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

/**
 * Title lines after the first: centred and unnumbered, and either the same
 * display size (≥ 18 pt) as the first or the same font, size and weight
 * without a sentence's ending (a two-line title set in one format).
 */
function continuesTitle(title: Paragraph, next: Paragraph): boolean {
  if (title.format.alignment !== 'center' || next.format.alignment !== 'center') return false;
  if (parseHeadingNumber(next.text) !== undefined || isAddressee(next.text)) return false;
  const size = largestSize(title);
  if (size !== undefined && size >= 18 && largestSize(next) === size) return true;
  return sameLook(title, next) && !endsLikeSentence(next.text) && isShort(next.text);
}

const ORG_MAX_LENGTH = 30;

function looksLikeOrgLine(paragraph: Paragraph): boolean {
  const text = paragraph.text.trim();
  return (
    paragraph.cell === undefined &&
    visibleLength(text) <= ORG_MAX_LENGTH &&
    !SENTENCE_FINAL.test(text) &&
    !isAddressee(text) &&
    !isDateLine(text) &&
    parseHeadingNumber(paragraph.listLabel ? paragraph.listLabel + paragraph.text : paragraph.text) === undefined
  );
}

/** The heading number of a paragraph as Word shows it: automatic numbering is read as if typed. */
function headingCandidateOf(paragraph: Paragraph): HeadingCandidate | undefined {
  if (!paragraph.listLabel) return readHeadingNumber(paragraph.text);
  const candidate = readHeadingNumber(paragraph.listLabel + paragraph.text);
  if (!candidate) return undefined;
  const heading = { ...candidate.heading, titleStart: Math.max(0, candidate.heading.titleStart - paragraph.listLabel.length) };
  return { ...candidate, heading };
}

/**
 * Whether a numbered paragraph is a heading. Its number alone settles most:
 * `一、项目简介`. When the title after the number starts with a numeral
 * (`二、三会一课制度落实情况`, `三、2024年度主要成效`) it may be an enumeration
 * (`一、二年级的学生…。`), so more evidence decides: automatic numbering or an
 * outline level, a look set apart from the body text (黑体, bold, larger),
 * or a short line without a sentence's ending.
 */
function isHeading(candidate: HeadingCandidate, paragraph: Paragraph, body: BodyLook | undefined): boolean {
  if (candidate.longClause) return false;
  if (!candidate.numeralTitle) return true;
  if (paragraph.listLabel !== undefined || hasOutlineLevel(paragraph)) return true;
  if (looksLikeHeading(paragraph, body)) return true;
  return !endsLikeSentence(paragraph.text);
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

/** How far into the document a 发文字号 is looked for (红头, 份号, 密级 and 紧急程度 come before it). */
const DOCUMENT_NUMBER_WINDOW = 8;

/**
 * Every paragraph's role, in document order, from the evidence a reader
 * uses (docs/rules/roles.md):
 *
 * - table cells are `table-cell`; blank paragraphs outside tables `empty`;
 * - numbered headings by their number, weighed as `isHeading` says;
 * - the title is the first non-empty paragraph outside tables (附件 labels
 *   skipped) when the template starts with a title block — below the
 *   发文字号 when the document has one (what is above it, 红头 included, is
 *   `other`); a second line centred in the same look continues it;
 * - under the title, a 主送 line or salutation (`各部门：`) is `other`; a
 *   report's `org` is the next short, unnumbered line that is not a
 *   sentence (centred, when no template says the document has one);
 * - 落款 — a date line, the short line above it, right-aligned short lines —
 *   table-of-contents lines, unnumbered lines in a Heading style, and short
 *   unnumbered lines set apart like headings are `other`: a part of the
 *   document no format role describes, so no format rule judges its look.
 */
export function classify(document: DocumentModel, template?: Template): ClassifiedParagraph[] {
  const paragraphs = document.paragraphs;
  const roles: Role[] = paragraphs.map((paragraph) =>
    paragraph.cell ? 'table-cell' : isBlank(paragraph.text) ? 'empty' : 'body',
  );
  const candidates = paragraphs.map((paragraph, index) => (roles[index] === 'body' ? headingCandidateOf(paragraph) : undefined));
  const body = bodyLookOf(paragraphs, (index) => roles[index] === 'body' && candidates[index] === undefined);
  const headings = candidates.map((candidate, index) =>
    candidate && isHeading(candidate, paragraphs[index], body) ? candidate.heading : undefined,
  );
  headings.forEach((heading, index) => {
    if (heading) roles[index] = `h${heading.level}` as Role;
  });
  paragraphs.forEach((paragraph, index) => {
    if (roles[index] !== 'table-cell' && roles[index] !== 'empty' && isTableOfContents(paragraph)) roles[index] = 'other';
  });

  const titleFirst = template === undefined || template.blocks[0]?.type === 'title';
  const textual = (index: number): boolean => roles[index] !== 'empty' && roles[index] !== 'table-cell' && !isAttachmentLabel(paragraphs[index].text);
  let firstText = paragraphs.findIndex((_, index) => textual(index));
  let numberLine = -1;
  for (let index = Math.max(firstText, 0); firstText >= 0 && index < Math.min(firstText + DOCUMENT_NUMBER_WINDOW, paragraphs.length); index += 1) {
    if (textual(index) && isDocumentNumber(paragraphs[index].text)) {
      numberLine = index;
      break;
    }
  }
  if (firstText >= 0 && numberLine >= 0) {
    for (let index = firstText; index <= numberLine; index += 1) if (roles[index] !== 'empty' && roles[index] !== 'table-cell') roles[index] = 'other';
    firstText = paragraphs.findIndex((_, index) => index > numberLine && textual(index));
  }
  let afterTitle = -1;
  if (titleFirst && firstText >= 0 && roles[firstText] === 'body' && !isAddressee(paragraphs[firstText].text)) {
    roles[firstText] = 'title';
    let last = firstText;
    while (last + 1 < paragraphs.length && roles[last + 1] === 'body' && continuesTitle(paragraphs[firstText], paragraphs[last + 1])) {
      last += 1;
      roles[last] = 'title';
    }
    afterTitle = last + 1;
  }
  if (afterTitle >= 0) {
    let next = afterTitle;
    while (next < paragraphs.length && roles[next] === 'empty') next += 1;
    const candidate = paragraphs[next];
    const formatOnly = template === undefined || isFormatOnly(template);
    if (candidate && roles[next] === 'body') {
      if (isAddressee(candidate.text)) roles[next] = 'other';
      else if ((template?.kind === 'report' || formatOnly) && looksLikeOrgLine(candidate) && (!formatOnly || candidate.format.alignment === 'center')) {
        roles[next] = 'org';
        next += 1;
        while (next < paragraphs.length && roles[next] === 'empty') next += 1;
        if (roles[next] === 'body' && isAddressee(paragraphs[next].text)) roles[next] = 'other';
      }
    }
  }

  // 落款 follow the text: right-aligned short lines count as 署名 only after its last full sentence.
  let lastSentence = -1;
  paragraphs.forEach((paragraph, index) => {
    if (roles[index] === 'body' && endsWithFullStop(paragraph.text)) lastSentence = index;
  });
  paragraphs.forEach((paragraph, index) => {
    if (roles[index] !== 'body') return;
    const sentence = endsLikeSentence(paragraph.text);
    if (hasOutlineLevel(paragraph) && !sentence) {
      // An unnumbered line in a Heading style: a heading, but its level in the profile is not known.
      roles[index] = 'other';
    } else if (isDateLine(paragraph.text) || (index > lastSentence && isSignatureLine(paragraph))) {
      roles[index] = 'other';
      if (!isDateLine(paragraph.text)) return;
      // The 署名 stands on the line above its date.
      let above = index - 1;
      while (above >= 0 && roles[above] === 'empty') above -= 1;
      if (above >= 0 && roles[above] === 'body' && isShort(paragraphs[above].text, ORG_MAX_LENGTH) && !endsLikeSentence(paragraphs[above].text)) {
        roles[above] = 'other';
      }
    } else if (!sentence && isShort(paragraph.text) && paragraph.contentControlTag === undefined && looksLikeHeading(paragraph, body)) {
      // An unnumbered heading (seed 002's `"一个理念"引领学校现代航向` in 黑体): not body text, and no level to judge it by.
      // A line holding a form field (a cover's `项目名称：` and its control) is the form's text, however its placeholder looks.
      roles[index] = 'other';
    }
  });

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
