/**
 * Decodes a styles part without what the style reader does not need up
 * front: latent styles, and table styles (`w:style w:type="table"`), which
 * are kept aside as text and parsed only when a table uses one. In the
 * template python-docx and many school templates start from, they are nine
 * tenths of the part (~650 table-style conditions); decoding and tokenizing
 * them all cost more than reading the styles that matter.
 *
 * The cut is made on the UTF-8 bytes, where every byte of markup is ASCII
 * and no multi-byte character can hold a `<`, only when the part binds `w`
 * once, to WordprocessingML, and holds no comment, CDATA section, processing
 * instruction (after the XML declaration) or DOCTYPE: text inside those is
 * not markup, yet a textual scan would take a `<w:style` or `</w:style>`
 * there for a tag, and the cut part could then be well-formed and still say
 * something else (a style's properties cut away with a table style that
 * never was). Parts with such constructs are read whole. Each element is
 * cut from its start tag to the first `</w:style>` (or `</w:latentStyles>`)
 * after it. That is the whole element unless another element of the same
 * name inside it holds that end tag first; then the element's real end tag
 * is left behind, unmatched, and the cut part is not well-formed. So the
 * caller parses the cut part and, if that fails, the whole part
 * (`decodePart`): the cut never changes what is read. The bytes cut away
 * are still checked to be valid UTF-8, as the whole part's decoding would.
 */
import { isDecodingError } from './xml';

const W_NAMESPACES = ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'];


const ascii = (text: string): Uint8Array => Uint8Array.from(text, (c) => c.charCodeAt(0));
const OPEN_W = ascii('<w:');
const XMLNS_W = ascii('xmlns:w=');
const LATENT = ascii('latentStyles');
const STYLE = ascii('style');
const CLOSE_LATENT = ascii('</w:latentStyles>');
const CLOSE_STYLE = ascii('</w:style>');
const W_TYPE = ascii('w:type');
const TABLE = ascii('table');
const LT = 0x3c;
const BANG = 0x21;
const QUESTION = 0x3f;
const GT = 0x3e;

function indexOf(bytes: Uint8Array, needle: Uint8Array, from: number, to = bytes.length): number {
  const last = to - needle.length;
  for (let at = bytes.indexOf(needle[0], from); at >= 0 && at <= last; at = bytes.indexOf(needle[0], at + 1)) {
    let i = 1;
    while (i < needle.length && bytes[at + i] === needle[i]) i++;
    if (i === needle.length) return at;
  }
  return -1;
}

function startsWith(bytes: Uint8Array, needle: Uint8Array, at: number): boolean {
  if (at + needle.length > bytes.length) return false;
  for (let i = 0; i < needle.length; i++) if (bytes[at + i] !== needle[i]) return false;
  return true;
}

/** Whitespace, `>` or `/`: what may follow an element's name. */
function isNameEnd(code: number | undefined): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === GT || code === 0x2f;
}

/** Offset just after the `>` of the start tag opened at `at`, and whether it ends `/>`; undefined if it does not end. */
function startTagEnd(bytes: Uint8Array, at: number): { end: number; selfClosing: boolean } | undefined {
  let quote = 0;
  for (let i = at + 1; i < bytes.length; i++) {
    const code = bytes[i];
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 0x22 || code === 0x27) quote = code;
    else if (code === LT) return undefined;
    else if (code === GT) return { end: i + 1, selfClosing: bytes[i - 1] === 0x2f };
  }
  return undefined;
}

/** ASCII markup as a string (a namespace URI: short, but never trusted to be). */
function text(bytes: Uint8Array, start: number, end: number): string {
  return end - start <= 1024 ? String.fromCharCode(...bytes.subarray(start, end)) : new TextDecoder('utf-8').decode(bytes.subarray(start, end));
}

/** Whether the part binds the `w` prefix exactly once, to WordprocessingML. */
function bindsWOnce(bytes: Uint8Array): boolean {
  const first = indexOf(bytes, XMLNS_W, 0);
  if (first < 0 || indexOf(bytes, XMLNS_W, first + 1) >= 0) return false;
  const quote = bytes[first + XMLNS_W.length];
  if (quote !== 0x22 && quote !== 0x27) return false;
  const close = bytes.indexOf(quote, first + XMLNS_W.length + 1);
  return close > 0 && W_NAMESPACES.includes(text(bytes, first + XMLNS_W.length + 1, close));
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** Whether the start tag [start, end) has `w:type="table"` (or with single quotes, spaces around `=`). */
function isTableStyle(bytes: Uint8Array, start: number, end: number): boolean {
  for (let at = indexOf(bytes, W_TYPE, start, end); at >= 0; at = indexOf(bytes, W_TYPE, at + 1, end)) {
    if (!isSpace(bytes[at - 1])) continue;
    let i = at + W_TYPE.length;
    while (isSpace(bytes[i])) i++;
    if (bytes[i++] !== 0x3d) continue; // =
    while (isSpace(bytes[i])) i++;
    const quote = bytes[i++];
    if ((quote === 0x22 || quote === 0x27) && startsWith(bytes, TABLE, i) && bytes[i + TABLE.length] === quote) return true;
  }
  return false;
}

/**
 * Whether the part holds a comment, CDATA section, DOCTYPE (`<!`) or a
 * processing instruction other than a leading XML declaration (`<?`).
 */
function hasNonElementMarkup(bytes: Uint8Array): boolean {
  let declarationEnd = 0;
  let at = 0;
  while (at < bytes.length && (isSpace(bytes[at]) || bytes[at] === 0xef || bytes[at] === 0xbb || bytes[at] === 0xbf)) at++;
  if (bytes[at] === LT && bytes[at + 1] === QUESTION) declarationEnd = bytes.indexOf(GT, at) + 1;
  if (declarationEnd === 0 && bytes[at] === LT && bytes[at + 1] === QUESTION) return true;
  // `!` and `?` are rare in a styles part: find each, then look at the byte before it.
  for (const mark of [BANG, QUESTION]) {
    for (let found = bytes.indexOf(mark, declarationEnd); found >= 0; found = bytes.indexOf(mark, found + 1)) {
      if (found > 0 && bytes[found - 1] === LT) return true;
    }
  }
  return false;
}

/** [start, end) byte ranges of the table and latent styles that can be cut, and the table styles' start-tag ends (-1 for latent styles). */
function unreadRanges(bytes: Uint8Array): { ranges: number[]; tagEnds: number[] } {
  const ranges: number[] = [];
  const tagEnds: number[] = [];
  if (!bindsWOnce(bytes) || hasNonElementMarkup(bytes)) return { ranges, tagEnds };
  for (let at = indexOf(bytes, OPEN_W, 0); at >= 0; at = indexOf(bytes, OPEN_W, at + 1)) {
    const name = at + OPEN_W.length;
    const isLatent = startsWith(bytes, LATENT, name) && isNameEnd(bytes[name + LATENT.length]);
    const isStyle = !isLatent && startsWith(bytes, STYLE, name) && isNameEnd(bytes[name + STYLE.length]);
    if (!isLatent && !isStyle) continue;
    const tag = startTagEnd(bytes, at);
    if (!tag) continue;
    if (isStyle && !isTableStyle(bytes, at, tag.end)) {
      at = tag.end - 1;
      continue;
    }
    const closeTag = isLatent ? CLOSE_LATENT : CLOSE_STYLE;
    const close = tag.selfClosing ? -1 : indexOf(bytes, closeTag, tag.end);
    if (!tag.selfClosing && close < 0) continue;
    const end = tag.selfClosing ? tag.end : close + closeTag.length;
    ranges.push(at, end);
    tagEnds.push(isStyle ? tag.end : -1);
    at = end - 1;
  }
  return { ranges, tagEnds };
}

/** A table style cut out of the part: its id, whether it is the default table style, and its element's UTF-8 bytes (decoded when a table uses it). */
export interface CutTableStyle {
  readonly id: string;
  readonly isDefault: boolean;
  readonly bytes: Uint8Array;
}

export interface CutStylesPart {
  /** The part's text without its table and latent styles. */
  readonly text: string;
  readonly tableStyles: readonly CutTableStyle[];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function attributeValue(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  if (!match) return undefined;
  return (match[1] ?? match[2]).replace(/&(amp|lt|gt|quot|apos);/g, (_, entity: string) => ENTITIES[entity]);
}

const ON = new Set(['1', 'true', 'on']);

function isAscii(bytes: Uint8Array, start: number, end: number): boolean {
  for (let at = start; at < end; at++) if (bytes[at] > 0x7f) return false;
  return true;
}

/**
 * The styles part's text without its table and latent styles, with the table
 * styles kept aside, or undefined when there is nothing to cut (then decode
 * the whole part). Parse the text; if it is not well-formed, parse the whole
 * part instead (see above), and ignore the table styles kept aside.
 */
export function cutStylesPart(bytes: Uint8Array): CutStylesPart | undefined {
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  const { ranges, tagEnds } = utf16 ? { ranges: [], tagEnds: [] } : unreadRanges(bytes);
  if (ranges.length === 0) return undefined;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const kept: string[] = [];
  const tableStyles: CutTableStyle[] = [];
  let from = 0;
  try {
    for (let i = 0; i < ranges.length; i += 2) {
      kept.push(decoder.decode(bytes.subarray(from, ranges[i])));
      if (!isAscii(bytes, ranges[i], ranges[i + 1])) decoder.decode(bytes.subarray(ranges[i], ranges[i + 1]));
      from = ranges[i + 1];
      const tagEnd = tagEnds[i / 2];
      if (tagEnd < 0) continue;
      const tag = decoder.decode(bytes.subarray(ranges[i], tagEnd));
      const id = attributeValue(tag, 'w:styleId');
      if (id === undefined) continue;
      const isDefault = ON.has(attributeValue(tag, 'w:default') ?? '');
      tableStyles.push({ id, isDefault, bytes: bytes.subarray(ranges[i], ranges[i + 1]) });
    }
    kept.push(decoder.decode(bytes.subarray(from)));
  } catch (cause) {
    // Not valid UTF-8: decoding the whole part reports it.
    if (isDecodingError(cause)) return undefined;
    throw cause;
  }
  return { text: kept.join(''), tableStyles };
}
