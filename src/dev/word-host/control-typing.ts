/**
 * Typing into a content control, as Word does it. While a control shows its
 * placeholder (`w:showingPlcHdr`), the placeholder is one unit: text typed
 * anywhere in it replaces all of it, the flag is cleared, and the typed
 * text takes the control's run properties — `w:sdtPr/w:rPr`, which
 * ECMA-376 (17.5.2.27) says "shall be applied to the text entered … in
 * replacement of placeholder text"; when a control has none, the
 * placeholder run's own properties without its `PlaceholderText` style.
 *
 * Used by `ContentControl.insertText` and by `insertText` on a paragraph or
 * range that lands inside a control.
 */
import { textSegments } from '../../word/ooxml/paragraphs';
import { cloneElement, element, firstChild, getAttr, insertChild, removeNode, walk, type XmlElement } from '../../word/ooxml/xml';
import type { DocumentState } from './document-state';
import { invalidArgument } from './runtime';
import type { RangeTarget } from './targets';

/** Character styles Word gives placeholder text; typed text never keeps them. */
const PLACEHOLDER_STYLES = new Set(['PlaceholderText', 'Placeholder Text']);

function sdtProperties(sdt: XmlElement): XmlElement | undefined {
  return firstChild(sdt, 'w:sdtPr');
}

export function showsPlaceholder(sdt: XmlElement): boolean {
  const sdtPr = sdtProperties(sdt);
  return sdtPr !== undefined && firstChild(sdtPr, 'w:showingPlcHdr') !== undefined;
}

function clearPlaceholderFlag(sdt: XmlElement): void {
  const sdtPr = sdtProperties(sdt);
  const flag = sdtPr ? firstChild(sdtPr, 'w:showingPlcHdr') : undefined;
  if (flag) removeNode(flag);
}

function contentOf(sdt: XmlElement): XmlElement {
  const content = firstChild(sdt, 'w:sdtContent');
  if (content) return content;
  const created = element('w:sdtContent');
  insertChild(sdt, created, sdt.children.length);
  sdt.selfClosing = false;
  return created;
}

/** Every `w:r` inside the control (its placeholder, when it shows one). */
function runsOf(sdt: XmlElement): XmlElement[] {
  const runs: XmlElement[] = [];
  walk(contentOf(sdt), (node) => {
    if (node.name === 'w:r') {
      runs.push(node);
      return false;
    }
    return node.name !== 'w:sdt';
  });
  return runs;
}

/** Paragraphs directly in a block-level control (not in nested tables or controls). */
function paragraphsOf(sdt: XmlElement): XmlElement[] {
  return contentOf(sdt).children.filter((node): node is XmlElement => node.type === 'element' && node.name === 'w:p');
}

/** A block-level control holds paragraphs; a run-level one sits inside a paragraph. */
export function isBlockControl(sdt: XmlElement): boolean {
  for (let node = sdt.parent; node; node = node.parent) if (node.name === 'w:p') return false;
  return true;
}

/** The run properties typed text gets in place of the placeholder. */
function typingProperties(sdt: XmlElement, placeholderRun: XmlElement | undefined): XmlElement | undefined {
  const sdtPr = sdtProperties(sdt);
  const controlRPr = sdtPr ? firstChild(sdtPr, 'w:rPr') : undefined;
  if (controlRPr) return cloneElement(controlRPr);
  const runRPr = placeholderRun ? firstChild(placeholderRun, 'w:rPr') : undefined;
  if (!runRPr) return undefined;
  const copy = cloneElement(runRPr);
  const style = firstChild(copy, 'w:rStyle');
  if (style && PLACEHOLDER_STYLES.has(getAttr(style, 'w:val') ?? '')) removeNode(style);
  return copy;
}

function setRunProperties(run: XmlElement, rPr: XmlElement | undefined): void {
  const existing = firstChild(run, 'w:rPr');
  if (existing) removeNode(existing);
  if (rPr) insertChild(run, cloneElement(rPr), 0);
}

/** `w:t` pieces, `w:tab` for tabs, `w:br` for line breaks. */
function textRun(text: string, rPr: XmlElement | undefined): XmlElement {
  const run = element('w:r');
  if (rPr) insertChild(run, cloneElement(rPr), 0);
  for (const piece of text.split(/([\t\n])/)) {
    if (piece === '') continue;
    if (piece === '\t') insertChild(run, element('w:tab'), run.children.length);
    else if (piece === '\n') insertChild(run, element('w:br'), run.children.length);
    else {
      const t = element('w:t', [['xml:space', 'preserve']]);
      t.children = [{ type: 'text', text: piece }];
      t.selfClosing = false;
      insertChild(run, t, run.children.length);
    }
  }
  run.selfClosing = false;
  return run;
}

function paragraphOf(node: XmlElement): XmlElement {
  for (let at: XmlElement | undefined = node; at; at = at.parent) if (at.name === 'w:p') return at;
  throw invalidArgument('the run is not in a paragraph');
}

/** The range the text of runs `first`…`last` covers. */
export function rangeOfRuns(first: XmlElement, last: XmlElement): RangeTarget {
  const firstParagraph = paragraphOf(first);
  const lastParagraph = paragraphOf(last);
  const startSegments = textSegments(firstParagraph).filter((segment) => segment.run === first);
  const endSegments = textSegments(lastParagraph).filter((segment) => segment.run === last);
  const start = startSegments[0]?.start ?? 0;
  const end = endSegments[endSegments.length - 1]?.end ?? start;
  return { first: firstParagraph, last: lastParagraph, start, end, whole: false };
}

/**
 * Text was just put into `typed` (runs of one paragraph). Every control
 * around those runs that was showing its placeholder loses the rest of the
 * placeholder, stops showing it, and the typed runs take its run properties.
 */
export function typedIntoControls(typed: readonly XmlElement[]): void {
  const controls = new Set<XmlElement>();
  for (const run of typed) for (let node = run.parent; node; node = node.parent) if (node.name === 'w:sdt') controls.add(node);
  for (const sdt of controls) {
    if (!showsPlaceholder(sdt)) continue;
    const placeholder = runsOf(sdt).filter((run) => !typed.includes(run));
    const rPr = typingProperties(sdt, placeholder[0] ?? typed[0]);
    for (const run of placeholder) removeNode(run);
    if (isBlockControl(sdt)) {
      const keep = new Set(typed.map(paragraphOf));
      for (const paragraph of paragraphsOf(sdt)) if (!keep.has(paragraph)) removeNode(paragraph);
    }
    for (const run of typed) setRunProperties(run, rPr);
    clearPlaceholderFlag(sdt);
  }
}

export type ControlInsertLocation = 'Replace' | 'Start' | 'End';

/**
 * `ContentControl.insertText`. 'Replace' (and anything typed while the
 * placeholder shows) replaces the whole content; 'Start'/'End' add to it.
 * Replacing, each line of `text` becomes a paragraph of a block-level
 * control (with its first paragraph's properties) and a line break in a
 * run-level one; added text keeps its line breaks as breaks.
 */
export function insertTextInControl(state: DocumentState, sdt: XmlElement, text: string, location: string): RangeTarget {
  if (location !== 'Replace' && location !== 'Start' && location !== 'End') throw invalidArgument(`ContentControl.insertText location ${location}`);
  const replacing = location === 'Replace' || showsPlaceholder(sdt);
  const result = replacing ? replaceControlText(sdt, text) : addToControl(sdt, text, location);
  state.touch();
  return result;
}

function replaceControlText(sdt: XmlElement, text: string): RangeTarget {
  const existing = runsOf(sdt);
  const rPr = showsPlaceholder(sdt) ? typingProperties(sdt, existing[0]) : existing[0] ? firstChild(existing[0], 'w:rPr') : typingProperties(sdt, undefined);
  clearPlaceholderFlag(sdt);
  const content = contentOf(sdt);
  if (!isBlockControl(sdt)) {
    for (const run of existing) removeNode(run);
    const run = textRun(text, rPr);
    insertChild(content, run, content.children.length);
    content.selfClosing = false;
    return rangeOfRuns(run, run);
  }
  const model = paragraphsOf(sdt)[0];
  const pPr = model ? firstChild(model, 'w:pPr') : undefined;
  content.children = [];
  const runs: XmlElement[] = [];
  for (const line of text.split('\n')) {
    const paragraph = element('w:p');
    if (pPr) insertChild(paragraph, cloneElement(pPr), 0);
    const run = textRun(line, rPr);
    insertChild(paragraph, run, paragraph.children.length);
    paragraph.selfClosing = false;
    insertChild(content, paragraph, content.children.length);
    runs.push(run);
  }
  content.selfClosing = false;
  return rangeOfRuns(runs[0] as XmlElement, runs[runs.length - 1] as XmlElement);
}

function addToControl(sdt: XmlElement, text: string, location: 'Start' | 'End'): RangeTarget {
  const existing = runsOf(sdt);
  const neighbour = location === 'Start' ? existing[0] : existing[existing.length - 1];
  if (!neighbour) return replaceControlText(sdt, text);
  const run = textRun(text, firstChild(neighbour, 'w:rPr'));
  const parent = neighbour.parent as XmlElement;
  insertChild(parent, run, parent.children.indexOf(neighbour) + (location === 'End' ? 1 : 0));
  return rangeOfRuns(run, run);
}
