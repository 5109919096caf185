/**
 * Applies a fix plan to a .docx and returns the new file. Only what the edits
 * touch changes: every other zip part is copied as stored (identical once
 * unpacked), and in the main document only the touched paragraphs' pPr, rPr
 * and text are rewritten — spliced at the offsets the reader recorded.
 *
 * `insert-paragraph` needs the formatting of a role; pass `formats` (see
 * `roleFormatsFromProfile`), else the official profile's roles are used.
 */
import type { Edit, InsertParagraphEdit, ReplaceTextEdit, SetParagraphFormatEdit, SetRunFormatEdit } from '../core/edits';
import type { Alignment, LineSpacing } from '../core/model';
import { err, ok, type Result } from '../core/result';
import { OFFICIAL_PROFILE } from '../templates/profiles/official';
import type { Profile } from '../templates/schema';
import { docxError, type DocxError } from './errors';
import { emptyElement, PPR_ORDER, RPR_ORDER, runContent, spellingFor, withAttributes, withChildren, type Spelling } from './fix-xml';
import { textSplices } from './fix-text';
import type { ParagraphSource } from './paragraphs';
import type { DocxFile } from './read';
import { applySplices, type Splice } from './splice';
import { child, type XmlElement } from './xml';
import { rawData } from './zip';
import { writeZip, type OutputEntry } from './zip-write';

/** The formatting a new paragraph of a role gets. */
export interface RoleFormatting {
  readonly eastAsiaFont: string;
  readonly sizePt: number;
  readonly firstLineChars?: number;
  readonly alignment?: Alignment;
  readonly lineSpacing?: LineSpacing;
  readonly spaceBeforePt?: number;
  readonly spaceAfterPt?: number;
}

export type RoleFormats = (role: InsertParagraphEdit['role']) => RoleFormatting;

/** A profile's preferred font, size, indent, alignment and spacing for each role. */
export function roleFormatsFromProfile(profile: Profile): RoleFormats {
  return (role) => {
    const format = profile.roles[role];
    return {
      eastAsiaFont: format.fonts.preferred,
      sizePt: format.sizePt,
      firstLineChars: format.firstLineChars,
      alignment: format.alignment,
      lineSpacing: format.lineSpacing === null ? undefined : format.lineSpacing ?? profile.lineSpacing,
      spaceBeforePt: profile.spaceBeforePt,
      spaceAfterPt: profile.spaceAfterPt,
    };
  };
}

interface ParagraphEdits {
  run: Map<number, { eastAsiaFont?: string; sizePt?: number }>;
  paragraph: Omit<SetParagraphFormatEdit, 'kind' | 'paragraph'>;
  replace: ReplaceTextEdit[];
  touched: boolean;
}

const twips = (points: number) => String(Math.round(points * 20));
const JC_VALUE: Readonly<Record<Alignment, string>> = { left: 'left', right: 'right', center: 'center', both: 'both', distribute: 'distribute' };

/** `<w:name>children</w:name>`, spelled as the part spells it. */
function wrap(name: string, children: string, spell: Spelling): string {
  const spelled = spell(name);
  return `<${spelled}>${children}</${spelled}>`;
}

function inOrder(replace: ReadonlyMap<string, string | null>, order: readonly string[]): string {
  return [...replace.entries()].sort((a, b) => order.indexOf(a[0]) - order.indexOf(b[0])).map((entry) => entry[1]).join('');
}

function runProperties(source: string, rPr: XmlElement | undefined, change: { eastAsiaFont?: string; sizePt?: number }, spell: Spelling): string {
  const replace = runPropertyChildren(source, rPr, change, spell);
  if (rPr) return withChildren(source, rPr, replace, RPR_ORDER);
  return wrap('w:rPr', inOrder(replace, RPR_ORDER), spell);
}

function runPropertyChildren(source: string, rPr: XmlElement | undefined, change: { eastAsiaFont?: string; sizePt?: number }, spell: Spelling): Map<string, string | null> {
  const replace = new Map<string, string | null>();
  if (change.eastAsiaFont !== undefined) {
    const rFonts = rPr && child(rPr, 'w:rFonts');
    // eastAsiaTheme would override eastAsia at the same level: drop it.
    const fonts = { 'w:eastAsia': change.eastAsiaFont, 'w:eastAsiaTheme': undefined };
    replace.set('rFonts', rFonts ? withAttributes(source, rFonts, fonts, spell) : emptyElement('w:rFonts', [['w:eastAsia', change.eastAsiaFont]], spell));
  }
  if (change.sizePt !== undefined) {
    const halfPoints = String(Math.round(change.sizePt * 2));
    replace.set('sz', emptyElement('w:sz', [['w:val', halfPoints]], spell));
    replace.set('szCs', emptyElement('w:szCs', [['w:val', halfPoints]], spell));
  }
  return replace;
}

/** Which spacing settings some level states that a fix must override to take effect. */
type SpacingLevels = ParagraphSource['resolved']['hasLineUnits'] & { readonly autospacedBefore?: boolean; readonly autospacedAfter?: boolean };

function spacingChanges(change: ParagraphEdits['paragraph'], lineUnits: SpacingLevels) {
  const attrs: Record<string, string | undefined> = {};
  const line = change.lineSpacing;
  if (line) {
    attrs['w:line'] = line.rule === 'multiple' ? String(Math.round(line.lines * 240)) : twips(line.points);
    attrs['w:lineRule'] = line.rule === 'multiple' ? 'auto' : line.rule;
  }
  // Line units win over points when present anywhere in the hierarchy: zero them here.
  if (change.spaceBeforePt !== undefined) {
    attrs['w:before'] = twips(change.spaceBeforePt);
    attrs['w:beforeLines'] = lineUnits.before ? '0' : undefined;
    // Automatic spacing from a style wins over w:before: turn it off here.
    attrs['w:beforeAutospacing'] = lineUnits.autospacedBefore ? '0' : undefined;
  }
  if (change.spaceAfterPt !== undefined) {
    attrs['w:after'] = twips(change.spaceAfterPt);
    attrs['w:afterLines'] = lineUnits.after ? '0' : undefined;
    attrs['w:afterAutospacing'] = lineUnits.autospacedAfter ? '0' : undefined;
  }
  return attrs;
}

function paragraphProperties(
  source: string,
  pPr: XmlElement | undefined,
  change: ParagraphEdits['paragraph'],
  sizePt: number,
  lineUnits: SpacingLevels,
  spell: Spelling,
  markProperties?: string,
): string {
  const replace = new Map<string, string | null>();
  const spacing = spacingChanges(change, lineUnits);
  if (Object.keys(spacing).length > 0) {
    const existing = pPr && child(pPr, 'w:spacing');
    const set = Object.entries(spacing).filter((entry): entry is [string, string] => entry[1] !== undefined);
    replace.set('spacing', existing ? withAttributes(source, existing, spacing, spell) : emptyElement('w:spacing', set, spell));
  }
  if (change.firstLineChars !== undefined) {
    const indent = {
      'w:firstLineChars': String(change.firstLineChars),
      // Twips too, for readers that ignore character units.
      'w:firstLine': String(Math.round((change.firstLineChars / 100) * sizePt * 20)),
      'w:hanging': undefined,
      'w:hangingChars': undefined,
    };
    const existing = pPr && child(pPr, 'w:ind');
    replace.set(
      'ind',
      existing
        ? withAttributes(source, existing, indent, spell)
        : emptyElement('w:ind', [['w:firstLineChars', indent['w:firstLineChars']], ['w:firstLine', indent['w:firstLine']]], spell),
    );
  }
  if (change.alignment !== undefined) replace.set('jc', emptyElement('w:jc', [['w:val', JC_VALUE[change.alignment]]], spell));
  if (markProperties !== undefined) replace.set('rPr', markProperties);
  if (replace.size === 0) return pPr ? source.slice(pPr.start, pPr.end) : '';
  if (pPr) return withChildren(source, pPr, replace, PPR_ORDER);
  return wrap('w:pPr', inOrder(replace, PPR_ORDER), spell);
}

function newParagraph(text: string, format: RoleFormatting, spell: Spelling): string {
  const rPr = runProperties('', undefined, { eastAsiaFont: format.eastAsiaFont, sizePt: format.sizePt }, spell);
  const pPr = paragraphProperties('', undefined, { ...format }, format.sizePt, { before: false, after: false }, spell, rPr);
  return wrap('w:p', pPr + wrap('w:r', rPr + runContent(text, spell), spell), spell);
}

function collect(edits: readonly Edit[], count: number, runCounts: (index: number) => number): Map<number, ParagraphEdits> | string {
  const byParagraph = new Map<number, ParagraphEdits>();
  const get = (index: number) => {
    let entry = byParagraph.get(index);
    if (!entry) byParagraph.set(index, (entry = { run: new Map(), paragraph: {}, replace: [], touched: false }));
    return entry;
  };
  for (const edit of edits) {
    if (edit.kind === 'insert-paragraph') {
      if (!Number.isInteger(edit.before) || edit.before < 0 || edit.before > count) return `insert before ${edit.before}: no such paragraph`;
      continue;
    }
    if (!Number.isInteger(edit.paragraph) || edit.paragraph < 0 || edit.paragraph >= count) return `${edit.kind} on paragraph ${edit.paragraph}: no such paragraph`;
    const entry = get(edit.paragraph);
    entry.touched = true;
    if (edit.kind === 'set-run-format') {
      const runs = edit.runs ?? Array.from({ length: runCounts(edit.paragraph) }, (_, index) => index);
      for (const index of runs) {
        if (index < 0 || index >= runCounts(edit.paragraph)) return `run ${index} of paragraph ${edit.paragraph}: no such run`;
        const before = entry.run.get(index) ?? {};
        entry.run.set(index, { ...before, ...definedOf(edit) });
      }
    } else if (edit.kind === 'set-paragraph-format') {
      const { kind: _kind, paragraph: _paragraph, ...format } = edit;
      entry.paragraph = { ...entry.paragraph, ...definedEntries(format) };
    } else entry.replace.push(edit);
  }
  return byParagraph;
}

function definedOf(edit: SetRunFormatEdit): { eastAsiaFont?: string; sizePt?: number } {
  return definedEntries({ eastAsiaFont: edit.eastAsiaFont, sizePt: edit.sizePt });
}

function definedEntries<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter((entry) => entry[1] !== undefined)) as T;
}

/** Splices for one paragraph's edits. */
/**
 * Rewritten properties by what they were and what changes: a long document
 * repeats the same few `w:rPr` and `w:pPr` thousands of times, and each
 * distinct one is parsed and rewritten once per fix, not once per run.
 */
type Rewritten = Map<string, string>;

function rewritten(memo: Rewritten, key: string, make: () => string | Result<string, DocxError>): Result<string, DocxError> {
  const known = memo.get(key);
  if (known !== undefined) return ok(known);
  const made = make();
  if (typeof made !== 'string' && !made.ok) return made;
  const xml = typeof made === 'string' ? made : made.value;
  memo.set(key, xml);
  return ok(xml);
}

function paragraphSplices(file: DocxFile, index: number, edits: ParagraphEdits, spell: Spelling, memo: Rewritten): Splice[] | string {
  const text = file.source.document.source;
  const paragraph = file.model.paragraphs[index];
  const source = file.source.paragraph(index);
  const textChanges = textSplices(text, source, paragraph.text.length, edits.replace, spell);
  if (typeof textChanges === 'string') return `paragraph ${index}: ${textChanges}`;
  const splices = [...textChanges.splices];

  for (const [runIndex, change] of edits.run) {
    const run = source.runs[runIndex];
    const span = run.rPrStart >= 0 ? { start: run.rPrStart, end: run.rPrEnd } : undefined;
    const key = `r\u0000${JSON.stringify(change)}\u0000${span ? text.slice(span.start, span.end) : ''}`;
    const xml = rewritten(memo, key, () => {
      const rPr = span ? file.source.element(span) : undefined;
      if (rPr && !rPr.ok) return rPr;
      return runProperties(text, rPr?.value, change, spell);
    });
    if (!xml.ok) return `paragraph ${index}: ${xml.error.detail ?? xml.error.message}`;
    splices.push(span ? { start: span.start, end: span.end, text: xml.value } : { start: run.openEnd, end: run.openEnd, text: xml.value });
  }

  const sizePt = edits.run.get(0)?.sizePt ?? paragraph.runs[0]?.format.sizePt ?? 10.5;
  const p = { start: source.elementStart, openEnd: source.openEnd, end: source.elementEnd, selfClosing: source.selfClosing };
  const pPrSpan = source.pPrStart >= 0 ? { start: source.pPrStart, end: source.pPrEnd } : undefined;
  const levels = { ...source.resolved.hasLineUnits, autospacedBefore: source.resolved.autospacedBefore, autospacedAfter: source.resolved.autospacedAfter };
  const pKey = `p\u0000${JSON.stringify([edits.paragraph, sizePt, levels])}\u0000${pPrSpan ? text.slice(pPrSpan.start, pPrSpan.end) : ''}`;
  const pPrXml = rewritten(memo, pKey, () => {
    const pPr = pPrSpan ? file.source.element(pPrSpan) : undefined;
    if (pPr && !pPr.ok) return pPr;
    return paragraphProperties(text, pPr?.value, edits.paragraph, sizePt, levels, spell);
  });
  if (!pPrXml.ok) return `paragraph ${index}: ${pPrXml.error.detail ?? pPrXml.error.message}`;
  if (p.selfClosing) {
    const name = /^<([^\s/>]+)/.exec(text.slice(p.start, p.openEnd))?.[1] ?? spell('w:p');
    splices.push({ start: p.start, end: p.end, text: `${text.slice(p.start, p.openEnd - 2).trimEnd()}>${pPrXml.value}${textChanges.appendedRun}</${name}>` });
    return splices;
  }
  if (pPrSpan) {
    if (Object.keys(edits.paragraph).length > 0) splices.push({ start: pPrSpan.start, end: pPrSpan.end, text: pPrXml.value });
  } else if (pPrXml.value) splices.push({ start: p.openEnd, end: p.openEnd, text: pPrXml.value });
  if (textChanges.appendedRun) {
    const close = text.lastIndexOf('</', p.end - 1);
    splices.push({ start: close, end: close, text: textChanges.appendedRun });
  }
  return splices;
}

function encode(text: string, encoding: string): Uint8Array {
  if (encoding === 'utf-8') return new TextEncoder().encode(text);
  const out = new Uint8Array(2 + text.length * 2);
  const little = encoding === 'utf-16le';
  out[0] = little ? 0xff : 0xfe;
  out[1] = little ? 0xfe : 0xff;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    out[2 + i * 2 + (little ? 0 : 1)] = code & 0xff;
    out[2 + i * 2 + (little ? 1 : 0)] = code >> 8;
  }
  return out;
}

export function applyEditsToDocx(file: DocxFile, edits: readonly Edit[], formats: RoleFormats = roleFormatsFromProfile(OFFICIAL_PROFILE)): Result<Uint8Array, DocxError> {
  const { model, source } = file;
  const spell = spellingFor(source.document.prefixes);
  if (!spell) return err(docxError('invalidEdit', 'the main part has WordprocessingML as its default namespace'));
  const grouped = collect(edits, model.paragraphs.length, (index) => model.paragraphs[index].runs.length);
  if (typeof grouped === 'string') return err(docxError('invalidEdit', grouped));

  const splices: Splice[] = [];
  // Splices at one place keep their listed order, while the plan means each insertion to land in front of the ones
  // before it in the plan (as inserting at an index one by one does): list the insertions last first.
  for (const edit of [...edits].reverse()) {
    if (edit.kind !== 'insert-paragraph') continue;
    const at = edit.before < model.paragraphs.length ? source.paragraph(edit.before).elementStart : source.endOfBody;
    splices.push({ start: at, end: at, text: newParagraph(edit.text, formats(edit.role), spell) });
  }
  const memo: Rewritten = new Map();
  for (const [index, paragraphEdits] of grouped) {
    const found = paragraphSplices(file, index, paragraphEdits, spell, memo);
    if (typeof found === 'string') return err(docxError('invalidEdit', found));
    for (const splice of found) splices.push(splice);
  }
  const documentText = applySplices(source.document.source, splices);
  if (documentText === undefined) return err(docxError('invalidEdit', 'two edits change the same place'));

  const documentName = source.documentPart.replace(/^\/+/, '').toLowerCase();
  const items: OutputEntry[] = source.pkg.entries.map((entry) =>
    entry.name.replace(/^\/+/, '').toLowerCase() === documentName
      ? { entry, content: encode(documentText, source.encoding) }
      : { entry, raw: rawData(source.pkg.bytes, entry) },
  );
  return writeZip(items);
}
