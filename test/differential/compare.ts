/**
 * Paragraph-by-paragraph comparison of our reader with LibreOffice's import,
 * and the sorting of every disagreement into a listed exception, a pending
 * reader fix, or an unexplained disagreement (which fails the suite).
 */
import type { Feature, GeneratedDocument, GeneratedParagraph, PropertyLevel } from './generate';
import type { OdfParagraph } from './odf';
import type { OurParagraph } from './ours';

export const PROPERTIES = ['eastAsiaFont', 'eastAsiaSize', 'lineSpacing', 'firstLineIndent', 'alignment', 'spaceBefore', 'spaceAfter'] as const;
export type Property = (typeof PROPERTIES)[number];

/**
 * Lengths: LibreOffice Writer keeps lengths in whole twips (1/20 pt) and
 * exports them in inches to four decimals (±0.0036 pt); a length is the same
 * when it is within one twip. Proportional line spacing: Writer keeps it in
 * whole percent, so multiples agree within half a percent.
 */
const TWIP = 0.05;
const HALF_PERCENT = 0.005;

export interface Disagreement {
  readonly document: string;
  readonly id: string;
  readonly property: Property;
  readonly ours: string;
  readonly libreOffice: string;
  readonly features: readonly Feature[];
  /** The paragraph as generated, as our reader read it, and as LibreOffice imported it. */
  readonly generated: GeneratedParagraph;
  readonly oursParagraph: OurParagraph;
  readonly loParagraph: OdfParagraph;
}

/** A value as the report prints it: runs of equal values collapsed ("仿宋_GB2312×8 黑体×6"). */
function segments<T>(values: readonly T[], show: (v: T) => string = String): string {
  const out: string[] = [];
  let last: string | undefined;
  let count = 0;
  for (const value of values) {
    const shown = show(value);
    if (shown === last) count++;
    else {
      if (last !== undefined) out.push(`${last}×${count}`);
      last = shown;
      count = 1;
    }
  }
  if (last !== undefined) out.push(`${last}×${count}`);
  return out.join(' ') || '(no CJK text)';
}

function sameSequence<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean): boolean {
  return a.length === b.length && a.every((value, index) => same(value, b[index]));
}

function showSpacing(value: OurParagraph['lineSpacing'] | OdfParagraph['lineSpacing']): string {
  if (value === undefined) return '(unstated)';
  return value.rule === 'multiple' ? `multiple ${round(value.lines, 3)}` : `${value.rule} ${round(value.points, 2)}pt`;
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

function compareProperty(property: Property, ours: OurParagraph, lo: OdfParagraph): { same: boolean; ours: string; libreOffice: string } {
  switch (property) {
    case 'eastAsiaFont':
      return {
        same: sameSequence(ours.eastAsiaFonts, lo.eastAsiaFonts, (x, y) => x === y),
        ours: segments(ours.eastAsiaFonts, (v) => v ?? '(unstated)'),
        libreOffice: segments(lo.eastAsiaFonts, (v) => v ?? '(unstated)'),
      };
    case 'eastAsiaSize':
      return {
        same: sameSequence(ours.eastAsiaSizes, lo.eastAsiaSizes, (x, y) => x !== undefined && y !== undefined && Math.abs(x - y) <= TWIP),
        ours: segments(ours.eastAsiaSizes, (v) => (v === undefined ? '(unstated)' : `${v}pt`)),
        libreOffice: segments(lo.eastAsiaSizes, (v) => (v === undefined ? '(unstated)' : `${round(v, 2)}pt`)),
      };
    case 'lineSpacing': {
      const a = ours.lineSpacing;
      const b = lo.lineSpacing;
      let same = false;
      if (a && a.rule === 'multiple' && b.rule === 'multiple') same = Math.abs(a.lines - b.lines) <= HALF_PERCENT;
      else if (a && a.rule !== 'multiple' && b.rule === a.rule) same = Math.abs(a.points - b.points) <= TWIP;
      return { same, ours: showSpacing(a), libreOffice: showSpacing(b) };
    }
    case 'firstLineIndent':
      return {
        same: Math.abs(ours.firstLineIndentPt - lo.firstLineIndentPt) <= TWIP,
        ours: `${round(ours.firstLineIndentPt, 2)}pt${ours.firstLineChars !== undefined ? ` (${ours.firstLineChars / 100} chars)` : ''}`,
        libreOffice: `${round(lo.firstLineIndentPt, 2)}pt${lo.indentFrom === 'list' ? ' (from the list level)' : ''}`,
      };
    case 'alignment':
      return { same: (ours.alignment ?? 'left') === lo.alignment, ours: ours.alignment ?? '(unstated)', libreOffice: lo.alignment };
    case 'spaceBefore':
    case 'spaceAfter': {
      const a = property === 'spaceBefore' ? ours.spaceBeforePt : ours.spaceAfterPt;
      const b = property === 'spaceBefore' ? lo.spaceBeforePt : lo.spaceAfterPt;
      return { same: a !== undefined && Math.abs(a - b) <= TWIP, ours: a === undefined ? '(unstated)' : `${round(a, 2)}pt`, libreOffice: `${round(b, 2)}pt` };
    }
  }
}

export interface Comparison {
  readonly documents: number;
  /** Paragraphs found by both readers (text-box paragraphs excluded: the model leaves them out). */
  readonly paragraphs: number;
  readonly agree: Readonly<Record<Property, number>>;
  /** Paragraphs on which every property agrees. */
  readonly agreeAll: number;
  readonly disagreements: readonly Disagreement[];
  /** Generated paragraphs a reader did not find (ids), with which reader missed them. */
  readonly missing: readonly { document: string; id: string; missingFrom: 'ours' | 'libreOffice' }[];
  readonly textBoxParagraphs: number;
}

export function compareCorpus(
  documents: readonly GeneratedDocument[],
  ours: ReadonlyMap<string, readonly OurParagraph[]>,
  libreOffice: ReadonlyMap<string, readonly OdfParagraph[]>,
): Comparison {
  const agree = Object.fromEntries(PROPERTIES.map((p) => [p, 0])) as Record<Property, number>;
  const disagreements: Disagreement[] = [];
  const missing: { document: string; id: string; missingFrom: 'ours' | 'libreOffice' }[] = [];
  let paragraphs = 0;
  let agreeAll = 0;
  let textBoxParagraphs = 0;
  for (const document of documents) {
    const ourById = new Map((ours.get(document.name) ?? []).map((p) => [p.id, p]));
    const loById = new Map((libreOffice.get(document.name) ?? []).map((p) => [p.id, p]));
    for (const generated of document.paragraphs) {
      if (generated.inTextBox) {
        textBoxParagraphs++;
        if (!loById.has(generated.id)) missing.push({ document: document.name, id: generated.id, missingFrom: 'libreOffice' });
        continue;
      }
      const o = ourById.get(generated.id);
      const l = loById.get(generated.id);
      if (!o || !l) {
        missing.push({ document: document.name, id: generated.id, missingFrom: !o ? 'ours' : 'libreOffice' });
        continue;
      }
      paragraphs++;
      let all = true;
      for (const property of PROPERTIES) {
        const result = compareProperty(property, o, l);
        if (result.same) agree[property]++;
        else {
          all = false;
          disagreements.push({
            document: document.name,
            id: generated.id,
            property,
            ours: result.ours,
            libreOffice: result.libreOffice,
            features: generated.features,
            generated,
            oursParagraph: o,
            loParagraph: l,
          });
        }
      }
      if (all) agreeAll++;
    }
  }
  return { documents: documents.length, paragraphs, agree, agreeAll, disagreements, missing, textBoxParagraphs };
}

/** A known, sourced reason for LibreOffice and Word (hence our reader) to differ. */
export interface Exception {
  readonly name: string;
  readonly property: Property;
  /** Whether this exception explains the disagreement. */
  readonly explains: (d: Disagreement) => boolean;
  readonly why: string;
  readonly source: string;
}

/** A disagreement our reader will stop making once a known gap is fixed. */
export interface PendingFix {
  readonly feature: string;
  readonly properties: readonly Property[];
  readonly explains: (d: Disagreement) => boolean;
  readonly gap: string;
}

export interface Sorted {
  readonly byException: Map<string, Disagreement[]>;
  readonly byPending: Map<string, Disagreement[]>;
  readonly unexplained: Disagreement[];
}

export function sortDisagreements(disagreements: readonly Disagreement[], exceptions: readonly Exception[], pending: readonly PendingFix[]): Sorted {
  const byException = new Map<string, Disagreement[]>(exceptions.map((e) => [e.name, []]));
  const byPending = new Map<string, Disagreement[]>(pending.map((p) => [p.feature, []]));
  const unexplained: Disagreement[] = [];
  for (const d of disagreements) {
    const exception = exceptions.find((e) => e.property === d.property && e.explains(d));
    if (exception) {
      byException.get(exception.name)?.push(d);
      continue;
    }
    const fix = pending.find((p) => p.properties.includes(d.property) && p.explains(d));
    if (fix) {
      byPending.get(fix.feature)?.push(d);
      continue;
    }
    unexplained.push(d);
  }
  return { byException, byPending, unexplained };
}

/** The attributes a level's `w:spacing`, `w:ind` or `w:jc` states. */
function elementAttrs(pPr: string, element: string): Record<string, string> | undefined {
  const match = new RegExp(`<w:${element} ([^>]*?)/>`).exec(pPr);
  if (!match) return undefined;
  const attrs: Record<string, string> = {};
  for (const m of match[1].matchAll(/w:(\w+)="([^"]*)"/g)) attrs[m[1]] = m[2];
  return attrs;
}

/** The most specific level (index into `levels`) whose `element` states `attr`, and the value; -1 when none. */
export function stated(levels: readonly PropertyLevel[], element: 'spacing' | 'ind' | 'jc', attr: string): { index: number; value?: string } {
  for (let i = levels.length - 1; i >= 0; i--) {
    const value = elementAttrs(levels[i].pPr, element)?.[attr];
    if (value !== undefined) return { index: i, value };
  }
  return { index: -1 };
}

export function has(d: { features: readonly Feature[] }, ...features: Feature[]): boolean {
  return features.some((f) => d.features.includes(f));
}

export type { GeneratedParagraph };
