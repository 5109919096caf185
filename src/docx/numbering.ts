/**
 * The text Word draws for automatic numbering, where it is simple enough to
 * compute: decimal, Chinese counting (一、二…) and 甲乙丙 levels with
 * `lvlText` such as "%1、", "（%1）" or "%1.". Counters run per list
 * (`numId`) and level in document order; a deeper level restarts when a
 * shallower one advances. Anything else leaves the label undefined.
 *
 * Each level's paragraph properties (`w:lvl/w:pPr`: its indents above all)
 * are kept for the style resolver, which puts them between the paragraph
 * style and direct formatting. A definition that only links to a list style
 * (`w:numStyleLink`, ECMA-376 §17.9.21) is followed to that numbering style,
 * whose `w:numPr` names the list that holds the real levels (the abstract
 * definition with the matching `w:styleLink`).
 */
import { readParagraphProps, type RawParagraphProps } from './props';
import { child, type XmlElement } from './xml';

export interface Level {
  readonly format: string;
  readonly text: string;
  readonly start: number;
  /** The level's own paragraph properties (`w:lvl/w:pPr`). */
  readonly paragraph: RawParagraphProps;
}

export interface NumberingDefinitions {
  /** numId → level index → level. */
  readonly lists: ReadonlyMap<string, ReadonlyMap<number, Level>>;
  readonly startOverrides: ReadonlyMap<string, ReadonlyMap<number, number>>;
}

function readLevels(element: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of element.children) {
    if (lvl.name !== 'w:lvl') continue;
    const ilvl = Number.parseInt(lvl.attrs['w:ilvl'] ?? '0', 10);
    levels.set(ilvl, {
      format: child(lvl, 'w:numFmt')?.attrs['w:val'] ?? 'decimal',
      text: child(lvl, 'w:lvlText')?.attrs['w:val'] ?? '',
      start: Number.parseInt(child(lvl, 'w:start')?.attrs['w:val'] ?? '1', 10),
      paragraph: readParagraphProps(child(lvl, 'w:pPr')),
    });
  }
  return levels;
}

/**
 * Reads the numbering part. `numberingStyleList` gives the list (`numId`) a
 * numbering style's `w:pPr/w:numPr` names, to follow `w:numStyleLink`.
 */
export function readNumbering(root: XmlElement | undefined, numberingStyleList: (styleId: string) => string | undefined = () => undefined): NumberingDefinitions {
  const abstracts = new Map<string, Map<number, Level>>();
  const styleLinks = new Map<string, string>();
  const lists = new Map<string, Map<number, Level>>();
  const startOverrides = new Map<string, Map<number, number>>();
  if (!root) return { lists, startOverrides };
  const abstractOf = new Map<string, string>();
  for (const element of root.children) {
    if (element.name === 'w:abstractNum') {
      const id = element.attrs['w:abstractNumId'] ?? '';
      abstracts.set(id, readLevels(element));
      const link = child(element, 'w:numStyleLink')?.attrs['w:val'];
      if (link !== undefined) styleLinks.set(id, link);
    } else if (element.name === 'w:num') {
      const numId = element.attrs['w:numId'];
      const abstractId = child(element, 'w:abstractNumId')?.attrs['w:val'];
      if (numId !== undefined && abstractId !== undefined && !abstractOf.has(numId)) abstractOf.set(numId, abstractId);
    }
  }
  /** The levels of an abstract definition, through the list style it links to (a few hops at most). */
  const levelsOf = (abstractId: string | undefined): Map<number, Level> | undefined => {
    const seen = new Set<string>();
    for (let id = abstractId; id !== undefined && !seen.has(id) && seen.size < 8; ) {
      seen.add(id);
      const levels = abstracts.get(id);
      const link = styleLinks.get(id);
      if (link === undefined || (levels && levels.size > 0)) return levels;
      const linkedList = numberingStyleList(link);
      id = linkedList === undefined ? undefined : abstractOf.get(linkedList);
    }
    return undefined;
  };
  for (const element of root.children) {
    if (element.name !== 'w:num') continue;
    const numId = element.attrs['w:numId'];
    const abstractId = child(element, 'w:abstractNumId')?.attrs['w:val'];
    const levels = levelsOf(abstractId);
    if (numId === undefined || !levels) continue;
    lists.set(numId, levels);
    const overrides = new Map<number, number>();
    for (const override of element.children) {
      if (override.name !== 'w:lvlOverride') continue;
      const start = child(override, 'w:startOverride')?.attrs['w:val'];
      if (start !== undefined) overrides.set(Number.parseInt(override.attrs['w:ilvl'] ?? '0', 10), Number.parseInt(start, 10));
    }
    if (overrides.size > 0) startOverrides.set(numId, overrides);
  }
  return { lists, startOverrides };
}

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const STEMS = ['甲', '乙', '丙', '丁', '戊', '己', '庚', '辛', '壬', '癸'];

function chineseCounting(value: number): string | undefined {
  if (value < 1 || value > 999) return undefined;
  const hundreds = Math.floor(value / 100);
  const tens = Math.floor((value % 100) / 10);
  const ones = value % 10;
  let text = hundreds ? `${DIGITS[hundreds]}百` : '';
  if (tens) text += `${tens === 1 && !hundreds ? '' : DIGITS[tens]}十`;
  else if (hundreds && ones) text += '零';
  if (ones) text += DIGITS[ones];
  return text;
}

function formatNumber(format: string, value: number): string | undefined {
  switch (format) {
    case 'decimal':
      return String(value);
    case 'decimalFullWidth':
      return String(value).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)));
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
      return chineseCounting(value);
    case 'ideographTraditional':
      return value >= 1 && value <= 10 ? STEMS[value - 1] : undefined;
    default:
      return undefined;
  }
}

/** Counts list items in document order and renders their labels. */
export class ListCounter {
  private readonly counters = new Map<string, number[]>();

  constructor(private readonly definitions: NumberingDefinitions) {}

  next(numId: string | undefined, ilvl: number): string | undefined {
    if (numId === undefined || numId === '0') return undefined;
    const levels = this.definitions.lists.get(numId);
    if (!levels || ilvl < 0 || ilvl > 8) return undefined;
    const overrides = this.definitions.startOverrides.get(numId);
    const startOf = (level: number) => overrides?.get(level) ?? levels.get(level)?.start ?? 1;
    let counts = this.counters.get(numId);
    if (!counts) {
      counts = [];
      this.counters.set(numId, counts);
    }
    counts[ilvl] = counts[ilvl] === undefined ? startOf(ilvl) : counts[ilvl] + 1;
    counts.length = ilvl + 1;
    const level = levels.get(ilvl);
    if (!level || level.format === 'bullet' || level.format === 'none') return undefined;
    let failed = false;
    const label = level.text.replace(/%([1-9])/g, (_, digit: string) => {
      const index = Number(digit) - 1;
      const format = levels.get(index)?.format ?? 'decimal';
      const value = counts![index] ?? startOf(index);
      const text = formatNumber(format, value);
      if (text === undefined) failed = true;
      return text ?? '';
    });
    return failed || label === '' ? undefined : label;
  }
}
