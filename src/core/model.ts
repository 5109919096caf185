/**
 * The document model every rule reads. Adapters (src/docx for .docx files,
 * src/word for Word via Office.js) fill it; nothing here knows where a
 * document came from.
 *
 * Paragraphs are in the order of Word's `body.paragraphs`: table-cell
 * paragraphs included, empty paragraphs counted. `index` is 0-based; findings
 * speak 1-based (`index + 1`), as a user counts.
 *
 * All formatting is *effective*: resolved the way Word resolves it (direct
 * run formatting → character style → paragraph style chain → document
 * defaults → theme fonts). A value is `undefined` only where Word itself
 * would fall back to an application default that the file does not state.
 */

/** Line spacing as Word stores it: `exact` and `atLeast` in points, `multiple` in lines. */
export type LineSpacing =
  | { readonly rule: 'exact'; readonly points: number }
  | { readonly rule: 'atLeast'; readonly points: number }
  | { readonly rule: 'multiple'; readonly lines: number };

/** OOXML `w:jc` values, normalised (`start` → `left`, `end` → `right`). */
export type Alignment = 'left' | 'center' | 'right' | 'both' | 'distribute';

export interface RunFormat {
  /** Effective East Asian font (`w:eastAsia`, after theme resolution). Decides the `font` rule. */
  readonly eastAsiaFont?: string;
  /** Effective Latin font (`w:ascii`). Informational: Latin text may be in any font. */
  readonly asciiFont?: string;
  /** Effective East Asian size in points (`w:szCs` is ignored; `w:sz` half-points / 2). */
  readonly sizePt?: number;
  readonly bold?: boolean;
  /**
   * Hidden text (`w:vanish`, directly or through a style): Word neither shows
   * nor prints it unless the writer turns 显示隐藏文字 on, so format rules and
   * 字数 leave it out. Absent means shown.
   */
  readonly hidden?: boolean;
}

export interface Run {
  /** The run's visible text (tabs as `\t`, breaks as `\n`). */
  readonly text: string;
  /** Offset of this run's text in its paragraph's `text`. */
  readonly start: number;
  readonly format: RunFormat;
}

export interface FirstLineIndent {
  /** Hundredths of a character (`w:firstLineChars`), when the indent is given in characters. */
  readonly chars?: number;
  /** Points (`w:firstLine` twips / 20). Negative for a hanging indent. */
  readonly points: number;
}

export interface ParagraphFormat {
  readonly alignment?: Alignment;
  readonly lineSpacing?: LineSpacing;
  readonly firstLineIndent?: FirstLineIndent;
  readonly spaceBeforePt?: number;
  readonly spaceAfterPt?: number;
  /** Space before/after as the writer gave it in lines (`w:beforeLines` / 100), when it is given so: Word shows "0.5 行". */
  readonly spaceBeforeLines?: number;
  readonly spaceAfterLines?: number;
  /** Style id and display name of the paragraph style, if any (informational only). */
  readonly styleId?: string;
  readonly styleName?: string;
  /** Outline level from the style chain (0 = Heading 1). Never trusted alone for roles. */
  readonly outlineLevel?: number;
}

export interface TableCellPosition {
  /** 0-based index of the table among the body's top-level tables. */
  readonly table: number;
  readonly row: number;
  readonly column: number;
}

export interface Paragraph {
  readonly index: number;
  readonly text: string;
  readonly runs: readonly Run[];
  readonly format: ParagraphFormat;
  /** Set when the paragraph is inside a table cell. */
  readonly cell?: TableCellPosition;
  /** Tag of the innermost content control that contains this paragraph or runs of it. */
  readonly contentControlTag?: string;
  /**
   * Text Word draws in front of the paragraph from automatic numbering
   * (`w:numPr`), when it can be computed ("一、", "1."). Roles look at it as
   * they look at typed numbering.
   */
  readonly listLabel?: string;
  /**
   * The paragraph holds a picture, chart, shape or embedded object in its
   * text (`w:drawing`, `w:pict`, `w:object`): Word grows its line to fit the
   * object, so its line spacing is the object's, not the text's.
   */
  readonly holdsObject?: true;
}

export interface ContentControl {
  readonly tag: string;
  readonly title: string;
  readonly text: string;
  /** Paragraph index of the first paragraph the control touches. */
  readonly paragraph: number;
  /** True while Word shows the control's placeholder text (`w:showingPlcHdr`). */
  readonly showingPlaceholder: boolean;
}

/** What the document says about itself: our marker, written when a template is inserted. */
export interface DocumentMarker {
  readonly templateId?: string;
  readonly projectId?: string;
}

export interface DocumentModel {
  readonly paragraphs: readonly Paragraph[];
  /**
   * Text Word's 字数统计 counts besides the body's paragraphs, one entry per
   * paragraph: text boxes (each once), footnotes, endnotes. Not checked by
   * any format rule. Absent when there is none (or the adapter cannot see it).
   */
  readonly textOutsideBody?: readonly string[];
  readonly contentControls: readonly ContentControl[];
  readonly marker: DocumentMarker;
}

/** Chinese type-size names (字号) and their points, largest first. */
export const CHINESE_SIZES: readonly { readonly name: string; readonly points: number }[] = [
  { name: '初号', points: 42 },
  { name: '小初', points: 36 },
  { name: '一号', points: 26 },
  { name: '小一', points: 24 },
  { name: '二号', points: 22 },
  { name: '小二', points: 18 },
  { name: '三号', points: 16 },
  { name: '小三', points: 15 },
  { name: '四号', points: 14 },
  { name: '小四', points: 12 },
  { name: '五号', points: 10.5 },
  { name: '小五', points: 9 },
  { name: '六号', points: 7.5 },
  { name: '小六', points: 6.5 },
  { name: '七号', points: 5.5 },
  { name: '八号', points: 5 },
];

/** A measurement as a person writes it: at most two decimals, no trailing zeros (2.408333… → 2.41, 16.0 → 16). */
export function shownNumber(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** "三号" for 16, "16 磅" for a size with no Chinese name. */
export function chineseSizeName(points: number): string {
  const named = CHINESE_SIZES.find((size) => size.points === points);
  return named ? named.name : `${shownNumber(points)} 磅`;
}
