/**
 * Paragraphs of a WordprocessingML body in the order of Word's
 * `body.paragraphs`: every `w:p` in document order, table-cell paragraphs
 * included, content controls entered, text boxes inside a paragraph not
 * counted as paragraphs of their own. Text is what Word shows: `w:t`, tabs
 * as `\t`, breaks as `\n`; deleted text and field codes are left out.
 */
import { childElements, firstChild, type XmlElement } from './xml';

/** Containers whose paragraphs are not body paragraphs. */
const OPAQUE = new Set(['w:txbxContent', 'w:sectPr', 'w:del', 'w:moveFrom', 'w:pPr', 'w:rPr', 'w:instrText', 'w:delText']);

export function bodyElement(documentRoot: XmlElement): XmlElement {
  const body = firstChild(documentRoot, 'w:body');
  if (!body) throw new Error('document.xml has no w:body');
  return body;
}

export function bodyParagraphs(body: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (node: XmlElement): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.name === 'w:p') out.push(child);
      else if (!OPAQUE.has(child.name)) visit(child);
    }
  };
  visit(body);
  return out;
}

/** One piece of a paragraph's visible text: the element that draws it and its offsets in the paragraph text. */
export interface TextSegment {
  readonly run: XmlElement;
  /** `w:t`, `w:tab`, `w:br`, `w:cr`, `w:noBreakHyphen`. */
  readonly node: XmlElement;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

function nodeText(node: XmlElement): string | undefined {
  switch (node.name) {
    case 'w:t':
      return node.children.map((child) => (child.type === 'text' ? child.text : '')).join('');
    case 'w:tab':
    case 'w:ptab':
      return '\t';
    case 'w:br':
    case 'w:cr':
      return '\n';
    case 'w:noBreakHyphen':
      return '-';
    default:
      return undefined;
  }
}

/** Runs of a paragraph in order, entering hyperlinks, smart tags, run-level content controls and insertions. */
export function paragraphRuns(paragraph: XmlElement): XmlElement[] {
  const runs: XmlElement[] = [];
  const visit = (node: XmlElement): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      if (child.name === 'w:r') runs.push(child);
      else if (!OPAQUE.has(child.name) && child.name !== 'w:p') visit(child);
    }
  };
  visit(paragraph);
  return runs;
}

export function textSegments(paragraph: XmlElement): TextSegment[] {
  const segments: TextSegment[] = [];
  let offset = 0;
  for (const run of paragraphRuns(paragraph)) {
    for (const node of childElements(run)) {
      const text = nodeText(node);
      if (text === undefined || text.length === 0) continue;
      segments.push({ run, node, text, start: offset, end: offset + text.length });
      offset += text.length;
    }
  }
  return segments;
}

export function paragraphText(paragraph: XmlElement): string {
  return textSegments(paragraph)
    .map((segment) => segment.text)
    .join('');
}
