/**
 * A fix plan carried out through WPS's object model. The plan is checked
 * against the document first (same paragraph count, same text in every
 * paragraph it names); then, later paragraphs first, each paragraph's edits
 * are set as WPS properties — East Asian font and size, alignment, space
 * before/after, 固定值 line spacing in points, 首行缩进 in characters — and
 * its text edits as `Range.Text`. A font change on some runs only rewrites
 * the paragraph's XML (the Word adapter's `editedParagraphXml`) with
 * `InsertXML`; new paragraphs are the Word adapter's `newParagraphXml`
 * written over an empty paragraph of their own.
 */
import type { ReplaceTextEdit, SetParagraphFormatEdit, SetRunFormatEdit } from '../core/edits';
import type { Alignment, LineSpacing } from '../core/model';
import type { Profile } from '../templates/schema';
import { editedParagraphXml, newParagraphXml, paragraphPackage, type GroupedPlan, type ParagraphWork } from '../word/apply-edits';
import { parseFlatOpc, partText } from '../word/ooxml/package';
import { bodyElement, bodyParagraphs, paragraphText } from '../word/ooxml/paragraphs';
import { parseXml, type XmlElement } from '../word/ooxml/xml';
import { WpsHostError } from './errors';
import { WdLineSpacing, WdParagraphAlignment, type WdParagraphAlignmentValue, type WpsDocument, type WpsParagraph } from './object-model';

/** The document as last read: what `applyEdits` checks the plan against and rewrites paragraphs from. */
export interface ReadBody {
  readonly rootAttrs: [string, string][];
  readonly paragraphs: XmlElement[];
}

const ALIGNMENT: Record<Alignment, WdParagraphAlignmentValue> = {
  left: WdParagraphAlignment.left,
  center: WdParagraphAlignment.center,
  right: WdParagraphAlignment.right,
  both: WdParagraphAlignment.justify,
  distribute: WdParagraphAlignment.distribute,
};

/** The body paragraphs (and root namespaces) of a `WordOpenXML` package. */
export function parseBody(flatOpc: string): ReadBody {
  const documentPart = parseFlatOpc(flatOpc).find((part) => part.name === '/word/document.xml');
  if (!documentPart) throw new WpsHostError('readFailed', 'WordOpenXML has no document part');
  const doc = parseXml(partText(documentPart));
  return { rootAttrs: doc.root.attrs.map(([k, v]) => [k, v]), paragraphs: bodyParagraphs(bodyElement(doc.root)) };
}

/** `LineSpacing` in WPS's terms: a rule and a value (points, or twelfths of a line). */
function lineSpacingOf(spacing: LineSpacing): { rule: 3 | 4 | 5; value: number } {
  if (spacing.rule === 'exact') return { rule: WdLineSpacing.exactly, value: spacing.points };
  if (spacing.rule === 'atLeast') return { rule: WdLineSpacing.atLeast, value: spacing.points };
  return { rule: WdLineSpacing.multiple, value: spacing.lines * 12 };
}

/** Word's `Paragraph.Range.Text` ends in the paragraph mark; the model's text has none. */
function withoutMark(text: string): string {
  return text.replace(/\r$/, '').replace(/[\r\n\u000b]/g, '\n');
}

function applyDirect(doc: WpsDocument, paragraph: WpsParagraph, runFormats: readonly SetRunFormatEdit[], formats: readonly SetParagraphFormatEdit[], texts: readonly ReplaceTextEdit[]): void {
  const range = paragraph.Range;
  for (const edit of runFormats) {
    if (edit.eastAsiaFont) range.Font.NameFarEast = edit.eastAsiaFont;
    if (edit.sizePt !== undefined) range.Font.Size = edit.sizePt;
  }
  const format = range.ParagraphFormat;
  for (const edit of formats) {
    if (edit.alignment) format.Alignment = ALIGNMENT[edit.alignment];
    if (edit.spaceBeforePt !== undefined) format.SpaceBefore = edit.spaceBeforePt;
    if (edit.spaceAfterPt !== undefined) format.SpaceAfter = edit.spaceAfterPt;
    if (edit.lineSpacing) {
      const { rule, value } = lineSpacingOf(edit.lineSpacing);
      format.LineSpacingRule = rule;
      format.LineSpacing = value;
    }
    if (edit.firstLineChars !== undefined) format.CharacterUnitFirstLineIndent = edit.firstLineChars / 100;
  }
  // Text edits in plan order: each edit's offsets speak of the text after the ones before it.
  const start = range.Start;
  for (const edit of texts) doc.Range(start + edit.start, start + edit.end).Text = edit.text;
}

/** Refuses a plan made for another document: the paragraph count and the text of every paragraph it names must match. */
export function checkPlan(doc: WpsDocument, body: ReadBody, plan: GroupedPlan): void {
  const paragraphs = doc.Paragraphs;
  // The plan speaks of the document as it was checked: refuse to apply it to another one.
  if (paragraphs.Count !== body.paragraphs.length) throw new WpsHostError('documentChanged', `${paragraphs.Count} ≠ ${body.paragraphs.length} paragraphs`);
  for (const index of plan.paragraphs.keys()) {
    const xml = body.paragraphs[index];
    if (!xml || index >= paragraphs.Count || withoutMark(paragraphs.Item(index + 1).Range.Text) !== withoutMark(paragraphText(xml))) {
      throw new WpsHostError('documentChanged', `paragraph ${index + 1}`);
    }
  }
}

/** Writes a checked plan: paragraph edits from the last paragraph back, then insertions. The caller makes it one undo step. */
export function writePlan(doc: WpsDocument, body: ReadBody, plan: GroupedPlan, profile: Profile): void {
  const paragraphs = doc.Paragraphs;
  // Later paragraphs first, so the positions of earlier ones stay where they were.
  for (const index of [...plan.paragraphs.keys()].sort((a, b) => b - a)) {
    const work = plan.paragraphs.get(index) as ParagraphWork;
    const paragraph = paragraphs.Item(index + 1);
    if (work.runFormats.some((edit) => edit.runs !== undefined)) {
      // Fonts of some runs only: the paragraph's own XML, changed where the edits say, written back whole.
      paragraph.Range.InsertXML(paragraphPackage(editedParagraphXml(body.paragraphs[index] as XmlElement, work), body.rootAttrs));
    } else {
      applyDirect(doc, paragraph, work.runFormats, work.paragraphFormats, work.texts);
    }
  }
  // Insertions in plan order, each at its index in the document as it then stands — applying them
  // one by one, as the plan is ordered for (last anchor first; several at one index stack in taken order).
  // Each is an empty paragraph (InsertParagraphBefore/After) replaced whole by the new paragraph's XML.
  for (const edit of plan.insertions) {
    const xml = paragraphPackage(newParagraphXml(edit, profile), body.rootAttrs);
    const current = doc.Paragraphs;
    if (edit.before >= current.Count) {
      current.Item(current.Count).Range.InsertParagraphAfter();
      doc.Paragraphs.Item(doc.Paragraphs.Count).Range.InsertXML(xml);
    } else {
      current.Item(edit.before + 1).Range.InsertParagraphBefore();
      doc.Paragraphs.Item(edit.before + 1).Range.InsertXML(xml);
    }
  }
}
