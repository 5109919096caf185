/**
 * Effective formatting, resolved as Word does: direct run properties →
 * character style chain → paragraph style chain (the default paragraph
 * style when none is named) → numbering level (paragraph properties) →
 * table style (cell paragraphs, ./table-styles) → document defaults → theme
 * fonts.
 *
 * Choices where Word's rule is subtle (see docs in model.ts for units):
 * - bold and hidden (`w:vanish`) are toggle properties: direct formatting
 *   sets them outright; otherwise the character, paragraph and table styles'
 *   values are XOR-ed.
 * - a numbering level's `w:pPr` (its indents) sits between the paragraph
 *   style and direct formatting, as Word applies a list to a paragraph.
 * - in a table cell, the default paragraph style's 11/12 pt size and left
 *   alignment give way to the table style's unless the document turns
 *   `overrideTableStyleFontSizeAndJustification` on ([MS-DOCX]).
 * - a size or font no level states is left undefined (Word would use its
 *   application default, 10 pt / its UI font); spacing no level states is
 *   single line spacing, 0 pt before/after, left aligned (the schema's
 *   defaults).
 * - `w:line` without `w:lineRule` is multiple spacing at that level
 *   (ECMA-376 §17.3.1.33); automatic spacing before/after is 14 pt.
 * - `beforeLines`/`afterLines` (hundredths of a line) win over
 *   `before`/`after` when non-zero and count 12 pt per line, Word's line
 *   unit without a document grid.
 */
import type { Alignment, FirstLineIndent, LineSpacing, ParagraphFormat, RunFormat } from '../core/model';
import { basedOnLineage, mergeParagraph, mergeRun, readParagraphProps, readRunProps, type FontRef, type RawParagraphProps, type RawRunProps } from './props';
import type { NumberingDefinitions } from './numbering';
import type { CutTableStyle } from './style-source';
import { TableStyles, type TableFormatting } from './table-styles';
import { themeTypeface, type ThemeFonts, type ThemeLanguages } from './theme';
import { child, type XmlElement } from './xml';

interface StyleDefinition {
  readonly id: string;
  readonly type: string;
  readonly name?: string;
  readonly basedOn?: string;
  readonly run: RawRunProps;
  readonly paragraph: RawParagraphProps;
}

export interface StyleSheet {
  /** Paragraph, character and numbering styles. */
  readonly styles: ReadonlyMap<string, StyleDefinition>;
  readonly tableStyles: TableStyles;
  readonly defaultParagraphStyle?: string;
  readonly runDefaults: RawRunProps;
  readonly paragraphDefaults: RawParagraphProps;
}

interface ChainProps {
  readonly run: RawRunProps;
  readonly paragraph: RawParagraphProps;
}

/**
 * Reads the styles part. `cut` are the table styles kept aside as text when
 * the part was read without them (./style-source); they are parsed when a
 * table uses them.
 */
export function readStyles(root: XmlElement | undefined, cut: readonly CutTableStyle[] = []): StyleSheet {
  const styles = new Map<string, StyleDefinition>();
  const tableElements: XmlElement[] = [];
  const tableSources = new Map<string, Uint8Array>();
  let defaultTableStyle: string | undefined;
  for (const table of cut) {
    if (!tableSources.has(table.id)) tableSources.set(table.id, table.bytes);
    if (table.isDefault && defaultTableStyle === undefined) defaultTableStyle = table.id;
  }
  let defaultParagraphStyle: string | undefined;
  let runDefaults: RawRunProps = {};
  let paragraphDefaults: RawParagraphProps = {};
  if (!root) return { styles, tableStyles: new TableStyles([], tableSources, defaultTableStyle), runDefaults, paragraphDefaults };
  for (const element of root.children) {
    if (element.name === 'w:docDefaults') {
      const rPr = child(element, 'w:rPrDefault');
      const pPr = child(element, 'w:pPrDefault');
      runDefaults = readRunProps(rPr && child(rPr, 'w:rPr'));
      paragraphDefaults = readParagraphProps(pPr && child(pPr, 'w:pPr'));
    } else if (element.name === 'w:style') {
      const id = element.attrs['w:styleId'];
      if (!id) continue;
      const type = element.attrs['w:type'] ?? 'paragraph';
      const isDefault = element.attrs['w:default'] === '1' || element.attrs['w:default'] === 'true';
      if (type === 'table') {
        tableElements.push(element);
        if (isDefault && defaultTableStyle === undefined) defaultTableStyle = id;
        continue;
      }
      styles.set(id, {
        id,
        type,
        name: child(element, 'w:name')?.attrs['w:val'],
        basedOn: child(element, 'w:basedOn')?.attrs['w:val'],
        run: readRunProps(child(element, 'w:rPr')),
        paragraph: readParagraphProps(child(element, 'w:pPr')),
      });
      if (isDefault && type === 'paragraph' && defaultParagraphStyle === undefined) defaultParagraphStyle = id;
    }
  }
  return { styles, tableStyles: new TableStyles(tableElements, tableSources, defaultTableStyle), defaultParagraphStyle, runDefaults, paragraphDefaults };
}

const JC: Readonly<Record<string, Alignment>> = {
  left: 'left',
  start: 'left',
  right: 'right',
  end: 'right',
  center: 'center',
  both: 'both',
  distribute: 'distribute',
};

/** Resolved paragraph: its format, the numbering it asks for, and the size its character units are measured in. */
export interface ResolvedParagraph {
  readonly format: ParagraphFormat;
  /** The paragraph style id in effect, which the paragraph's runs resolve against. */
  readonly styleId: string | undefined;
  readonly numId?: string;
  readonly ilvl: number;
  /** Whether some level states `beforeLines`/`afterLines`, which a fix must clear to take effect. */
  readonly hasLineUnits: { readonly before: boolean; readonly after: boolean };
  /** What the paragraph's table style gives its cell, which its runs resolve against too. */
  readonly table?: TableFormatting;
  /** Set when the space before is automatic: none at the top of the body or of a table cell (see `atTopOfContainer`). */
  readonly autospacedBefore?: true;
  /** Set when the space after is automatic: none at the bottom of a table cell (see `atBottomOfCell`). */
  readonly autospacedAfter?: true;
}

const topOfContainer = new WeakMap<ResolvedParagraph, ResolvedParagraph>();
const bottomOfCell = new WeakMap<ResolvedParagraph, ResolvedParagraph>();

/** `resolved` with its automatic space on one side read as 0, made once per paragraph and side. */
function withoutAutospace(
  resolved: ResolvedParagraph,
  side: 'spaceBeforePt' | 'spaceAfterPt',
  memo: WeakMap<ResolvedParagraph, ResolvedParagraph>,
): ResolvedParagraph {
  let zeroed = memo.get(resolved);
  if (!zeroed) {
    zeroed = { ...resolved, format: { ...resolved.format, [side]: 0 } };
    memo.set(resolved, zeroed);
  }
  return zeroed;
}

/** The paragraph as it reads when it is the last of a table cell: automatic space after is then 0 (as LibreOffice imports it). */
export function atBottomOfCell(resolved: ResolvedParagraph): ResolvedParagraph {
  return resolved.autospacedAfter ? withoutAutospace(resolved, 'spaceAfterPt', bottomOfCell) : resolved;
}

/**
 * The paragraph as it reads when it is the first of the body or of a table
 * cell: automatic space before is then 0, as in Word's HTML-like layout (a
 * page or cell top has nothing to keep a distance from); LibreOffice imports
 * it the same way. At the bottom of a cell the same holds for the space
 * after (`atBottomOfCell`); at the end of the body it does not.
 */
export function atTopOfContainer(resolved: ResolvedParagraph): ResolvedParagraph {
  return resolved.autospacedBefore ? withoutAutospace(resolved, 'spaceBeforePt', topOfContainer) : resolved;
}

/**
 * Word adds automatic spacing around a numbered or bulleted list, not
 * between its items (nested items included): an item that follows an item
 * of the same list has no automatic space before, and the item before it
 * none after.
 */
export const afterItemOfSameList = atTopOfContainer;
export const beforeItemOfSameList = atBottomOfCell;

/** Options from the document's settings that change how styles resolve. */
export interface ResolverOptions {
  /**
   * `w:compatSetting w:name="overrideTableStyleFontSizeAndJustification"`
   * ([MS-DOCX], Word's compatibility settings): when off (the default for a
   * document that does not state it), a default paragraph style whose size
   * is 11 or 12 pt, or whose alignment is left, does not override the table
   * style's size or alignment in table cells. Word 2013 and later write it on.
   */
  readonly overrideTableStyleFontSizeAndJustification?: boolean;
}

type Memo<V> = Map<string | undefined, Map<XmlElement | undefined, V>>;

function memoFor<V>(memos: Map<TableFormatting, Memo<V>>, plain: Memo<V>, table: TableFormatting | undefined, styleId: string | undefined): Map<XmlElement | undefined, V> {
  let byStyle = plain;
  if (table) {
    const known = memos.get(table);
    if (known) byStyle = known;
    else memos.set(table, (byStyle = new Map()));
  }
  let memo = byStyle.get(styleId);
  if (!memo) byStyle.set(styleId, (memo = new Map()));
  return memo;
}

/**
 * Resolves formats with memoisation: runs that share a style, table
 * formatting and direct properties are resolved once. Direct properties are
 * memoised by element: the caller hands the same element for the same
 * properties text.
 */
export class FormatResolver {
  private readonly chains = new Map<string, ChainProps>();
  private readonly runMemo: Memo<RunFormat> = new Map();
  private readonly paragraphMemo: Memo<ResolvedParagraph> = new Map();
  private readonly tableRunMemo = new Map<TableFormatting, Memo<RunFormat>>();
  private readonly tableParagraphMemo = new Map<TableFormatting, Memo<ResolvedParagraph>>();
  private readonly languages: ThemeLanguages;

  constructor(
    private readonly sheet: StyleSheet,
    private readonly theme: ThemeFonts,
    themeFontLang: string | undefined,
    private readonly options: ResolverOptions = {},
    private readonly numbering?: NumberingDefinitions,
  ) {
    this.languages = { themeFontLang, documentLang: sheet.runDefaults.eastAsiaLang };
  }

  get tableStyles(): TableStyles {
    return this.sheet.tableStyles;
  }

  /** Paragraph style id actually in effect (the default paragraph style for none or an unknown id). */
  paragraphStyleId(styleId: string | undefined): string | undefined {
    if (styleId !== undefined && this.sheet.styles.get(styleId)?.type === 'paragraph') return styleId;
    return this.sheet.defaultParagraphStyle;
  }

  private chain(styleId: string | undefined): ChainProps {
    if (styleId === undefined) return { run: {}, paragraph: {} };
    const memo = this.chains.get(styleId);
    if (memo) return memo;
    const lineage = basedOnLineage(styleId, (id) => this.sheet.styles.get(id));
    let run: RawRunProps = {};
    let paragraph: RawParagraphProps = {};
    for (const style of lineage) {
      run = mergeRun(run, style.run);
      paragraph = mergeParagraph(paragraph, style.paragraph);
    }
    const props = { run, paragraph };
    this.chains.set(styleId, props);
    return props;
  }

  /**
   * The paragraph style chain as it applies in a table cell: [MS-DOCX]'s
   * rule that the default paragraph style's 11/12 pt size and left alignment
   * give way to the table style's (see `ResolverOptions`).
   */
  private cellChain(styleId: string | undefined, table: TableFormatting | undefined): ChainProps {
    const chain = this.chain(styleId);
    if (!table || this.options.overrideTableStyleFontSizeAndJustification || styleId !== this.sheet.defaultParagraphStyle) return chain;
    const size = chain.run.size;
    const jc = chain.paragraph.jc;
    const yieldsSize = table.run.size !== undefined && (size === 22 || size === 24);
    const yieldsJc = table.paragraph.jc !== undefined && (jc === 'left' || jc === 'start');
    if (!yieldsSize && !yieldsJc) return chain;
    return {
      run: yieldsSize ? { ...chain.run, size: table.run.size } : chain.run,
      paragraph: yieldsJc ? { ...chain.paragraph, jc: table.paragraph.jc } : chain.paragraph,
    };
  }

  private font(ref: FontRef | undefined): string | undefined {
    if (!ref) return undefined;
    return 'font' in ref ? ref.font : themeTypeface(this.theme, ref.theme, this.languages);
  }

  /** A run of `paragraph` (resolved by `paragraph`), with its direct properties. */
  run(paragraph: Pick<ResolvedParagraph, 'styleId' | 'table'>, direct: XmlElement | undefined): RunFormat {
    const paragraphStyle = paragraph.styleId;
    const table = paragraph.table;
    const memo = memoFor(this.tableRunMemo, this.runMemo, table, paragraphStyle);
    const known = memo.get(direct);
    if (known) return known;
    const own = readRunProps(direct);
    const rStyle = direct ? child(direct, 'w:rStyle')?.attrs['w:val'] : undefined;
    const paragraphChain = this.cellChain(paragraphStyle, table).run;
    const characterChain = rStyle && this.sheet.styles.get(rStyle)?.type === 'character' ? this.chain(rStyle).run : {};
    const tableRun = table?.run ?? {};
    const below = table ? mergeRun(this.sheet.runDefaults, tableRun) : this.sheet.runDefaults;
    const merged = mergeRun(mergeRun(mergeRun(below, paragraphChain), characterChain), own);
    // Bold and hidden are toggle properties (ECMA-376 §17.7.3): direct formatting sets them
    // outright; otherwise the styles' values are XOR-ed, and the document defaults apply when no style states one.
    const toggle = (key: 'bold' | 'vanish'): boolean => {
      const direct = own[key];
      if (direct !== undefined) return direct;
      const styled = characterChain[key] !== undefined || paragraphChain[key] !== undefined || tableRun[key] !== undefined;
      if (!styled) return this.sheet.runDefaults[key] ?? false;
      return ((characterChain[key] ?? false) !== (paragraphChain[key] ?? false)) !== (tableRun[key] ?? false);
    };
    const format: RunFormat = {
      eastAsiaFont: this.font(merged.eastAsia),
      asciiFont: this.font(merged.ascii),
      sizePt: merged.size === undefined ? undefined : merged.size / 2,
      bold: toggle('bold'),
    };
    if (toggle('vanish')) (format as { hidden?: boolean }).hidden = true;
    memo.set(direct, format);
    return format;
  }

  /** A paragraph with style `styleId` (in effect), its direct properties, and what its table's style gives its cell. */
  paragraph(styleId: string | undefined, direct: XmlElement | undefined, table?: TableFormatting): ResolvedParagraph {
    const memo = memoFor(this.tableParagraphMemo, this.paragraphMemo, table, styleId);
    const known = memo.get(direct);
    if (known) return known;
    const chain = this.cellChain(styleId, table);
    const below = table ? mergeParagraph(this.sheet.paragraphDefaults, table.paragraph) : this.sheet.paragraphDefaults;
    const own = readParagraphProps(direct);
    let merged = mergeParagraph(mergeParagraph(below, chain.paragraph), own);
    // The list level's own properties (its indents) come between the paragraph style and direct formatting.
    const level = merged.numId === undefined || merged.numId === '0' ? undefined : this.numbering?.lists.get(merged.numId)?.get(merged.ilvl ?? 0)?.paragraph;
    if (level && Object.keys(level).length > 0) merged = mergeParagraph(mergeParagraph(mergeParagraph(below, chain.paragraph), level), own);
    const markSize = mergeRun(table ? mergeRun(this.sheet.runDefaults, table.run) : this.sheet.runDefaults, chain.run).size;
    const style = styleId === undefined ? undefined : this.sheet.styles.get(styleId);
    const outline = merged.outlineLevel;
    const format: ParagraphFormat = {
      alignment: merged.jc === undefined ? 'left' : JC[merged.jc],
      lineSpacing: lineSpacing(merged),
      firstLineIndent: firstLineIndent(merged, markSize === undefined ? undefined : markSize / 2),
      spaceBeforePt: merged.beforeAutospacing ? AUTOSPACING_PT : spaceBefore(merged.beforeLines, merged.before),
      spaceAfterPt: merged.afterAutospacing ? AUTOSPACING_PT : spaceBefore(merged.afterLines, merged.after),
      spaceBeforeLines: merged.beforeAutospacing || !merged.beforeLines ? undefined : merged.beforeLines / 100,
      spaceAfterLines: merged.afterAutospacing || !merged.afterLines ? undefined : merged.afterLines / 100,
      styleId: style?.id,
      styleName: style?.name,
      outlineLevel: outline !== undefined && outline >= 0 && outline < 9 ? outline : undefined,
    };
    const resolved: { -readonly [K in keyof ResolvedParagraph]: ResolvedParagraph[K] } = {
      format: stripUndefined(format),
      styleId,
      numId: merged.numId,
      ilvl: merged.ilvl ?? 0,
      hasLineUnits: { before: merged.beforeLines !== undefined, after: merged.afterLines !== undefined },
    };
    if (table) resolved.table = table;
    if (merged.beforeAutospacing) resolved.autospacedBefore = true;
    if (merged.afterAutospacing) resolved.autospacedAfter = true;
    memo.set(direct, resolved);
    return resolved;
  }
}

function stripUndefined<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) if (value[key] === undefined) delete value[key];
  return value;
}

function lineSpacing(props: RawParagraphProps): LineSpacing {
  if (props.line === undefined) return { rule: 'multiple', lines: 1 };
  if (props.lineRule === 'exact') return { rule: 'exact', points: props.line / 20 };
  if (props.lineRule === 'atLeast') return { rule: 'atLeast', points: props.line / 20 };
  return { rule: 'multiple', lines: props.line / 240 };
}

const POINTS_PER_LINE_UNIT = 12;

/**
 * Automatic spacing (`w:beforeAutospacing`, `w:afterAutospacing`, Word's 段前/段后 "自动")
 * ignores the stated before/after and gives 14 pt, as Word lays it out for HTML-like
 * paragraph spacing; LibreOffice's import gives the same 14 pt (0.1945 in).
 */
const AUTOSPACING_PT = 14;

function spaceBefore(lines: number | undefined, twips: number | undefined): number {
  if (lines !== undefined && lines !== 0) return (lines / 100) * POINTS_PER_LINE_UNIT;
  return twips === undefined ? 0 : twips / 20;
}

/**
 * Character units (`firstLineChars`) win over twips when non-zero; `points`
 * is then the characters times the paragraph's font size, as Word shows it.
 */
function firstLineIndent(props: RawParagraphProps, sizePt: number | undefined): FirstLineIndent | undefined {
  const inPoints = (chars: number) => (sizePt === undefined ? 0 : (chars / 100) * sizePt);
  if (props.indentKind === 'h') {
    if (props.hangingChars) return { chars: -props.hangingChars, points: -inPoints(props.hangingChars) };
    return { points: -(props.hanging ?? 0) / 20 };
  }
  if (props.indentKind === 'f' || props.firstLine !== undefined || props.firstLineChars !== undefined) {
    if (props.firstLineChars) return { chars: props.firstLineChars, points: props.firstLine !== undefined ? props.firstLine / 20 : inPoints(props.firstLineChars) };
    return { points: (props.firstLine ?? 0) / 20 };
  }
  return undefined;
}
