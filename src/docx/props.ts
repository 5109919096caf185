/**
 * Formatting properties as one level of the style hierarchy states them
 * (direct, a style, the document defaults), before resolution. Word merges
 * levels attribute by attribute, so each attribute is optional here.
 */
import { child, type XmlElement } from './xml';

/** A font slot: a named font, or a theme font (`minorEastAsia`…) that resolves through the theme. */
export type FontRef = { readonly font: string } | { readonly theme: string };

export interface RawRunProps {
  readonly eastAsia?: FontRef;
  readonly ascii?: FontRef;
  /** Half-points (`w:sz`). */
  readonly size?: number;
  readonly bold?: boolean;
  /** `w:vanish`: hidden text. */
  readonly vanish?: boolean;
  /** `w:lang/@w:eastAsia`, used to choose the theme's script font. */
  readonly eastAsiaLang?: string;
}

export interface RawParagraphProps {
  readonly jc?: string;
  readonly line?: number;
  readonly lineRule?: string;
  readonly before?: number;
  readonly after?: number;
  readonly beforeLines?: number;
  readonly afterLines?: number;
  /** `w:beforeAutospacing` / `w:afterAutospacing`: HTML-like automatic spacing, 14 pt in Word. */
  readonly beforeAutospacing?: boolean;
  readonly afterAutospacing?: boolean;
  readonly firstLine?: number;
  readonly firstLineChars?: number;
  readonly hanging?: number;
  readonly hangingChars?: number;
  /** Which of firstLine (f) / hanging (h) the most specific level stated, for attribute-merged indents. */
  readonly indentKind?: 'f' | 'h';
  readonly numId?: string;
  readonly ilvl?: number;
  readonly outlineLevel?: number;
}

const TRUE_VALUES = new Set(['1', 'true', 'on']);

/** OOXML on/off: the element alone means on; val 0/false/off clears. */
export function onOff(element: XmlElement | undefined): boolean | undefined {
  if (!element) return undefined;
  const value = element.attrs['w:val'];
  return value === undefined ? true : TRUE_VALUES.has(value);
}

function fontRef(rFonts: XmlElement, attr: string, themeAttr: string): FontRef | undefined {
  // The theme attribute overrides the named font at the same level (ECMA-376 17.3.2.26).
  const theme = rFonts.attrs[themeAttr];
  if (theme) return { theme };
  const font = rFonts.attrs[attr];
  return font ? { font } : undefined;
}

function int(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number.parseInt(value, 10);
  return Number.isFinite(parsed) ? parsed : undefined;
}

function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

export function readRunProps(rPr: XmlElement | undefined): RawRunProps {
  if (!rPr) return {};
  const rFonts = child(rPr, 'w:rFonts');
  const sz = child(rPr, 'w:sz');
  const lang = child(rPr, 'w:lang');
  return compact({
    eastAsia: rFonts ? fontRef(rFonts, 'w:eastAsia', 'w:eastAsiaTheme') : undefined,
    ascii: rFonts ? fontRef(rFonts, 'w:ascii', 'w:asciiTheme') : undefined,
    size: sz ? int(sz.attrs['w:val']) : undefined,
    bold: onOff(child(rPr, 'w:b')),
    vanish: onOff(child(rPr, 'w:vanish')),
    eastAsiaLang: lang?.attrs['w:eastAsia'],
  });
}

export function readParagraphProps(pPr: XmlElement | undefined): RawParagraphProps {
  if (!pPr) return {};
  const spacing = child(pPr, 'w:spacing');
  const ind = child(pPr, 'w:ind');
  const numPr = child(pPr, 'w:numPr');
  const outline = child(pPr, 'w:outlineLvl');
  const a = (element: XmlElement | undefined, name: string) => int(element?.attrs[name]);
  const firstLine = a(ind, 'w:firstLine');
  const firstLineChars = a(ind, 'w:firstLineChars');
  const hanging = a(ind, 'w:hanging');
  const hangingChars = a(ind, 'w:hangingChars');
  const states = (value: number | undefined) => value !== undefined;
  const line = a(spacing, 'w:line');
  const flag = (name: string) => {
    const value = spacing?.attrs[name];
    return value === undefined ? undefined : TRUE_VALUES.has(value);
  };
  return compact({
    jc: child(pPr, 'w:jc')?.attrs['w:val'],
    line,
    // ECMA-376 Part 1 §17.3.1.33: an omitted lineRule is auto when w:line is present, so a
    // level that states the value states the rule too and never inherits exact/atLeast.
    lineRule: spacing?.attrs['w:lineRule'] ?? (line === undefined ? undefined : 'auto'),
    before: a(spacing, 'w:before'),
    after: a(spacing, 'w:after'),
    beforeLines: a(spacing, 'w:beforeLines'),
    afterLines: a(spacing, 'w:afterLines'),
    beforeAutospacing: flag('w:beforeAutospacing'),
    afterAutospacing: flag('w:afterAutospacing'),
    firstLine,
    firstLineChars,
    hanging,
    hangingChars,
    indentKind: states(hanging) || states(hangingChars) ? 'h' : states(firstLine) || states(firstLineChars) ? 'f' : undefined,
    numId: numPr ? child(numPr, 'w:numId')?.attrs['w:val'] : undefined,
    ilvl: numPr ? a(child(numPr, 'w:ilvl'), 'w:val') : undefined,
    outlineLevel: a(outline, 'w:val'),
  });
}

/** `over` wins attribute by attribute. */
export function mergeRun(under: RawRunProps, over: RawRunProps): RawRunProps {
  return { ...under, ...over };
}

export function mergeParagraph(under: RawParagraphProps, over: RawParagraphProps): RawParagraphProps {
  return { ...under, ...over };
}

/** Longest `w:basedOn` chain followed: deeper chains are cut there, as a loop is. */
const MAX_BASED_ON = 32;

/**
 * A style and the styles it is based on, the farthest first (the order their
 * properties merge in). A loop or an unknown id ends the chain, as does a
 * style `stop` refuses (it and those below it are left out).
 */
export function basedOnLineage<S extends { readonly basedOn?: string }>(
  id: string,
  lookup: (id: string) => S | undefined,
  stop: (style: S) => boolean = () => false,
): S[] {
  const lineage: S[] = [];
  const seen = new Set<string>();
  for (let at: string | undefined = id; at !== undefined && !seen.has(at) && lineage.length < MAX_BASED_ON; ) {
    seen.add(at);
    const style = lookup(at);
    if (!style || stop(style)) break;
    lineage.unshift(style);
    at = style.basedOn;
  }
  return lineage;
}
