/**
 * Rewriting single WordprocessingML elements in place: everything not
 * changed is copied from the source text, new children go where the schema
 * orders them (Word refuses files whose pPr/rPr children are out of order).
 */
import { escapeAttr, escapeText, localName, type XmlElement } from './xml';

/** CT_PPr child order (ECMA-376 17.3.1.26). */
export const PPR_ORDER = [
  'pStyle', 'keepNext', 'keepLines', 'pageBreakBefore', 'framePr', 'widowControl', 'numPr', 'suppressLineNumbers',
  'pBdr', 'shd', 'tabs', 'suppressAutoHyphens', 'kinsoku', 'wordWrap', 'overflowPunct', 'topLinePunct', 'autoSpaceDE',
  'autoSpaceDN', 'bidi', 'adjustRightInd', 'snapToGrid', 'spacing', 'ind', 'contextualSpacing', 'mirrorIndents',
  'suppressOverlap', 'jc', 'textDirection', 'textAlignment', 'textboxTightWrap', 'outlineLvl', 'divId', 'cnfStyle',
  'rPr', 'sectPr', 'pPrChange',
];

/** CT_RPr child order (ECMA-376 17.3.2.28), paragraph-mark revision marks first. */
export const RPR_ORDER = [
  'ins', 'del', 'moveFrom', 'moveTo', 'rStyle', 'rFonts', 'b', 'bCs', 'i', 'iCs', 'caps', 'smallCaps', 'strike', 'dstrike',
  'outline', 'shadow', 'emboss', 'imprint', 'noProof', 'snapToGrid', 'vanish', 'webHidden', 'color', 'spacing', 'w', 'kern',
  'position', 'sz', 'szCs', 'highlight', 'u', 'effect', 'bdr', 'shd', 'fitText', 'vertAlign', 'rtl', 'cs', 'em', 'lang',
  'eastAsianLayout', 'specVanish', 'oMath', 'rPrChange',
];

/** The element's name exactly as the source writes it. */
export function rawName(source: string, element: XmlElement): string {
  const match = /^<([^\s/>]+)/.exec(source.slice(element.start, element.start + 64));
  return match ? match[1] : element.name;
}

/**
 * How the part being fixed spells a canonical name (`w:rPr`): with the
 * prefix the part binds to that namespace (`ns0:rPr` in a part an XML
 * library wrote). Names without a canonical prefix (`xml:space`) stay.
 */
export type Spelling = (canonical: string) => string;

export const AS_CANONICAL: Spelling = (name) => name;

/**
 * The spelling for a part whose prefixes are `prefixes` (canonical → the
 * part's own, as the reader found them); undefined when WordprocessingML is
 * its default namespace, where new attributes could not be written
 * unprefixed (they would fall out of the namespace).
 */
export function spellingFor(prefixes: ReadonlyMap<string, string>): Spelling | undefined {
  if (prefixes.get('w') === '') return undefined;
  const own = new Map<string, string>();
  for (const [canonical, prefix] of prefixes) if (prefix !== canonical && prefix !== '') own.set(canonical, prefix);
  if (own.size === 0) return AS_CANONICAL;
  return (name) => {
    const colon = name.indexOf(':');
    if (colon < 0) return name;
    let prefix = name.slice(0, colon);
    // A canonical prefix the part binds to another namespace: the reader marked it, the part spells it as is.
    if (prefix.startsWith('?')) return name.slice(1);
    prefix = own.get(prefix) ?? prefix;
    return `${prefix}:${name.slice(colon + 1)}`;
  };
}

export function emptyElement(name: string, attrs: readonly (readonly [string, string])[], spell: Spelling = AS_CANONICAL): string {
  return `<${spell(name)}${attrs.map(([key, value]) => ` ${spell(key)}="${escapeAttr(value)}"`).join('')}/>`;
}

/**
 * The element with attributes set (`undefined` removes one); children and
 * end tag copied from the source.
 */
export function withAttributes(
  source: string,
  element: XmlElement,
  changes: Readonly<Record<string, string | undefined>>,
  spell: Spelling = AS_CANONICAL,
): string {
  const attrs: [string, string][] = [];
  for (const [key, value] of Object.entries(element.attrs)) {
    if (key in changes) continue;
    attrs.push([key, value]);
  }
  for (const [key, value] of Object.entries(changes)) if (value !== undefined) attrs.push([key, value]);
  const open = `<${rawName(source, element)}${attrs.map(([key, value]) => ` ${key.includes(':') ? spell(key) : key}="${escapeAttr(value)}"`).join('')}`;
  if (element.selfClosing) return `${open}/>`;
  return `${open}>${source.slice(element.openEnd, element.end)}`;
}

/**
 * The element with some children replaced (by local name) and others added
 * in schema order. `replace` maps a local name to the new XML of that child,
 * or null to drop it; names not present are inserted.
 */
export function withChildren(
  source: string,
  element: XmlElement,
  replace: ReadonlyMap<string, string | null>,
  order: readonly string[],
): string {
  const name = rawName(source, element);
  const rank = (local: string) => {
    const index = order.indexOf(local);
    return index < 0 ? order.length : index;
  };
  const pending = new Map(replace);
  for (const c of element.children) pending.delete(localName(c.name));
  const inserts = [...pending.entries()]
    .filter((entry): entry is [string, string] => entry[1] !== null)
    .sort((a, b) => rank(a[0]) - rank(b[0]));

  let out = element.selfClosing ? `${source.slice(element.start, element.openEnd - 2).trimEnd()}>` : source.slice(element.start, element.openEnd);
  let cursor = element.openEnd;
  let next = 0;
  for (const c of element.children) {
    const local = localName(c.name);
    while (next < inserts.length && rank(inserts[next][0]) < rank(local)) out += inserts[next++][1];
    out += source.slice(cursor, c.start);
    const replacement = replace.get(local);
    out += replacement === undefined ? source.slice(c.start, c.end) : replacement ?? '';
    cursor = c.end;
  }
  while (next < inserts.length) out += inserts[next++][1];
  if (element.selfClosing) return `${out}</${name}>`;
  return out + source.slice(cursor, element.end);
}

function needsPreserve(text: string): boolean {
  return /^\s|\s$|\s\s/.test(text);
}

/** Run content for plain text: `w:t` pieces, with tabs and line breaks as `w:tab` / `w:br`. */
export function runContent(text: string, spell: Spelling = AS_CANONICAL): string {
  let out = '';
  const t = spell('w:t');
  for (const part of text.split(/(\t|\n)/)) {
    if (part === '\t') out += `<${spell('w:tab')}/>`;
    else if (part === '\n') out += `<${spell('w:br')}/>`;
    else if (part !== '') out += `<${t}${needsPreserve(part) ? ' xml:space="preserve"' : ''}>${escapeText(part)}</${t}>`;
  }
  return out;
}
