/**
 * 字数 as Microsoft Word counts it (审阅 → 字数统计 → 字数, and the status
 * bar), so the number a notice limits is the number the writer sees:
 *
 * - each East Asian character is one (Han including the supplementary-plane
 *   extensions, kana, Hangul, Bopomofo, CJK symbols and punctuation, full-width
 *   forms, and the Chinese-input punctuation “”‘’…—);
 * - each maximal run of other non-space characters is one word (`2024年` = 2,
 *   `东京2024オリンピック` = 9, an emoji or a ZWJ family is a run like a word);
 * - a run made only of half-width punctuation adds nothing (` , ` = 0, `a,` = 1);
 * - U+2028 / U+2029 count one each and separate words; U+200B and U+FEFF are
 *   ignored (they neither count nor separate), ZWJ / ZWNJ join like letters.
 *
 * Cases checked against Word are in test/core/wordcount.test.ts (PRODUCT.md and
 * the office-wordcount validation data set).
 */
import type { DocumentModel, Paragraph } from './model';
import { isEastAsianCodePoint, isSpace } from './characters';

const PUNCTUATION = /\p{P}/u;

function isIgnored(codePoint: number): boolean {
  return codePoint === 0x200b || codePoint === 0xfeff;
}

function isSeparatorThatCounts(codePoint: number): boolean {
  return codePoint === 0x2028 || codePoint === 0x2029;
}

const IGNORED = 1;
const SPACE = 2;
const COUNTS_ALONE = 3;
const PUNCTUATION_MARK = 4;
const WORD_CHARACTER = 5;

function characterClass(codePoint: number): number {
  if (isIgnored(codePoint)) return IGNORED;
  if (isSpace(codePoint)) return SPACE;
  if (isEastAsianCodePoint(codePoint) || isSeparatorThatCounts(codePoint)) return COUNTS_ALONE;
  return PUNCTUATION.test(String.fromCodePoint(codePoint)) ? PUNCTUATION_MARK : WORD_CHARACTER;
}

/** Each BMP code point's class, filled on first sight (0 = not yet asked). */
const bmpClasses = new Uint8Array(0x10000);

/** Word's 字数 of one piece of text. */
export function countWords(text: string): number {
  let count = 0;
  // Inside a run of non-space characters that has a letter or digit: the run counts one when it ends.
  let runCounts = false;
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    // High surrogates are never stored in the table, so they always take the code-point path.
    let kind = bmpClasses[unit];
    if (kind === COUNTS_ALONE) {
      // Most characters of a Chinese document: decided first.
      if (runCounts) count += 1;
      runCounts = false;
      count += 1;
      continue;
    }
    if (kind === 0) {
      if (unit >= 0xd800 && unit <= 0xdbff) {
        // A high surrogate: the whole code point when it is paired, else the unit alone.
        const codePoint = text.codePointAt(index) ?? unit;
        if (codePoint > 0xffff) index += 1;
        kind = characterClass(codePoint);
      } else {
        bmpClasses[unit] = kind = characterClass(unit);
      }
    }
    if (kind === IGNORED) continue;
    if (kind === SPACE || kind === COUNTS_ALONE) {
      if (runCounts) count += 1;
      runCounts = false;
      if (kind === COUNTS_ALONE) count += 1;
    } else if (kind === WORD_CHARACTER) {
      runCounts = true;
    }
  }
  if (runCounts) count += 1;
  return count;
}

/**
 * The text of a paragraph that Word's 字数统计 counts: hidden text
 * (`w:vanish`) is left out, as Word leaves it out while 显示隐藏文字 is off
 * (its default; see docs/rules/length-limit.md).
 */
export function countedText(paragraph: Paragraph): string {
  let hidden = false;
  for (const run of paragraph.runs) if (run.format.hidden) hidden = true;
  if (!hidden) return paragraph.text;
  let text = '';
  let from = 0;
  for (const run of paragraph.runs) {
    if (!run.format.hidden) continue;
    text += paragraph.text.slice(from, run.start);
    from = Math.max(from, run.start + run.text.length);
  }
  return text + paragraph.text.slice(from);
}

/** Word's 字数 of one paragraph, hidden text left out. */
export function paragraphWordCount(paragraph: Paragraph): number {
  return countWords(countedText(paragraph));
}

/**
 * The 字数 Word shows for the whole document with "包括文本框、脚注和尾注"
 * ticked (its default): every paragraph in `body.paragraphs` order, table
 * cells included, each paragraph end separating words, then the text of text
 * boxes, footnotes and endnotes (`textOutsideBody`). Hidden text is left out.
 * A content control that still shows its placeholder is counted with the
 * placeholder text, because Word counts the text it shows (the adapters put
 * the shown text in `Paragraph.text`).
 */
export function documentWordCount(document: DocumentModel): number {
  let total = 0;
  for (const paragraph of document.paragraphs) total += paragraphWordCount(paragraph);
  for (const text of document.textOutsideBody ?? []) total += countWords(text);
  return total;
}
