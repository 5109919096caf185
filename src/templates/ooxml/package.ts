/**
 * Packages around a rendered body: the flat OPC that Office.js
 * `insertOoxml` takes, and the marker custom XML part that tells any
 * reader which template and project a document is.
 */
import type { Profile, Template } from '../schema';
import { renderTemplateBody, type RenderOptions } from './body';
import { W_NS, escapeXml } from './xml';

export const MARKER_NS = 'urn:dangjian:project';

const PKG_NS = 'http://schemas.microsoft.com/office/2006/xmlPackage';
const RELS_TYPE = 'application/vnd.openxmlformats-package.relationships+xml';
const DOCUMENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const OFFICE_DOCUMENT_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument';

export function documentXml(body: string, sectPr = ''): string {
  return `<w:document xmlns:w="${W_NS}"><w:body>${body}${sectPr}</w:body></w:document>`;
}

/**
 * A flat OPC package holding just the document part: styles are not needed,
 * all formatting is direct. No font table either: `insertOoxml` inserts
 * content into a document whose own document-level parts stay (Microsoft's
 * Office Open XML guide lists fontTable with theme and settings as parts an
 * insertion does without), so the fallbacks a .docx names in its font table
 * (README, 没有方正字体的电脑) cannot travel this way.
 */
export function renderFlatOpc(template: Template, profile: Profile, options: RenderOptions = {}): string {
  const body = renderTemplateBody(template, profile, options);
  return (
    '<?xml version="1.0" standalone="yes"?>' +
    '<?mso-application progid="Word.Document"?>' +
    `<pkg:package xmlns:pkg="${PKG_NS}">` +
    `<pkg:part pkg:name="/_rels/.rels" pkg:contentType="${RELS_TYPE}"><pkg:xmlData>` +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    `<Relationship Id="rId1" Type="${OFFICE_DOCUMENT_REL}" Target="word/document.xml"/>` +
    '</Relationships></pkg:xmlData></pkg:part>' +
    `<pkg:part pkg:name="/word/document.xml" pkg:contentType="${DOCUMENT_TYPE}"><pkg:xmlData>` +
    documentXml(body) +
    '</pkg:xmlData></pkg:part>' +
    '</pkg:package>'
  );
}

/** The marker part's XML (no declaration), as `customXmlParts.add` and the .docx writer store it. */
export function renderMarkerCustomXml(marker: { templateId: string; projectId: string }): string {
  return (
    `<dj:project xmlns:dj="${MARKER_NS}">` +
    `<dj:templateId>${escapeXml(marker.templateId)}</dj:templateId>` +
    `<dj:projectId>${escapeXml(marker.projectId)}</dj:projectId>` +
    '</dj:project>'
  );
}
