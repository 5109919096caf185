/**
 * How the body reader resolves each paragraph's and run's formatting as it
 * goes (styles, theme, numbering): the `BodyResolution` of ./body.
 */
import type { RunFormat } from '../core/model';
import type { BodyResolution } from './body';
import { DocxFailure } from './errors';
import type { ListCounter } from './numbering';
import type { FormatResolver, ResolvedParagraph } from './styles';
import type { CellPlace, TableFormatting, TableLook } from './table-styles';
import { child, parseElementAt, type Rename, type XmlElement } from './xml';

export type { ParagraphSource, RunSource, TextPiece } from './body';

/**
 * Properties elements (pPr, rPr) parsed from their source text, once per
 * distinct text: long documents repeat a handful of them thousands of times.
 * Consecutive paragraphs usually repeat the last one, which is compared in
 * place before any lookup.
 */
export class PropertiesCache {
  private readonly byText = new Map<string, XmlElement>();
  private lastText = '';
  private lastElement: XmlElement | undefined;

  constructor(
    private readonly source: string,
    private readonly part: string,
    private readonly rename: Rename | undefined,
  ) {}

  /** The element at [start, end) of the part, parsed; undefined for start -1. Throws `DocxFailure`. */
  element(start: number, end: number): XmlElement | undefined {
    if (start < 0) return undefined;
    // A slice compared whole: `startsWith` at an offset of a long two-byte part compares character by character, several times slower.
    const text = this.source.slice(start, end);
    if (this.lastElement && text === this.lastText) return this.lastElement;
    let element = this.byText.get(text);
    if (!element) {
      const parsed = parseElementAt(this.source, start, end, this.part, this.rename);
      if (!parsed.ok) throw new DocxFailure(parsed.error);
      element = parsed.value;
      this.byText.set(text, element);
    }
    this.lastText = text;
    this.lastElement = element;
    return element;
  }
}

/**
 * Resolves paragraphs and runs of the main part through the style sheet,
 * memoised by properties element. The last answer of each kind is checked
 * first: long documents repeat the same properties paragraph after paragraph.
 */
export class ParagraphResolution implements BodyResolution {
  private readonly paragraphProperties: PropertiesCache;
  private readonly runProperties: PropertiesCache;
  private readonly byProperties = new Map<XmlElement | undefined, ResolvedParagraph>();
  private readonly byTable = new Map<TableFormatting, Map<XmlElement | undefined, ResolvedParagraph>>();
  private lastPPr: XmlElement | undefined;
  private lastTable: TableFormatting | undefined;
  private lastResolved: ResolvedParagraph | undefined;
  private lastParagraph: ResolvedParagraph | undefined;
  private lastRunElement: XmlElement | undefined;
  private lastRunFormat: RunFormat | undefined;

  constructor(
    source: string,
    part: string,
    rename: Rename | undefined,
    private readonly resolver: FormatResolver,
    private readonly lists: ListCounter,
  ) {
    this.paragraphProperties = new PropertiesCache(source, part, rename);
    this.runProperties = new PropertiesCache(source, part, rename);
  }

  paragraph(pPrStart: number, pPrEnd: number, table: TableFormatting | undefined): ResolvedParagraph {
    const pPr = this.paragraphProperties.element(pPrStart, pPrEnd);
    if (this.lastResolved && pPr === this.lastPPr && table === this.lastTable) return this.lastResolved;
    this.lastPPr = pPr;
    this.lastTable = table;
    let byProperties = this.byProperties;
    if (table) {
      const known = this.byTable.get(table);
      if (known) byProperties = known;
      else this.byTable.set(table, (byProperties = new Map()));
    }
    const known = byProperties.get(pPr);
    this.lastResolved = known;
    if (known) return known;
    const styleId = this.resolver.paragraphStyleId(pPr ? child(pPr, 'w:pStyle')?.attrs['w:val'] : undefined);
    const paragraph = this.resolver.paragraph(styleId, pPr, table);
    byProperties.set(pPr, paragraph);
    this.lastResolved = paragraph;
    return paragraph;
  }

  run(paragraph: ResolvedParagraph, rPrStart: number, rPrEnd: number): RunFormat {
    const rPr = this.runProperties.element(rPrStart, rPrEnd);
    if (this.lastRunFormat && paragraph === this.lastParagraph && rPr === this.lastRunElement) return this.lastRunFormat;
    const format = this.resolver.run(paragraph, rPr);
    this.lastParagraph = paragraph;
    this.lastRunElement = rPr;
    this.lastRunFormat = format;
    return format;
  }

  /** What a table's style (its `w:tblStyle`, or the default table style) gives the cell at `place`. */
  cellFormatting(styleId: string | undefined, look: TableLook, place: CellPlace): TableFormatting | undefined {
    return this.resolver.tableStyles.cellFormatting(styleId, look, place);
  }

  /** Whether such a table has formats for cells known only at the end of their row or table. */
  dependsOnEnd(styleId: string | undefined, look: TableLook): boolean {
    return this.resolver.tableStyles.dependsOnEnd(styleId, look);
  }

  listLabel(paragraph: ResolvedParagraph): string | undefined {
    return this.lists.next(paragraph.numId, paragraph.ilvl);
  }
}
