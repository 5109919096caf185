/**
 * `replace-text` on one paragraph: only the `w:t` elements the range touches
 * are rewritten (tabs and breaks inside the range are removed); the new text
 * goes into the piece where the range starts, so it takes that run's
 * formatting.
 */
import type { ReplaceTextEdit } from '../core/edits';
import type { TextPiece } from './body';
import type { ParagraphSource } from './paragraphs';
import { AS_CANONICAL, runContent, type Spelling } from './fix-xml';
import type { Splice } from './splice';

/** What the edits do to one piece: cuts and insertions in offset order, and text before or after a tab or break. */
interface EditablePiece {
  readonly piece: TextPiece;
  readonly end: number;
  /** For a `w:t`: in offset order, `cut` removes [at, to), `insert` adds text at `at`. */
  readonly changes: { at: number; to: number; text: string }[];
  deleted: boolean;
  before: string;
  after: string;
  dirty: boolean;
}

export interface TextChanges {
  readonly splices: Splice[];
  /** A new run for a paragraph that had no text, to go before `</w:p>`. */
  readonly appendedRun: string;
}

/** A `w:t` piece's text after its cuts and insertions, built in one pass. */
function changedText(p: EditablePiece): string {
  const parts: string[] = [];
  let cursor = 0;
  for (const change of p.changes) {
    parts.push(p.piece.text.slice(cursor, change.at), change.text);
    cursor = Math.max(cursor, change.to);
  }
  parts.push(p.piece.text.slice(cursor));
  return parts.join('');
}

/** Splices for the paragraph's replace edits, or a message when they overlap or fall outside the text. */
export function textSplices(
  source: string,
  paragraph: ParagraphSource,
  textLength: number,
  edits: readonly ReplaceTextEdit[],
  spell: Spelling = AS_CANONICAL,
): TextChanges | string {
  const sorted = [...edits].sort((a, b) => b.start - a.start || b.end - a.end);
  let limit = textLength;
  for (const edit of sorted) {
    if (edit.start < 0 || edit.end < edit.start || edit.end > limit) return `replace [${edit.start}, ${edit.end}) overlaps or exceeds the text`;
    limit = edit.start;
  }
  const pieces: EditablePiece[] = paragraph.runs.flatMap((run) =>
    run.pieces.map((piece) => ({ piece, end: piece.start + piece.text.length, changes: [], deleted: false, before: '', after: '', dirty: false })),
  );
  const appended: string[] = [];

  // One walk over the pieces, edits from the start of the text: each piece is
  // visited once per edit that touches it, so a paragraph with many edits
  // costs its length plus its edits, never their product.
  let targetCursor = 0;
  let cutCursor = 0;
  for (const edit of [...sorted].reverse()) {
    // The piece where the range starts (at the very end of the text: the last piece).
    while (
      targetCursor < pieces.length &&
      (pieces[targetCursor].end < edit.start || (pieces[targetCursor].end === edit.start && edit.start !== textLength))
    ) {
      targetCursor += 1;
    }
    const candidate = pieces[targetCursor];
    const target = candidate && candidate.piece.start <= edit.start ? candidate : undefined;

    // Pieces the range overlaps (an insertion: the piece holding its offset strictly inside).
    while (cutCursor < pieces.length && pieces[cutCursor].end <= edit.start) cutCursor += 1;
    let inserted = false;
    for (let index = cutCursor; index < pieces.length && pieces[index].piece.start < edit.end; index += 1) {
      const p = pieces[index];
      if (p.end <= edit.start) continue;
      const from = Math.max(edit.start, p.piece.start) - p.piece.start;
      const to = Math.min(edit.end, p.end) - p.piece.start;
      p.dirty = true;
      if (p === target && edit.text !== '' && p.piece.kind === 't') {
        p.changes.push({ at: from, to: from, text: edit.text });
        inserted = true;
      }
      if (p.piece.kind === 't') p.changes.push({ at: from, to, text: '' });
      else p.deleted = true;
    }
    if (edit.text === '') continue;
    if (!target) {
      appended.push(edit.text);
      continue;
    }
    target.dirty = true;
    const offset = edit.start - target.piece.start;
    if (target.piece.kind === 't') {
      if (!inserted) target.changes.push({ at: offset, to: offset, text: edit.text });
    } else if (offset === 0) target.before += edit.text;
    else target.after += edit.text;
  }

  const splices: Splice[] = [];
  for (const p of pieces) {
    if (!p.dirty) continue;
    const { elementStart: start, elementEnd: end } = p.piece;
    const own = p.piece.kind === 't' ? runContent(changedText(p), spell) : p.deleted ? '' : source.slice(start, end);
    splices.push({ start, end, text: runContent(p.before, spell) + own + runContent(p.after, spell) });
  }
  const r = spell('w:r');
  return { splices, appendedRun: appended.length > 0 ? `<${r}>${runContent(appended.join(''), spell)}</${r}>` : '' };
}
