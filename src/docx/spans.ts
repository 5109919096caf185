/**
 * Where every paragraph, run and text piece of the body sits in the main
 * part, so the fixer can splice exactly those bytes.
 *
 * Kept as numbers in typed arrays, not as objects: a long report has tens of
 * thousands of them, only the paragraphs a fix touches are ever looked at, and
 * objects kept alive while the parser runs are copied by every garbage
 * collection. `paragraph(i)` builds the objects of one paragraph on demand.
 */
import type { ResolvedParagraph } from './styles';

/** One text-bearing child of a run: `w:t` (kind 't'), or a tab/break/hyphen/symbol ('other'). */
export interface TextPiece {
  /** Offset of `<` of the piece's start tag. */
  readonly elementStart: number;
  /** Offset just after the piece's end tag (just after `/>` for an empty element). */
  readonly elementEnd: number;
  readonly text: string;
  /** Offset in the paragraph's text. */
  readonly start: number;
  readonly kind: 't' | 'other';
}

/** Where a run sits in the main part. */
export interface RunSource {
  /** Offset of `<` of `<w:r`. */
  readonly elementStart: number;
  /** Offset just after the start tag's `>`. */
  readonly openEnd: number;
  /** Offset just after `</w:r>` (just after `/>` for an empty run). */
  readonly elementEnd: number;
  readonly selfClosing: boolean;
  /** The run's first `w:rPr`, what a fix rewrites: its span, or -1 and -1 when it has none. */
  readonly rPrStart: number;
  readonly rPrEnd: number;
  readonly pieces: readonly TextPiece[];
}

/** Where a paragraph sits in the main part, and its resolved paragraph formatting. */
export interface ParagraphSource {
  /** Offset of `<` of `<w:p`. */
  readonly elementStart: number;
  /** Offset just after the start tag's `>`. */
  readonly openEnd: number;
  /** Offset just after `</w:p>` (just after `/>` for an empty paragraph). */
  readonly elementEnd: number;
  readonly selfClosing: boolean;
  /** The paragraph's first `w:pPr`, what a fix rewrites: its span, or -1 and -1 when it has none. */
  readonly pPrStart: number;
  readonly pPrEnd: number;
  /** Aligned with the model paragraph's `runs`. */
  readonly runs: readonly RunSource[];
  readonly resolved: ResolvedParagraph;
}

/** A growable table of 32-bit integers, `width` fields per record. */
class Records {
  /** The records, one after another; grown (and so replaced) by `add`. */
  data: Int32Array;
  count = 0;

  constructor(private readonly width: number) {
    this.data = new Int32Array(width * 256);
  }

  /** Appends a record; returns where its fields start in `data`. */
  add(): number {
    const base = this.count * this.width;
    if (base + this.width > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.count++;
    return base;
  }

  get(record: number, field: number): number {
    return this.data[record * this.width + field];
  }
}

// Fields of a paragraph or run record.
const ELEMENT_START = 0;
const OPEN_END = 1;
const ELEMENT_END = 2;
const SELF_CLOSING = 3;
const PROPS_START = 4;
const PROPS_END = 5;
const FIRST_CHILD = 6;
const CHILD_COUNT = 7;
// Fields of a piece record.
const PIECE_ELEMENT_START = 0;
const PIECE_ELEMENT_END = 1;
const PIECE_START = 2;
const PIECE_LENGTH = 3;
const PIECE_KIND = 4;
/** Where the piece's text stands, character for character, in the part; -1 when it does not (see `addPiece`). */
const PIECE_SOURCE = 5;
const PIECE_WIDTH = 6;
const RECORD_WIDTH = 8;

/** Appends a paragraph or run record: its element, its properties element, and its children [firstChild, childEnd). */
function addElement(
  records: Records,
  elementStart: number,
  openEnd: number,
  elementEnd: number,
  selfClosing: boolean,
  propsStart: number,
  propsEnd: number,
  firstChild: number,
  childEnd: number,
): void {
  const base = records.add();
  const data = records.data;
  data[base + ELEMENT_START] = elementStart;
  data[base + OPEN_END] = openEnd;
  data[base + ELEMENT_END] = elementEnd;
  data[base + SELF_CLOSING] = selfClosing ? 1 : 0;
  data[base + PROPS_START] = propsStart;
  data[base + PROPS_END] = propsEnd;
  data[base + FIRST_CHILD] = firstChild;
  data[base + CHILD_COUNT] = childEnd - firstChild;
}

/** Where the element of paragraph or run record `index` sits. */
function elementOf(records: Records, index: number): { elementStart: number; openEnd: number; elementEnd: number; selfClosing: boolean } {
  return {
    elementStart: records.get(index, ELEMENT_START),
    openEnd: records.get(index, OPEN_END),
    elementEnd: records.get(index, ELEMENT_END),
    selfClosing: records.get(index, SELF_CLOSING) === 1,
  };
}

export class BodySpans {
  private readonly paragraphs = new Records(RECORD_WIDTH);
  private readonly runs = new Records(RECORD_WIDTH);
  private readonly pieces = new Records(PIECE_WIDTH);
  private readonly resolved: ResolvedParagraph[] = [];

  /** Paragraphs recorded so far. */
  get length(): number {
    return this.paragraphs.count;
  }

  /**
   * Records a text piece of the run being read; returns its index. `source`
   * is where its text stands as is in the part (a `w:t` with no entity,
   * CDATA, comment or line-end to normalise), else -1: then the caller keeps
   * the text itself.
   */
  addPiece(elementStart: number, elementEnd: number, start: number, length: number, kind: 't' | 'other', source: number): number {
    const base = this.pieces.add();
    const data = this.pieces.data;
    data[base + PIECE_ELEMENT_START] = elementStart;
    data[base + PIECE_ELEMENT_END] = elementEnd;
    data[base + PIECE_START] = start;
    data[base + PIECE_LENGTH] = length;
    data[base + PIECE_KIND] = kind === 't' ? 1 : 0;
    data[base + PIECE_SOURCE] = source;
    return this.pieces.count - 1;
  }

  /** Sets where a piece recorded with `addPiece` ends (a piece element's end is known on its close). */
  setPieceEnd(piece: number, elementEnd: number): void {
    this.pieces.data[piece * PIECE_WIDTH + PIECE_ELEMENT_END] = elementEnd;
  }

  /** Index the next recorded piece will get. */
  get pieceCount(): number {
    return this.pieces.count;
  }

  /** Index the next recorded run will get. */
  get runCount(): number {
    return this.runs.count;
  }

  /** Records a run whose pieces are those recorded since `firstPiece`. */
  addRun(elementStart: number, openEnd: number, elementEnd: number, selfClosing: boolean, rPrStart: number, rPrEnd: number, firstPiece: number): void {
    addElement(this.runs, elementStart, openEnd, elementEnd, selfClosing, rPrStart, rPrEnd, firstPiece, this.pieces.count);
  }

  /** Records a paragraph whose runs are those recorded since `firstRun`. */
  addParagraph(
    elementStart: number,
    openEnd: number,
    elementEnd: number,
    selfClosing: boolean,
    pPrStart: number,
    pPrEnd: number,
    firstRun: number,
    resolved: ResolvedParagraph,
  ): void {
    addElement(this.paragraphs, elementStart, openEnd, elementEnd, selfClosing, pPrStart, pPrEnd, firstRun, this.runs.count);
    this.resolved.push(resolved);
  }

  /** Index of paragraph `index`'s first run among all recorded runs. */
  firstRunOf(index: number): number {
    return this.paragraphs.get(index, FIRST_CHILD);
  }

  /** How many runs paragraph `index` has. */
  runCountOf(index: number): number {
    return this.paragraphs.get(index, CHILD_COUNT);
  }

  /** Index of run `run`'s first piece among all recorded pieces. */
  firstPieceOf(run: number): number {
    return this.runs.get(run, FIRST_CHILD);
  }

  /** How many pieces run `run` has. */
  pieceCountOf(run: number): number {
    return this.runs.get(run, CHILD_COUNT);
  }

  /** Where piece `piece`'s text stands as is in the part, or -1. */
  pieceSourceOf(piece: number): number {
    return this.pieces.get(piece, PIECE_SOURCE);
  }

  /** The length of piece `piece`'s text. */
  pieceLengthOf(piece: number): number {
    return this.pieces.get(piece, PIECE_LENGTH);
  }

  /** Replaces paragraph `index`'s resolved formatting, when what follows it changes it (the end of its table cell). */
  setResolved(index: number, resolved: ResolvedParagraph): void {
    this.resolved[index] = resolved;
  }

  /** Paragraph `index`'s resolved formatting. */
  resolvedOf(index: number): ResolvedParagraph {
    return this.resolved[index];
  }

  /** Paragraph `index` as objects; `text` is its text in the model (the pieces' text is cut from it). */
  paragraph(index: number, text: string): ParagraphSource {
    const p = this.paragraphs;
    const firstRun = p.get(index, FIRST_CHILD);
    const runs: RunSource[] = [];
    for (let run = firstRun; run < firstRun + p.get(index, CHILD_COUNT); run++) runs.push(this.run(run, text));
    return {
      ...elementOf(p, index),
      pPrStart: p.get(index, PROPS_START),
      pPrEnd: p.get(index, PROPS_END),
      runs,
      resolved: this.resolved[index],
    };
  }

  private run(index: number, text: string): RunSource {
    const r = this.runs;
    const firstPiece = r.get(index, FIRST_CHILD);
    const pieces: TextPiece[] = [];
    for (let piece = firstPiece; piece < firstPiece + r.get(index, CHILD_COUNT); piece++) {
      const start = this.pieces.get(piece, PIECE_START);
      pieces.push({
        elementStart: this.pieces.get(piece, PIECE_ELEMENT_START),
        elementEnd: this.pieces.get(piece, PIECE_ELEMENT_END),
        text: text.slice(start, start + this.pieces.get(piece, PIECE_LENGTH)),
        start,
        kind: this.pieces.get(piece, PIECE_KIND) === 1 ? 't' : 'other',
      });
    }
    return {
      ...elementOf(r, index),
      rPrStart: r.get(index, PROPS_START),
      rPrEnd: r.get(index, PROPS_END),
      pieces,
    };
  }
}
