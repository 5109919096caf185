/**
 * Character classes the core shares: what Word counts as an East Asian
 * character (字数), what a Chinese context is (punctuation-width), and which
 * characters are junk pasted from web pages (stray-character). One place, so
 * the 字数, the roles and the rules agree on what a character is.
 */

/** Inclusive code-point ranges Word counts one by one in 字数 (see docs/rules/length-limit.md). */
const EAST_ASIAN_RANGES: readonly (readonly [number, number])[] = [
  [0x1100, 0x11ff], // Hangul Jamo
  [0x2e80, 0x2eff], // CJK Radicals Supplement
  [0x2f00, 0x2fdf], // Kangxi Radicals
  [0x2ff0, 0x2fff], // Ideographic Description Characters
  [0x3001, 0x303f], // CJK Symbols and Punctuation (U+3000 is a space)
  [0x3040, 0x309f], // Hiragana
  [0x30a0, 0x30ff], // Katakana
  [0x3100, 0x312f], // Bopomofo
  [0x3130, 0x318f], // Hangul Compatibility Jamo
  [0x3190, 0x319f], // Kanbun
  [0x31a0, 0x31bf], // Bopomofo Extended
  [0x31c0, 0x31ef], // CJK Strokes
  [0x31f0, 0x31ff], // Katakana Phonetic Extensions
  [0x3200, 0x32ff], // Enclosed CJK Letters and Months (㈱)
  [0x3300, 0x33ff], // CJK Compatibility (㍻)
  [0x3400, 0x4dbf], // CJK Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xa000, 0xa4cf], // Yi
  [0xa960, 0xa97f], // Hangul Jamo Extended-A
  [0xac00, 0xd7af], // Hangul Syllables
  [0xd7b0, 0xd7ff], // Hangul Jamo Extended-B
  [0xf900, 0xfaff], // CJK Compatibility Ideographs
  [0xfe10, 0xfe1f], // Vertical Forms
  [0xfe30, 0xfe4f], // CJK Compatibility Forms
  [0xfe50, 0xfe6f], // Small Form Variants
  [0xff00, 0xffef], // Halfwidth and Fullwidth Forms
  [0x1aff0, 0x1b16f], // Kana Extended-B, Kana Supplement, Kana Extended-A, Small Kana Extension
  [0x20000, 0x3ffff], // CJK Extensions B–I and Compatibility Supplement (planes 2 and 3)
];

/**
 * Punctuation outside the CJK blocks that a Chinese writer types with the
 * Chinese input method: Word gives these the East Asian font and counts each
 * as one character in 字数, like `，` and `。`.
 */
const CHINESE_PUNCTUATION_OUTSIDE_CJK_BLOCKS = new Set<number>([
  0x2018, 0x2019, // ‘ ’
  0x201c, 0x201d, // “ ”
  0x2026, // …
  0x2014, 0x2015, // — ―
  0x00b7, // · (间隔号)
]);

function inEastAsianRanges(codePoint: number): boolean {
  if (CHINESE_PUNCTUATION_OUTSIDE_CJK_BLOCKS.has(codePoint)) return true;
  for (const [low, high] of EAST_ASIAN_RANGES) {
    if (codePoint < low) return false;
    if (codePoint <= high) return true;
  }
  return false;
}

/** The answer for every BMP code point, looked up instead of searched (text is mostly BMP). */
const EAST_ASIAN_BMP = (() => {
  const table = new Uint8Array(0x10000);
  for (const [low, high] of EAST_ASIAN_RANGES) if (low < 0x10000) table.fill(1, low, Math.min(high, 0xffff) + 1);
  for (const codePoint of CHINESE_PUNCTUATION_OUTSIDE_CJK_BLOCKS) table[codePoint] = 1;
  return table;
})();

export function isEastAsianCodePoint(codePoint: number): boolean {
  return codePoint < 0x10000 ? EAST_ASIAN_BMP[codePoint] === 1 : inEastAsianRanges(codePoint);
}

/** True when the text contains at least one character Word sets in the East Asian font. */
export function hasEastAsian(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    if (unit < 0xd800 || unit > 0xdbff) {
      if (EAST_ASIAN_BMP[unit] === 1) return true;
    } else {
      const codePoint = text.codePointAt(index) ?? unit;
      if (codePoint > 0xffff) index += 1;
      if (isEastAsianCodePoint(codePoint)) return true;
    }
  }
  return false;
}

const HAN = /\p{Script=Han}/u;

export function isHan(character: string): boolean {
  return HAN.test(character);
}

/** Spaces that separate words: ASCII and Unicode spaces, the ideographic space, tab and line breaks. */
export function isSpace(codePoint: number): boolean {
  return (
    codePoint === 0x20 ||
    codePoint === 0x09 ||
    codePoint === 0x0a ||
    codePoint === 0x0b ||
    codePoint === 0x0c ||
    codePoint === 0x0d ||
    codePoint === 0xa0 ||
    codePoint === 0x1680 ||
    (codePoint >= 0x2000 && codePoint <= 0x200a) ||
    codePoint === 0x202f ||
    codePoint === 0x205f ||
    codePoint === 0x3000
  );
}

/** UTF-16 units that `\s` matches and `String.prototype.trim` removes: ECMAScript white space and line terminators. */
export function isTrimmedUnit(unit: number): boolean {
  return (
    (unit >= 0x09 && unit <= 0x0d) ||
    unit === 0x20 ||
    unit === 0xa0 ||
    unit === 0x1680 ||
    (unit >= 0x2000 && unit <= 0x200a) ||
    unit === 0x2028 ||
    unit === 0x2029 ||
    unit === 0x202f ||
    unit === 0x205f ||
    unit === 0x3000 ||
    unit === 0xfeff
  );
}

function isIndentSpace(unit: number): boolean {
  return unit === 0x20 || unit === 0x3000 || unit === 0x09 || unit === 0xa0;
}

/** Leading spaces a writer types to fake a first-line indent: half-width, full-width, tabs. */
export function leadingSpaceLength(text: string): number {
  let length = 0;
  while (length < text.length && isIndentSpace(text.charCodeAt(length))) length += 1;
  return length;
}
