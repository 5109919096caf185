/**
 * Where each field sits in its paragraph, read from the saved package's
 * word/document.xml: a form line such as "项目执行者：[填写姓名]" holds a
 * label and a run-level content control, and the page draws the label as
 * text and only the control as a box to type in. Paragraph numbers follow
 * Word's `body.paragraphs`, as the model's do.
 */
import { unzipSync, strFromU8 } from 'fflate';
import { bodyElement, bodyParagraphs, textSegments } from '../../word/ooxml/paragraphs';
import { firstChild, getAttr, parseXml, type XmlElement } from '../../word/ooxml/xml';

export interface FieldSpan {
  readonly tag: string;
  /** The items of a drop-down list control (`w:dropDownList`), as Word offers them. */
  readonly options?: readonly string[];
  /** Offsets of the field's text in the paragraph text. */
  readonly start: number;
  readonly end: number;
}

function tagOf(sdt: XmlElement): string {
  const sdtPr = firstChild(sdt, 'w:sdtPr');
  const tag = sdtPr ? firstChild(sdtPr, 'w:tag') : undefined;
  return tag ? getAttr(tag, 'w:val') ?? '' : '';
}

/** A drop-down list control's items (`w:listItem/@w:displayText`), or none for other controls. */
function listItemsOf(sdt: XmlElement): string[] | undefined {
  const sdtPr = firstChild(sdt, 'w:sdtPr');
  const list = sdtPr ? firstChild(sdtPr, 'w:dropDownList') ?? firstChild(sdtPr, 'w:comboBox') : undefined;
  if (!list) return undefined;
  return list.children.flatMap((item) =>
    item.type === 'element' && item.name === 'w:listItem' ? [getAttr(item, 'w:displayText') ?? getAttr(item, 'w:value') ?? ''].filter((text) => text !== '') : [],
  );
}

function controlSpan(sdt: XmlElement, start: number, end: number): FieldSpan {
  const options = listItemsOf(sdt);
  return { tag: tagOf(sdt), start, end, ...(options ? { options } : {}) };
}

function within(node: XmlElement, ancestor: XmlElement): boolean {
  for (let at: XmlElement | undefined = node; at; at = at.parent) if (at === ancestor) return true;
  return false;
}

/** The first run-level control of a paragraph, with its text's offsets (an empty control sits where its element is). */
function runControlSpan(paragraph: XmlElement): FieldSpan | undefined {
  let sdt: XmlElement | undefined;
  const visit = (node: XmlElement): void => {
    for (const child of node.children) {
      if (sdt || child.type !== 'element' || child.name === 'w:pPr') continue;
      if (child.name === 'w:sdt') sdt = child;
      else visit(child);
    }
  };
  visit(paragraph);
  if (!sdt) return undefined;
  const control = sdt;
  const segments = textSegments(paragraph);
  const inside = segments.filter((segment) => within(segment.run, control));
  if (inside.length > 0) return controlSpan(control, inside[0]?.start ?? 0, inside[inside.length - 1]?.end ?? 0);
  // An empty control: its place is after the text of the runs that come before it in the paragraph.
  const order: XmlElement[] = [];
  const collect = (node: XmlElement): void => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      order.push(child);
      collect(child);
    }
  };
  collect(paragraph);
  const at = order.indexOf(control);
  const before = segments.filter((segment) => order.indexOf(segment.run) < at);
  const offset = before[before.length - 1]?.end ?? 0;
  return controlSpan(control, offset, offset);
}

/** Run-level fields by paragraph index; paragraphs inside a block-level control are all field and are not listed. */
export function runFieldSpans(docx: Uint8Array): Map<number, FieldSpan> {
  const entry = unzipSync(docx, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml'];
  const spans = new Map<number, FieldSpan>();
  if (!entry) return spans;
  const paragraphs = bodyParagraphs(bodyElement(parseXml(strFromU8(entry)).root));
  paragraphs.forEach((paragraph, index) => {
    const span = runControlSpan(paragraph);
    if (span) spans.set(index, span);
  });
  return spans;
}
