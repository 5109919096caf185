/**
 * A fix plan carried out in Word in one batch and two syncs: the first
 * fetches the paragraph proxies (and checks the document is still the one
 * that was checked), the second carries every write. Per paragraph the
 * cheapest faithful means is chosen:
 *
 * - alignment, space before/after: `Paragraph.alignment` / `spaceBefore` /
 *   `spaceAfter` (WordApi 1.1);
 * - a text edit alone: `search()` for exactly the characters, walking to
 *   the right occurrence with `getRange('After').expandTo(...)`, then
 *   `insertText(…, 'Replace')` / `delete()` — the rest of the paragraph is
 *   not retyped;
 * - East Asian font on every run when WordApiDesktop 1.3 is there:
 *   `font.nameFarEast` (and `font.size`);
 * - anything else — exact line spacing (`w:lineRule="exact"`, which
 *   `Paragraph.lineSpacing` cannot express: it is multiple spacing), a
 *   character indent (`w:firstLineChars`), fonts of some runs, fonts without
 *   WordApiDesktop 1.3 — rewrites that one paragraph's OOXML:
 *   its own XML from `body.getOoxml()`, changed only where the edits say,
 *   written back with `Paragraph.insertOoxml(…, 'Replace')`. Text edits of
 *   that paragraph ride along in the same XML.
 *
 * Paragraphs the plan does not name are never touched.
 */
import type { Edit, InsertParagraphEdit, ReplaceTextEdit, SetParagraphFormatEdit, SetRunFormatEdit } from '../core/edits';
import type { Alignment } from '../core/model';
import { roleFormatsFromProfile } from '../docx/fix';
import type { Profile } from '../templates/schema';
import { replaceText, setParagraphFormat, setRunFormat, firstRunSize } from './ooxml/paragraph-edit';
import { paragraphRuns, textSegments } from './ooxml/paragraphs';
import { cloneElement, element, escapeAttr, serializeNode, type XmlElement } from './ooxml/xml';

const WORD_ALIGNMENT: Record<Alignment, Word.Alignment | 'Left' | 'Centered' | 'Right' | 'Justified'> = {
  left: 'Left',
  center: 'Centered',
  right: 'Right',
  both: 'Justified',
  distribute: 'Justified',
};

export interface ParagraphWork {
  readonly index: number;
  readonly runFormats: SetRunFormatEdit[];
  readonly paragraphFormats: SetParagraphFormatEdit[];
  readonly texts: ReplaceTextEdit[];
}

export interface GroupedPlan {
  /** Edits by original paragraph index, in plan order within each. */
  readonly paragraphs: Map<number, ParagraphWork>;
  /** Insertions in plan order. */
  readonly insertions: InsertParagraphEdit[];
}

export function groupPlan(edits: readonly Edit[]): GroupedPlan {
  const paragraphs = new Map<number, ParagraphWork>();
  const insertions: InsertParagraphEdit[] = [];
  for (const edit of edits) {
    if (edit.kind === 'insert-paragraph') {
      insertions.push(edit);
      continue;
    }
    let work = paragraphs.get(edit.paragraph);
    if (!work) {
      work = { index: edit.paragraph, runFormats: [], paragraphFormats: [], texts: [] };
      paragraphs.set(edit.paragraph, work);
    }
    if (edit.kind === 'set-run-format') work.runFormats.push(edit);
    else if (edit.kind === 'set-paragraph-format') work.paragraphFormats.push(edit);
    else work.texts.push(edit);
  }
  return { paragraphs, insertions };
}

/** Text Word's Find matches as typed: no control, zero-width, private-use or surrogate characters, and not too long. */
function searchable(text: string): boolean {
  return text.length > 0 && text.length <= 200 && !/[\u0000-\u001f\u200b-\u200f\u2028-\u202f\u2060-\u206f\ufeff\ue000-\uf8ff\ud800-\udfff]/.test(text);
}

/** Which non-overlapping occurrence (left to right) starts at `start`, or undefined when none does. */
function occurrenceAt(text: string, needle: string, start: number): number | undefined {
  let from = 0;
  for (let k = 0; ; k += 1) {
    const at = text.indexOf(needle, from);
    if (at < 0 || at > start) return undefined;
    if (at === start) return k;
    from = at + needle.length;
  }
}

export interface TextPlanStep {
  readonly query: string;
  readonly occurrence: number;
  readonly replacement: string;
}

/** Search steps for a paragraph's text edits, or undefined when one cannot be found by search. */
export function searchSteps(text: string, edits: readonly ReplaceTextEdit[]): TextPlanStep[] | undefined {
  let current = text;
  const steps: TextPlanStep[] = [];
  for (const edit of edits) {
    const target = current.slice(edit.start, edit.end);
    if (!searchable(target)) return undefined;
    const occurrence = occurrenceAt(current, target, edit.start);
    if (occurrence === undefined) return undefined;
    steps.push({ query: target.replace(/\^/g, '^^'), occurrence, replacement: edit.text });
    current = current.slice(0, edit.start) + edit.text + current.slice(edit.end);
  }
  return steps;
}

function needsOoxml(work: ParagraphWork, desktopFonts: boolean): boolean {
  if (work.paragraphFormats.some((edit) => edit.lineSpacing !== undefined || edit.firstLineChars !== undefined)) return true;
  if (work.runFormats.length === 0) return false;
  if (!desktopFonts) return true;
  return work.runFormats.some((edit) => edit.runs !== undefined);
}

/** The paragraph's XML after its edits, in plan order: formatting first (run indexes valid), then text from the end. */
export function editedParagraphXml(original: XmlElement, work: ParagraphWork): XmlElement {
  const paragraph = cloneElement(original);
  const runs = textRuns(paragraph);
  for (const edit of work.runFormats) {
    const chosen = edit.runs ? edit.runs.map((i) => runs[i]).filter((run): run is XmlElement => run !== undefined) : runs;
    for (const run of chosen) setRunFormat(run, { eastAsiaFont: edit.eastAsiaFont, sizePt: edit.sizePt });
  }
  const size = firstRunSize(paragraph);
  for (const edit of work.paragraphFormats) setParagraphFormat(paragraph, edit, size);
  for (const edit of work.texts) replaceText(paragraph, edit.start, edit.end, edit.text);
  return paragraph;
}

/** Runs with visible text, in order: the model's run indexes count these. */
function textRuns(paragraph: XmlElement): XmlElement[] {
  const withText = new Set(textSegments(paragraph).map((segment) => segment.run));
  return paragraphRuns(paragraph).filter((run) => withText.has(run));
}

/** A new paragraph with a role's formatting, for `insert-paragraph`. */
export function newParagraphXml(edit: InsertParagraphEdit, profile: Profile): XmlElement {
  const format = roleFormatsFromProfile(profile)(edit.role);
  const paragraph = element('w:p');
  const run = element('w:r');
  paragraph.children.push(run);
  run.parent = paragraph;
  paragraph.selfClosing = false;
  replaceText(paragraph, 0, 0, edit.text);
  // replaceText added its own run (copying none); drop the empty placeholder.
  paragraph.children = paragraph.children.filter((node) => node !== run);
  for (const textRun of paragraphRuns(paragraph)) setRunFormat(textRun, { eastAsiaFont: format.eastAsiaFont, sizePt: format.sizePt });
  setParagraphFormat(
    paragraph,
    {
      lineSpacing: format.lineSpacing,
      firstLineChars: format.firstLineChars,
      alignment: format.alignment,
      spaceBeforePt: format.spaceBeforePt,
      spaceAfterPt: format.spaceAfterPt,
    },
    format.sizePt,
  );
  return paragraph;
}

/** A one-paragraph flat OPC package, declaring the namespaces the document's root declares. */
export function paragraphPackage(paragraph: XmlElement, rootAttrs: readonly [string, string][]): string {
  const attrs = rootAttrs.map(([name, value]) => ` ${name}="${escapeAttr(value)}"`).join('');
  const hasW = rootAttrs.some(([name]) => name === 'xmlns:w');
  const wNs = hasW ? '' : ' xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  return (
    '<?xml version="1.0" standalone="yes"?><?mso-application progid="Word.Document"?>' +
    '<pkg:package xmlns:pkg="http://schemas.microsoft.com/office/2006/xmlPackage">' +
    '<pkg:part pkg:name="/_rels/.rels" pkg:contentType="application/vnd.openxmlformats-package.relationships+xml"><pkg:xmlData>' +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>' +
    '</pkg:xmlData></pkg:part>' +
    '<pkg:part pkg:name="/word/document.xml" pkg:contentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"><pkg:xmlData>' +
    `<w:document${attrs}${wNs}><w:body>${serializeNode(paragraph)}</w:body></w:document>` +
    '</pkg:xmlData></pkg:part></pkg:package>'
  );
}

export interface QueueOptions {
  readonly desktopFonts: boolean;
  readonly rootAttrs: readonly [string, string][];
  readonly profile: Profile;
  /** Paragraph XML by index, from the body OOXML the document was read with. */
  readonly paragraphXml: (index: number) => XmlElement;
  /** Current text by index (verified against Word in the first sync). */
  readonly paragraphText: (index: number) => string;
}

/** Queues every write of the plan on the paragraph proxies; the caller syncs once. */
export function queuePlan(plan: GroupedPlan, items: readonly Word.Paragraph[], options: QueueOptions): void {
  // Later paragraphs first (the plan's order), so proxies of earlier ones stay where they were.
  const indexes = [...plan.paragraphs.keys()].sort((a, b) => b - a);
  // A paragraph rewritten with insertOoxml is reached afterwards through the range Word returns.
  const current = new Map<number, Word.Paragraph>();
  for (const index of indexes) {
    const work = plan.paragraphs.get(index) as ParagraphWork;
    const paragraph = items[index] as Word.Paragraph;
    const steps = work.texts.length > 0 ? searchSteps(options.paragraphText(index), work.texts) : [];
    if (needsOoxml(work, options.desktopFonts) || steps === undefined) {
      const xml = editedParagraphXml(options.paragraphXml(index), work);
      current.set(index, paragraph.insertOoxml(paragraphPackage(xml, options.rootAttrs), 'Replace').paragraphs.getFirst());
      continue;
    }
    for (const edit of work.runFormats) {
      if (edit.eastAsiaFont) paragraph.font.nameFarEast = edit.eastAsiaFont;
      if (edit.sizePt !== undefined) paragraph.font.size = edit.sizePt;
    }
    for (const edit of work.paragraphFormats) {
      if (edit.alignment) paragraph.alignment = WORD_ALIGNMENT[edit.alignment];
      if (edit.spaceBeforePt !== undefined) paragraph.spaceBefore = edit.spaceBeforePt;
      if (edit.spaceAfterPt !== undefined) paragraph.spaceAfter = edit.spaceAfterPt;
    }
    for (const step of steps) {
      let found = paragraph.search(step.query, { matchCase: true }).getFirst();
      for (let k = 0; k < step.occurrence; k += 1) {
        const rest = found.getRange('After').expandTo(paragraph.getRange('End'));
        found = rest.search(step.query, { matchCase: true }).getFirst();
      }
      if (step.replacement === '') found.delete();
      else found.insertText(step.replacement, 'Replace');
    }
  }
  // Insertions in plan order; several before the same paragraph stack as applying them one by one would.
  const anchors = new Map<number, Word.Paragraph>();
  for (const edit of plan.insertions) {
    const atEnd = edit.before >= items.length;
    const at = atEnd ? items.length - 1 : edit.before;
    const anchor = (atEnd ? undefined : anchors.get(at)) ?? current.get(at) ?? (items[at] as Word.Paragraph);
    const created = anchor.insertParagraph('', atEnd ? 'After' : 'Before');
    const written = created.insertOoxml(paragraphPackage(newParagraphXml(edit, options.profile), options.rootAttrs), 'Replace').paragraphs.getFirst();
    if (!atEnd) anchors.set(at, written);
  }
}
