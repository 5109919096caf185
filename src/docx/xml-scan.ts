/**
 * A non-validating XML 1.0 scanner for the parts of a .docx: start tags
 * with their attributes, character data and end tags, each with its place
 * in the part, and nothing else. It accepts and refuses what saxes (the
 * parser the reader used before) accepts and refuses on the same input —
 * well-formedness, not validity: one root; tags that nest and match;
 * names made of XML name characters; attributes quoted, unique and free of
 * `<`; only the five predefined entities and character references to XML
 * characters; no `]]>` in character data; well-formed comments, processing
 * instructions and CDATA sections; an XML declaration only at the very
 * start; no character XML 1.0 forbids anywhere. A DOCTYPE is handed to the
 * caller (the reader refuses it: no entity expansion, ever).
 *
 * Why not saxes any more: it reads a part one code point at a time through
 * a state machine; this jumps from `<` to `<` with `indexOf` and sticky
 * regular expressions, which reads a Word body several times faster and
 * leaves far less garbage, on the same answers (test/docx/xml-scan.test.ts
 * compares the two on every kind of input they differ on).
 *
 * Text is normalised as XML requires: CRLF and lone CR become LF;
 * attribute values also turn each literal tab, LF or CR into a space.
 */

export interface ScannedTag {
  readonly name: string;
  /** Attribute name → value, entities replaced and whitespace normalised. */
  readonly attributes: Record<string, string>;
  readonly isSelfClosing: boolean;
}

export interface ScanHandlers {
  /** A start tag; `end` is the offset just after its `>`. */
  readonly open: (tag: ScannedTag, end: number) => void;
  /** Character data inside the root (CDATA sections included), entities replaced. */
  readonly text: (text: string) => void;
  /** An end tag (or the end of a self-closing tag) of element `name`; `end` is the offset just after its `>`. */
  readonly close: (end: number, name: string) => void;
  /** A DOCTYPE declaration: the handler throws to refuse it. */
  readonly doctype: () => void;
}

/** What makes a part not well-formed, with where. */
export class XmlScanError extends Error {
  constructor(message: string, at: number) {
    super(`${message} (offset ${at})`);
    this.name = 'XmlScanError';
  }
}

/** Characters XML 1.0 does not allow anywhere in a document: a quick look for suspects, then the exact test where one is found. */
const SUSPECT = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ud800-\udfff\ufffe\uffff]/g;
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/y;
const NAME =
  /^[:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}][:A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\u{10000}-\u{EFFFF}\-.0-9\u00B7\u0300-\u036F\u203F\u2040]*$/u;
const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[^;&\x20\t\n\r<]*);?/g;
const PREDEFINED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const isSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

function isXmlChar(code: number): boolean {
  return code === 0x9 || code === 0xa || code === 0xd || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** `&…;` references replaced, refusing what saxes refuses. */
function decodeEntities(text: string, at: number): string {
  return text.replace(ENTITY, (whole: string, body: string) => {
    if (!whole.endsWith(';')) throw new XmlScanError('unterminated entity reference', at);
    if (body.startsWith('#')) {
      const code = body.startsWith('#x') ? Number.parseInt(body.slice(2), 16) : Number.parseInt(body.slice(1), 10);
      if (!isXmlChar(code)) throw new XmlScanError(`character reference &${body}; is not an XML character`, at);
      return String.fromCodePoint(code);
    }
    const value = PREDEFINED[body];
    if (value === undefined) throw new XmlScanError(body === '' ? 'empty entity name' : `undefined entity &${body};`, at);
    return value;
  });
}

function textOf(raw: string, at: number): string {
  const normalised = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
  return normalised.includes('&') ? decodeEntities(normalised, at) : normalised;
}

function attributeValue(raw: string, at: number): string {
  const normalised = /[\t\n\r]/.test(raw) ? raw.replace(/\r\n|[\t\n\r]/g, ' ') : raw;
  return normalised.includes('&') ? decodeEntities(normalised, at) : normalised;
}

/**
 * Where the name starting at `from` ends: at whitespace, `>`, `/`, `=` or
 * the end. Names of ASCII letters, digits and `:_.-` (every name Word
 * writes) are checked here as they are read; any other is checked against
 * XML's full name production.
 */
function nameEnd(source: string, from: number): number {
  let at = from;
  let ascii = true;
  for (; at < source.length; at++) {
    const code = source.charCodeAt(at);
    if (code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0x3e || code === 0x2f || code === 0x3d) break;
    if (at === from ? !isAsciiNameStart(code) : !isAsciiNameChar(code)) ascii = false;
  }
  if (at === from) throw new XmlScanError('a name was expected', from);
  if (!ascii && !NAME.test(source.slice(from, at))) throw new XmlScanError(`not a valid XML name: ${JSON.stringify(source.slice(from, Math.min(at, from + 40)))}`, from);
  return at;
}

function isAsciiNameStart(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || code === 0x3a || code === 0x5f;
}

function isAsciiNameChar(code: number): boolean {
  return isAsciiNameStart(code) || (code >= 0x30 && code <= 0x39) || code === 0x2d || code === 0x2e;
}

function skipSpaces(source: string, from: number): number {
  let at = from;
  while (at < source.length && isSpace(source.charCodeAt(at))) at++;
  return at;
}

export function scanXml(source: string, handlers: ScanHandlers): void {
  SUSPECT.lastIndex = 0;
  for (let suspect = SUSPECT.exec(source); suspect; suspect = SUSPECT.exec(source)) {
    FORBIDDEN.lastIndex = suspect.index;
    if (FORBIDDEN.test(source)) throw new XmlScanError('disallowed character', suspect.index);
  }

  const open: string[] = [];
  let rootSeen = false;
  let rootClosed = false;
  let at = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  const length = source.length;

  while (at < length) {
    const lt = source.indexOf('<', at);
    const textEnd = lt < 0 ? length : lt;
    if (textEnd > at) {
      const raw = source.slice(at, textEnd);
      if (open.length === 0) {
        for (let i = 0; i < raw.length; i++) {
          if (!isSpace(raw.charCodeAt(i))) throw new XmlScanError(rootSeen ? 'text data outside of root node' : 'text data before the root element', at + i);
        }
      } else {
        if (raw.includes(']]>')) throw new XmlScanError('the string "]]>" is disallowed in char data', at);
        const text = textOf(raw, at);
        if (text.length > 0) handlers.text(text);
      }
    }
    if (lt < 0) break;
    const next = source.charCodeAt(lt + 1);

    if (next === 0x21 /* ! */) {
      if (source.startsWith('<!--', lt)) {
        const end = source.indexOf('-->', lt + 4);
        if (end < 0) throw new XmlScanError('unclosed comment', lt);
        const body = source.slice(lt + 4, end);
        if (body.includes('--') || body.endsWith('-')) throw new XmlScanError('double dash in comment', lt);
        at = end + 3;
        continue;
      }
      if (source.startsWith('<![CDATA[', lt)) {
        if (open.length === 0) throw new XmlScanError('CDATA outside of the root element', lt);
        const end = source.indexOf(']]>', lt + 9);
        if (end < 0) throw new XmlScanError('unclosed CDATA section', lt);
        const raw = source.slice(lt + 9, end);
        const text = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
        if (text.length > 0) handlers.text(text);
        at = end + 3;
        continue;
      }
      if (source.startsWith('<!DOCTYPE', lt)) {
        handlers.doctype();
        throw new XmlScanError('DOCTYPE', lt);
      }
      throw new XmlScanError('unexpected markup after <!', lt);
    }

    if (next === 0x3f /* ? */) {
      const end = source.indexOf('?>', lt + 2);
      if (end < 0) throw new XmlScanError('unclosed processing instruction', lt);
      let targetEnd = lt + 2;
      while (targetEnd < end && !isSpace(source.charCodeAt(targetEnd))) targetEnd++;
      const name = source.slice(lt + 2, targetEnd);
      if (!NAME.test(name)) throw new XmlScanError('a processing instruction without a valid target', lt);
      if (name.toLowerCase() === 'xml' && lt !== (source.charCodeAt(0) === 0xfeff ? 1 : 0)) {
        throw new XmlScanError('an XML declaration must be at the start of the document', lt);
      }
      at = end + 2;
      continue;
    }

    if (next === 0x2f /* / */) {
      const end = nameEnd(source, lt + 2);
      const name = source.slice(lt + 2, end);
      const gt = skipSpaces(source, end);
      if (source.charCodeAt(gt) !== 0x3e) throw new XmlScanError(`unexpected character in end tag </${name}`, gt);
      const expected = open.pop();
      if (expected === undefined) throw new XmlScanError(`unmatched end tag </${name}>`, lt);
      if (expected !== name) throw new XmlScanError(`unexpected close tag </${name}>, expected </${expected}>`, lt);
      if (open.length === 0) rootClosed = true;
      handlers.close(gt + 1, name);
      at = gt + 1;
      continue;
    }

    // A start tag.
    const nameStop = nameEnd(source, lt + 1);
    const name = source.slice(lt + 1, nameStop);
    if (rootClosed) throw new XmlScanError('a second root element', lt);
    let cursor = nameStop;
    const attributes: Record<string, string> = {};
    let selfClosing = false;
    for (;;) {
      const spaced = cursor;
      cursor = skipSpaces(source, cursor);
      const code = source.charCodeAt(cursor);
      if (code === 0x3e /* > */) {
        cursor++;
        break;
      }
      if (code === 0x2f /* / */) {
        if (source.charCodeAt(cursor + 1) !== 0x3e) throw new XmlScanError('forward-slash in opening tag not followed by >', cursor);
        selfClosing = true;
        cursor += 2;
        break;
      }
      if (Number.isNaN(code)) throw new XmlScanError(`unclosed tag <${name}`, lt);
      if (cursor === spaced) throw new XmlScanError('no whitespace between attributes', cursor);
      const attributeEnd = nameEnd(source, cursor);
      const attributeName = source.slice(cursor, attributeEnd);
      const equals = skipSpaces(source, attributeEnd);
      if (source.charCodeAt(equals) !== 0x3d /* = */) throw new XmlScanError(`attribute ${attributeName} without a value`, equals);
      const open = skipSpaces(source, equals + 1);
      const quote = source.charCodeAt(open);
      if (quote !== 0x22 && quote !== 0x27) throw new XmlScanError(`unquoted value of attribute ${attributeName}`, open);
      const close = source.indexOf(quote === 0x22 ? '"' : "'", open + 1);
      if (close < 0) throw new XmlScanError(`unclosed value of attribute ${attributeName}`, open);
      const raw = source.slice(open + 1, close);
      if (raw.includes('<')) throw new XmlScanError(`< in the value of attribute ${attributeName}`, open);
      if (Object.prototype.hasOwnProperty.call(attributes, attributeName)) throw new XmlScanError(`duplicate attribute: ${attributeName}`, cursor);
      const value = attributeValue(raw, open);
      // An attribute may be called __proto__: kept as an attribute, never taken for the object's prototype.
      if (attributeName === '__proto__') Object.defineProperty(attributes, attributeName, { value, enumerable: true, writable: true, configurable: true });
      else attributes[attributeName] = value;
      cursor = close + 1;
    }
    rootSeen = true;
    handlers.open({ name, attributes, isSelfClosing: selfClosing }, cursor);
    if (selfClosing) {
      if (open.length === 0) rootClosed = true;
      handlers.close(cursor, name);
    } else open.push(name);
    at = cursor;
  }

  if (open.length > 0) throw new XmlScanError(`unclosed tag: ${open[open.length - 1]}`, length);
  if (!rootSeen) throw new XmlScanError('document must contain a root element', length);
}
