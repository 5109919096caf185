/**
 * Our marker in a Word document: the custom XML part in namespace
 * `urn:dangjian:project` (WordApi 1.4) and, as a second copy, the custom
 * document properties `DangjianTemplateId` / `DangjianProjectId` (WordApi
 * 1.3) — the same places the .docx writer and reader use. Reading queues
 * its loads into the caller's batch so that it costs no round trip of its
 * own: one sync for the properties and the part ids, one more for the
 * part's XML only when there is a part.
 */
import type { DocumentMarker } from '../core/model';
import { MARKER_NS } from '../templates/ooxml';
import { childElements, localName, parseXml, XmlParseError } from './ooxml/xml';

export const TEMPLATE_PROPERTY = 'DangjianTemplateId';
export const PROJECT_PROPERTY = 'DangjianProjectId';
export { MARKER_NS };

export interface MarkerSupport {
  /** WordApi 1.4: custom XML parts. */
  readonly customXml: boolean;
  /** WordApi 1.3: custom document properties. */
  readonly properties: boolean;
}

/** Reads `<dj:project><dj:templateId/><dj:projectId/></dj:project>`; anything else gives an empty marker. */
export function parseMarkerXml(xml: string): DocumentMarker {
  let root;
  try {
    root = parseXml(xml).root;
  } catch (error) {
    if (error instanceof XmlParseError) return {};
    throw error;
  }
  if (localName(root.name) !== 'project') return {};
  const marker: { templateId?: string; projectId?: string } = {};
  for (const el of childElements(root)) {
    const text = el.children.map((node) => (node.type === 'text' ? node.text : '')).join('').trim();
    if (!text) continue;
    if (localName(el.name) === 'templateId') marker.templateId = text;
    if (localName(el.name) === 'projectId') marker.projectId = text;
  }
  return marker;
}

export interface QueuedMarkerRead {
  /** Call after the sync that ran the queued loads; may sync once more to read the part's XML. */
  finish(): Promise<DocumentMarker>;
  /** The existing marker part, once `finish` has run (to update it in place). */
  readonly part: Word.CustomXmlPart | undefined;
}

export function queueMarkerRead(context: Word.RequestContext, support: MarkerSupport): QueuedMarkerRead {
  const properties = support.properties ? context.document.properties.customProperties : undefined;
  const templateProperty = properties?.getItemOrNullObject(TEMPLATE_PROPERTY);
  const projectProperty = properties?.getItemOrNullObject(PROJECT_PROPERTY);
  templateProperty?.load('value');
  projectProperty?.load('value');
  const parts = support.customXml ? context.document.customXmlParts.getByNamespace(MARKER_NS) : undefined;
  parts?.load('items/id');
  let part: Word.CustomXmlPart | undefined;

  return {
    get part() {
      return part;
    },
    async finish(): Promise<DocumentMarker> {
      const marker: { templateId?: string; projectId?: string } = {};
      if (templateProperty && !templateProperty.isNullObject && templateProperty.value) marker.templateId = String(templateProperty.value);
      if (projectProperty && !projectProperty.isNullObject && projectProperty.value) marker.projectId = String(projectProperty.value);
      part = parts?.items[0];
      if (!part) return marker;
      const xml = part.getXml();
      await context.sync();
      // The custom XML part wins over the properties, as in the .docx reader.
      return { ...marker, ...parseMarkerXml(xml.value) };
    },
  };
}
