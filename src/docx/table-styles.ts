/**
 * Table styles: the paragraph and run properties a table's style gives the
 * paragraphs in its cells, before their own paragraph style (ECMA-376 Part 1
 * §17.7.2: document defaults → table style → numbering → paragraph style →
 * run style → direct formatting).
 *
 * - The style is the one the table names (`w:tblPr/w:tblStyle`), else the
 *   document's default table style (`w:style w:type="table" w:default="1"`).
 * - Conditional formatting (`w:tblStylePr`, §17.7.6) applies to the cells
 *   it covers when the table's `w:tblLook` (§17.4.56) turns it on; banding is
 *   on unless `noHBand`/`noVBand` say otherwise, first/last row and column
 *   only when turned on. Later kinds win over earlier ones: whole table,
 *   column bands, row bands, first/last column, first/last row, corner cells
 *   — the order LibreOffice's import merges them in.
 * - A style named "Normal Table" contributes nothing: Word ignores it, whatever
 *   its id (docx4j's ParagraphStylesInTableFix records this from Word 2010).
 *
 * Table styles are most of a styles part and a document uses one or two, so
 * each is parsed when a table first asks for it (see ./style-source).
 */
import { basedOnLineage, mergeParagraph, mergeRun, readParagraphProps, readRunProps, type RawParagraphProps, type RawRunProps } from './props';
import { child, parseXml, type XmlElement } from './xml';

/** Conditional formatting kinds, in the order they apply (later wins). */
const CONDITIONS = ['wholeTable', 'band1Vert', 'band2Vert', 'band1Horz', 'band2Horz', 'firstCol', 'lastCol', 'firstRow', 'lastRow', 'neCell', 'nwCell', 'seCell', 'swCell'] as const;
type Condition = (typeof CONDITIONS)[number];
const bit = (condition: Condition): number => 1 << CONDITIONS.indexOf(condition);

/** Conditions whose cells are known only once the row or table has ended. */
const AT_END = bit('lastCol') | bit('lastRow') | bit('neCell') | bit('seCell') | bit('swCell');
const ROW_BANDS = bit('band1Horz') | bit('band2Horz');
const COLUMN_BANDS = bit('band1Vert') | bit('band2Vert');

interface Properties {
  readonly run: RawRunProps;
  readonly paragraph: RawParagraphProps;
}

interface TableStyleDefinition {
  readonly id: string;
  readonly name?: string;
  readonly basedOn?: string;
  readonly own: Properties;
  /** Condition bit → its properties. */
  readonly conditions: ReadonlyMap<number, Properties>;
  readonly rowBandSize?: number;
  readonly columnBandSize?: number;
}

/** What a table style gives the paragraphs of one kind of cell. Compared by identity. */
export interface TableFormatting {
  readonly run: RawRunProps;
  readonly paragraph: RawParagraphProps;
}

/** `w:tblLook`: which conditional formats the table turns on. */
export interface TableLook {
  readonly firstRow: boolean;
  readonly lastRow: boolean;
  readonly firstColumn: boolean;
  readonly lastColumn: boolean;
  readonly noHBand: boolean;
  readonly noVBand: boolean;
}

/** No `w:tblLook`: banding on, first/last rows and columns off. */
export const DEFAULT_LOOK: TableLook = { firstRow: false, lastRow: false, firstColumn: false, lastColumn: false, noHBand: false, noVBand: false };

const ON = new Set(['1', 'true', 'on']);

/** Reads `w:tblLook`'s attributes: the named flags (2010 and later) win over the bit mask `w:val` (2007). */
export function readTableLook(attrs: Readonly<Record<string, string>>): TableLook {
  const mask = Number.parseInt(attrs['w:val'] ?? '0', 16) || 0;
  const flag = (name: string, maskBit: number) => {
    const value = attrs[name];
    return value === undefined ? (mask & maskBit) !== 0 : ON.has(value);
  };
  return {
    firstRow: flag('w:firstRow', 0x0020),
    lastRow: flag('w:lastRow', 0x0040),
    firstColumn: flag('w:firstColumn', 0x0080),
    lastColumn: flag('w:lastColumn', 0x0100),
    noHBand: flag('w:noHBand', 0x0200),
    noVBand: flag('w:noVBand', 0x0400),
  };
}

function isEmpty(properties: Properties): boolean {
  return Object.keys(properties.run).length === 0 && Object.keys(properties.paragraph).length === 0;
}

function readDefinition(element: XmlElement): TableStyleDefinition {
  const conditions = new Map<number, Properties>();
  for (const conditional of element.children) {
    if (conditional.name !== 'w:tblStylePr') continue;
    const index = CONDITIONS.indexOf(conditional.attrs['w:type'] as Condition);
    if (index < 0) continue;
    const properties = { run: readRunProps(child(conditional, 'w:rPr')), paragraph: readParagraphProps(child(conditional, 'w:pPr')) };
    if (!isEmpty(properties)) conditions.set(1 << index, properties);
  }
  const tblPr = child(element, 'w:tblPr');
  const size = (name: string) => {
    const value = Number.parseInt((tblPr && child(tblPr, name)?.attrs['w:val']) ?? '', 10);
    return Number.isFinite(value) && value > 0 ? value : undefined;
  };
  return {
    id: element.attrs['w:styleId'] ?? '',
    name: child(element, 'w:name')?.attrs['w:val'],
    basedOn: child(element, 'w:basedOn')?.attrs['w:val'],
    own: { run: readRunProps(child(element, 'w:rPr')), paragraph: readParagraphProps(child(element, 'w:pPr')) },
    conditions,
    rowBandSize: size('w:tblStyleRowBandSize'),
    columnBandSize: size('w:tblStyleColBandSize'),
  };
}

/** A table style with its `basedOn` chain merged in. */
interface ResolvedTableStyle {
  readonly own: Properties;
  readonly conditions: ReadonlyMap<number, Properties>;
  readonly rowBandSize: number;
  readonly columnBandSize: number;
  /** Bits of the conditions that state something. */
  readonly stated: number;
}

const NOTHING: ResolvedTableStyle = { own: { run: {}, paragraph: {} }, conditions: new Map(), rowBandSize: 1, columnBandSize: 1, stated: 0 };

/** Where a cell sits, as far as it is known when its paragraphs are read. */
export interface CellPlace {
  readonly row: number;
  readonly column: number;
  /** False while the table (the row) is still being read: not known to be last yet. */
  readonly isLastRow: boolean;
  readonly isLastColumn: boolean;
}

/** The document's table styles, each parsed and resolved on first use. */
export class TableStyles {
  private readonly definitions = new Map<string, TableStyleDefinition | undefined>();
  private readonly resolved = new Map<string, ResolvedTableStyle>();
  private readonly formatting = new Map<string, TableFormatting | undefined>();

  constructor(
    /** Styles read with the part. */
    read: readonly XmlElement[],
    /** Styles kept aside as UTF-8 bytes, decoded and parsed on first use. */
    private readonly sources: ReadonlyMap<string, Uint8Array>,
    readonly defaultStyle: string | undefined,
  ) {
    for (const element of read) {
      const definition = readDefinition(element);
      this.definitions.set(definition.id, definition);
    }
  }

  private definition(id: string): TableStyleDefinition | undefined {
    if (this.definitions.has(id)) return this.definitions.get(id);
    const source = this.sources.get(id);
    const parsed = source === undefined ? undefined : parseXml(new TextDecoder('utf-8').decode(source), 'word/styles.xml', () => false);
    // A table style that does not parse on its own (it did as part of the whole part) gives nothing.
    const definition = parsed?.ok ? readDefinition(parsed.value.root) : undefined;
    this.definitions.set(id, definition);
    return definition;
  }

  private style(id: string): ResolvedTableStyle {
    const memo = this.resolved.get(id);
    if (memo) return memo;
    const lineage = basedOnLineage(id, (at) => this.definition(at), (definition) => definition.name === 'Normal Table');
    let own: Properties = { run: {}, paragraph: {} };
    const conditions = new Map<number, Properties>();
    let rowBandSize = 1;
    let columnBandSize = 1;
    for (const definition of lineage) {
      own = { run: mergeRun(own.run, definition.own.run), paragraph: mergeParagraph(own.paragraph, definition.own.paragraph) };
      for (const [key, properties] of definition.conditions) {
        const under = conditions.get(key);
        conditions.set(key, under ? { run: mergeRun(under.run, properties.run), paragraph: mergeParagraph(under.paragraph, properties.paragraph) } : properties);
      }
      rowBandSize = definition.rowBandSize ?? rowBandSize;
      columnBandSize = definition.columnBandSize ?? columnBandSize;
    }
    let stated = 0;
    for (const key of conditions.keys()) stated |= key;
    const style = lineage.length === 0 ? NOTHING : { own, conditions, rowBandSize, columnBandSize, stated };
    this.resolved.set(id, style);
    return style;
  }

  /**
   * Whether a table with this style and look has conditional formats that
   * depend on its last row or column: formats of the last row or column
   * themselves, or bands when the look turns the last row (column) on, as
   * that row (column) is left out of the bands whether or not the style
   * formats it.
   */
  dependsOnEnd(styleId: string | undefined, look: TableLook): boolean {
    const id = styleId ?? this.defaultStyle;
    if (id === undefined) return false;
    let atEnd = AT_END;
    if (look.lastRow) atEnd |= ROW_BANDS;
    if (look.lastColumn) atEnd |= COLUMN_BANDS;
    return (this.style(id).stated & atEnd & this.enabled(look)) !== 0;
  }

  private enabled(look: TableLook): number {
    let mask = bit('wholeTable');
    if (!look.noVBand) mask |= bit('band1Vert') | bit('band2Vert');
    if (!look.noHBand) mask |= bit('band1Horz') | bit('band2Horz');
    if (look.firstColumn) mask |= bit('firstCol');
    if (look.lastColumn) mask |= bit('lastCol');
    if (look.firstRow) mask |= bit('firstRow');
    if (look.lastRow) mask |= bit('lastRow');
    if (look.firstRow && look.lastColumn) mask |= bit('neCell');
    if (look.firstRow && look.firstColumn) mask |= bit('nwCell');
    if (look.lastRow && look.lastColumn) mask |= bit('seCell');
    if (look.lastRow && look.firstColumn) mask |= bit('swCell');
    return mask;
  }

  /**
   * What the style of a table (its `w:tblStyle`, undefined for none) gives
   * the paragraphs of the cell at `place`; undefined when it gives nothing.
   */
  cellFormatting(styleId: string | undefined, look: TableLook, place: CellPlace): TableFormatting | undefined {
    const id = styleId ?? this.defaultStyle;
    if (id === undefined) return undefined;
    const style = this.style(id);
    if (style === NOTHING) return undefined;
    const mask = this.conditionsOf(style, look, place) & (style.stated | bit('wholeTable'));
    const key = `${id}\u0000${mask}`;
    if (this.formatting.has(key)) return this.formatting.get(key);
    let run = style.own.run;
    let paragraph = style.own.paragraph;
    for (let index = 0; index < CONDITIONS.length; index++) {
      const properties = mask & (1 << index) ? style.conditions.get(1 << index) : undefined;
      if (!properties) continue;
      run = mergeRun(run, properties.run);
      paragraph = mergeParagraph(paragraph, properties.paragraph);
    }
    const formatting = isEmpty({ run, paragraph }) ? undefined : { run, paragraph };
    this.formatting.set(key, formatting);
    return formatting;
  }

  private conditionsOf(style: ResolvedTableStyle, look: TableLook, place: CellPlace): number {
    const { row, column, isLastRow, isLastColumn } = place;
    const firstRow = look.firstRow && row === 0;
    const lastRow = look.lastRow && isLastRow;
    const firstColumn = look.firstColumn && column === 0;
    const lastColumn = look.lastColumn && isLastColumn;
    let mask = bit('wholeTable');
    // Bands count the rows and columns the first/last formats leave to the body of the table.
    if (!look.noHBand && !firstRow && !lastRow) {
      const band = Math.floor((row - (look.firstRow ? 1 : 0)) / style.rowBandSize) % 2;
      mask |= band === 0 ? bit('band1Horz') : bit('band2Horz');
    }
    if (!look.noVBand && !firstColumn && !lastColumn) {
      const band = Math.floor((column - (look.firstColumn ? 1 : 0)) / style.columnBandSize) % 2;
      mask |= band === 0 ? bit('band1Vert') : bit('band2Vert');
    }
    if (firstRow) mask |= bit('firstRow');
    if (lastRow) mask |= bit('lastRow');
    if (firstColumn) mask |= bit('firstCol');
    if (lastColumn) mask |= bit('lastCol');
    if (firstRow && lastColumn) mask |= bit('neCell');
    if (firstRow && firstColumn) mask |= bit('nwCell');
    if (lastRow && lastColumn) mask |= bit('seCell');
    if (lastRow && firstColumn) mask |= bit('swCell');
    return mask;
  }
}
