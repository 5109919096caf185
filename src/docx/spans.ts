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

/** A growable column of 32-bit integers, `width` per record. */
class Records {
  private data: Int32Array;
  count = 0;

  constructor(private readonly width: number) {
    this.data = new Int32Array(width * 256);
  }

  /** Appends a record; returns its index. */
  add(): number {
    if ((this.count + 1) * this.width > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    return this.count++;
  }

  set(record: number, field: number, value: number): void {
    this.data[record * this.width + field] = value;
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

export class BodySpans {
  private readonly paragraphs = new Records(8);
  private readonly runs = new Records(8);
  private readonly pieces = new Records(5);
  private readonly resolved: ResolvedParagraph[] = [];

  /** Paragraphs recorded so far. */
  get length(): number {
    return this.paragraphs.count;
  }

  /** Records a text piece of the run being read; returns its index. */
  addPiece(elementStart: number, elementEnd: number, start: number, length: number, kind: 't' | 'other'): number {
    const piece = this.pieces.add();
    this.pieces.set(piece, PIECE_ELEMENT_START, elementStart);
    this.pieces.set(piece, PIECE_ELEMENT_END, elementEnd);
    this.pieces.set(piece, PIECE_START, start);
    this.pieces.set(piece, PIECE_LENGTH, length);
    this.pieces.set(piece, PIECE_KIND, kind === 't' ? 1 : 0);
    return piece;
  }

  /** Sets where a piece recorded with `addPiece` ends (a piece element's end is known on its close). */
  setPieceEnd(piece: number, elementEnd: number): void {
    this.pieces.set(piece, PIECE_ELEMENT_END, elementEnd);
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
    const run = this.runs.add();
    this.runs.set(run, ELEMENT_START, elementStart);
    this.runs.set(run, OPEN_END, openEnd);
    this.runs.set(run, ELEMENT_END, elementEnd);
    this.runs.set(run, SELF_CLOSING, selfClosing ? 1 : 0);
    this.runs.set(run, PROPS_START, rPrStart);
    this.runs.set(run, PROPS_END, rPrEnd);
    this.runs.set(run, FIRST_CHILD, firstPiece);
    this.runs.set(run, CHILD_COUNT, this.pieces.count - firstPiece);
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
    const paragraph = this.paragraphs.add();
    this.paragraphs.set(paragraph, ELEMENT_START, elementStart);
    this.paragraphs.set(paragraph, OPEN_END, openEnd);
    this.paragraphs.set(paragraph, ELEMENT_END, elementEnd);
    this.paragraphs.set(paragraph, SELF_CLOSING, selfClosing ? 1 : 0);
    this.paragraphs.set(paragraph, PROPS_START, pPrStart);
    this.paragraphs.set(paragraph, PROPS_END, pPrEnd);
    this.paragraphs.set(paragraph, FIRST_CHILD, firstRun);
    this.paragraphs.set(paragraph, CHILD_COUNT, this.runs.count - firstRun);
    this.resolved.push(resolved);
  }

  /** Paragraph `index` as objects; `text` is its text in the model (the pieces' text is cut from it). */
  paragraph(index: number, text: string): ParagraphSource {
    const p = this.paragraphs;
    const firstRun = p.get(index, FIRST_CHILD);
    const runs: RunSource[] = [];
    for (let run = firstRun; run < firstRun + p.get(index, CHILD_COUNT); run++) runs.push(this.run(run, text));
    return {
      elementStart: p.get(index, ELEMENT_START),
      openEnd: p.get(index, OPEN_END),
      elementEnd: p.get(index, ELEMENT_END),
      selfClosing: p.get(index, SELF_CLOSING) === 1,
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
      elementStart: r.get(index, ELEMENT_START),
      openEnd: r.get(index, OPEN_END),
      elementEnd: r.get(index, ELEMENT_END),
      selfClosing: r.get(index, SELF_CLOSING) === 1,
      rPrStart: r.get(index, PROPS_START),
      rPrEnd: r.get(index, PROPS_END),
      pieces,
    };
  }
}
