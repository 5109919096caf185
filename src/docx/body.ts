/**
 * Reads word/document.xml's body straight from the parser's events into
 * paragraphs, in the order of Word's `body.paragraphs`: every w:p under
 * w:body, including table cells (nested tables too), block-level content
 * controls and customXml/smartTag wrappers, and of mc:AlternateContent the
 * alternative Word shows (./alternate); never text boxes,
 * footnotes or headers. No element tree is built: a long report has
 * hundreds of thousands of elements and the model needs a few per run.
 *
 * Alongside each paragraph it keeps where it, its properties, its runs and
 * their text pieces sit in the source, so the fixer can splice exactly those
 * bytes. Each paragraph's formatting is resolved as it closes, through the
 * `BodyResolution` it is given (./paragraphs).
 */
import { scanXml, type ScannedTag } from './xml-scan';
import type { ContentControl, Paragraph, Run, RunFormat, TableCellPosition } from '../core/model';
import { err, ok, type Result } from '../core/result';
import { docxError, DocxFailure, type DocxError } from './errors';
import { understands } from './alternate';
import { ControlTracker } from './controls';
import { BodySpans } from './spans';
import { afterItemOfSameList, atBottomOfCell, atTopOfContainer, beforeItemOfSameList, type ResolvedParagraph } from './styles';
import { DEFAULT_LOOK, readTableLook, type CellPlace, type TableFormatting, type TableLook } from './table-styles';
import { renamer, tagStart, type Rename } from './xml';

export interface SourceSpan {
  /** Offset of `<` of the start tag. */
  readonly start: number;
  /** Offset just after the end tag (just after `/>` for an empty element). */
  readonly end: number;
}

export type { ParagraphSource, RunSource, TextPiece } from './spans';

/**
 * What turns a paragraph's and its runs' properties into effective formatting
 * (./paragraphs implements it over the styles, theme and numbering). Called
 * as each paragraph closes, in document order; it throws `DocxFailure` when
 * a properties element cannot be read.
 */
export interface BodyResolution {
  /**
   * The paragraph's resolved formatting, from its first `w:pPr` span (-1, -1
   * for none) and what its table's style gives its cell (undefined outside
   * tables or when the style gives nothing).
   */
  paragraph(pPrStart: number, pPrEnd: number, table: TableFormatting | undefined): ResolvedParagraph;
  /** A run's format, from its last `w:rPr` span (-1, -1 for none), in a paragraph resolved by `paragraph`. */
  run(paragraph: ResolvedParagraph, rPrStart: number, rPrEnd: number): RunFormat;
  /** What a table's style (its `w:tblStyle`, undefined for none) gives the paragraphs of the cell at `place`. */
  cellFormatting(styleId: string | undefined, look: TableLook, place: CellPlace): TableFormatting | undefined;
  /** Whether that style has formats for cells known only at the end of their row or table (last row, last column). */
  dependsOnEnd(styleId: string | undefined, look: TableLook): boolean;
  /** The paragraph's automatic numbering label, counting it (so: once per paragraph, in order). */
  listLabel(paragraph: ResolvedParagraph): string | undefined;
}

export interface BodyContent {
  /** The model's paragraphs, formatting resolved. */
  readonly paragraphs: Paragraph[];
  /** Where each of `paragraphs` sits, same indexes. */
  readonly spans: BodySpans;
  /** The content controls that touch some paragraph, with their text. */
  readonly contentControls: ContentControl[];
  /** Canonical prefix → the prefix the part itself uses. */
  readonly prefixes: ReadonlyMap<string, string>;
  /** Renames the part's prefixes to the canonical ones (undefined when they already are). */
  readonly rename: Rename | undefined;
  /** Where a paragraph added at the end of the body goes: before the body's final w:sectPr, else before `</w:body>`. */
  readonly endOfBody: number;
  /** Whether some run holds a drawing, VML picture or alternate content: where text boxes are (./outside-body reads them). */
  readonly mayHoldTextBoxes: boolean;
}

interface TableState {
  readonly table: number;
  row: number;
  column: number;
}

/** Where block content sits: the table being read and the cell, if any. */
interface Place {
  readonly table: TableState | undefined;
  readonly cell: TableCellPosition | undefined;
}

/** How an element's children are read. */
const SKIP = 0;
const DOCUMENT = 1;
const BODY = 2;
const BLOCK = 3;
/** Inside a table that sits in a cell: every paragraph reports the outer cell. */
const NESTED = 4;
const PARAGRAPH = 5;
const INLINE = 6;
const RUN = 7;
const TEXT = 8;
const CONTROL = 9;
const CONTROL_PROPERTIES = 10;
const ALTERNATE = 11;
/** A run child that is a piece of text (tab, break…): its end is recorded on close. */
const PIECE = 12;
/** A pPr or rPr: its end is recorded on close. */
const PROPERTIES = 13;
/** A table's own w:tblPr: its style and look are read. */
const TABLE_PROPERTIES = 14;

/** An element's part in a table's structure, kept beside its kind. */
const NO_ROLE = 0;
const TABLE_ROLE = 1;
const ROW_ROLE = 2;
const CELL_ROLE = 3;

/** A cell paragraph to resolve again when its table ends, if its cell turns out to be in the last row or column. */
interface PendingCellParagraph {
  readonly index: number;
  readonly row: number;
  readonly column: number;
  readonly table: TableFormatting | undefined;
  readonly pPrStart: number;
  readonly pPrEnd: number;
  /** Index of its first run in the body's run formats, and each run's last rPr span. */
  readonly firstRun: number;
  readonly runSpans: number[];
  readonly atTop: boolean;
  atBottom: boolean;
}

/** The formatting side of a table being read: its style, look, and where its cells are. */
interface TableStyleState {
  styleId: string | undefined;
  look: TableLook;
  propertiesSeen: boolean;
  row: number;
  column: number;
  /** Cells in each row that has ended. */
  readonly rowCells: number[];
  /** The current cell's formatting, once asked for (UNSET before). */
  cell: TableFormatting | undefined | typeof UNSET;
  /** Undefined until the first cell paragraph asks. */
  dependsOnEnd: boolean | undefined;
  readonly pending: PendingCellParagraph[];
}

const UNSET = Symbol('unset');

/** The content mode a control or mc:AlternateContent passes on to its content. */
type Mode = typeof BLOCK | typeof NESTED | typeof INLINE;

interface ControlFrame {
  readonly mode: Mode;
  readonly place: Place;
  readonly record: ReturnType<ControlTracker['open']>;
  propertiesSeen: boolean;
  contentSeen: boolean;
  touched: boolean;
  tagSeen: boolean;
  aliasSeen: boolean;
}

interface AlternateFrame {
  readonly mode: Mode;
  readonly place: Place;
  /** An alternative (a Choice Word understands, or the Fallback) has been read. */
  chosen: boolean;
}

/** Wrappers whose content Word treats as if it stood in their place. */
const TRANSPARENT_BLOCK = new Set(['w:customXml', 'w:smartTag', 'w:ins', 'w:moveTo']);
const TRANSPARENT_INLINE = new Set(['w:hyperlink', 'w:smartTag', 'w:customXml', 'w:fldSimple', 'w:ins', 'w:moveTo', 'w:dir', 'w:bdo']);
const PIECE_TEXT: ReadonlyMap<string, string> = new Map([['w:tab', '\t'], ['w:ptab', '\t'], ['w:br', '\n'], ['w:cr', '\n'], ['w:noBreakHyphen', '-']]);

const PRIVATE_USE = (code: number) => code >= 0xe000 && code <= 0xf8ff;
/** A code point a symbol can stand for: past U+0020, not a surrogate, within Unicode. */
const SYMBOL = (code: number) => code > 0x20 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) && !PRIVATE_USE(code);
const OUTSIDE: Place = { table: undefined, cell: undefined };

class UnsafeXml extends Error {}

/** What a paragraph has besides its text and runs, when it has any of it. */
interface ParagraphExtras {
  readonly cell: TableCellPosition | undefined;
  readonly contentControlTag: string | undefined;
  readonly listLabel: string | undefined;
  readonly holdsObject: boolean;
}

/** Run children that draw a picture, chart, shape or embedded object in the line. */
const DRAWN_OBJECTS = new Set(['w:drawing', 'w:pict', 'w:object', 'mc:AlternateContent']);

class BodyReader {
  readonly spans = new BodySpans();
  /*
   * The model's data, in flat arrays while the parser runs; `model()` makes
   * the objects once it is done. Objects made while the parser runs are
   * copied by each garbage collection its own short-lived objects set off;
   * made afterwards, in one go, they are not.
   */
  private readonly paragraphExtras: (ParagraphExtras | undefined)[] = [];
  /** The text of pieces whose text does not stand as is in the part, by piece index. */
  private readonly pieceTexts = new Map<number, string>();
  /** Whether the part has a carriage return anywhere (the parser turns it into a line feed). */
  private readonly hasCarriageReturn: boolean;
  private readonly allRunStarts: number[] = [];
  private readonly allRunFormats: RunFormat[] = [];
  readonly controls = new ControlTracker();
  prefixes: Map<string, string> = new Map();
  rename: Rename | undefined;
  /** The root element's attributes, where the part declares its namespaces. */
  private namespaces: Readonly<Record<string, string>> = {};
  rootName: string | undefined;
  bodySeen = false;
  endOfBody = -1;
  mayHoldTextBoxes = false;

  private readonly kinds: number[] = [];
  /**
   * Depth inside an element nothing is read from (most of a long document:
   * every property of every run), counted instead of stacked.
   */
  private skipped = 0;
  private readonly frames: (Place | ControlFrame | AlternateFrame | undefined)[] = [];
  /** What each open element is in a table's structure (NO_ROLE for everything else). */
  private readonly roles: number[] = [];
  /** The tables being read, innermost last. */
  private readonly tableStates: TableStyleState[] = [];
  private tables = 0;
  /** Open fields whose code (not result) is being read: text there is not document text. */
  private readonly fields: ('code' | 'result')[] = [];
  private codeDepth = 0;
  private finalSectPr = -1;

  // The paragraph being read. Its runs' last rPr are gathered in reused
  // arrays until it closes and its formatting is resolved; its text is made
  // by `model()`, so only its length is counted here.
  private textLength = 0;
  private firstRun = 0;
  /** Each run's last `w:rPr`, whose properties apply (Word reads the last): -1, -1 for none. */
  private readonly formatStarts: number[] = [];
  private readonly formatEnds: number[] = [];
  private paragraphStart = 0;
  private paragraphOpenEnd = 0;
  private paragraphSelfClosing = false;
  /** The open paragraph holds a picture or other drawn object. */
  private holdsObject = false;
  /** The paragraph's first `w:pPr`: what a fix rewrites, and whose properties apply. */
  private pPrStart = -1;
  private pPrEnd = -1;
  private cell: TableCellPosition | undefined;
  /** Whether no paragraph or table has closed yet in the body or table cell being read. */
  private atTop = false;
  /** The list (numId) of the paragraph read last and its index, while the next paragraph would follow it directly. */
  private lastListItem: { readonly numId: string; readonly index: number } | undefined;

  // The run being read.
  private firstPiece = 0;
  private runStart = 0;
  private runOpenEnd = 0;
  private runSelfClosing = false;
  private runTextStart = 0;
  private firstRPrStart = -1;
  private firstRPrEnd = -1;
  private lastRPrStart = -1;
  private lastRPrEnd = -1;
  /** Which properties element is open: 'p' (a pPr), 'r' (an rPr). */
  private properties: 'p' | 'r' = 'p';
  /** The 'other' piece whose element is open (its end is recorded on close). */
  private piece = -1;
  private textStart = 0;
  /** Offset just after the `w:t` start tag's `>`. */
  private textOpenEnd = 0;
  private textCounts = false;
  private pieceText = '';

  /** Made when the root element has told which prefixes the part uses. */
  private resolution: BodyResolution | undefined;

  constructor(
    private readonly source: string,
    private readonly parser: { readonly position: number },
    private readonly makeResolution: (rename: Rename | undefined) => BodyResolution,
  ) {
    this.hasCarriageReturn = source.includes('\r');
  }

  private attr(tag: ScannedTag, name: string): string | undefined {
    const attributes = tag.attributes;
    if (!this.rename) return attributes[name];
    let found: string | undefined;
    for (const key in attributes) if ((key.includes(':') ? this.rename(key) : key) === name) found = attributes[key];
    return found;
  }

  private push(kind: number, frame?: Place | ControlFrame | AlternateFrame, role = NO_ROLE): void {
    if (kind === SKIP) {
      this.skipped = 1;
      return;
    }
    this.kinds.push(kind);
    this.frames.push(frame);
    this.roles.push(role);
  }

  open(tag: ScannedTag): void {
    if (this.skipped > 0) {
      this.skipped++;
      return;
    }
    const depth = this.kinds.length;
    if (depth === 0) {
      const found = renamer(tag.attributes);
      this.namespaces = tag.attributes;
      this.rename = found.rename;
      this.prefixes = found.prefixes;
      this.resolution = this.makeResolution(this.rename);
    }
    const name = this.rename ? this.rename(tag.name) : tag.name;
    if (depth === 0) {
      this.rootName = name;
      this.push(name === 'w:document' ? DOCUMENT : SKIP);
      return;
    }
    const parent = this.kinds[depth - 1];
    switch (parent) {
      case DOCUMENT:
        if (name === 'w:body' && !this.bodySeen) {
          this.bodySeen = true;
          this.atTop = true;
          this.push(BODY, OUTSIDE);
        } else this.push(SKIP);
        return;
      case BODY:
        this.finalSectPr = name === 'w:sectPr' ? tagStart(this.source, this.parser.position - 1) : -1;
        this.block(tag, name, this.frames[depth - 1] as Place);
        return;
      case BLOCK:
        this.block(tag, name, this.frames[depth - 1] as Place);
        return;
      case NESTED:
        this.nested(tag, name, this.frames[depth - 1] as Place);
        return;
      case PARAGRAPH:
        if (name === 'w:pPr') {
          const start = tagStart(this.source, this.parser.position - 1);
          if (this.pPrStart < 0) this.pPrStart = start;
          this.properties = 'p';
          this.push(PROPERTIES);
        } else this.inline(tag, name);
        return;
      case INLINE:
        this.inline(tag, name);
        return;
      case RUN:
        this.runChild(tag, name);
        return;
      case CONTROL:
        this.controlChild(name, this.frames[depth - 1] as ControlFrame);
        return;
      case TABLE_PROPERTIES:
        this.tableProperty(tag, name);
        this.push(SKIP);
        return;
      case CONTROL_PROPERTIES:
        this.controlProperty(tag, name, this.frames[depth - 1] as ControlFrame);
        this.push(SKIP);
        return;
      case ALTERNATE: {
        const frame = this.frames[depth - 1] as AlternateFrame;
        const selected = !frame.chosen && ((name === 'mc:Choice' && understands(tag, this.namespaces)) || name === 'mc:Fallback');
        if (selected) {
          frame.chosen = true;
          this.push(frame.mode, frame.place);
        } else this.push(SKIP);
        return;
      }
      default:
        // Inside w:t, a piece or properties: nothing there is read.
        this.push(SKIP);
    }
  }

  private block(tag: ScannedTag, name: string, place: Place): void {
    switch (name) {
      case 'w:p':
        this.openParagraph(tag, place.cell);
        return;
      case 'w:tbl':
        this.openTable();
        // A table inside a cell reports the outer cell's position.
        if (place.cell) this.push(NESTED, place, TABLE_ROLE);
        else this.push(BLOCK, { table: { table: this.tables++, row: -1, column: -1 }, cell: undefined }, TABLE_ROLE);
        return;
      case 'w:tblPr':
        this.push(this.roles[this.roles.length - 1] === TABLE_ROLE ? TABLE_PROPERTIES : SKIP);
        return;
      case 'w:tr':
        this.openRow();
        if (place.table) {
          place.table.row++;
          place.table.column = -1;
        }
        this.push(BLOCK, place, ROW_ROLE);
        return;
      case 'w:tc':
        this.openCell();
        if (place.table) {
          place.table.column++;
          this.push(BLOCK, { table: place.table, cell: { table: place.table.table, row: place.table.row, column: place.table.column } }, CELL_ROLE);
        } else this.push(BLOCK, place, CELL_ROLE);
        return;
      case 'w:sdt':
        this.openControl(BLOCK, place);
        return;
      case 'mc:AlternateContent':
        this.push(ALTERNATE, { mode: BLOCK, place, chosen: false });
        return;
      default:
        this.push(TRANSPARENT_BLOCK.has(name) ? BLOCK : SKIP, place);
    }
  }

  private nested(tag: ScannedTag, name: string, place: Place): void {
    if (name === 'w:p') this.openParagraph(tag, place.cell);
    else if (name === 'w:sdt') this.openControl(NESTED, place);
    else if (name === 'w:tbl') {
      this.openTable();
      this.push(NESTED, place, TABLE_ROLE);
    } else if (name === 'w:tblPr') this.push(this.roles[this.roles.length - 1] === TABLE_ROLE ? TABLE_PROPERTIES : SKIP);
    else if (name === 'w:tr') {
      this.openRow();
      this.push(NESTED, place, ROW_ROLE);
    } else if (name === 'w:tc') {
      this.openCell();
      this.push(NESTED, place, CELL_ROLE);
    } else if (TRANSPARENT_BLOCK.has(name)) this.push(NESTED, place);
    else this.push(SKIP);
  }

  private inline(tag: ScannedTag, name: string): void {
    if (name === 'w:r') {
      this.runStart = tagStart(this.source, this.parser.position - 1);
      this.runOpenEnd = this.parser.position;
      this.runSelfClosing = tag.isSelfClosing;
      this.runTextStart = this.textLength;
      this.firstPiece = this.spans.pieceCount;
      this.firstRPrStart = -1;
      this.firstRPrEnd = -1;
      this.lastRPrStart = -1;
      this.lastRPrEnd = -1;
      this.push(RUN);
    } else if (TRANSPARENT_INLINE.has(name)) this.push(INLINE);
    else if (name === 'w:sdt') this.openControl(INLINE, OUTSIDE);
    else if (name === 'mc:AlternateContent') this.push(ALTERNATE, { mode: INLINE, place: OUTSIDE, chosen: false });
    else this.push(SKIP);
  }

  private openTable(): void {
    this.lastListItem = undefined;
    this.tableStates.push({ styleId: undefined, look: DEFAULT_LOOK, propertiesSeen: false, row: -1, column: -1, rowCells: [], cell: UNSET, dependsOnEnd: undefined, pending: [] });
  }

  private openRow(): void {
    const state = this.tableStates[this.tableStates.length - 1];
    if (!state) return;
    state.row++;
    state.column = -1;
  }

  private openCell(): void {
    this.atTop = true;
    this.lastListItem = undefined;
    const state = this.tableStates[this.tableStates.length - 1];
    if (!state) return;
    state.column++;
    state.cell = UNSET;
  }

  private tableProperty(tag: ScannedTag, name: string): void {
    const state = this.tableStates[this.tableStates.length - 1];
    if (!state || state.propertiesSeen) return;
    if (name === 'w:tblStyle') state.styleId = this.attr(tag, 'w:val');
    else if (name === 'w:tblLook') {
      const attrs: Record<string, string> = {};
      for (const key of ['w:val', 'w:firstRow', 'w:lastRow', 'w:firstColumn', 'w:lastColumn', 'w:noHBand', 'w:noVBand']) {
        const value = this.attr(tag, key);
        if (value !== undefined) attrs[key] = value;
      }
      state.look = readTableLook(attrs);
    }
  }

  /** What the innermost table's style gives the paragraphs of the cell being read. */
  private cellFormatting(state: TableStyleState, resolution: BodyResolution): TableFormatting | undefined {
    if (state.cell === UNSET) {
      state.cell = resolution.cellFormatting(state.styleId, state.look, { row: state.row, column: state.column, isLastRow: false, isLastColumn: false });
    }
    return state.cell;
  }

  /** Cells in the last row or column are known only now: their paragraphs are resolved again where the style says more for them. */
  private closeTable(): void {
    this.lastListItem = undefined;
    const state = this.tableStates.pop();
    const resolution = this.resolution;
    if (!state || !resolution || state.pending.length === 0) return;
    const lastRow = state.row;
    for (const pending of state.pending) {
      const place = { row: pending.row, column: pending.column, isLastRow: pending.row === lastRow, isLastColumn: pending.column === (state.rowCells[pending.row] ?? 0) - 1 };
      const table = resolution.cellFormatting(state.styleId, state.look, place);
      if (table === pending.table) continue;
      let resolved = resolution.paragraph(pending.pPrStart, pending.pPrEnd, table);
      for (let i = 0; i < pending.runSpans.length; i += 2) {
        this.allRunFormats[pending.firstRun + i / 2] = resolution.run(resolved, pending.runSpans[i], pending.runSpans[i + 1]);
      }
      if (pending.atTop) resolved = atTopOfContainer(resolved);
      if (pending.atBottom) resolved = atBottomOfCell(resolved);
      this.spans.setResolved(pending.index, resolved);
    }
  }

  private openControl(mode: Mode, place: Place): void {
    const record = this.controls.open(mode === INLINE, this.spans.runCount);
    this.push(CONTROL, { mode, place, record, propertiesSeen: false, contentSeen: false, touched: false, tagSeen: false, aliasSeen: false });
  }

  private controlChild(name: string, frame: ControlFrame): void {
    if (name === 'w:sdtPr' && !frame.propertiesSeen) {
      frame.propertiesSeen = true;
      this.push(CONTROL_PROPERTIES, frame);
    } else if (name === 'w:sdtContent' && !frame.contentSeen) {
      frame.contentSeen = true;
      if (frame.mode === INLINE) this.touchInlineControl(frame);
      this.push(frame.mode, frame.place);
    } else this.push(SKIP);
  }

  private controlProperty(tag: ScannedTag, name: string, frame: ControlFrame): void {
    if (name === 'w:tag' && !frame.tagSeen) {
      frame.tagSeen = true;
      this.controls.setTag(frame.record, this.attr(tag, 'w:val') ?? '');
    } else if (name === 'w:alias' && !frame.aliasSeen) {
      frame.aliasSeen = true;
      frame.record.title = this.attr(tag, 'w:val') ?? '';
    } else if (name === 'w:showingPlcHdr') frame.record.showingPlaceholder = true;
  }

  /** A control inside a paragraph touches it even when it holds no run. */
  private touchInlineControl(frame: ControlFrame): void {
    if (frame.touched) return;
    frame.touched = true;
    this.controls.touch(this.spans.length);
  }

  private openParagraph(tag: ScannedTag, cell: TableCellPosition | undefined): void {
    this.paragraphStart = tagStart(this.source, this.parser.position - 1);
    this.paragraphOpenEnd = this.parser.position;
    this.paragraphSelfClosing = tag.isSelfClosing;
    this.holdsObject = false;
    this.textLength = 0;
    this.firstRun = this.spans.runCount;
    this.formatStarts.length = 0;
    this.formatEnds.length = 0;
    this.pPrStart = -1;
    this.pPrEnd = -1;
    this.cell = cell;
    this.controls.startParagraph();
    this.controls.touch(this.spans.length);
    this.push(PARAGRAPH);
  }

  private runChild(tag: ScannedTag, name: string): void {
    const position = this.parser.position;
    if (name === 'w:t') {
      this.textStart = tagStart(this.source, position - 1);
      this.textOpenEnd = position;
      this.textCounts = this.codeDepth === 0;
      this.pieceText = '';
      this.push(TEXT);
      return;
    }
    if (name === 'w:rPr') {
      const start = tagStart(this.source, position - 1);
      if (this.firstRPrStart < 0) this.firstRPrStart = start;
      this.lastRPrStart = start;
      this.properties = 'r';
      this.push(PROPERTIES);
      return;
    }
    if (DRAWN_OBJECTS.has(name)) this.holdsObject = true;
    let text: string | undefined = PIECE_TEXT.get(name);
    if (name === 'w:sym') {
      const code = Number.parseInt(this.attr(tag, 'w:char') ?? '', 16);
      // A symbol that names no character (past U+10FFFF, a surrogate) is skipped, like a symbol-font glyph.
      if (Number.isFinite(code) && SYMBOL(code)) text = String.fromCodePoint(code);
    } else if (name === 'w:fldChar') this.fieldChar(this.attr(tag, 'w:fldCharType'));
    else if (name === 'w:drawing' || name === 'w:pict' || name === 'mc:AlternateContent' || name === 'w:object') this.mayHoldTextBoxes = true;
    if (text !== undefined && text.length > 0 && this.codeDepth === 0) {
      this.piece = this.spans.addPiece(tagStart(this.source, position - 1), position, this.textLength, text.length, 'other', -1);
      this.pieceTexts.set(this.piece, text);
      this.textLength += text.length;
      this.push(PIECE);
    } else this.push(SKIP);
  }

  characters(text: string): void {
    if (this.skipped === 0 && this.kinds[this.kinds.length - 1] === TEXT) this.pieceText += text;
  }

  close(): void {
    if (this.skipped > 0) {
      this.skipped--;
      return;
    }
    const kind = this.kinds.pop();
    const frame = this.frames.pop();
    const role = this.roles.pop();
    if (role === TABLE_ROLE) {
      // Whatever follows a table in its body or cell is not at the top of it.
      this.atTop = false;
      this.closeTable();
    } else if (role === ROW_ROLE) {
      const state = this.tableStates[this.tableStates.length - 1];
      if (state) state.rowCells[state.row] = state.column + 1;
    } else if (role === CELL_ROLE) this.closeCell();
    const position = this.parser.position;
    switch (kind) {
      case TABLE_PROPERTIES: {
        const state = this.tableStates[this.tableStates.length - 1];
        if (state) state.propertiesSeen = true;
        return;
      }
      case TEXT:
        if (this.textCounts && this.pieceText.length > 0) {
          // The parser's text is the part's, character for character, unless an entity,
          // CDATA section, comment or CRLF made it shorter, or a lone CR became LF.
          const length = this.pieceText.length;
          const asIs = !this.hasCarriageReturn && tagStart(this.source, position - 1) - this.textOpenEnd === length;
          const piece = this.spans.addPiece(this.textStart, position, this.textLength, length, 't', asIs ? this.textOpenEnd : -1);
          if (!asIs) this.pieceTexts.set(piece, this.pieceText);
          this.textLength += length;
        }
        return;
      case PIECE:
        if (this.piece >= 0) this.spans.setPieceEnd(this.piece, position);
        return;
      case PROPERTIES:
        this.closeProperties(position);
        return;
      case RUN:
        this.closeRun(position);
        return;
      case PARAGRAPH:
        this.closeParagraph(position);
        return;
      case CONTROL: {
        const control = frame as ControlFrame;
        if (control.mode === INLINE) this.touchInlineControl(control);
        this.controls.close(this.spans.runCount);
        return;
      }
      case BODY:
        this.endOfBody = this.finalSectPr >= 0 ? this.finalSectPr : this.source.lastIndexOf('</', position - 1);
        return;
      default:
    }
  }

  /** A cell ends with a paragraph (ECMA-376 §17.4.66): the last one read is its last. */
  private closeCell(): void {
    const last = this.spans.length - 1;
    if (last < 0) return;
    const resolved = this.spans.resolvedOf(last);
    if (resolved.autospacedAfter) this.spans.setResolved(last, atBottomOfCell(resolved));
    const state = this.tableStates[this.tableStates.length - 1];
    const pending = state?.pending[state.pending.length - 1];
    if (pending && pending.index === last) pending.atBottom = true;
  }

  private closeProperties(end: number): void {
    if (this.properties === 'p') {
      if (this.pPrEnd < 0) this.pPrEnd = end;
    } else {
      if (this.firstRPrEnd < 0) this.firstRPrEnd = end;
      this.lastRPrEnd = end;
    }
  }

  private closeRun(end: number): void {
    if (this.spans.pieceCount === this.firstPiece) return;
    this.spans.addRun(this.runStart, this.runOpenEnd, end, this.runSelfClosing, this.firstRPrStart, this.firstRPrEnd, this.firstPiece);
    this.allRunStarts.push(this.runTextStart);
    this.formatStarts.push(this.lastRPrStart);
    this.formatEnds.push(this.lastRPrEnd);
  }

  private closeParagraph(end: number): void {
    // Always made by now: a paragraph closes inside the root element.
    const resolution = this.resolution;
    if (!resolution) return;
    const state = this.tableStates.length === 0 ? undefined : this.tableStates[this.tableStates.length - 1];
    const table = state ? this.cellFormatting(state, resolution) : undefined;
    let resolved = resolution.paragraph(this.pPrStart, this.pPrEnd, table);
    const firstRunFormat = this.allRunFormats.length;
    if (state) {
      if (state.dependsOnEnd === undefined) state.dependsOnEnd = resolution.dependsOnEnd(state.styleId, state.look);
      if (state.dependsOnEnd) {
        const runSpans: number[] = [];
        for (let i = 0; i < this.formatStarts.length; i++) runSpans.push(this.formatStarts[i], this.formatEnds[i]);
        state.pending.push({
          index: this.spans.length,
          row: state.row,
          column: state.column,
          table,
          pPrStart: this.pPrStart,
          pPrEnd: this.pPrEnd,
          firstRun: firstRunFormat,
          runSpans,
          atTop: this.atTop,
          atBottom: false,
        });
      }
    }
    if (this.atTop) resolved = atTopOfContainer(resolved);
    this.atTop = false;
    const numId = resolved.numId === undefined || resolved.numId === '0' ? undefined : resolved.numId;
    const previous = this.lastListItem;
    if (numId !== undefined && previous?.numId === numId && previous.index === this.spans.length - 1) {
      resolved = afterItemOfSameList(resolved);
      const before = this.spans.resolvedOf(previous.index);
      if (before.autospacedAfter) this.spans.setResolved(previous.index, beforeItemOfSameList(before));
    }
    this.lastListItem = numId === undefined ? undefined : { numId, index: this.spans.length };
    for (let i = 0; i < this.formatStarts.length; i++) this.allRunFormats.push(resolution.run(resolved, this.formatStarts[i], this.formatEnds[i]));
    const tag = this.controls.paragraphTag;
    const listLabel = resolution.listLabel(resolved);
    this.paragraphExtras.push(
      this.cell || tag !== undefined || listLabel !== undefined || this.holdsObject
        ? { cell: this.cell, contentControlTag: tag, listLabel, holdsObject: this.holdsObject }
        : undefined,
    );
    this.spans.addParagraph(this.paragraphStart, this.paragraphOpenEnd, end, this.paragraphSelfClosing, this.pPrStart, this.pPrEnd, this.firstRun, resolved);
  }

  /** Run `run`'s text, from where its pieces stand in the part (or as kept). */
  private textOfRun(run: number): string {
    const first = this.spans.firstPieceOf(run);
    const end = first + this.spans.pieceCountOf(run);
    let text = '';
    for (let piece = first; piece < end; piece++) {
      const at = this.spans.pieceSourceOf(piece);
      const pieceText = at >= 0 ? this.source.slice(at, at + this.spans.pieceLengthOf(piece)) : (this.pieceTexts.get(piece) ?? '');
      text = piece === first ? pieceText : text + pieceText;
    }
    return text;
  }

  /** The model's paragraphs, made from what was read. */
  model(): Paragraph[] {
    const count = this.spans.length;
    const paragraphs = new Array<Paragraph>(count);
    for (let index = 0; index < count; index++) {
      const first = this.spans.firstRunOf(index);
      const runs = new Array<Run>(this.spans.runCountOf(index));
      let text = '';
      for (let i = 0; i < runs.length; i++) {
        const runText = this.textOfRun(first + i);
        runs[i] = { text: runText, start: this.allRunStarts[first + i], format: this.allRunFormats[first + i] };
        text = i === 0 ? runText : text + runText;
      }
      const paragraph: { -readonly [K in keyof Paragraph]: Paragraph[K] } = {
        index,
        text,
        runs,
        format: this.spans.resolvedOf(index).format,
      };
      const extras = this.paragraphExtras[index];
      if (extras) {
        if (extras.cell) paragraph.cell = extras.cell;
        if (extras.contentControlTag !== undefined) paragraph.contentControlTag = extras.contentControlTag;
        if (extras.listLabel !== undefined) paragraph.listLabel = extras.listLabel;
        if (extras.holdsObject) paragraph.holdsObject = true;
      }
      paragraphs[index] = paragraph;
    }
    return paragraphs;
  }

  private fieldChar(type: string | undefined): void {
    if (type === 'begin') {
      this.fields.push('code');
      this.codeDepth++;
    } else if (type === 'separate') {
      if (this.fields[this.fields.length - 1] === 'code') {
        this.fields[this.fields.length - 1] = 'result';
        this.codeDepth--;
      }
    } else if (type === 'end') {
      if (this.fields.pop() === 'code') this.codeDepth--;
    }
  }
}

/**
 * Reads the main document part's body, resolving formatting through the
 * resolution `makeResolution` gives for the part's prefixes. Refuses a
 * DOCTYPE (`unsafeXml`) and malformed XML.
 */
export function readBody(source: string, part: string, makeResolution: (rename: Rename | undefined) => BodyResolution): Result<BodyContent, DocxError> {
  const cursor = { position: 0 };
  const reader = new BodyReader(source, cursor, makeResolution);
  try {
    scanXml(source, {
      open: (tag, end) => {
        cursor.position = end;
        reader.open(tag);
      },
      text: (text) => reader.characters(text),
      close: (end) => {
        cursor.position = end;
        reader.close();
      },
      doctype: () => {
        throw new UnsafeXml('DOCTYPE');
      },
    });
  } catch (cause) {
    if (cause instanceof UnsafeXml) return err(docxError('unsafeXml', `${part} declares a DOCTYPE`));
    if (cause instanceof DocxFailure) return err(cause.error);
    return err(docxError('malformedXml', `${part}: ${cause instanceof Error ? cause.message : String(cause)}`));
  }
  if (reader.rootName === undefined) return err(docxError('malformedXml', `${part} has no root element`));
  if (reader.rootName !== 'w:document' || !reader.bodySeen) return err(docxError('malformedXml', `${part} has no w:body`));
  const paragraphs = reader.model();
  const spans = reader.spans;
  const runTexts = (paragraph: number, from: number, to: number): string => {
    const first = spans.firstRunOf(paragraph);
    const runs = paragraphs[paragraph].runs;
    let text = '';
    for (let run = Math.max(from, first); run < to && run - first < runs.length; run++) text += runs[run - first].text;
    return text;
  };
  return ok({
    paragraphs,
    spans,
    contentControls: reader.controls.contentControls(paragraphs, runTexts),
    prefixes: reader.prefixes,
    rename: reader.rename,
    endOfBody: reader.endOfBody,
    mayHoldTextBoxes: reader.mayHoldTextBoxes,
  });
}
