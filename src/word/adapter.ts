/**
 * The Word adapter: the only code that touches Office.js. It implements the
 * pane's `DocumentHost` over a `WordApi` (real Word, or the in-memory host).
 *
 * What Word's API can and cannot do, and therefore how this adapter works
 * (checked against Microsoft's reference and issue threads):
 *
 * - `Word.Font.name` sets one font name; Microsoft confirms Chinese and
 *   Latin fonts cannot be set separately through it
 *   (OfficeDev/office-js-docs-reference#2056, pointing to office-js#4430).
 *   Whether it also rewrites `w:eastAsia` is not documented, so we never
 *   rely on it. `Font.nameFarEast` exists only in WordApiDesktop 1.3
 *   (@types/office-js: "[Api set: WordApiDesktop 1.3]"); we use it when
 *   `isSetSupported('WordApiDesktop', '1.3')` says so and the edit covers
 *   every run, and go through OOXML (`w:rFonts/@w:eastAsia`) otherwise.
 * - `Paragraph.lineSpacing` is *multiple* spacing in twelfths of a line:
 *   30 shows as 2.5 lines (office-js#2296, #3203; the reference says "In the
 *   Word UI, this value is divided by 12"). There is no line-spacing-rule
 *   property, so 固定值 28 磅 is written only as OOXML
 *   `<w:spacing w:line="560" w:lineRule="exact"/>`. Never `lineSpacing`.
 * - Styles (`Word.Style`, WordApi 1.5) expose `font` (one name, size, bold…)
 *   and `paragraphFormat` (alignment, firstLineIndent in points,
 *   lineSpacing — the same multiple spacing, office-js#3787 shows it
 *   rejecting 0): no East Asian font, no exact rule, no character indent.
 *   So styles cannot carry the profile; our templates use direct formatting.
 * - `Body.getOoxml()` / `Paragraph.getOoxml()` (WordApi 1.1) return flat OPC
 *   (`pkg:package`) with the East Asian fonts, the spacing rule, styles,
 *   theme and content controls. We turn its parts into a zip and read it with
 *   the same `readDocx` the command line uses, so Word and the CLI judge
 *   alike. One `getOoxml` call for the whole body keeps reading at a
 *   constant number of syncs. (On Mac, `getOoxml` of the last paragraph of a
 *   table cell returns the whole row — office-js#6751 — another reason to
 *   take the body's.)
 * - `insertOoxml` quirks: `body.insertOoxml(getOoxml(), 'Replace')` leaves
 *   an extra paragraph at the end each time (office-js-docs#874), and a
 *   one-paragraph package inserted into a paragraph may keep the target's
 *   paragraph properties (office-js#3149, tab stops ignored). Our fixes
 *   replace whole paragraphs (`Paragraph.insertOoxml(…, 'Replace')`), whose
 *   package is the paragraph itself with its `w:pPr`; this is the path to
 *   verify by hand in each Word build (see README in src/dev/word-host).
 *   Styles already in the document keep their definition on insert
 *   (OFFICE-FACTS), so templates carry direct formatting only.
 * - Content controls: insert/tag/title/`getByTag` WordApi 1.1. Custom XML
 *   parts: `customXmlParts.add` / `getByNamespace` WordApi 1.4
 *   (Word.CustomXmlPartCollection reference). Custom document properties:
 *   WordApi 1.3, where `add` creates or sets.
 * - `Office.context.document.getFileAsync(Compressed | Pdf)`: slices of at
 *   most 4 MB, at most two files open, so `closeAsync` always
 *   (Office.File reference). PDF from Word on the web is unreliable
 *   (office-js#1191; `isSetSupported('PdfFile')` lies on iPad, #1391):
 *   we try and turn any failure into a clear Chinese error.
 *
 * Requirement sets used: WordApi 1.1 (getOoxml, insertOoxml, paragraphs,
 * search, insertText, insertParagraph, select, alignment, spaceBefore/After),
 * WordApi 1.3 (getRange('After'/'End'), expandTo, RangeCollection.getFirst,
 * customProperties, getItemOrNullObject), WordApi 1.4 (customXmlParts —
 * optional: without it the marker lives in custom properties only),
 * WordApiDesktop 1.3 (optional: Font.nameFarEast), File (getFileAsync),
 * PdfFile (optional: PDF export).
 */
import type { Edit } from '../core/edits';
import type { DocumentMarker, DocumentModel } from '../core/model';
import { readDocx } from '../docx/read';
import { renderFlatOpc, renderMarkerCustomXml } from '../templates/ooxml';
import { OFFICIAL_PROFILE } from '../templates/profiles/official';
import type { Profile, Template } from '../templates/schema';
import { groupPlan, queuePlan } from './apply-edits';
import { WordHostError, asWordHostError } from './errors';
import type { DocumentHost, FileKind, InsertWhere } from './host';
import { PROJECT_PROPERTY, TEMPLATE_PROPERTY, queueMarkerRead, type MarkerSupport, type QueuedMarkerRead } from './marker';
import type { WordApi } from './office-api';
import { flatOpcToDocx, parseFlatOpc, partText } from './ooxml/package';
import { bodyElement, bodyParagraphs, paragraphText } from './ooxml/paragraphs';
import { setParagraphFormat } from './ooxml/paragraph-edit';
import { element, parseXml, serializeNode, type XmlElement } from './ooxml/xml';

export interface WordHostOptions {
  /** Formatting for paragraphs a fix inserts (required sections). Default: the official profile. */
  readonly profile?: Profile;
}

/** The body as last read: what `applyEdits` rewrites paragraphs from. */
interface ReadBody {
  readonly flatOpc: string;
  parsed?: { rootAttrs: [string, string][]; paragraphs: XmlElement[] };
}

/** The marker's custom XML copy, where Word has custom XML parts: the part read is rewritten, else one is added. */
function queueMarkerXml(context: Word.RequestContext, can: MarkerSupport, existing: QueuedMarkerRead, marker: { readonly templateId: string; readonly projectId: string }): void {
  if (!can.customXml) return;
  const xml = renderMarkerCustomXml(marker);
  if (existing.part) existing.part.setXml(xml);
  else context.document.customXmlParts.add(xml);
}

function parseBody(read: ReadBody): NonNullable<ReadBody['parsed']> {
  if (!read.parsed) {
    const documentPart = parseFlatOpc(read.flatOpc).find((part) => part.name === '/word/document.xml');
    if (!documentPart) throw new WordHostError('readFailed', 'getOoxml returned no document part');
    const doc = parseXml(partText(documentPart));
    read.parsed = { rootAttrs: doc.root.attrs.map(([k, v]) => [k, v]), paragraphs: bodyParagraphs(bodyElement(doc.root)) };
  }
  return read.parsed;
}

export function createWordDocumentHost(api: WordApi, options: WordHostOptions = {}): DocumentHost & Required<Pick<DocumentHost, 'linkProject' | 'readProperties' | 'writeProperties'>> {
  const profile = options.profile ?? OFFICIAL_PROFILE;
  let lastRead: ReadBody | undefined;

  const support = (): MarkerSupport => ({
    customXml: api.isSetSupported('WordApi', '1.4'),
    properties: api.isSetSupported('WordApi', '1.3'),
  });
  const newId = (): string => (api.newId ? api.newId() : crypto.randomUUID());

  async function readDocument(): Promise<DocumentModel> {
    try {
      return await api.run(async (context) => {
        const ooxml = context.document.body.getOoxml();
        const marker = queueMarkerRead(context, support());
        await context.sync();
        const found = await marker.finish();
        const read = readDocx(flatOpcToDocx(ooxml.value));
        if (!read.ok) throw new WordHostError('readFailed', `${read.error.code}: ${read.error.detail ?? read.error.message}`);
        lastRead = { flatOpc: ooxml.value };
        return { ...read.value.model, marker: { ...read.value.model.marker, ...found } };
      });
    } catch (error) {
      throw asWordHostError(error, 'readFailed');
    }
  }

  async function readMarker(): Promise<DocumentMarker> {
    try {
      return await api.run(async (context) => {
        const marker = queueMarkerRead(context, support());
        await context.sync();
        return marker.finish();
      });
    } catch (error) {
      throw asWordHostError(error, 'readFailed');
    }
  }

  async function insertTemplate(template: Template, templateProfile: Profile, where: InsertWhere): Promise<DocumentMarker> {
    const can = support();
    if (!can.properties) throw new WordHostError('requirementMissing', 'WordApi 1.3');
    try {
      return await api.run(async (context) => {
        const existing = queueMarkerRead(context, can);
        await context.sync();
        const found = await existing.finish();
        // A document that already belongs to a project keeps its id, so re-submitting finds the same register row.
        const marker = { templateId: template.id, projectId: found.projectId ?? newId() };
        const ooxml = withClosingParagraph(renderFlatOpc(template, templateProfile, { projectId: marker.projectId }), templateProfile);
        if (where === 'replace-body') context.document.body.insertOoxml(ooxml, 'Replace');
        else context.document.getSelection().insertOoxml(ooxml, 'Replace');
        queueMarkerXml(context, can, existing, marker);
        const properties = context.document.properties.customProperties;
        properties.add(TEMPLATE_PROPERTY, marker.templateId);
        properties.add(PROJECT_PROPERTY, marker.projectId);
        await context.sync();
        lastRead = undefined;
        return marker;
      });
    } catch (error) {
      throw asWordHostError(error, 'insertFailed');
    }
  }

  /** Ties the document to a register project (chosen in the pane): the same two copies of the marker insertion writes. */
  async function linkProject(projectId: string): Promise<DocumentMarker> {
    const can = support();
    if (!can.properties) throw new WordHostError('requirementMissing', 'WordApi 1.3');
    try {
      return await api.run(async (context) => {
        const existing = queueMarkerRead(context, can);
        await context.sync();
        const found = await existing.finish();
        const marker = { templateId: found.templateId ?? '', projectId };
        queueMarkerXml(context, can, existing, marker);
        context.document.properties.customProperties.add(PROJECT_PROPERTY, projectId);
        await context.sync();
        return found.templateId ? marker : { projectId };
      });
    } catch (error) {
      throw asWordHostError(error, 'insertFailed');
    }
  }

  /** Register-only values kept in custom document properties (WordApi 1.3). */
  async function readProperties(names: readonly string[]): Promise<Record<string, string>> {
    if (!support().properties) throw new WordHostError('requirementMissing', 'WordApi 1.3');
    try {
      return await api.run(async (context) => {
        const properties = context.document.properties.customProperties;
        const items = names.map((name) => {
          const item = properties.getItemOrNullObject(name);
          item.load('value');
          return [name, item] as const;
        });
        await context.sync();
        const values: Record<string, string> = {};
        for (const [name, item] of items) {
          if (!item.isNullObject && item.value !== undefined && item.value !== null && String(item.value) !== '') values[name] = String(item.value);
        }
        return values;
      });
    } catch (error) {
      throw asWordHostError(error, 'readFailed');
    }
  }

  async function writeProperties(values: Readonly<Record<string, string>>): Promise<void> {
    if (!support().properties) throw new WordHostError('requirementMissing', 'WordApi 1.3');
    try {
      await api.run(async (context) => {
        const properties = context.document.properties.customProperties;
        for (const [name, value] of Object.entries(values)) properties.add(name, value);
        await context.sync();
      });
    } catch (error) {
      throw asWordHostError(error, 'insertFailed');
    }
  }

  async function applyEdits(edits: readonly Edit[]): Promise<void> {
    if (edits.length === 0) return;
    const plan = groupPlan(edits);
    try {
      await api.run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        paragraphs.load('items/text');
        const ooxml = lastRead ? undefined : context.document.body.getOoxml();
        await context.sync();
        const body = lastRead ?? { flatOpc: (ooxml as OfficeExtension.ClientResult<string>).value };
        const parsed = parseBody(body);
        const items = paragraphs.items;
        // The plan speaks of the document as it was checked: refuse to apply it to another one.
        if (items.length !== parsed.paragraphs.length) throw new WordHostError('documentChanged', `${items.length} ≠ ${parsed.paragraphs.length} paragraphs`);
        for (const index of plan.paragraphs.keys()) {
          const xml = parsed.paragraphs[index];
          const item = items[index];
          if (!xml || !item || normalise(item.text) !== normalise(paragraphText(xml))) throw new WordHostError('documentChanged', `paragraph ${index + 1}`);
        }
        queuePlan(plan, items, {
          desktopFonts: api.isSetSupported('WordApiDesktop', '1.3'),
          rootAttrs: parsed.rootAttrs,
          profile,
          paragraphXml: (index) => parsed.paragraphs[index] as XmlElement,
          paragraphText: (index) => paragraphText(parsed.paragraphs[index] as XmlElement),
        });
        await context.sync();
        lastRead = undefined;
      });
    } catch (error) {
      lastRead = undefined;
      throw asWordHostError(error, 'documentChanged');
    }
  }

  async function selectParagraph(index: number): Promise<void> {
    try {
      await api.run(async (context) => {
        const paragraphs = context.document.body.paragraphs;
        // The cheapest load that yields the item proxies: one boolean per paragraph.
        paragraphs.load('items/isLastParagraph');
        await context.sync();
        const target = paragraphs.items[index];
        if (!target) throw new WordHostError('paragraphMissing', `paragraph ${index + 1} of ${paragraphs.items.length}`);
        target.select();
        await context.sync();
      });
    } catch (error) {
      throw asWordHostError(error, 'paragraphMissing');
    }
  }

  async function getFile(kind: FileKind): Promise<Uint8Array> {
    if (!api.getFile) throw new WordHostError(kind === 'pdf' ? 'pdfUnavailable' : 'fileUnavailable');
    try {
      return await api.getFile(kind);
    } catch (error) {
      throw asWordHostError(error, kind === 'pdf' ? 'pdfUnavailable' : 'fileUnavailable');
    }
  }

  return { readDocument, insertTemplate, applyEdits, selectParagraph, readMarker, getFile, linkProject, readProperties, writeProperties };
}

/**
 * Word always ends a body with a paragraph outside any table or content
 * control; a template that ends with a form table or a section's content
 * control would leave the document's own (Normal, single-spaced) paragraph
 * there, which the check then reports. We close such a package with an
 * empty paragraph in the profile's body spacing.
 */
export function withClosingParagraph(flatOpc: string, profile: Profile): string {
  const end = flatOpc.lastIndexOf('</w:body>');
  if (end < 0 || /<\/w:p>\s*$/.test(flatOpc.slice(0, end))) return flatOpc;
  const paragraph = element('w:p');
  const spacing = profile.roles.body.lineSpacing ?? profile.lineSpacing;
  setParagraphFormat(paragraph, { lineSpacing: spacing, spaceBeforePt: profile.spaceBeforePt, spaceAfterPt: profile.spaceAfterPt });
  return flatOpc.slice(0, end) + serializeNode(paragraph) + flatOpc.slice(end);
}

/** Word's `Paragraph.text` and the OOXML text may differ in line-break characters only. */
function normalise(text: string): string {
  return text.replace(/[\r\n\u000b]/g, '\n');
}
