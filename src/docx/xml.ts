/**
 * A light element tree over the reader's scanner (./xml-scan), with each
 * element's source offsets so the fixer can splice the original text. DTDs
 * are refused outright: OOXML never has one, and refusing it rules out
 * entity expansion attacks. Only the five predefined entities and numeric
 * references are ever expanded.
 */
import { scanXml, type ScannedTag } from './xml-scan';
import { err, ok, type Result } from '../core/result';
import { docxError, type DocxError } from './errors';

export interface XmlElement {
  /** Qualified name with the canonical prefix (`w:p`), whatever prefix the part used. */
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** Concatenated character data directly inside this element. */
  text: string;
  /** Offset of `<` of the start tag. */
  readonly start: number;
  /** Offset just after the start tag's `>`. */
  openEnd: number;
  /** Offset just after the end tag (equals `openEnd` for `<x/>`). */
  end: number;
  selfClosing: boolean;
}

export interface XmlDocument {
  readonly root: XmlElement;
  readonly source: string;
  /** Canonical prefix → the prefix the part itself uses ('' for a default namespace). */
  readonly prefixes: ReadonlyMap<string, string>;
}

/** Namespace URI → canonical prefix, as Word writes them. */
const CANONICAL: Readonly<Record<string, string>> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties': 'cp',
  'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes': 'vt',
  'urn:dangjian:project': 'dj',
};

class UnsafeXml extends Error {}

/** Offset of the `<` that opened the tag the parser has just read up to `from`. */
export function tagStart(source: string, from: number): number {
  let at = from;
  while (at > 0 && source.charCodeAt(at) !== 0x3c) at--;
  return at;
}

/**
 * Element and attribute names repeat endlessly; the parser hands each one
 * over as a fresh string. Keeping one copy per name keeps the tree small
 * (and the garbage collector idle) on long documents.
 */
function interner(): (name: string) => string {
  const names = new Map<string, string>();
  return (name) => {
    const known = names.get(name);
    if (known !== undefined) return known;
    names.set(name, name);
    return name;
  };
}

export type Rename = (name: string) => string;

/** Canonical prefixes (`w`, `r`, `mc`…), which must never name anything outside their namespace. */
const CANONICAL_PREFIXES: ReadonlySet<string> = new Set(Object.values(CANONICAL));

/**
 * Renames `p:local` when the part binds a canonical namespace to another
 * prefix. A canonical prefix the part binds to some other namespace (`w:`
 * for a namespace that is not WordprocessingML's) is renamed to `?w`, which
 * no reader looks for: its elements are not Word's, whatever they are
 * called. `foreign` lists such prefixes.
 */
export function renamer(rootAttrs: Record<string, string>): { rename?: (name: string) => string; prefixes: Map<string, string>; foreign: string[] } {
  const prefixes = new Map<string, string>();
  const map = new Map<string, string>();
  const foreign: string[] = [];
  for (const [attr, uri] of Object.entries(rootAttrs)) {
    let prefix: string | undefined;
    if (attr === 'xmlns') prefix = '';
    else if (attr.startsWith('xmlns:')) prefix = attr.slice(6);
    if (prefix === undefined) continue;
    const canonical = CANONICAL[uri];
    if (canonical === undefined) {
      if (CANONICAL_PREFIXES.has(prefix)) {
        foreign.push(prefix);
        map.set(prefix, `?${prefix}`);
      }
      continue;
    }
    if (!prefixes.has(canonical)) prefixes.set(canonical, prefix);
    if (prefix !== canonical) map.set(prefix, canonical);
  }
  if (map.size === 0) return { prefixes, foreign };
  const rename = (name: string): string => {
    const colon = name.indexOf(':');
    const prefix = colon < 0 ? '' : name.slice(0, colon);
    if (prefix === 'xml' || prefix === 'xmlns' || name === 'xmlns') return name;
    const canonical = map.get(prefix);
    if (canonical === undefined) return name;
    return `${canonical}:${colon < 0 ? name : name.slice(colon + 1)}`;
  };
  return { rename, prefixes, foreign };
}

function renameAttrs(attrs: Record<string, string>, rename: (name: string) => string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(attrs)) {
    // Unprefixed attributes are in no namespace: only prefixed ones are renamed.
    out[name.includes(':') ? rename(name) : name] = value;
  }
  return out;
}

/**
 * Which elements of a part a reader looks at, by (canonical) name and depth
 * (the root is at 0); the others are left out of the tree with everything
 * inside them. The root is always kept.
 */
export type Wanted = (name: string, depth: number) => boolean;

/**
 * Parses one part. `keepText` says which elements' character data to keep
 * (whitespace between elements is never needed; text of `w:t` is). Elements
 * named in `skip`, or that `wanted` does not want, are left out of the tree
 * with everything inside them (still parsed and checked): a reader that
 * never looks there need not build them, and a part's size then bounds the
 * parse's time but not the tree's memory.
 */
export function parseXml(
  source: string,
  part: string,
  keepText: (name: string) => boolean,
  skip?: ReadonlySet<string>,
  wanted?: Wanted,
): Result<XmlDocument, DocxError> {
  return parseTree(source, part, keepText, 0, undefined, skip, wanted);
}

/**
 * Parses one element of a part again, on its own: `source.slice(start, end)`
 * read with the names of the part it came from (`rename` from the part's
 * root), offsets counted in the whole part. For an element the part's parse
 * has already accepted, so it cannot fail on well-formedness.
 */
export function parseElementAt(source: string, start: number, end: number, part: string, rename: Rename | undefined): Result<XmlElement, DocxError> {
  const parsed = parseTree(source.slice(start, end), part, keepElementText, start, { rename });
  return parsed.ok ? ok(parsed.value.root) : parsed;
}

const keepElementText = (name: string) => name === 'w:t';

function parseTree(
  source: string,
  part: string,
  keepText: (name: string) => boolean,
  base: number,
  given?: { readonly rename: Rename | undefined },
  skip?: ReadonlySet<string>,
  wanted?: Wanted,
): Result<XmlDocument, DocxError> {
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let rename: Rename | undefined = given?.rename;
  let prefixes: Map<string, string> = new Map();
  let keep = false;
  /** Depth inside a skipped element (0: not in one). */
  let skipped = 0;
  const intern = interner();
  const internAttrs = (attrs: Record<string, string>): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const key in attrs) out[intern(key)] = attrs[key];
    return out;
  };

  const open = (tag: ScannedTag, position: number): void => {
    if (skipped > 0) {
      skipped++;
      return;
    }
    if (root !== undefined && (skip || wanted)) {
      const renamed = rename ? rename(tag.name) : tag.name;
      if ((skip && skip.has(renamed)) || (wanted && !wanted(renamed, stack.length))) {
        skipped = 1;
        keep = false;
        return;
      }
    }
    const rawAttrs = tag.attributes;
    if (root === undefined && given === undefined) {
      const found = renamer(rawAttrs);
      rename = found.rename;
      prefixes = found.prefixes;
    }
    const name = intern(rename ? rename(tag.name) : tag.name);
    const element: XmlElement = {
      name,
      attrs: internAttrs(rename ? renameAttrs(rawAttrs, rename) : rawAttrs),
      children: [],
      text: '',
      start: base + tagStart(source, position - 1),
      openEnd: base + position,
      end: base + position,
      selfClosing: tag.isSelfClosing,
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
    keep = keepText(name);
  };
  const close = (position: number): void => {
    if (skipped > 0) {
      skipped--;
      if (skipped === 0) keep = keepText(stack[stack.length - 1].name);
      return;
    }
    const element = stack.pop();
    if (element) element.end = base + position;
    const parent = stack[stack.length - 1];
    keep = parent ? keepText(parent.name) : false;
  };

  try {
    scanXml(source, {
      open,
      text: (text) => {
        if (keep) stack[stack.length - 1].text += text;
      },
      close,
      doctype: () => {
        throw new UnsafeXml('DOCTYPE');
      },
    });
  } catch (cause) {
    if (cause instanceof UnsafeXml) return err(docxError('unsafeXml', `${part} declares a DOCTYPE`));
    return err(docxError('malformedXml', `${part}: ${cause instanceof Error ? cause.message : String(cause)}`));
  }
  if (!root) return err(docxError('malformedXml', `${part} has no root element`));
  if (root.name.startsWith('?')) return err(docxError('malformedXml', `${part}: the root element's prefix names another namespace than its own`));
  return ok({ root, source, prefixes });
}

/**
 * Whether `cause` is what a fatal `TextDecoder` throws on bytes that are not
 * in its encoding (a `TypeError`, possibly from another realm than ours).
 */
export function isDecodingError(cause: unknown): boolean {
  return cause instanceof TypeError || (typeof cause === 'object' && cause !== null && (cause as { name?: unknown }).name === 'TypeError');
}

const DECODERS = {
  'utf-8': new TextDecoder('utf-8', { fatal: true }),
  'utf-16le': new TextDecoder('utf-16le', { fatal: true }),
  'utf-16be': new TextDecoder('utf-16be', { fatal: true }),
} as const;

/**
 * Decodes a part's bytes, honouring a UTF-16 byte order mark (UTF-8
 * otherwise). Bytes that are not valid in the encoding (a broken UTF-8
 * sequence, a lone surrogate) make the part damaged: Word refuses such a
 * part, and reading it with U+FFFD in their place would carry the
 * replacement into a fixed copy.
 */
export function decodePart(bytes: Uint8Array, part: string): Result<{ text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' }, DocxError> {
  let encoding: 'utf-8' | 'utf-16le' | 'utf-16be' = 'utf-8';
  let body = bytes;
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
    body = bytes.subarray(2);
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
    body = bytes.subarray(2);
  }
  try {
    return ok({ text: DECODERS[encoding].decode(body), encoding });
  } catch (cause) {
    if (isDecodingError(cause)) return err(docxError('malformedXml', `${part} is not valid ${encoding}`));
    throw cause;
  }
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  for (const c of element.children) if (c.name === name) return c;
  return undefined;
}

export function childAttr(element: XmlElement | undefined, name: string, attr = 'w:val'): string | undefined {
  if (!element) return undefined;
  const found = child(element, name);
  return found ? found.attrs[attr] : undefined;
}

export function localName(name: string): string {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}
