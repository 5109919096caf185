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

interface EditablePiece {
  readonly piece: TextPiece;
  text: string;
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
    run.pieces.map((piece) => ({ piece, text: piece.text, deleted: false, before: '', after: '', dirty: false })),
  );
  const appended: string[] = [];

  for (const edit of sorted) {
    let target: EditablePiece | undefined;
    let targetOffset = 0;
    for (const p of pieces) {
      const start = p.piece.start;
      const end = start + p.piece.text.length;
      if (target === undefined && edit.start >= start && (edit.start < end || (edit.start === end && edit.start === textLength))) {
        target = p;
        targetOffset = edit.start - start;
      }
      if (start >= edit.end || end <= edit.start) continue;
      const from = Math.max(edit.start, start) - start;
      const to = Math.min(edit.end, end) - start;
      p.dirty = true;
      if (p.piece.kind === 't') p.text = p.text.slice(0, from) + p.text.slice(to);
      else p.deleted = true;
    }
    if (edit.text === '') continue;
    if (!target) {
      appended.unshift(edit.text);
      continue;
    }
    target.dirty = true;
    if (target.piece.kind === 't') target.text = target.text.slice(0, targetOffset) + edit.text + target.text.slice(targetOffset);
    else if (targetOffset === 0) target.before = edit.text + target.before;
    else target.after = edit.text + target.after;
  }

  const splices: Splice[] = [];
  for (const p of pieces) {
    if (!p.dirty) continue;
    const { elementStart: start, elementEnd: end } = p.piece;
    const own = p.piece.kind === 't' ? runContent(p.text, spell) : p.deleted ? '' : source.slice(start, end);
    splices.push({ start, end, text: runContent(p.before, spell) + own + runContent(p.after, spell) });
  }
  const r = spell('w:r');
  return { splices, appendedRun: appended.length > 0 ? `<${r}>${runContent(appended.join(''), spell)}</${r}>` : '' };
}
