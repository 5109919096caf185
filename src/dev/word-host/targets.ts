/**
 * What the in-memory host's proxies stand for, and the document operations
 * Word carries out on them — on the live XML of word/document.xml.
 * Ranges are character ranges within one paragraph (or whole paragraphs,
 * for what `insertOoxml` returns); that covers what the add-in does.
 */
import type { Paragraph as ModelParagraph, Run } from '../../core/model';
import { isolateRange, replaceText, setRunFormat, type RunFormatChange } from '../../word/ooxml/paragraph-edit';
import { bodyParagraphs, paragraphRuns, paragraphText } from '../../word/ooxml/paragraphs';
import { cloneElement, element, firstChild, insertChild, removeNode, replaceNode, type XmlElement } from '../../word/ooxml/xml';
import { rangeOfRuns, typedIntoControls } from './control-typing';
import type { DocumentState } from './document-state';
import { invalidArgument, notEmulated } from './runtime';

export interface RangeTarget {
  readonly first: XmlElement;
  readonly last: XmlElement;
  /** Offset in `first`'s text. */
  readonly start: number;
  /** Offset in `last`'s text. */
  readonly end: number;
  /** The range includes the paragraph mark(s): whole paragraphs. */
  readonly whole: boolean;
}

export function paragraphRange(paragraph: XmlElement, whole = true): RangeTarget {
  return { first: paragraph, last: paragraph, start: 0, end: paragraphText(paragraph).length, whole };
}

export function pointRange(paragraph: XmlElement, offset: number): RangeTarget {
  return { first: paragraph, last: paragraph, start: offset, end: offset, whole: false };
}

function single(range: RangeTarget, what: string): XmlElement {
  if (range.first !== range.last) throw notEmulated(`${what} across paragraphs`);
  return range.first;
}

export function rangeText(range: RangeTarget): string {
  if (range.first === range.last) return paragraphText(range.first).slice(range.start, range.end);
  return `${paragraphText(range.first).slice(range.start)}\r${paragraphText(range.last).slice(0, range.end)}`;
}

export interface SearchOptions {
  readonly matchCase?: boolean;
  readonly matchWildcards?: boolean;
}

/** Word's search text: `^^` is a caret, `^t` a tab; other `^` codes are not emulated. */
function searchLiteral(query: string): string {
  return query.replace(/\^(.)/g, (_, code: string) => {
    if (code === '^') return '^';
    if (code === 't') return '\t';
    throw notEmulated(`search code ^${code}`);
  });
}

/** Non-overlapping matches, left to right, as Word's Find reports them. */
export function searchRange(range: RangeTarget, query: string, options: SearchOptions = {}): RangeTarget[] {
  if (options.matchWildcards) throw notEmulated('wildcard search');
  if (query.length > 255) throw invalidArgument('search text longer than 255 characters');
  const paragraph = single(range, 'search');
  const literal = searchLiteral(query);
  if (literal.length === 0) throw invalidArgument('empty search text');
  const text = paragraphText(paragraph);
  const haystack = options.matchCase ? text : text.toLowerCase();
  const needle = options.matchCase ? literal : literal.toLowerCase();
  const found: RangeTarget[] = [];
  let from = range.start;
  for (;;) {
    const at = haystack.indexOf(needle, from);
    if (at < 0 || at + needle.length > range.end) break;
    found.push({ first: paragraph, last: paragraph, start: at, end: at + needle.length, whole: false });
    from = at + needle.length;
  }
  return found;
}

export type RangeLocation = 'Whole' | 'Start' | 'End' | 'Before' | 'After' | 'Content';

export function subRange(range: RangeTarget, location: RangeLocation): RangeTarget {
  switch (location) {
    case 'Whole':
      return range;
    case 'Content':
      return { ...range, whole: false };
    case 'Start':
    case 'Before':
      return pointRange(range.first, range.start);
    case 'End':
    case 'After':
      return pointRange(range.last, range.end);
  }
}

export function expandRange(range: RangeTarget, other: RangeTarget): RangeTarget {
  const paragraph = single(range, 'expandTo');
  if (other.first !== paragraph || other.last !== paragraph) throw notEmulated('expandTo across paragraphs');
  return { first: paragraph, last: paragraph, start: Math.min(range.start, other.start), end: Math.max(range.end, other.end), whole: range.whole || other.whole };
}

export type InsertLocation = 'Replace' | 'Start' | 'End' | 'Before' | 'After';

/** `insertText`: returns the range of the new text. */
export function insertTextAt(state: DocumentState, range: RangeTarget, text: string, location: InsertLocation): RangeTarget {
  const paragraph = single(range, 'insertText');
  let at: number;
  if (location === 'Replace') {
    replaceText(paragraph, range.start, range.end, text);
    at = range.start;
  } else {
    at = location === 'Start' || location === 'Before' ? range.start : range.end;
    replaceText(paragraph, at, at, text);
  }
  state.touch();
  if (text === '') return pointRange(paragraph, at);
  // Typing inside a control that shows its placeholder replaces the placeholder.
  const typed = isolateRange(paragraph, at, at + text.length);
  typedIntoControls(typed);
  const first = typed[0];
  const last = typed[typed.length - 1];
  return first && last ? rangeOfRuns(first, last) : { first: paragraph, last: paragraph, start: at, end: at + text.length, whole: false };
}

export function deleteRange(state: DocumentState, range: RangeTarget): void {
  if (range.whole) {
    const paragraphs = state.paragraphs();
    const from = state.indexOf(range.first);
    const to = state.indexOf(range.last);
    for (const paragraph of paragraphs.slice(from, to + 1)) removeNode(paragraph);
    ensureTrailingParagraph(state);
  } else {
    replaceText(single(range, 'delete'), range.start, range.end, '');
  }
  state.touch();
}

/** Word never lets a body end in a table: a paragraph always follows. */
export function ensureTrailingParagraph(state: DocumentState): void {
  const children = state.body.children;
  let last: XmlElement | undefined;
  for (let i = children.length - 1; i >= 0 && !last; i -= 1) {
    const node = children[i];
    if (node && node.type === 'element' && node.name !== 'w:sectPr') last = node;
  }
  if (last && last.name === 'w:p') return;
  const sectPr = firstChild(state.body, 'w:sectPr');
  const index = sectPr ? state.body.children.indexOf(sectPr) : state.body.children.length;
  insertChild(state.body, element('w:p'), index);
}

function insertedRange(blocks: readonly XmlElement[]): RangeTarget | undefined {
  const paragraphs = blocks.flatMap((block) => (block.name === 'w:p' ? [block] : bodyParagraphs(block)));
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  if (!first || !last) return undefined;
  return { first, last, start: 0, end: paragraphText(last).length, whole: true };
}

function placeBlocks(anchor: XmlElement, blocks: readonly XmlElement[], where: 'before' | 'after' | 'replace'): void {
  if (where === 'replace') {
    replaceNode(anchor, [...blocks]);
    return;
  }
  const parent = anchor.parent as XmlElement;
  let index = parent.children.indexOf(anchor) + (where === 'after' ? 1 : 0);
  for (const block of blocks) insertChild(parent, block, index++);
}

/**
 * `insertOoxml` on a range or paragraph. Whole paragraphs are replaced by
 * the package's blocks; at a cursor, an empty paragraph gives way to them,
 * otherwise they go before (cursor at the start) or after (cursor at the
 * end). Splitting a paragraph at a cursor in the middle is not emulated.
 */
export function insertOoxmlAt(state: DocumentState, range: RangeTarget, ooxml: string, location: InsertLocation): RangeTarget {
  const blocks = state.importPackage(ooxml);
  const paragraph = range.first;
  const empty = paragraphText(paragraph).length === 0 && range.first === range.last;
  if (location === 'Replace' && range.whole && range.first === range.last) {
    placeBlocks(range.first, blocks, 'replace');
  } else if (location === 'Replace' && range.whole) {
    const paragraphs = state.paragraphs();
    const from = state.indexOf(range.first);
    const to = state.indexOf(range.last);
    for (const extra of paragraphs.slice(from + 1, to + 1)) removeNode(extra);
    placeBlocks(range.first, blocks, 'replace');
  } else if (empty && (location === 'Replace' || location === 'Start' || location === 'End')) {
    placeBlocks(paragraph, blocks, 'replace');
  } else if (location === 'Before' || location === 'Start' || (range.start === 0 && range.end === 0)) {
    placeBlocks(paragraph, blocks, 'before');
  } else if (location === 'After' || location === 'End' || range.start === paragraphText(paragraph).length) {
    placeBlocks(range.last, blocks, 'after');
  } else {
    throw notEmulated('insertOoxml into the middle of a paragraph');
  }
  ensureTrailingParagraph(state);
  state.touch();
  const inserted = insertedRange(blocks);
  if (inserted) {
    state.selection = { paragraph: inserted.last, start: inserted.end, end: inserted.end };
    return inserted;
  }
  return pointRange(state.paragraphs()[0] as XmlElement, 0);
}

/** `body.insertOoxml(…, 'Replace')`: the whole body gives way to the package. */
export function replaceBody(state: DocumentState, ooxml: string): RangeTarget {
  const blocks = state.importPackage(ooxml);
  const sectPr = firstChild(state.body, 'w:sectPr');
  state.body.children = [];
  for (const block of blocks) insertChild(state.body, block, state.body.children.length);
  if (sectPr) insertChild(state.body, sectPr, state.body.children.length);
  ensureTrailingParagraph(state);
  state.touch();
  const inserted = insertedRange(blocks) ?? paragraphRange(state.paragraphs()[0] as XmlElement);
  state.selection = { paragraph: inserted.last, start: inserted.end, end: inserted.end };
  return inserted;
}

/** `insertParagraph(text, 'Before'|'After')`: a new paragraph with the anchor's paragraph and first-run formatting. */
export function insertParagraphNear(state: DocumentState, anchor: XmlElement, text: string, location: 'Before' | 'After'): XmlElement {
  const created = element('w:p');
  const pPr = firstChild(anchor, 'w:pPr');
  if (pPr) {
    const copy = cloneElement(pPr);
    copy.children = copy.children.filter((child) => child.type !== 'element' || child.name !== 'w:sectPr');
    insertChild(created, copy, 0);
  }
  const run = element('w:r');
  const firstRun = paragraphRuns(anchor)[0];
  const rPr = firstRun ? firstChild(firstRun, 'w:rPr') : undefined;
  if (rPr) insertChild(run, cloneElement(rPr), 0);
  if (text) {
    insertChild(created, run, created.children.length);
    replaceText(created, 0, 0, text);
    removeNode(run);
  }
  placeBlocks(anchor, [created], location === 'Before' ? 'before' : 'after');
  state.touch();
  return created;
}

/** Applies a font change to the runs in the range (splitting runs at its edges). */
export function formatRange(state: DocumentState, range: RangeTarget, change: RunFormatChange & { ascii?: string; bold?: boolean }): void {
  const paragraphs = range.first === range.last ? [range.first] : state.paragraphs().slice(state.indexOf(range.first), state.indexOf(range.last) + 1);
  for (const paragraph of paragraphs) {
    const text = paragraphText(paragraph);
    const start = paragraph === range.first ? range.start : 0;
    const end = paragraph === range.last ? range.end : text.length;
    for (const run of isolateRange(paragraph, start, end)) {
      setRunFormat(run, change);
      const rPr = firstChild(run, 'w:rPr') as XmlElement;
      if (change.ascii !== undefined) {
        let fonts = firstChild(rPr, 'w:rFonts');
        if (!fonts) {
          fonts = element('w:rFonts');
          insertChild(rPr, fonts, firstChild(rPr, 'w:rStyle') ? 1 : 0);
          rPr.selfClosing = false;
        }
        for (const name of ['w:ascii', 'w:hAnsi']) {
          const found = fonts.attrs.find(([key]) => key === name);
          if (found) found[1] = change.ascii;
          else fonts.attrs.push([name, change.ascii]);
        }
        fonts.attrs = fonts.attrs.filter(([key]) => key !== 'w:asciiTheme' && key !== 'w:hAnsiTheme');
      }
      if (change.bold !== undefined) {
        const existing = firstChild(rPr, 'w:b');
        if (existing) removeNode(existing);
        if (change.bold) insertChild(rPr, element('w:b'), rPr.children.filter((c) => c.type === 'element' && (c.name === 'w:rStyle' || c.name === 'w:rFonts')).length);
        rPr.selfClosing = false;
      }
    }
  }
  state.touch();
}

/** The model runs a range covers, for reporting its font as Word does ('' / null when mixed). */
export function runsIn(state: DocumentState, range: RangeTarget): Run[] {
  const model = state.model();
  const out: Run[] = [];
  const paragraphs = range.first === range.last ? [range.first] : state.paragraphs().slice(state.indexOf(range.first), state.indexOf(range.last) + 1);
  for (const element of paragraphs) {
    const paragraph = model.paragraphs[state.indexOf(element)] as ModelParagraph;
    const start = element === range.first ? range.start : 0;
    const end = element === range.last ? range.end : paragraph.text.length;
    for (const run of paragraph.runs) {
      const runEnd = run.start + run.text.length;
      if (runEnd > start && run.start < end) out.push(run);
      else if (start === end && run.start <= start && start <= runEnd) out.push(run);
    }
  }
  return out;
}
