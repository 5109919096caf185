/**
 * Edits on one `w:p` element, touching only what the edit names: the
 * paragraph's `w:spacing` / `w:ind` / `w:jc`, the `w:rFonts` / `w:sz` of the
 * runs concerned, the characters of a text range. Everything else in the
 * paragraph (bookmarks, fields, content controls, other runs) stays as it
 * was. Used by the Word adapter to build the OOXML it writes back, and by the
 * in-memory Word host to carry out `insertText`.
 */
import type { Alignment, LineSpacing } from '../../core/model';
import { cloneElement, element, firstChild, getAttr, insertChild, removeAttr, removeNode, setAttr, type XmlElement } from './xml';
import { textSegments } from './paragraphs';

const PPR_ORDER = [
  'w:pStyle', 'w:keepNext', 'w:keepLines', 'w:pageBreakBefore', 'w:framePr', 'w:widowControl', 'w:numPr',
  'w:suppressLineNumbers', 'w:pBdr', 'w:shd', 'w:tabs', 'w:suppressAutoHyphens', 'w:kinsoku', 'w:wordWrap',
  'w:overflowPunct', 'w:topLinePunct', 'w:autoSpaceDE', 'w:autoSpaceDN', 'w:bidi', 'w:adjustRightInd',
  'w:snapToGrid', 'w:spacing', 'w:ind', 'w:contextualSpacing', 'w:mirrorIndents', 'w:suppressOverlap', 'w:jc',
  'w:textDirection', 'w:textAlignment', 'w:textboxTightWrap', 'w:outlineLvl', 'w:divId', 'w:cnfStyle', 'w:rPr',
  'w:sectPr', 'w:pPrChange',
];

const RPR_ORDER = [
  'w:rStyle', 'w:rFonts', 'w:b', 'w:bCs', 'w:i', 'w:iCs', 'w:caps', 'w:smallCaps', 'w:strike', 'w:dstrike',
  'w:outline', 'w:shadow', 'w:emboss', 'w:imprint', 'w:noProof', 'w:snapToGrid', 'w:vanish', 'w:webHidden',
  'w:color', 'w:spacing', 'w:w', 'w:kern', 'w:position', 'w:sz', 'w:szCs', 'w:highlight', 'w:u', 'w:effect',
  'w:bdr', 'w:shd', 'w:fitText', 'w:vertAlign', 'w:rtl', 'w:cs', 'w:em', 'w:lang', 'w:eastAsianLayout',
  'w:specVanish', 'w:oMath', 'w:rPrChange',
];

/** The child `name` of `parent`, created at its schema position when missing. */
function ensureChild(parent: XmlElement, name: string, order: readonly string[]): XmlElement {
  const existing = firstChild(parent, name);
  if (existing) return existing;
  const created = element(name);
  const rank = order.indexOf(name);
  let index = parent.children.length;
  for (let i = 0; i < parent.children.length; i += 1) {
    const child = parent.children[i];
    if (child.type !== 'element') continue;
    const childRank = order.indexOf(child.name);
    if (childRank > rank) {
      index = i;
      break;
    }
  }
  insertChild(parent, created, index);
  parent.selfClosing = false;
  return created;
}

function ensureFirst(parent: XmlElement, name: string): XmlElement {
  const existing = firstChild(parent, name);
  if (existing) return existing;
  const created = element(name);
  insertChild(parent, created, 0);
  parent.selfClosing = false;
  return created;
}

const twips = (points: number): string => String(Math.round(points * 20));

export interface ParagraphFormatChange {
  readonly lineSpacing?: LineSpacing;
  readonly firstLineChars?: number;
  readonly alignment?: Alignment;
  readonly spaceBeforePt?: number;
  readonly spaceAfterPt?: number;
}

/**
 * Writes paragraph formatting as direct formatting in `w:pPr`. Exact line
 * spacing is `w:line` in twips with `w:lineRule="exact"` — the only way to
 * say 固定值 28 磅; a character indent is `w:firstLineChars` (hundredths of a
 * character) with `w:firstLine` beside it for readers that ignore characters.
 */
export function setParagraphFormat(paragraph: XmlElement, change: ParagraphFormatChange, fontSizePt = 16): void {
  const pPr = ensureFirst(paragraph, 'w:pPr');
  paragraph.selfClosing = false;
  if (change.lineSpacing || change.spaceBeforePt !== undefined || change.spaceAfterPt !== undefined) {
    const spacing = ensureChild(pPr, 'w:spacing', PPR_ORDER);
    if (change.spaceBeforePt !== undefined) {
      setAttr(spacing, 'w:before', twips(change.spaceBeforePt));
      removeAttr(spacing, 'w:beforeLines');
      removeAttr(spacing, 'w:beforeAutospacing');
    }
    if (change.spaceAfterPt !== undefined) {
      setAttr(spacing, 'w:after', twips(change.spaceAfterPt));
      removeAttr(spacing, 'w:afterLines');
      removeAttr(spacing, 'w:afterAutospacing');
    }
    const rule = change.lineSpacing;
    if (rule) {
      if (rule.rule === 'multiple') {
        setAttr(spacing, 'w:line', String(Math.round(rule.lines * 240)));
        setAttr(spacing, 'w:lineRule', 'auto');
      } else {
        setAttr(spacing, 'w:line', twips(rule.points));
        setAttr(spacing, 'w:lineRule', rule.rule);
      }
    }
  }
  if (change.firstLineChars !== undefined) {
    const ind = ensureChild(pPr, 'w:ind', PPR_ORDER);
    removeAttr(ind, 'w:hanging');
    removeAttr(ind, 'w:hangingChars');
    setAttr(ind, 'w:firstLineChars', String(change.firstLineChars));
    setAttr(ind, 'w:firstLine', twips((change.firstLineChars / 100) * fontSizePt));
  }
  if (change.alignment) {
    const jc = ensureChild(pPr, 'w:jc', PPR_ORDER);
    setAttr(jc, 'w:val', change.alignment);
  }
}

export interface RunFormatChange {
  readonly eastAsiaFont?: string;
  readonly sizePt?: number;
}

/** Sets the East Asian font (dropping any theme reference that would override it) and the size of one run. */
export function setRunFormat(run: XmlElement, change: RunFormatChange): void {
  const rPr = ensureFirst(run, 'w:rPr');
  run.selfClosing = false;
  if (change.eastAsiaFont) {
    const fonts = ensureChild(rPr, 'w:rFonts', RPR_ORDER);
    setAttr(fonts, 'w:eastAsia', change.eastAsiaFont);
    removeAttr(fonts, 'w:eastAsiaTheme');
  }
  if (change.sizePt !== undefined) {
    const half = String(Math.round(change.sizePt * 2));
    setAttr(ensureChild(rPr, 'w:sz', RPR_ORDER), 'w:val', half);
    setAttr(ensureChild(rPr, 'w:szCs', RPR_ORDER), 'w:val', half);
  }
}

/** Splits the run holding the character at `offset` so that a run starts exactly there. */
function splitAt(paragraph: XmlElement, offset: number): void {
  const segment = textSegments(paragraph).find((seg) => seg.start < offset && offset < seg.end);
  const boundary = textSegments(paragraph).find((seg) => seg.start === offset);
  if (!segment && (!boundary || isFirstContent(boundary.run, boundary.node))) return;
  const run = segment ? segment.run : (boundary as { run: XmlElement }).run;
  const node = segment ? segment.node : (boundary as { node: XmlElement }).node;
  const parent = run.parent;
  if (!parent) return;
  const tail = element(run.name, run.attrs.map(([k, v]) => [k, v]));
  const rPr = firstChild(run, 'w:rPr');
  if (rPr) insertChild(tail, cloneElement(rPr), 0);
  const index = run.children.indexOf(node);
  let moveFrom = index;
  if (segment) {
    // Split inside a w:t: the node keeps the head, a new w:t carries the rest.
    const cut = offset - segment.start;
    const head = segment.text.slice(0, cut);
    const rest = segment.text.slice(cut);
    node.children = [{ type: 'text', text: head }];
    setAttr(node, 'xml:space', 'preserve');
    insertChild(tail, textElement(rest), tail.children.length);
    moveFrom = index + 1;
  }
  const moved = run.children.splice(moveFrom);
  for (const child of moved) {
    if (child.type === 'element') child.parent = tail;
    tail.children.push(child);
  }
  tail.selfClosing = false;
  insertChild(parent, tail, parent.children.indexOf(run) + 1);
}

function isFirstContent(run: XmlElement, node: XmlElement): boolean {
  const content = run.children.filter((child) => child.type === 'element' && child.name !== 'w:rPr');
  return content[0] === node;
}

function textElement(text: string): XmlElement {
  const t = element('w:t', [['xml:space', 'preserve']]);
  t.children = [{ type: 'text', text }];
  t.selfClosing = false;
  return t;
}

/** Content nodes for text: `w:t`, with `w:tab` for tabs and `w:br` for line breaks. */
function contentFor(text: string): XmlElement[] {
  const nodes: XmlElement[] = [];
  for (const piece of text.split(/([\t\n])/)) {
    if (piece === '') continue;
    if (piece === '\t') nodes.push(element('w:tab'));
    else if (piece === '\n') nodes.push(element('w:br'));
    else nodes.push(textElement(piece));
  }
  return nodes;
}

/** The runs that carry exactly `[start, end)` of the paragraph text, splitting runs at the edges. */
export function isolateRange(paragraph: XmlElement, start: number, end: number): XmlElement[] {
  splitAt(paragraph, start);
  splitAt(paragraph, end);
  const runs: XmlElement[] = [];
  for (const seg of textSegments(paragraph)) {
    if (seg.start >= start && seg.end <= end && !runs.includes(seg.run)) runs.push(seg.run);
  }
  return runs;
}

/**
 * Replaces `[start, end)` of the paragraph's text. The new text takes the
 * formatting of the run at `start` (Word's rule for typing over a
 * selection); runs outside the range are not touched.
 */
export function replaceText(paragraph: XmlElement, start: number, end: number, text: string): void {
  if (start < end) {
    const runs = isolateRange(paragraph, start, end);
    const [first, ...rest] = runs;
    for (const run of rest) removeNode(run);
    if (!first) return;
    if (text === '') {
      removeNode(first);
      return;
    }
    first.children = first.children.filter((child) => child.type === 'element' && child.name === 'w:rPr');
    for (const node of contentFor(text)) insertChild(first, node, first.children.length);
    first.selfClosing = false;
    return;
  }
  if (text === '') return;
  splitAt(paragraph, start);
  const segments = textSegments(paragraph);
  const at = segments.find((seg) => seg.start === start);
  const before = [...segments].reverse().find((seg) => seg.end === start);
  const model = at?.run ?? before?.run;
  const run = element('w:r');
  const rPr = model ? firstChild(model, 'w:rPr') : undefined;
  if (rPr) insertChild(run, cloneElement(rPr), 0);
  for (const node of contentFor(text)) insertChild(run, node, run.children.length);
  run.selfClosing = false;
  if (at) {
    const parent = at.run.parent as XmlElement;
    insertChild(parent, run, parent.children.indexOf(at.run));
  } else if (before) {
    const parent = before.run.parent as XmlElement;
    insertChild(parent, run, parent.children.indexOf(before.run) + 1);
  } else {
    insertChild(paragraph, run, paragraph.children.length);
    paragraph.selfClosing = false;
  }
}

/** Font size of the first run that states one, for turning characters into points. */
export function firstRunSize(paragraph: XmlElement): number | undefined {
  for (const seg of textSegments(paragraph)) {
    const sz = firstChild(firstChild(seg.run, 'w:rPr') ?? element('w:rPr'), 'w:sz');
    const value = sz ? getAttr(sz, 'w:val') : undefined;
    if (value) return Number(value) / 2;
  }
  return undefined;
}
