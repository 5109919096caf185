/**
 * Our marker — the template and project a document was made from — read
 * back from the custom XML part (`urn:dangjian:project`) the template writer
 * stores, or failing that from the custom document properties
 * `DangjianTemplateId` / `DangjianProjectId`. The custom XML part wins.
 */
import type { DocumentMarker } from '../core/model';
import { ok, type Result } from '../core/result';
import type { DocxError } from './errors';
import { readPartXml, type Package } from './package';
import { child } from './xml';

const CUSTOM_XML_ITEM = /^customxml\/item\d+\.xml$/;

function fromCustomXml(pkg: Package): Result<DocumentMarker | undefined, DocxError> {
  for (const [name] of pkg.byName) {
    if (!CUSTOM_XML_ITEM.test(name)) continue;
    const part = readPartXml(pkg, name, () => true, undefined, (element, depth) => depth === 1 && element.startsWith('dj:'));
    if (!part.ok) return part;
    const root = part.value?.root;
    if (!root || root.name !== 'dj:project') continue;
    const templateId = child(root, 'dj:templateId')?.text.trim();
    const projectId = child(root, 'dj:projectId')?.text.trim();
    return ok({ ...(templateId ? { templateId } : {}), ...(projectId ? { projectId } : {}) });
  }
  return ok(undefined);
}

function fromCustomProperties(pkg: Package): Result<DocumentMarker, DocxError> {
  const part = readPartXml(pkg, 'docProps/custom.xml', () => true, undefined, (_, depth) => depth <= 2);
  if (!part.ok) return part;
  const marker: { templateId?: string; projectId?: string } = {};
  for (const property of part.value?.root.children ?? []) {
    const value = property.children[0]?.text.trim();
    if (!value) continue;
    if (property.attrs.name === 'DangjianTemplateId') marker.templateId = value;
    if (property.attrs.name === 'DangjianProjectId') marker.projectId = value;
  }
  return ok(marker);
}

export function readMarker(pkg: Package): Result<DocumentMarker, DocxError> {
  const custom = fromCustomXml(pkg);
  if (!custom.ok) return custom;
  const properties = fromCustomProperties(pkg);
  if (!properties.ok) return properties;
  return ok({ ...properties.value, ...custom.value });
}
