/**
 * Our marker in a WPS document, in the same two places as in Word
 * (src/word/marker.ts) and in the .docx writer: the custom XML part in
 * namespace `urn:dangjian:project` and the custom document properties
 * `DangjianTemplateId` / `DangjianProjectId`, through WPS's VBA-shaped
 * `CustomXMLParts` and `CustomDocumentProperties`.
 */
import type { DocumentMarker } from '../core/model';
import { renderMarkerCustomXml } from '../templates/ooxml';
import { MARKER_NS, PROJECT_PROPERTY, TEMPLATE_PROPERTY, parseMarkerXml } from '../word/marker';
import { MSO_PROPERTY_TYPE_STRING, type WpsDocument, type WpsDocumentProperties } from './object-model';

/** The string property `name`, or undefined (VBA's `Item(name)` throws for a missing one, so walk the collection). */
export function findProperty(properties: WpsDocumentProperties, name: string): { Value: string } | undefined {
  for (let i = 1; i <= properties.Count; i += 1) {
    const item = properties.Item(i);
    if (item.Name === name) return item;
  }
  return undefined;
}

export function setProperty(properties: WpsDocumentProperties, name: string, value: string): void {
  const existing = findProperty(properties, name);
  if (existing) existing.Value = value;
  else properties.Add(name, false, MSO_PROPERTY_TYPE_STRING, value);
}

export function readMarkerOf(doc: WpsDocument): DocumentMarker {
  const marker: { templateId?: string; projectId?: string } = {};
  const properties = doc.CustomDocumentProperties;
  const templateId = findProperty(properties, TEMPLATE_PROPERTY)?.Value;
  const projectId = findProperty(properties, PROJECT_PROPERTY)?.Value;
  if (templateId) marker.templateId = String(templateId);
  if (projectId) marker.projectId = String(projectId);
  const parts = doc.CustomXMLParts.SelectByNamespace(MARKER_NS);
  // The custom XML part wins over the properties, as in the .docx reader.
  return parts.Count > 0 ? { ...marker, ...parseMarkerXml(parts.Item(1).XML) } : marker;
}

/** Both copies of the marker: the custom XML part (replaced: its XML is read-only) and the custom properties. */
export function writeMarker(doc: WpsDocument, marker: { readonly templateId: string; readonly projectId: string }): void {
  const parts = doc.CustomXMLParts.SelectByNamespace(MARKER_NS);
  const old = Array.from({ length: parts.Count }, (_, i) => parts.Item(i + 1));
  for (const part of old) part.Delete();
  doc.CustomXMLParts.Add(renderMarkerCustomXml(marker));
  if (marker.templateId) setProperty(doc.CustomDocumentProperties, TEMPLATE_PROPERTY, marker.templateId);
  setProperty(doc.CustomDocumentProperties, PROJECT_PROPERTY, marker.projectId);
}
