/**
 * Why our reader and LibreOffice may disagree on a generated paragraph.
 *
 * EXCEPTIONS: LibreOffice (the version the tests run, 7.4) differs from Word
 * and from ECMA-376; each names its source, and each checks that our reader
 * gives what Word gives in that situation — an exception never hides a
 * mistake of ours. No tolerance is widened for any of them.
 *
 * PENDING_READER_FIXES: gaps of our reader that are known and being fixed.
 * Each entry must still explain at least one disagreement (the suite fails
 * otherwise), so the list shrinks as fixes land: delete an entry when the
 * suite says it no longer disagrees.
 */
import type { Exception, PendingFix, Disagreement, Property } from './compare';
import type { GeneratedRun, PropertyLevel } from './generate';
import { stated } from './compare';

const LO_DOMAIN_MAPPER = 'https://github.com/LibreOffice/core/blob/libreoffice-7-4/writerfilter/source/dmapper/DomainMapper.cxx';
const LO_THEME_TABLE = 'https://github.com/LibreOffice/core/blob/libreoffice-7-4/writerfilter/source/dmapper/ThemeTable.cxx';

/** The paragraph's line spacing as our reader reports it. */
function ourSpacing(d: Disagreement): { rule: string; value: number } | undefined {
  const s = d.oursParagraph.lineSpacing;
  if (!s) return undefined;
  return s.rule === 'multiple' ? { rule: 'auto', value: s.lines } : { rule: s.rule, value: s.points };
}

function loSpacing(d: Disagreement): { rule: string; value: number } {
  const s = d.loParagraph.lineSpacing;
  return s.rule === 'multiple' ? { rule: 'auto', value: s.lines } : { rule: s.rule, value: s.points };
}

const near = (a: number, b: number, within: number) => Math.abs(a - b) <= within;
const isOn = (value: string | undefined) => value === '1' || value === 'true' || value === 'on';
const TWIP = 0.05;

/** The most specific level whose `w:spacing` states `w:line` or `w:lineRule`: LibreOffice reads that level alone. */
function lineLevel(d: Disagreement): { line?: string; lineRule?: string } | undefined {
  const line = stated(d.generated.levels, 'spacing', 'line');
  const rule = stated(d.generated.levels, 'spacing', 'lineRule');
  const top = Math.max(line.index, rule.index);
  if (top < 0) return undefined;
  return { line: line.index === top ? line.value : undefined, lineRule: rule.index === top ? rule.value : undefined };
}

/** Whether a level from a table style is among those stating line spacing (our reader does not read table styles yet). */
function tableLevelStates(d: Disagreement, element: 'spacing' | 'ind' | 'jc', attr: string): boolean {
  return d.generated.levels.some((level) => level.source.startsWith('table') && new RegExp(`<w:${element} [^>]*w:${attr}="`).test(level.pPr));
}


const LO_TABLE_HANDLER = 'https://github.com/LibreOffice/core/blob/libreoffice-7-4/writerfilter/source/dmapper/DomainMapperTableHandler.cxx';

const isTableLevel = (level: PropertyLevel) => level.source.startsWith('table');
const isStyleLevel = (level: PropertyLevel) => level.source.startsWith('style:');

/** What one level's w:rPr states for a run property: a named font, a theme font (resolved through the theme), or a size in points. */
type RunValue = { readonly font: string } | { readonly theme: string } | { readonly size: number };

function runValue(rPr: string | undefined, property: Property): RunValue | undefined {
  if (!rPr) return undefined;
  if (property === 'eastAsiaSize') {
    const size = /<w:sz w:val="(\d+)"/.exec(rPr);
    return size ? { size: Number(size[1]) / 2 } : undefined;
  }
  const fonts = /<w:rFonts ([^>]*)\/>/.exec(rPr)?.[1];
  if (!fonts) return undefined;
  // The theme attribute wins over the named font at the same level (ECMA-376 Part 1 §17.3.2.26).
  const theme = /w:eastAsiaTheme="([^"]*)"/.exec(fonts);
  if (theme) return { theme: theme[1] };
  const font = /w:eastAsia="([^"]*)"/.exec(fonts);
  return font ? { font: font[1] } : undefined;
}

/**
 * Whether a reader's value for one character is the level's value. A theme
 * font is taken as any typeface (LibreOffice's empty one included): which one
 * the theme gives is compared where both readers agree on the level (see
 * theme-font-without-typeface).
 */
function isValue(value: RunValue, shown: string | number | undefined): boolean {
  if ('size' in value) return typeof shown === 'number' && near(shown, value.size, TWIP);
  if ('font' in value) return shown === value.font;
  return typeof shown === 'string';
}

/** Our and LibreOffice's value per visible CJK character, each with the generated run it belongs to; undefined when they do not line up. */
function characters(d: Disagreement): { ours: (string | number | undefined)[]; lo: (string | number | undefined)[]; runs: GeneratedRun[] } | undefined {
  const font = d.property === 'eastAsiaFont';
  const ours = font ? d.oursParagraph.eastAsiaFonts : d.oursParagraph.eastAsiaSizes;
  const lo = font ? d.loParagraph.eastAsiaFonts : d.loParagraph.eastAsiaSizes;
  const runs = d.generated.runs.flatMap((run) => [...run.text].map(() => run));
  if (ours.length !== runs.length || lo.length !== runs.length) return undefined;
  return { ours: [...ours], lo: [...lo], runs };
}

function sameRunValue(a: RunValue, b: RunValue): boolean {
  if ('size' in a) return 'size' in b && a.size === b.size;
  if ('font' in a) return 'font' in b && a.font === b.font;
  return 'theme' in b && a.theme === b.theme;
}

const differs = (a: string | number | undefined, b: string | number | undefined) =>
  typeof a === 'number' && typeof b === 'number' ? !near(a, b, TWIP) : a !== b;

/** The paragraph style chain's value of the run property (its most specific style stating it). */
function styleChainValue(levels: readonly PropertyLevel[], property: Property): RunValue | undefined {
  for (let i = levels.length - 1; i >= 0; i--) {
    if (!isStyleLevel(levels[i])) continue;
    const value = runValue(levels[i].rPr, property);
    if (value) return value;
  }
  return undefined;
}

/** The most specific table level (conditional formats over the style's own) that states the run property. */
function tableRunValue(levels: readonly PropertyLevel[], property: Property): RunValue | undefined {
  for (let i = levels.length - 1; i >= 0; i--) {
    if (!isTableLevel(levels[i])) continue;
    const value = runValue(levels[i].rPr, property);
    if (value) return value;
  }
  return undefined;
}

/**
 * Whether the paragraph style chain decides the run property in a table
 * cell, in Word's terms: it states it, unless the paragraph's style is the
 * default paragraph style, whose 11/12 pt size gives way to the table
 * style's ([MS-DOCX] overrideTableStyleFontSizeAndJustification, off in the
 * generated settings).
 */
function styleChainDecides(levels: readonly PropertyLevel[], property: Property): boolean {
  const styles = levels.filter(isStyleLevel);
  const top = [...styles].reverse().find((level) => runValue(level.rPr, property) !== undefined);
  if (!top) return false;
  const value = runValue(top.rPr, property);
  const isDefaultStyle = styles[styles.length - 1]?.source === 'style:Normal';
  const tableSize = tableRunValue(levels, property);
  return !(isDefaultStyle && top.source === 'style:Normal' && value && 'size' in value && (value.size === 11 || value.size === 12) && tableSize !== undefined);
}

const JC_SHOWN: Readonly<Record<string, string>> = { start: 'left', end: 'right' };

/** The paragraph's effective value of a paragraph property in Word's hierarchy, from the generated levels; undefined where this helper does not decide (automatic spacing, character units). */
function wordParagraphValue(levels: readonly PropertyLevel[], property: Property): string | number | { rule: string; value: number } | undefined {
  switch (property) {
    case 'alignment': {
      let jc = stated(levels, 'jc', 'val');
      const styles = levels.filter(isStyleLevel);
      const tableJc = stated(levels.filter(isTableLevel), 'jc', 'val');
      // [MS-DOCX] overrideTableStyleFontSizeAndJustification off: the default paragraph style's left alignment gives way to the table style's.
      if (jc.index >= 0 && levels[jc.index].source === 'style:Normal' && styles[styles.length - 1]?.source === 'style:Normal' && (jc.value === 'left' || jc.value === 'start') && tableJc.index >= 0) jc = tableJc;
      const value = jc.value ?? 'left';
      return JC_SHOWN[value] ?? value;
    }
    case 'spaceBefore':
    case 'spaceAfter': {
      const side = property === 'spaceBefore' ? 'before' : 'after';
      if (isOn(stated(levels, 'spacing', `${side}Autospacing`).value)) return undefined;
      const lines = Number(stated(levels, 'spacing', `${side}Lines`).value ?? 0);
      if (lines !== 0) return (lines / 100) * 12;
      return Number(stated(levels, 'spacing', side).value ?? 0) / 20;
    }
    case 'lineSpacing': {
      const line = stated(levels, 'spacing', 'line');
      if (line.index < 0) return { rule: 'auto', value: 1 };
      const rule = stated(levels, 'spacing', 'lineRule');
      const effective = rule.index >= line.index ? rule.value ?? 'auto' : 'auto';
      return effective === 'auto' ? { rule: 'auto', value: Number(line.value) / 240 } : { rule: effective, value: Number(line.value) / 20 };
    }
    case 'firstLineIndent': {
      const attrs = ['firstLine', 'firstLineChars', 'hanging', 'hangingChars'].map((attr) => stated(levels, 'ind', attr));
      if (Number(attrs[1].value ?? 0) !== 0 || Number(attrs[3].value ?? 0) !== 0) return undefined;
      const kind = Math.max(attrs[0].index, attrs[1].index) >= Math.max(attrs[2].index, attrs[3].index) ? 'f' : 'h';
      if (attrs.every((a) => a.index < 0)) return 0;
      return kind === 'f' ? Number(attrs[0].value ?? 0) / 20 : -Number(attrs[2].value ?? 0) / 20;
    }
    default:
      return undefined;
  }
}

/** Whether a reader's paragraph value (ours or LibreOffice's) is `expected`. */
function paragraphIs(d: Disagreement, reader: 'ours' | 'lo', expected: ReturnType<typeof wordParagraphValue>): boolean {
  if (expected === undefined) return false;
  const p = reader === 'ours' ? d.oursParagraph : d.loParagraph;
  switch (d.property) {
    case 'alignment':
      return (p.alignment ?? 'left') === expected;
    case 'spaceBefore':
      return p.spaceBeforePt !== undefined && typeof expected === 'number' && near(p.spaceBeforePt, expected, TWIP);
    case 'spaceAfter':
      return p.spaceAfterPt !== undefined && typeof expected === 'number' && near(p.spaceAfterPt, expected, TWIP);
    case 'firstLineIndent': {
      const points = reader === 'ours' ? d.oursParagraph.firstLineIndentPt : d.loParagraph.firstLineIndentPt;
      return typeof expected === 'number' && near(points, expected, TWIP);
    }
    case 'lineSpacing': {
      const s = reader === 'ours' ? ourSpacing(d) : loSpacing(d);
      if (!s || typeof expected !== 'object') return false;
      return s.rule === expected.rule && near(s.value, expected.value, s.rule === 'auto' ? HALF_PERCENT : TWIP);
    }
    default:
      return false;
  }
}
const HALF_PERCENT = 0.005;

function sameParagraphValue(a: ReturnType<typeof wordParagraphValue>, b: ReturnType<typeof wordParagraphValue>): boolean {
  if (typeof a === 'object' && typeof b === 'object') return a.rule === b.rule && near(a.value, b.value, 0.0005);
  if (typeof a === 'number' && typeof b === 'number') return near(a, b, TWIP);
  return a === b;
}

/** LibreOffice leaves the default table style out (see default-table-style-not-applied); our reader applies it as Word does. */
function defaultTableStyleLeftOut(d: Disagreement): boolean {
  const levels = d.generated.levels;
  if (!d.generated.inUnstyledTable || !levels.some(isTableLevel)) return false;
  const without = levels.filter((level) => !isTableLevel(level));
  if (d.property === 'eastAsiaFont' || d.property === 'eastAsiaSize') {
    const chars = characters(d);
    const table = tableRunValue(levels, d.property);
    if (!chars || !table || styleChainDecides(levels, d.property)) return false;
    // Without the table style: the paragraph style chain's value, else the document defaults'.
    const below = styleChainValue(levels, d.property) ?? runValue(levels[0]?.rPr, d.property);
    return chars.ours.every((ours, i) => {
      if (!differs(ours, chars.lo[i]) || emptyThemeFont(d, chars.ours[i] as string | undefined, chars.lo[i] as string | undefined)) return true;
      const run = chars.runs[i];
      if (runValue(run.rPr, d.property) ?? runValue(run.charStyleRPr, d.property)) return false;
      return isValue(table, ours) && (below === undefined ? chars.lo[i] === undefined : isValue(below, chars.lo[i]));
    });
  }
  const word = wordParagraphValue(levels, d.property);
  const withoutTable = wordParagraphValue(without, d.property);
  return word !== undefined && withoutTable !== undefined && !sameParagraphValue(word, withoutTable) && paragraphIs(d, 'ours', word);
}

/**
 * LibreOffice gives a styled table's runs the table style's value (or, where
 * the table style states none, the document defaults') over the run's
 * character style or direct theme font; our reader keeps the run's, as Word.
 */
function tableStyleOverRun(d: Disagreement): boolean {
  const levels = d.generated.levels;
  if (d.generated.inUnstyledTable || !levels.some(isTableLevel)) return false;
  const chars = characters(d);
  if (!chars) return false;
  const defaults = runValue(levels[0]?.rPr, d.property);
  const fromTable = tableRunValue(levels, d.property) ?? defaults;
  if (!fromTable) return false;
  return chars.ours.every((ours, i) => {
    if (!differs(ours, chars.lo[i]) || emptyThemeFont(d, chars.ours[i] as string | undefined, chars.lo[i] as string | undefined)) return true;
    const run = chars.runs[i];
    const direct = runValue(run.rPr, d.property);
    // LibreOffice keeps a run's own named font or size, except one equal to the document defaults' (which it does not store as the run's);
    // a direct theme font it does not keep either.
    const equalsDefaults =
      direct !== undefined &&
      defaults !== undefined &&
      (sameRunValue(direct, defaults) || ('font' in direct && 'theme' in defaults && defaults.theme === 'minorEastAsia' && d.generated.theme.ea === direct.font));
    const keptByLibreOffice = direct !== undefined && !('theme' in direct) && !equalsDefaults;
    if (keptByLibreOffice) return false;
    const own = direct ?? runValue(run.charStyleRPr, d.property);
    return own !== undefined && isValue(own, ours) && isValue(fromTable, chars.lo[i]);
  });
}

/**
 * LibreOffice keeps the default paragraph style's 12 pt in a styled table's
 * cells where Word gives way to the table style's size ([MS-DOCX]).
 */
function defaultStyleSizeKept(d: Disagreement): boolean {
  const levels = d.generated.levels;
  if (d.generated.inUnstyledTable || !levels.some(isTableLevel)) return false;
  const styles = levels.filter(isStyleLevel);
  const normal = runValue(styles.find((level) => level.source === 'style:Normal')?.rPr, 'eastAsiaSize');
  const table = tableRunValue(levels, 'eastAsiaSize');
  if (styles[styles.length - 1]?.source !== 'style:Normal' || !normal || !('size' in normal) || (normal.size !== 11 && normal.size !== 12) || !table) return false;
  const chars = characters(d);
  if (!chars) return false;
  return chars.ours.every((ours, i) => {
    if (!differs(ours, chars.lo[i])) return true;
    const run = chars.runs[i];
    if (runValue(run.rPr, 'eastAsiaSize') ?? runValue(run.charStyleRPr, 'eastAsiaSize')) return false;
    return isValue(table, ours) && isValue(normal, chars.lo[i]);
  });
}

/** LibreOffice puts the table style's indent over a list level's reached through the paragraph style; Word ranks the level above (§17.7.2). */
function listLevelIndentUnderTable(d: Disagreement): boolean {
  const levels = d.generated.levels;
  const list = levels.findIndex((level) => level.source === 'numbering');
  if (list < 0 || !levels.some(isTableLevel) || !/<w:ind /.test(levels[list].pPr)) return false;
  const word = wordParagraphValue(levels, 'firstLineIndent');
  // LibreOffice: the table style's indent where the paragraph's own (direct) formatting states none, else Word's order without the level.
  const direct = levels[levels.length - 1];
  if (direct?.source === 'direct' && /<w:ind /.test(direct.pPr)) return false;
  const lo = wordParagraphValue([...levels.filter((level) => !isStyleLevel(level) && level.source !== 'numbering' && level.source !== 'direct')], 'firstLineIndent');
  return word !== undefined && lo !== undefined && paragraphIs(d, 'ours', word) && paragraphIs(d, 'lo', lo);
}

/** LibreOffice: distribute alignment that reaches a cell from the table style arrives justified (its last-line half is not carried). */
function distributeFromTableStyle(d: Disagreement): boolean {
  const levels = d.generated.levels;
  if (!levels.some(isTableLevel) || (d.oursParagraph.alignment ?? 'left') !== 'distribute' || d.loParagraph.alignment !== 'both') return false;
  const jc = stated(levels, 'jc', 'val');
  const tableJc = stated(levels.filter(isTableLevel), 'jc', 'val');
  return wordParagraphValue(levels, 'alignment') === 'distribute' && tableJc.value === 'distribute' && (jc.index < 0 || !levels[jc.index].source.startsWith('direct'));
}

/** LibreOffice: in a styled table the default paragraph style's left alignment gives way to the document defaults' when the table style states none. */
function leftYieldsToDefaults(d: Disagreement): boolean {
  const levels = d.generated.levels;
  if (d.generated.inUnstyledTable || !levels.some(isTableLevel) || stated(levels.filter(isTableLevel), 'jc', 'val').index >= 0) return false;
  const styles = levels.filter(isStyleLevel);
  const jc = stated(levels, 'jc', 'val');
  if (jc.index < 0 || levels[jc.index].source !== 'style:Normal' || styles[styles.length - 1]?.source !== 'style:Normal') return false;
  if (jc.value !== 'left' && jc.value !== 'start') return false;
  const defaults = stated([levels[0]], 'jc', 'val').value;
  if (defaults === undefined) return false;
  // LibreOffice carries the adjustment, not distribute's last line: distribute arrives as justified.
  const lo = defaults === 'distribute' ? 'both' : JC_SHOWN[defaults] ?? defaults;
  return (d.oursParagraph.alignment ?? 'left') === 'left' && d.loParagraph.alignment === lo;
}


const ASPOSE_AUTO = 'https://reference.aspose.com/words/net/aspose.words/paragraphformat/spacebeforeauto/';
const LO_DOMAIN_MAPPER_IMPL = 'https://github.com/LibreOffice/core/blob/libreoffice-7-4/writerfilter/source/dmapper/DomainMapper_Impl.cxx';

/** Whether the paragraph sits in a table cell (each generated cell holds one paragraph: the first and the last of its cell). */
const inTable = (d: Disagreement) => d.generated.inUnstyledTable || d.generated.levels.some(isTableLevel);

/** Automatic spacing on the side the disagreement is about: the level that turns it on, and Word's value there (none at a cell's edges or the top of the body). */
function automaticSpacing(d: Disagreement): { index: number; word: number } | undefined {
  const side = d.property === 'spaceBefore' ? 'before' : 'after';
  const auto = stated(d.generated.levels, 'spacing', `${side}Autospacing`);
  if (auto.index < 0 || !isOn(auto.value)) return undefined;
  const atEdge = inTable(d) || (side === 'before' && d.id.endsWith('P01'));
  return { index: auto.index, word: atEdge ? 0 : AUTOSPACING_PT };
}
const AUTOSPACING_PT = 14;

const spacingOf = (p: { spaceBeforePt?: number; spaceAfterPt?: number }, property: Property) => (property === 'spaceBefore' ? p.spaceBeforePt : p.spaceAfterPt);

/** LibreOffice keeps automatic spacing as the value 14 pt of the level that turns it on, so a w:before/w:after stated above that level replaces it. */
function autospacingReplacedByValue(d: Disagreement): boolean {
  const auto = automaticSpacing(d);
  if (!auto) return false;
  const side = d.property === 'spaceBefore' ? 'before' : 'after';
  const levels = d.generated.levels;
  const value = stated(levels, 'spacing', side);
  const lines = stated(levels, 'spacing', `${side}Lines`);
  const ours = spacingOf(d.oursParagraph, d.property);
  if (ours === undefined || !near(ours, auto.word, TWIP)) return false;
  // The value above the switch: line units (12 pt a line) where a level above the one stating twips states them; twips where
  // the same level states both (LibreOffice then keeps the twips, see line-units-before-after).
  const lo = spacingOf(d.loParagraph, d.property) ?? -1;
  if (lines.index > auto.index && lines.index > value.index && Number(lines.value) !== 0) return near(lo, (Number(lines.value) / 100) * 12, TWIP);
  return value.index > auto.index && near(lo, Number(value.value) / 20, TWIP);
}

/** LibreOffice drops automatic space between list items only when the items carry their numbering themselves; one numbered through its paragraph style keeps 14 pt. */
function autospacingBetweenListItems(d: Disagreement): boolean {
  const auto = automaticSpacing(d);
  const ours = spacingOf(d.oursParagraph, d.property);
  const numbered = d.generated.levels.some((level) => level.source === 'numbering');
  return auto !== undefined && auto.word === AUTOSPACING_PT && numbered && !inTable(d) && ours !== undefined && near(ours, 0, TWIP) && near(spacingOf(d.loParagraph, d.property) ?? -1, AUTOSPACING_PT, TWIP);
}

/** LibreOffice gives automatic spacing at the top and bottom of a table cell its 14 pt unless the paragraph itself turns it on; Word gives none. */
function autospacingAtCellEdge(d: Disagreement): boolean {
  const auto = automaticSpacing(d);
  const ours = spacingOf(d.oursParagraph, d.property);
  return auto !== undefined && inTable(d) && ours !== undefined && near(ours, 0, TWIP) && near(spacingOf(d.loParagraph, d.property) ?? -1, AUTOSPACING_PT, TWIP);
}

export const EXCEPTIONS: readonly Exception[] = [
  ...(['spaceBefore', 'spaceAfter'] as const).map(
    (property): Exception => ({
      name: 'automatic-spacing-replaced-by-a-value-above',
      property,
      why:
        'Automatic spacing (w:beforeAutospacing / w:afterAutospacing) is a switch: while it is on, the w:before / w:after value is ignored ' +
        '(ECMA-376 Part 1 §17.3.1.33; "When set to true, overrides the effect of SpaceBefore", Word\'s 14 pt rules), wherever in the style ' +
        'hierarchy the value is stated. LibreOffice 7.4 turns automatic spacing into a 14 pt margin at the level that states it, so a ' +
        'w:before / w:after stated at a more specific level replaces it. Our reader keeps Word\'s automatic spacing.',
      source: `ECMA-376 Part 1 §17.3.1.33 beforeAutospacing/afterAutospacing; ${ASPOSE_AUTO}; ${LO_DOMAIN_MAPPER} (LN_CT_Spacing_beforeAutospacing inserts PROP_PARA_TOP_MARGIN 280 twips at its level)`,
      explains: autospacingReplacedByValue,
    }),
  ),
  ...(['spaceBefore', 'spaceAfter'] as const).map(
    (property): Exception => ({
      name: 'automatic-spacing-at-cell-edges',
      property,
      why:
        'Word adds no automatic spacing after the last paragraph of a table cell, nor before the first. LibreOffice 7.4 removes it only where ' +
        'the paragraph turns automatic spacing on itself (and, after a cell\'s last paragraph, not at all in these documents); where it comes from ' +
        'the table style, a paragraph style or the document defaults the cell keeps 14 pt. Our reader gives none.',
      source: `${ASPOSE_AUTO} ("Spacing is not added after the last paragraph in a table cell"); ${LO_DOMAIN_MAPPER_IMPL} (m_bFirstParagraphInCell, read with the paragraph's own properties)`,
      explains: autospacingAtCellEdge,
    }),
  ),
  ...(['spaceBefore', 'spaceAfter'] as const).map(
    (property): Exception => ({
      name: 'automatic-spacing-between-list-items',
      property,
      why:
        'Word adds automatic spacing around a numbered or bulleted list, not between its items (nested items included). LibreOffice 7.4 ' +
        'removes it only between paragraphs that carry the same numbering themselves (w:numPr on the paragraph); an item numbered through its ' +
        'paragraph style keeps 14 pt. Our reader gives none between items of the same list (w:numId), however the numbering is reached.',
      source: `${ASPOSE_AUTO} ("Spacing is not added between the list items"); ${LO_DOMAIN_MAPPER_IMPL} (finishParagraph compares the NumberingRules of the paragraph and the previous one)`,
      explains: autospacingBetweenListItems,
    }),
  ),
  ...(['eastAsiaFont', 'eastAsiaSize', 'lineSpacing', 'firstLineIndent', 'alignment', 'spaceBefore', 'spaceAfter'] as const).map(
    (property): Exception => ({
      name: 'default-table-style-not-applied',
      property,
      why:
        'A table that names no style (no w:tblStyle) takes the document\'s default table style (w:style w:type="table" w:default="1", ECMA-376 ' +
        'Part 1 §17.7.4.17) in Word, below the paragraph style and above the document defaults (§17.7.2). LibreOffice 7.4 looks up only the ' +
        'style the table names, so its cells keep the document defaults. Our reader applies the default table style.',
      source: `ECMA-376 Part 1 §17.7.4.17 style/@w:default, §17.7.2; ${LO_TABLE_HANDLER} (endTableGetTableStyle reads the table's own TableStyleName only)`,
      explains: defaultTableStyleLeftOut,
    }),
  ),
  ...(['eastAsiaFont', 'eastAsiaSize'] as const).map(
    (property): Exception => ({
      name: 'table-style-over-character-formatting',
      property,
      why:
        'In a table cell Word ranks the table style below the paragraph style, the character style and direct formatting (ECMA-376 Part 1 ' +
        '§17.7.2: document defaults, table, numbering, paragraph, run styles, then direct formatting), so a run\'s character style keeps its font ' +
        'and size. LibreOffice 7.4 applies the table style\'s character properties — and, where the table style states none, the document ' +
        'defaults\' — as direct formatting to every run that has no direct value of its own, which puts them over the run\'s character style ' +
        '(and over a direct theme font, which it does not count as direct). Our reader keeps the run\'s own value.',
      source: `ECMA-376 Part 1 §17.7.2; ${LO_TABLE_HANDLER} (ApplyParagraphPropertiesFromTableStyle: "apply style setting only on text portions without direct modification of it")`,
      explains: tableStyleOverRun,
    }),
  ),
  {
    name: 'default-style-left-alignment-gives-way-to-document-defaults',
    property: 'alignment',
    why:
      'In a styled table, the default paragraph style\'s left alignment gives way to the table style\'s ([MS-DOCX] compatibility setting ' +
      'overrideTableStyleFontSizeAndJustification, off here) — only when the table style states an alignment. LibreOffice 7.4 counts the ' +
      'document defaults\' alignment as the table style\'s and applies it; Word and our reader keep the default style\'s left.',
    source:
      `[MS-DOCX] overrideTableStyleFontSizeAndJustification (https://learn.microsoft.com/en-us/openspecs/office_standards/ms-docx/); ${LO_TABLE_HANDLER} ` +
      '(ApplyParagraphPropertiesFromTableStyle: bCompatOverride for PROP_PARA_ADJUST of the default paragraph style)',
    explains: leftYieldsToDefaults,
  },
  {
    name: 'default-style-12pt-kept-in-table',
    property: 'eastAsiaSize',
    why:
      'In a table cell whose paragraph has the default paragraph style, a size of 11 or 12 pt that style states gives way to the table ' +
      'style\'s size unless the document turns overrideTableStyleFontSizeAndJustification on ([MS-DOCX]; docx4j\'s tests, checked against Word, ' +
      'agree for 12 pt). LibreOffice 7.4 keeps the 12 pt in these documents; our reader gives the table style\'s size.',
    source:
      `[MS-DOCX] overrideTableStyleFontSizeAndJustification; docx4j ParagraphStylesInTableFix (https://github.com/plutext/docx4j); reproduced with LibreOffice 7.4 (docs/differential.md)`,
    explains: defaultStyleSizeKept,
  },
  {
    name: 'table-style-indent-over-list-style-level',
    property: 'firstLineIndent',
    why:
      'A list level\'s indent (w:lvl/w:pPr) reached through the paragraph style\'s numbering sits above the table style (ECMA-376 Part 1 §17.7.2: ' +
      'table, then numbering, then paragraph style). LibreOffice 7.4 lets only direct numbering keep its indent against the table style; through a ' +
      'style it applies the table style\'s indent. Our reader keeps the level\'s.',
    source: `ECMA-376 Part 1 §17.7.2; ${LO_TABLE_HANDLER} (ApplyParagraphPropertiesFromTableStyle: "indentation of direct numbering has bigger precedence, than table style", PROP_NUMBERING_RULES set on the paragraph only)`,
    explains: listLevelIndentUnderTable,
  },
  {
    name: 'distribute-from-table-style-arrives-justified',
    property: 'alignment',
    why:
      'Distributed alignment (w:jc="distribute", 分散对齐) from a table style: Word distributes every line (ECMA-376 Part 1 §17.18.44). LibreOffice ' +
      '7.4 applies the table style\'s paragraph adjustment but not the last-line adjustment that makes it distributed, so the cell is justified.',
    source: `ECMA-376 Part 1 §17.18.44 ST_Jc; ${LO_TABLE_HANDLER} (ApplyParagraphPropertiesFromTableStyle, PROP_PARA_ADJUST compat override; ParaLastLineAdjust is not among the properties it carries)`,
    explains: distributeFromTableStyle,
  },
  {
    name: 'line-without-lineRule-read-as-exact',
    property: 'lineSpacing',
    why:
      'A w:spacing that states w:line without w:lineRule is auto (multiple) spacing by ECMA-376 Part 1 §17.3.1.33 ("If this attribute is omitted, ' +
      'then it shall be assumed to be of a value auto if a w:line attribute value is present"); LibreOffice starts from a fixed (exact) mode when the ' +
      'same element names no rule and reads the value as exact twips.',
    source: `ECMA-376 Part 1 §17.3.1.33 lineRule; ${LO_DOMAIN_MAPPER} (case LN_CT_Spacing_line: "default to single line spacing", Mode = FIX)`,
    explains: (d) => {
      const top = lineLevel(d);
      if (!top || top.line === undefined || top.lineRule !== undefined) return false;
      const line = Number(top.line);
      const ours = ourSpacing(d);
      const lo = loSpacing(d);
      return lo.rule === 'exact' && near(lo.value, line / 20, TWIP) && ours?.rule === 'auto' && near(ours.value, line / 240, 0.0005);
    },
  },
  {
    name: 'lineRule-without-line-takes-single',
    property: 'lineSpacing',
    why:
      'A level that states only w:lineRule keeps the w:line a lower level states (ECMA-376 Part 1 §17.3.1.33: an omitted attribute "is determined by the ' +
      'setting previously set at any level of the style hierarchy"; never set: no line spacing, i.e. single). LibreOffice reads each level alone and gives ' +
      'the rule a value of 240 twips (12 pt, or 100 % for auto).',
    source: `ECMA-376 Part 1 §17.3.1.33 line; ${LO_DOMAIN_MAPPER} (case LN_CT_Spacing_lineRule starts from SINGLE_LINE_SPACING 240)`,
    explains: (d) => {
      const top = lineLevel(d);
      if (!top || top.lineRule === undefined || top.line !== undefined) return false;
      const lo = loSpacing(d);
      const loSingle = top.lineRule === 'auto' ? lo.rule === 'auto' && near(lo.value, 1, 0.005) : lo.rule === top.lineRule && near(lo.value, 12, TWIP);
      if (!loSingle) return false;
      // What Word does: the rule of this level with the line of the level below that states one.
      const line = stated(d.generated.levels, 'spacing', 'line').value;
      const ours = ourSpacing(d);
      if (line === undefined) return ours?.rule === 'auto' && near(ours.value, 1, 0.0005);
      const expected = top.lineRule === 'auto' ? { rule: 'auto', value: Number(line) / 240 } : { rule: top.lineRule, value: Number(line) / 20 };
      return ours?.rule === expected.rule && near(ours.value, expected.value, 0.0005);
    },
  },
  {
    name: 'proportional-spacing-in-whole-percent',
    property: 'lineSpacing',
    why:
      'LibreOffice keeps proportional line spacing as a whole percentage and truncates on import: w:line="400" (1.6667 lines) becomes 166 %. ' +
      'Our reader keeps the exact multiple.',
    source: `${LO_DOMAIN_MAPPER} (aSpacing.Height = sal_Int16(nIntValue * 100 / SINGLE_LINE_SPACING), integer division)`,
    explains: (d) => {
      const ours = ourSpacing(d);
      const lo = loSpacing(d);
      if (ours?.rule !== 'auto' || lo.rule !== 'auto') return false;
      return Math.floor(ours.value * 100 + 1e-9) === Math.round(lo.value * 100) && !Number.isInteger(Math.round(ours.value * 1e6) / 1e4);
    },
  },
  {
    name: 'character-unit-first-line-indent',
    property: 'firstLineIndent',
    why:
      'A first-line indent in characters (w:firstLineChars, hundredths of a character) has no counterpart in LibreOffice 7.4, which keeps only the ' +
      'w:firstLine twips (or none). Our reader keeps the character count, which is what the rules check; its points are only an estimate.',
    source:
      'ECMA-376 Part 1 §17.3.1.12 ind (firstLineChars); font-relative first-line indents reached Writer only with https://gerrit.libreoffice.org/c/core/+/176216 (after 7.4)',
    explains: (d) => d.oursParagraph.firstLineChars !== undefined,
  },
  {
    name: 'line-units-before-after',
    property: 'spaceBefore',
    why:
      'Spacing before in line units (w:beforeLines) wins over w:before in Word (ECMA-376 Part 1 §17.3.1.33 beforeLines: "If this attribute is ' +
      'specified, the before attribute is ignored"); LibreOffice 7.4 ignores line units and keeps w:before. Our reader counts 12 pt per line.',
    source: `ECMA-376 Part 1 §17.3.1.33 beforeLines; ${LO_DOMAIN_MAPPER} (LN_CT_Spacing_beforeLines is only kept in the interop grab-bag)`,
    explains: (d) => lineUnits(d, 'beforeLines', 'before', d.oursParagraph.spaceBeforePt, d.loParagraph.spaceBeforePt),
  },
  {
    name: 'line-units-before-after',
    property: 'spaceAfter',
    why: 'As for spacing before (w:afterLines).',
    source: `ECMA-376 Part 1 §17.3.1.33 afterLines; ${LO_DOMAIN_MAPPER}`,
    explains: (d) => lineUnits(d, 'afterLines', 'after', d.oursParagraph.spaceAfterPt, d.loParagraph.spaceAfterPt),
  },
  {
    name: 'spacing-half-from-default-style',
    property: 'spaceAfter',
    why:
      'A direct w:spacing that states w:before but not w:after, in a paragraph whose style is not based on the default paragraph style: Word ' +
      'inherits w:after through the paragraph\'s own style chain (ECMA-376 Part 1 §17.7.2); LibreOffice keeps before and after as one attribute ' +
      '(fo:margin-top/fo:margin-bottom) and fills the missing half from the default paragraph style.',
    source:
      'ECMA-376 Part 1 §17.7.2 (style hierarchy); reproduced with LibreOffice 7.4: Normal after=240, style Title1 without basedOn, ' +
      'direct <w:spacing w:before="0"/> → fo:margin-bottom="0.1665in" (docs/differential.md)',
    explains: (d) => halfFromDefaultStyle(d, 'after', 'before', d.oursParagraph.spaceAfterPt, d.loParagraph.spaceAfterPt),
  },
  {
    name: 'spacing-half-from-default-style',
    property: 'spaceBefore',
    why: 'As for spacing after, with w:after stated and w:before not.',
    source: 'ECMA-376 Part 1 §17.7.2; reproduced with LibreOffice 7.4 (docs/differential.md)',
    explains: (d) => halfFromDefaultStyle(d, 'before', 'after', d.oursParagraph.spaceBeforePt, d.loParagraph.spaceBeforePt),
  },
  {
    name: 'theme-font-without-typeface',
    property: 'eastAsiaFont',
    why:
      'Text in the theme\'s East Asian font (w:eastAsiaTheme) when the theme\'s a:ea is empty and the settings have no w:themeFontLang: the file names no ' +
      'typeface (ECMA-376 Part 1 §17.15.1.88: without themeFontLang the a:ea font is used). LibreOffice leaves the font name empty; our reader takes the ' +
      'script font of the document\'s East Asian language (w:lang/@w:eastAsia, zh-CN when none), as Word does on a Chinese system.',
    source: `ECMA-376 Part 1 §17.15.1.88 themeFontLang; ${LO_THEME_TABLE}`,
    explains: (d) => {
      const ours = d.oursParagraph.eastAsiaFonts;
      const lo = d.loParagraph.eastAsiaFonts;
      return ours.length === lo.length && ours.every((font, i) => font === lo[i] || emptyThemeFont(d, font, lo[i]));
    },
  },
];

/** The generated theme's Hans script fonts (minor, major): what our reader takes when no language says otherwise. */
const MINOR_HANS = '等线';
const MAJOR_HANS = '等线 Light';

/** LibreOffice's empty name for a theme font the file leaves without typeface, against our Hans script font (see theme-font-without-typeface). */
function emptyThemeFont(d: Disagreement, ours: string | undefined, lo: string | undefined): boolean {
  const { theme } = d.generated;
  if (theme.themeFontLang !== undefined || lo !== '') return false;
  // The generated theme's major a:ea is always empty; its minor a:ea is `theme.ea`.
  return ours === MAJOR_HANS || (ours === MINOR_HANS && theme.ea === '');
}

function halfFromDefaultStyle(d: Disagreement, missing: string, present: string, ours: number | undefined, lo: number): boolean {
  const levels = d.generated.levels;
  const direct = levels[levels.length - 1];
  if (direct?.source !== 'direct' || levels.some((l) => l.source === 'style:Normal') || tableLevelStates(d, 'spacing', missing)) return false;
  if (stated([direct], 'spacing', present).index < 0 || stated([direct], 'spacing', missing).index >= 0) return false;
  if (stated(levels, 'spacing', `${missing}Lines`).index >= 0 || stated(levels, 'spacing', `${missing}Autospacing`).index >= 0) return false;
  const fromDefault = stated([levels[0], { source: 'style:Normal', pPr: d.generated.defaultStylePPr }], 'spacing', missing).value;
  const word = stated(levels, 'spacing', missing).value;
  return ours !== undefined && near(ours, word === undefined ? 0 : Number(word) / 20, TWIP) && near(lo, fromDefault === undefined ? 0 : Number(fromDefault) / 20, TWIP);
}

function lineUnits(d: Disagreement, linesAttr: string, twipsAttr: string, ours: number | undefined, lo: number): boolean {
  const levels = d.generated.levels;
  const lines = stated(levels, 'spacing', linesAttr);
  if (lines.index < 0 || Number(lines.value) === 0) return false;
  const auto = stated(levels, 'spacing', linesAttr === 'beforeLines' ? 'beforeAutospacing' : 'afterAutospacing').value;
  if (isOn(auto)) return false;
  const twips = stated(levels, 'spacing', twipsAttr).value;
  return ours !== undefined && near(ours, (Number(lines.value) / 100) * 12, TWIP) && near(lo, twips === undefined ? 0 : Number(twips) / 20, TWIP);
}

/** Our visible characters' values against LibreOffice's, once hidden characters are left out. */
function sameWithoutHidden<T>(d: Disagreement, ours: readonly T[], lo: readonly T[], same: (a: T, b: T) => boolean): boolean {
  const visible = ours.filter((_, i) => !d.oursParagraph.hidden[i]);
  return visible.length === lo.length && visible.every((v, i) => same(v, lo[i]));
}

/** Empty: every disagreement the corpus shows is a listed exception above. A known gap of the reader is listed here until its fix lands. */
export const PENDING_READER_FIXES: readonly PendingFix[] = [];
