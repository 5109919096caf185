/**
 * The in-memory Word document: its package parts, with word/document.xml
 * held as a live XML tree that paragraph and range proxies point into, plus
 * the custom XML parts and custom document properties Word keeps beside the
 * body. Everything Word would "report" about formatting is derived from the
 * current parts through the same .docx reader the command line uses.
 */
import type { DocumentModel } from '../../core/model';
import { readDocx } from '../../docx/read';
import { PKG_NS, parseFlatOpc, partText, readZipPackage, writeFlatOpc, writeZipPackage, xmlPart, type OpcPart } from '../../word/ooxml/package';
import { bodyElement, bodyParagraphs } from '../../word/ooxml/paragraphs';
import {
  childElements,
  escapeAttr,
  firstChild,
  getAttr,
  insertChild,
  parseXml,
  serializeNode,
  serializeXml,
  type XmlDocument,
  type XmlElement,
} from '../../word/ooxml/xml';
import { CONTENT_TYPES, REL_TYPES, blankDocxParts } from './blank';
import { invalidArgument, OfficeLikeError } from './runtime';

export interface CustomXmlPartState {
  readonly id: string;
  xml: string;
}

/** Where the cursor or the last `select()` is: a character range in one paragraph. */
export interface SelectionState {
  paragraph: XmlElement;
  start: number;
  end: number;
}

const DOCUMENT_PART = '/word/document.xml';
const STYLES_PART = '/word/styles.xml';
const DOCUMENT_RELS = '/word/_rels/document.xml.rels';
const PACKAGE_RELS = '/_rels/.rels';
const CUSTOM_PROPS_PART = '/docProps/custom.xml';
const CUSTOM_XML = /^\/customXml\//;
const VT_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes';
const CUSTOM_PROPS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/custom-properties';
const DS_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/customXml';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const FMTID = '{D5CDD505-2E9C-101B-9397-08002B2CF9AE}';

export function newGuid(): string {
  return `{${crypto.randomUUID().toUpperCase()}}`;
}

function textOf(node: XmlElement): string {
  return node.children.map((child) => (child.type === 'text' ? child.text : child.type === 'element' ? textOf(child) : '')).join('');
}

export class DocumentState {
  /** Parts other than document.xml, custom XML and custom properties, by name. */
  private readonly parts = new Map<string, OpcPart>();
  readonly document: XmlDocument;
  readonly customXml: CustomXmlPartState[] = [];
  readonly customProperties = new Map<string, string>();
  selection: SelectionState;
  private version = 0;
  private cache: { version: number; paragraphs: XmlElement[]; index: Map<XmlElement, number>; model?: DocumentModel } | undefined;

  constructor(parts: readonly OpcPart[]) {
    let documentXml: string | undefined;
    const itemIds = new Map<string, string>();
    for (const part of parts) {
      if (part.name === DOCUMENT_PART) documentXml = partText(part);
      else if (/^\/customXml\/itemProps\d+\.xml$/.test(part.name)) {
        const root = parseXml(partText(part)).root;
        const id = getAttr(root, 'ds:itemID');
        if (id) itemIds.set(part.name.replace('itemProps', 'item'), id);
      }
    }
    for (const part of parts) {
      if (part.name === DOCUMENT_PART) continue;
      if (/^\/customXml\/item\d+\.xml$/.test(part.name)) {
        this.customXml.push({ id: itemIds.get(part.name) ?? newGuid(), xml: partText(part).replace(/^\uFEFF?<\?xml[^>]*\?>\s*/, '') });
      } else if (part.name === CUSTOM_PROPS_PART) {
        for (const property of childElements(parseXml(partText(part)).root)) {
          const name = getAttr(property, 'name');
          if (name) this.customProperties.set(name, textOf(property));
        }
      } else if (!CUSTOM_XML.test(part.name)) {
        this.parts.set(part.name, part);
      }
    }
    if (documentXml === undefined) throw new OfficeLikeError('InvalidArgument', 'The package has no /word/document.xml.');
    this.document = parseXml(documentXml);
    this.dropRelationships(DOCUMENT_RELS, REL_TYPES.customXml);
    this.dropRelationships(PACKAGE_RELS, REL_TYPES.customProperties);
    const first = this.paragraphs()[0];
    if (!first) throw new OfficeLikeError('InvalidArgument', 'The document has no paragraph.');
    this.selection = { paragraph: first, start: 0, end: 0 };
  }

  static fromDocx(bytes: Uint8Array | undefined): DocumentState {
    return new DocumentState(bytes ? readZipPackage(bytes) : blankDocxParts());
  }

  get body(): XmlElement {
    return bodyElement(this.document.root);
  }

  /** Called after every change: formatting Word would report is derived again. */
  touch(): void {
    this.version += 1;
  }

  private current(): NonNullable<DocumentState['cache']> {
    if (!this.cache || this.cache.version !== this.version) {
      const paragraphs = bodyParagraphs(this.body);
      this.cache = { version: this.version, paragraphs, index: new Map(paragraphs.map((p, i) => [p, i])) };
    }
    return this.cache;
  }

  paragraphs(): XmlElement[] {
    return this.current().paragraphs;
  }

  indexOf(paragraph: XmlElement): number {
    const index = this.current().index.get(paragraph);
    if (index === undefined) throw new OfficeLikeError('ItemNotFound', 'The paragraph is no longer in the document.');
    return index;
  }

  /** The document model of the current parts, as the .docx reader sees them. */
  model(): DocumentModel {
    const cache = this.current();
    if (!cache.model) {
      const read = readDocx(this.toDocx());
      if (!read.ok) throw new OfficeLikeError('GeneralException', `${read.error.code}: ${read.error.message}`);
      if (read.value.model.paragraphs.length !== cache.paragraphs.length) {
        throw new OfficeLikeError('GeneralException', `paragraph count differs: reader ${read.value.model.paragraphs.length}, host ${cache.paragraphs.length}`);
      }
      cache.model = read.value.model;
    }
    return cache.model;
  }

  // ---- packaging ----

  private relationships(name: string): XmlDocument {
    const part = this.parts.get(name);
    return parseXml(part ? partText(part) : `<Relationships xmlns="${REL_NS}"/>`);
  }

  private setRelationships(name: string, doc: XmlDocument): void {
    this.parts.set(name, xmlPart(name, CONTENT_TYPES.rels, serializeXml(doc)));
  }

  private dropRelationships(name: string, type: string): void {
    if (!this.parts.has(name)) return;
    const doc = this.relationships(name);
    doc.root.children = doc.root.children.filter((node) => node.type !== 'element' || getAttr(node, 'Type') !== type);
    this.setRelationships(name, doc);
  }

  /** The relationship part `name` with relationships of `type` to `targets` added. */
  private withRelationships(name: string, type: string, targets: readonly string[]): OpcPart {
    const doc = this.relationships(name);
    const ids = new Set(childElements(doc.root).map((rel) => getAttr(rel, 'Id')));
    let n = 1;
    for (const target of targets) {
      while (ids.has(`rIdDj${n}`)) n += 1;
      ids.add(`rIdDj${n}`);
      const rel = parseXml(`<Relationship Id="rIdDj${n}" Type="${type}" Target="${target}"/>`).root;
      insertChild(doc.root, rel, doc.root.children.length);
      doc.root.selfClosing = false;
    }
    return xmlPart(name, CONTENT_TYPES.rels, serializeXml(doc));
  }

  /** Every part of the package as it stands, custom XML and custom properties included. */
  toParts(): OpcPart[] {
    const parts = new Map(this.parts);
    if (this.customXml.length > 0) {
      parts.set(DOCUMENT_RELS, this.withRelationships(DOCUMENT_RELS, REL_TYPES.customXml, this.customXml.map((_, i) => `../customXml/item${i + 1}.xml`)));
    }
    if (this.customProperties.size > 0) parts.set(PACKAGE_RELS, this.withRelationships(PACKAGE_RELS, REL_TYPES.customProperties, ['docProps/custom.xml']));
    const out: OpcPart[] = [...parts.values()];
    out.push(xmlPart(DOCUMENT_PART, CONTENT_TYPES.document, serializeXml(this.document)));
    this.customXml.forEach((part, i) => {
      const n = i + 1;
      out.push(xmlPart(`/customXml/item${n}.xml`, CONTENT_TYPES.customXml, part.xml));
      out.push(
        xmlPart(
          `/customXml/itemProps${n}.xml`,
          CONTENT_TYPES.customXmlProps,
          `<ds:datastoreItem ds:itemID="${escapeAttr(part.id)}" xmlns:ds="${DS_NS}"><ds:schemaRefs/></ds:datastoreItem>`,
        ),
      );
      out.push(
        xmlPart(
          `/customXml/_rels/item${n}.xml.rels`,
          CONTENT_TYPES.rels,
          `<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${REL_TYPES.customXmlProps}" Target="itemProps${n}.xml"/></Relationships>`,
        ),
      );
    });
    if (this.customProperties.size > 0) {
      const properties = [...this.customProperties].map(
        ([name, value], i) =>
          `<property fmtid="${FMTID}" pid="${i + 2}" name="${escapeAttr(name)}"><vt:lpwstr>${value.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</vt:lpwstr></property>`,
      );
      out.push(xmlPart(CUSTOM_PROPS_PART, CONTENT_TYPES.customProperties, `<Properties xmlns="${CUSTOM_PROPS_NS}" xmlns:vt="${VT_NS}">${properties.join('')}</Properties>`));
    }
    return out;
  }

  toDocx(): Uint8Array {
    return writeZipPackage(this.toParts());
  }

  /** Flat OPC of the body, as `body.getOoxml()` gives it: the document part and what it refers to, without custom XML or document properties. */
  bodyFlatOpc(): string {
    return this.flatOpcWith(serializeXml(this.document));
  }

  /** Flat OPC of some body-level elements (a paragraph), as `paragraph.getOoxml()` gives it. */
  flatOpcOf(blocks: readonly XmlElement[]): string {
    const root = this.document.root;
    const sectPr = firstChild(this.body, 'w:sectPr');
    const attrs = root.attrs.map(([name, value]) => ` ${name}="${escapeAttr(value)}"`).join('');
    const inner = [...blocks, ...(sectPr ? [sectPr] : [])].map((block) => serializeNode(block)).join('');
    return this.flatOpcWith(`<${root.name}${attrs}><w:body>${inner}</w:body></${root.name}>`);
  }

  private flatOpcWith(documentXml: string): string {
    const parts = [...this.parts.values()].filter((part) => !part.name.startsWith('/docProps/'));
    return writeFlatOpc([...parts, xmlPart(DOCUMENT_PART, CONTENT_TYPES.document, documentXml)]);
  }

  /**
   * The body-level elements of a flat OPC package, ready to splice in. Styles
   * the document already has keep their definition (Word's rule); new ones
   * are added. Custom XML parts in the package are added unless one with the
   * same root namespace is already there.
   */
  importPackage(flatOpc: string): XmlElement[] {
    if (!flatOpc.includes(PKG_NS)) throw invalidArgument('insertOoxml expects a flat OPC pkg:package');
    const parts = parseFlatOpc(flatOpc);
    const documentPart = parts.find((part) => part.contentType === CONTENT_TYPES.document) ?? parts.find((part) => part.name === DOCUMENT_PART);
    if (!documentPart) throw invalidArgument('the package has no main document part');
    const incoming = parseXml(partText(documentPart));
    const body = firstChild(incoming.root, 'w:body');
    if (!body) throw invalidArgument('the package document has no w:body');
    const stylesPart = parts.find((part) => part.contentType === CONTENT_TYPES.styles);
    if (stylesPart) this.mergeStyles(partText(stylesPart));
    for (const part of parts) {
      if (!CUSTOM_XML.test(part.name) || !/item\d+\.xml$/.test(part.name)) continue;
      const xml = partText(part).replace(/^\uFEFF?<\?xml[^>]*\?>\s*/, '');
      const ns = rootNamespace(xml);
      if (!this.customXml.some((existing) => rootNamespace(existing.xml) === ns)) this.customXml.push({ id: newGuid(), xml });
    }
    return childElements(body).filter((block) => block.name !== 'w:sectPr');
  }

  private mergeStyles(stylesXml: string): void {
    const incoming = parseXml(stylesXml).root;
    const current = this.parts.get(STYLES_PART);
    if (!current) {
      this.parts.set(STYLES_PART, xmlPart(STYLES_PART, CONTENT_TYPES.styles, stylesXml));
      this.parts.set(DOCUMENT_RELS, this.withRelationships(DOCUMENT_RELS, REL_TYPES.styles, ['styles.xml']));
      return;
    }
    const doc = parseXml(partText(current));
    const known = new Set(childElements(doc.root, 'w:style').map((style) => getAttr(style, 'w:styleId')));
    for (const style of childElements(incoming, 'w:style')) {
      if (known.has(getAttr(style, 'w:styleId'))) continue;
      insertChild(doc.root, style, doc.root.children.length);
    }
    this.parts.set(STYLES_PART, xmlPart(STYLES_PART, CONTENT_TYPES.styles, serializeXml(doc)));
  }
}

/** The namespace of a custom XML part's root element. */
export function rootNamespace(xml: string): string | undefined {
  const root = parseXml(xml).root;
  const prefix = root.name.includes(':') ? root.name.slice(0, root.name.indexOf(':')) : '';
  return getAttr(root, prefix ? `xmlns:${prefix}` : 'xmlns');
}
