/**
 * Effective formatting, resolved as Word does: direct run properties →
 * character style chain → paragraph style chain (the default paragraph
 * style when none is named) → document defaults → theme fonts.
 *
 * Choices where Word's rule is subtle (see docs in model.ts for units):
 * - bold is a toggle property: direct formatting sets it outright; otherwise
 *   the character style's and paragraph style's values are XOR-ed.
 * - table styles are not applied (their conditional formatting is rare in
 *   公文 and would need the table's look settings).
 * - a size or font no level states is left undefined (Word would use its
 *   application default, 10 pt / its UI font); spacing no level states is
 *   single line spacing, 0 pt before/after, left aligned (the schema's
 *   defaults).
 * - `beforeLines`/`afterLines` (hundredths of a line) win over
 *   `before`/`after` when non-zero and count 12 pt per line, Word's line
 *   unit without a document grid.
 */
import type { Alignment, FirstLineIndent, LineSpacing, ParagraphFormat, RunFormat } from '../core/model';
import { mergeParagraph, mergeRun, readParagraphProps, readRunProps, type FontRef, type RawParagraphProps, type RawRunProps } from './props';
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
  readonly styles: ReadonlyMap<string, StyleDefinition>;
  readonly defaultParagraphStyle?: string;
  readonly runDefaults: RawRunProps;
  readonly paragraphDefaults: RawParagraphProps;
}

interface ChainProps {
  readonly run: RawRunProps;
  readonly paragraph: RawParagraphProps;
}

export function readStyles(root: XmlElement | undefined): StyleSheet {
  const styles = new Map<string, StyleDefinition>();
  let defaultParagraphStyle: string | undefined;
  let runDefaults: RawRunProps = {};
  let paragraphDefaults: RawParagraphProps = {};
  if (!root) return { styles, runDefaults, paragraphDefaults };
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
      styles.set(id, {
        id,
        type,
        name: child(element, 'w:name')?.attrs['w:val'],
        basedOn: child(element, 'w:basedOn')?.attrs['w:val'],
        run: readRunProps(child(element, 'w:rPr')),
        paragraph: readParagraphProps(child(element, 'w:pPr')),
      });
      const isDefault = element.attrs['w:default'] === '1' || element.attrs['w:default'] === 'true';
      if (isDefault && type === 'paragraph' && defaultParagraphStyle === undefined) defaultParagraphStyle = id;
    }
  }
  return { styles, defaultParagraphStyle, runDefaults, paragraphDefaults };
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
}

/**
 * Resolves formats with memoisation: runs that share a style and direct
 * properties are resolved once. Direct properties are memoised by element:
 * the caller hands the same element for the same properties text.
 */
export class FormatResolver {
  private readonly chains = new Map<string, ChainProps>();
  private readonly runMemo = new Map<string | undefined, Map<XmlElement | undefined, RunFormat>>();
  private readonly paragraphMemo = new Map<string | undefined, Map<XmlElement | undefined, ResolvedParagraph>>();
  private readonly languages: ThemeLanguages;

  constructor(
    private readonly sheet: StyleSheet,
    private readonly theme: ThemeFonts,
    themeFontLang: string | undefined,
  ) {
    this.languages = { themeFontLang, documentLang: sheet.runDefaults.eastAsiaLang };
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
    const lineage: StyleDefinition[] = [];
    const seen = new Set<string>();
    for (let id: string | undefined = styleId; id !== undefined && !seen.has(id) && lineage.length < 32; ) {
      seen.add(id);
      const style = this.sheet.styles.get(id);
      if (!style) break;
      lineage.unshift(style);
      id = style.basedOn;
    }
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

  private font(ref: FontRef | undefined): string | undefined {
    if (!ref) return undefined;
    return 'font' in ref ? ref.font : themeTypeface(this.theme, ref.theme, this.languages);
  }

  /** `paragraphStyle` is the id in effect for the run's paragraph. */
  run(paragraphStyle: string | undefined, direct: XmlElement | undefined): RunFormat {
    let memoByStyle = this.runMemo.get(paragraphStyle);
    if (!memoByStyle) this.runMemo.set(paragraphStyle, (memoByStyle = new Map()));
    const memo = memoByStyle.get(direct);
    if (memo) return memo;
    const own = readRunProps(direct);
    const rStyle = direct ? child(direct, 'w:rStyle')?.attrs['w:val'] : undefined;
    const paragraphChain = this.chain(paragraphStyle).run;
    const characterChain = rStyle && this.sheet.styles.get(rStyle)?.type === 'character' ? this.chain(rStyle).run : {};
    const merged = mergeRun(mergeRun(mergeRun(this.sheet.runDefaults, paragraphChain), characterChain), own);
    let bold = own.bold;
    if (bold === undefined) {
      const styled = characterChain.bold !== undefined || paragraphChain.bold !== undefined;
      bold = styled ? (characterChain.bold ?? false) !== (paragraphChain.bold ?? false) : this.sheet.runDefaults.bold;
    }
    const format: RunFormat = {
      eastAsiaFont: this.font(merged.eastAsia),
      asciiFont: this.font(merged.ascii),
      sizePt: merged.size === undefined ? undefined : merged.size / 2,
      bold: bold ?? false,
    };
    memoByStyle.set(direct, format);
    return format;
  }

  paragraph(styleId: string | undefined, direct: XmlElement | undefined): ResolvedParagraph {
    let memoByStyle = this.paragraphMemo.get(styleId);
    if (!memoByStyle) this.paragraphMemo.set(styleId, (memoByStyle = new Map()));
    const memo = memoByStyle.get(direct);
    if (memo) return memo;
    const chain = this.chain(styleId);
    const merged = mergeParagraph(mergeParagraph(this.sheet.paragraphDefaults, chain.paragraph), readParagraphProps(direct));
    const markSize = mergeRun(this.sheet.runDefaults, chain.run).size;
    const style = styleId === undefined ? undefined : this.sheet.styles.get(styleId);
    const outline = merged.outlineLevel;
    const format: ParagraphFormat = {
      alignment: merged.jc === undefined ? 'left' : JC[merged.jc],
      lineSpacing: lineSpacing(merged),
      firstLineIndent: firstLineIndent(merged, markSize === undefined ? undefined : markSize / 2),
      spaceBeforePt: spaceBefore(merged.beforeLines, merged.before),
      spaceAfterPt: spaceBefore(merged.afterLines, merged.after),
      spaceBeforeLines: merged.beforeLines ? merged.beforeLines / 100 : undefined,
      spaceAfterLines: merged.afterLines ? merged.afterLines / 100 : undefined,
      styleId: style?.id,
      styleName: style?.name,
      outlineLevel: outline !== undefined && outline >= 0 && outline < 9 ? outline : undefined,
    };
    const resolved: ResolvedParagraph = {
      format: stripUndefined(format),
      styleId,
      numId: merged.numId,
      ilvl: merged.ilvl ?? 0,
      hasLineUnits: { before: merged.beforeLines !== undefined, after: merged.afterLines !== undefined },
    };
    memoByStyle.set(direct, resolved);
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
