/**
 * Fixes as data. Rules never change a document: they return edits, and an
 * adapter (src/docx/fix for .docx files, src/word for Word) applies them.
 * Both apply the same plan, so the CLI and the add-in fix alike.
 *
 * Paragraph numbers here are 0-based model indexes; text offsets are UTF-16
 * offsets into `Paragraph.text`.
 */
import type { Alignment, LineSpacing } from './model';

/** Set formatting on the runs of one paragraph (all runs unless `runs` lists some). */
export interface SetRunFormatEdit {
  readonly kind: 'set-run-format';
  readonly paragraph: number;
  /** Run indexes within the paragraph; omitted means every run. */
  readonly runs?: readonly number[];
  readonly eastAsiaFont?: string;
  readonly sizePt?: number;
}

export interface SetParagraphFormatEdit {
  readonly kind: 'set-paragraph-format';
  readonly paragraph: number;
  readonly lineSpacing?: LineSpacing;
  /** First-line indent in hundredths of a character (200 = 2 characters). */
  readonly firstLineChars?: number;
  readonly alignment?: Alignment;
  readonly spaceBeforePt?: number;
  readonly spaceAfterPt?: number;
}

/** Replace `[start, end)` of a paragraph's text; the replacement takes the formatting of the run at `start`. */
export interface ReplaceTextEdit {
  readonly kind: 'replace-text';
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Insert a new paragraph with the given role's formatting before paragraph `before` (or at the end when `before` equals the paragraph count). */
export interface InsertParagraphEdit {
  readonly kind: 'insert-paragraph';
  readonly before: number;
  readonly text: string;
  readonly role: 'h1' | 'h2' | 'body';
}

export type Edit = SetRunFormatEdit | SetParagraphFormatEdit | ReplaceTextEdit | InsertParagraphEdit;

export function editParagraph(edit: Edit): number {
  return edit.kind === 'insert-paragraph' ? edit.before : edit.paragraph;
}
