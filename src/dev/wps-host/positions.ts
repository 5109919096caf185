/**
 * Character positions in the main story, as `Range.Start` / `End` count
 * them: each paragraph's text, then its paragraph mark (one character).
 * Word also counts a table's end-of-cell and end-of-row marks; the stand-in
 * counts only paragraph marks (each cell paragraph's mark standing for its
 * cell mark), which keeps positions consistent within one document — what
 * the host relies on — without claiming Word's exact numbers inside tables.
 */
import { paragraphText } from '../../word/ooxml/paragraphs';
import type { XmlElement } from '../../word/ooxml/xml';
import type { DocumentState } from '../word-host/document-state';
import type { RangeTarget } from '../word-host/targets';
import { StandInWpsError } from './errors';

export interface StoryParagraph {
  readonly element: XmlElement;
  /** Position of its first character. */
  readonly start: number;
  /** Length of its text, without the mark. */
  readonly length: number;
}

export function storyParagraphs(state: DocumentState): StoryParagraph[] {
  let position = 0;
  return state.paragraphs().map((element) => {
    const length = paragraphText(element).length;
    const entry = { element, start: position, length };
    position += length + 1;
    return entry;
  });
}

export function storyLength(state: DocumentState): number {
  const all = storyParagraphs(state);
  const last = all[all.length - 1];
  return last ? last.start + last.length + 1 : 0;
}

export function startOf(state: DocumentState, element: XmlElement): number {
  const found = storyParagraphs(state).find((entry) => entry.element === element);
  if (!found) throw new StandInWpsError('notEmulated', 'a range whose paragraph is no longer in the document');
  return found.start;
}

/** `Start` / `End` of a target. */
export function positionsOf(state: DocumentState, target: RangeTarget): { start: number; end: number } {
  const start = startOf(state, target.first) + target.start;
  const end = startOf(state, target.last) + target.end + (target.whole ? 1 : 0);
  return { start, end };
}

/** `Document.Range(Start, End)`: within one paragraph, or whole paragraphs (marks included). */
export function targetAt(state: DocumentState, start: number, end: number): RangeTarget {
  const all = storyParagraphs(state);
  const total = storyLength(state);
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > total) {
    throw new StandInWpsError('invalidArgument', `Range(${start}, ${end}) of a story of ${total} characters`);
  }
  const first = all.find((entry) => start >= entry.start && start <= entry.start + entry.length);
  if (!first) throw new StandInWpsError('notEmulated', `Range(${start}, ${end}) starting on a paragraph mark`);
  if (end <= first.start + first.length) {
    return { first: first.element, last: first.element, start: start - first.start, end: end - first.start, whole: false };
  }
  const last = all.find((entry) => entry.start + entry.length + 1 === end);
  if (start === first.start && last) return { first: first.element, last: last.element, start: 0, end: last.length, whole: true };
  throw new StandInWpsError('notEmulated', `Range(${start}, ${end}) across paragraphs, not on their boundaries`);
}
