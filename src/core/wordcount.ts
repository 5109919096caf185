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
import type { DocumentModel } from './model';
import { isEastAsianCodePoint, isSpace } from './characters';

const PUNCTUATION = /\p{P}/u;

function isIgnored(codePoint: number): boolean {
  return codePoint === 0x200b || codePoint === 0xfeff;
}

function isSeparatorThatCounts(codePoint: number): boolean {
  return codePoint === 0x2028 || codePoint === 0x2029;
}

/** Word's 字数 of one piece of text. */
export function countWords(text: string): number {
  let count = 0;
  let inRun = false;
  let runCounts = false;
  const endRun = (): void => {
    if (inRun && runCounts) count += 1;
    inRun = false;
    runCounts = false;
  };
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (isIgnored(codePoint)) continue;
    if (isSpace(codePoint)) {
      endRun();
    } else if (isEastAsianCodePoint(codePoint) || isSeparatorThatCounts(codePoint)) {
      endRun();
      count += 1;
    } else {
      inRun = true;
      if (!PUNCTUATION.test(character)) runCounts = true;
    }
  }
  endRun();
  return count;
}

/**
 * The 字数 Word shows for the whole document: every paragraph in
 * `body.paragraphs` order, table cells included, each paragraph end
 * separating words. A content control that still shows its placeholder is
 * counted with the placeholder text, because Word counts the text it shows
 * (the adapters put the shown text in `Paragraph.text`).
 */
export function documentWordCount(document: DocumentModel): number {
  let total = 0;
  for (const paragraph of document.paragraphs) total += countWords(paragraph.text);
  return total;
}
