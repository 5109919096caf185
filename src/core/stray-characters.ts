/**
 * Characters that do not belong in a 公文 and come in with text pasted from
 * web pages (seed 003 is full of them): emoji and their sequences, private-use
 * code points, invisible formatting characters, control characters, and
 * symbol-only scripts from the supplementary planes (Egyptian hieroglyphs…).
 *
 * Emoji are removed as whole sequences (keycaps `5️⃣`, flags, skin tones,
 * ZWJ families, variation selectors) so no half-emoji is left behind. A
 * zero-width joiner or non-joiner between letters of a script that needs it
 * (Devanagari, Arabic…) is kept; everywhere else it is junk.
 */

export type StrayKind = 'emoji' | 'private-use' | 'invisible' | 'control' | 'symbol';

export interface StrayRange {
  /** UTF-16 offsets, `[start, end)`. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: StrayKind;
}

const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const EMOJI_MODIFIER = /\p{Emoji_Modifier}/u;
const REGIONAL_INDICATOR = /\p{Regional_Indicator}/u;
const JOINING_LETTER = /[\p{L}\p{M}]/u;
const HAN = /\p{Script=Han}/u;

const ZWNJ = 0x200c;
const ZWJ = 0x200d;
const VS15 = 0xfe0e;
const VS16 = 0xfe0f;
const KEYCAP = 0x20e3;

/** © ® ™ are ordinary text symbols unless written with the emoji variation selector. */
const TEXT_SYMBOLS = new Set([0xa9, 0xae, 0x2122]);

function codePointAt(text: string, index: number): number | undefined {
  return index < text.length ? text.codePointAt(index) : undefined;
}

function width(codePoint: number): number {
  return codePoint > 0xffff ? 2 : 1;
}

function isPictographic(text: string, index: number): boolean {
  const codePoint = codePointAt(text, index);
  if (codePoint === undefined) return false;
  if (TEXT_SYMBOLS.has(codePoint)) return codePointAt(text, index + 1) === VS16;
  return PICTOGRAPHIC.test(String.fromCodePoint(codePoint));
}

function isEmojiModifier(codePoint: number): boolean {
  return EMOJI_MODIFIER.test(String.fromCodePoint(codePoint));
}

function isTag(codePoint: number): boolean {
  return codePoint >= 0xe0020 && codePoint <= 0xe007f;
}

/** Length of the modifiers that may follow an emoji: variation selectors, skin tones, keycap, tags. */
function modifiersLength(text: string, index: number): number {
  let position = index;
  for (;;) {
    const codePoint = codePointAt(text, position);
    if (codePoint === undefined) return position - index;
    if (codePoint === VS16 || codePoint === VS15 || codePoint === KEYCAP || isTag(codePoint) || isEmojiModifier(codePoint)) {
      position += width(codePoint);
    } else {
      return position - index;
    }
  }
}

/** `0`–`9`, `#`, `*`: stray only as the start of a keycap emoji. */
function isKeycapBase(codePoint: number): boolean {
  return (codePoint >= 0x30 && codePoint <= 0x39) || codePoint === 0x23 || codePoint === 0x2a;
}

/** Length of the emoji sequence starting at `index`, or 0 when none starts there. */
function emojiSequenceLength(text: string, index: number): number {
  const first = codePointAt(text, index);
  if (first === undefined) return 0;
  // Keycap: 0-9 # * [VS16] U+20E3.
  if (isKeycapBase(first)) {
    let position = index + 1;
    if (codePointAt(text, position) === VS16) position += 1;
    return codePointAt(text, position) === KEYCAP ? position + 1 - index : 0;
  }
  if (REGIONAL_INDICATOR.test(String.fromCodePoint(first))) {
    const second = codePointAt(text, index + 2);
    const pair = second !== undefined && REGIONAL_INDICATOR.test(String.fromCodePoint(second));
    return pair ? 4 : 2;
  }
  if (!isPictographic(text, index)) return 0;
  let position = index + width(first);
  position += modifiersLength(text, position);
  while (codePointAt(text, position) === ZWJ) {
    position += 1;
    const next = codePointAt(text, position);
    if (next === undefined || !isPictographic(text, position)) break;
    position += width(next);
    position += modifiersLength(text, position);
  }
  return position - index;
}

function isControl(codePoint: number): boolean {
  if (codePoint === 0x09 || codePoint === 0x0a) return false;
  return codePoint < 0x20 || (codePoint >= 0x7f && codePoint <= 0x9f);
}

function isInvisibleFormat(codePoint: number): boolean {
  return (
    codePoint === 0x200b ||
    codePoint === ZWNJ ||
    codePoint === ZWJ ||
    codePoint === 0x200e ||
    codePoint === 0x200f ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    codePoint === 0x2060 ||
    (codePoint >= 0x2066 && codePoint <= 0x2069) ||
    codePoint === 0xfeff ||
    codePoint === VS15 ||
    codePoint === VS16 ||
    codePoint === KEYCAP ||
    isTag(codePoint)
  );
}

function isPrivateUse(codePoint: number): boolean {
  return (codePoint >= 0xe000 && codePoint <= 0xf8ff) || codePoint >= 0xf0000;
}

/** Supplementary-plane characters a Chinese document has no use for: everything but Han, kana and ideographic variation selectors. */
function isSupplementarySymbol(codePoint: number): boolean {
  if (codePoint <= 0xffff) return false;
  if (codePoint >= 0x20000 && codePoint <= 0x3ffff) return false;
  if (codePoint >= 0x1aff0 && codePoint <= 0x1b16f) return false;
  if (codePoint >= 0xe0100 && codePoint <= 0xe01ef) return false;
  return true;
}

/** A joiner between letters of a script that shapes with it (not Han, not ASCII) is text, not junk. */
function isMeaningfulJoiner(text: string, index: number): boolean {
  const before = index > 0 ? text.codePointAt(index - 1) : undefined;
  const after = codePointAt(text, index + 1);
  const joins = (codePoint: number | undefined): boolean =>
    codePoint !== undefined &&
    codePoint > 0x7f &&
    JOINING_LETTER.test(String.fromCodePoint(codePoint)) &&
    !HAN.test(String.fromCodePoint(codePoint));
  return joins(before) && joins(after);
}

function classifyAt(text: string, index: number): { length: number; kind: StrayKind } | undefined {
  const codePoint = codePointAt(text, index);
  if (codePoint === undefined) return undefined;
  const emoji = emojiSequenceLength(text, index);
  if (emoji > 0) return { length: emoji, kind: 'emoji' };
  if (isEmojiModifier(codePoint)) return { length: 2, kind: 'emoji' };
  if (codePoint >= 0xd800 && codePoint <= 0xdfff) return { length: 1, kind: 'control' };
  if (isControl(codePoint)) return { length: 1, kind: 'control' };
  if (isInvisibleFormat(codePoint)) {
    if ((codePoint === ZWJ || codePoint === ZWNJ) && isMeaningfulJoiner(text, index)) return undefined;
    return { length: width(codePoint), kind: 'invisible' };
  }
  if (isPrivateUse(codePoint)) return { length: width(codePoint), kind: 'private-use' };
  if (codePoint >= 0xe0100 && codePoint <= 0xe01ef) {
    const before = index > 0 ? String.fromCodePoint(text.codePointAt(index - 1) ?? 0) : '';
    return HAN.test(before) ? undefined : { length: 2, kind: 'invisible' };
  }
  if (isSupplementarySymbol(codePoint)) return { length: 2, kind: 'symbol' };
  return undefined;
}

/**
 * BMP code units that never start or belong to a stray sequence, whatever
 * surrounds them (CJK, letters, ordinary punctuation): 1 plain, 2 not plain,
 * 0 not yet asked. Filled from the predicates above on first sight, so the
 * fast path answers exactly what `classifyAt` would.
 */
const plainUnits = new Uint8Array(0x10000);

function computePlain(unit: number): boolean {
  return !(
    isKeycapBase(unit) ||
    TEXT_SYMBOLS.has(unit) ||
    PICTOGRAPHIC.test(String.fromCharCode(unit)) ||
    REGIONAL_INDICATOR.test(String.fromCharCode(unit)) ||
    isEmojiModifier(unit) ||
    (unit >= 0xd800 && unit <= 0xdfff) ||
    isControl(unit) ||
    isInvisibleFormat(unit) ||
    isPrivateUse(unit)
  );
}

/** True when the UTF-16 unit is a BMP character that is never part of a stray range. */
export function isPlainUnit(unit: number): boolean {
  let known = plainUnits[unit];
  if (known === 0) {
    known = computePlain(unit) ? 1 : 2;
    plainUnits[unit] = known;
  }
  return known === 1;
}

/**
 * True when the unit at `index` is plain where it stands: a plain unit, or a
 * digit, `#` or `*` that no keycap mark follows (what `classifyAt` answers
 * for them, without its allocations — digits are in most paragraphs).
 */
function isPlainAt(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  if (isPlainUnit(unit)) return true;
  if (!isKeycapBase(unit)) return false;
  const next = text.charCodeAt(index + 1);
  return next !== KEYCAP && !(next === VS16 && text.charCodeAt(index + 2) === KEYCAP);
}

const NO_RANGES: readonly StrayRange[] = Object.freeze([]);

/** Every stray character or sequence in `text`, in order; neighbours are not merged. */
export function findStrayCharacters(text: string): readonly StrayRange[] {
  // Most paragraphs have none: they share one empty list.
  let ranges: StrayRange[] | undefined;
  let index = 0;
  const length = text.length;
  while (index < length) {
    if (isPlainAt(text, index)) {
      index += 1;
      continue;
    }
    const found = classifyAt(text, index);
    if (found) {
      const end = Math.min(length, index + found.length);
      (ranges ??= []).push({ start: index, end, text: text.slice(index, end), kind: found.kind });
      index = end;
    } else {
      index += width(text.codePointAt(index) ?? 0);
    }
  }
  return ranges ?? NO_RANGES;
}

/** True when `text` has no stray character at all (the common case, answered without allocating). */
export function hasNoStrayCharacters(text: string): boolean {
  for (let index = 0; index < text.length; index += 1) {
    if (!isPlainAt(text, index)) return findStrayCharacters(text).length === 0;
  }
  return true;
}

/** Stray ranges with touching neighbours joined, as one deletion each. */
export function mergeStrayRanges(ranges: readonly StrayRange[]): { start: number; end: number }[] {
  const merged: { start: number; end: number }[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && last.end === range.start) last.end = range.end;
    else merged.push({ start: range.start, end: range.end });
  }
  return merged;
}

/** The text with stray characters removed, and for each kept UTF-16 unit its offset in the original. */
export function withoutStrayCharacters(text: string): { text: string; offsets: number[] } {
  const ranges = findStrayCharacters(text);
  const offsets: number[] = new Array<number>(text.length + 1);
  let kept = 0;
  if (ranges.length === 0) {
    for (; kept <= text.length; kept += 1) offsets[kept] = kept;
    return { text, offsets };
  }
  const parts: string[] = [];
  let position = 0;
  const keep = (until: number): void => {
    parts.push(text.slice(position, until));
    for (; position < until; position += 1) offsets[kept++] = position;
  };
  for (const range of ranges) {
    keep(range.start);
    position = range.end;
  }
  keep(text.length);
  offsets[kept++] = text.length;
  offsets.length = kept;
  return { text: parts.join(''), offsets };
}
