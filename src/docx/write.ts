/**
 * Writes a blank template as a complete, minimal .docx: the same body the
 * add-in inserts, plus A4 公文 page setup, default styles and the project
 * marker (custom XML part and custom properties), and a font table naming
 * each font's stand-in where it is not installed. Pure: returns bytes.
 */
import { strToU8, zipSync } from 'fflate';
import { zh } from '../i18n';
import { MARKER_NS, documentXml, fontTableXml, profileFonts, renderMarkerCustomXml, renderTemplateBody } from '../templates/ooxml';
import type { Profile, Template } from '../templates/schema';
import {
  CONTENT_TYPES,
  CUSTOM_XML_RELS,
  DOCUMENT_RELS,
  PACKAGE_RELS,
  SECTION_PROPERTIES,
  SETTINGS,
  XML_DECL,
  appPropertiesXml,
  corePropertiesXml,
  customPropertiesXml,
  markerItemId,
  markerItemPropsXml,
  stylesXml,
} from './write-parts';

export interface WriteTemplateOptions {
  readonly projectId: string;
  /** Field values by tag; omitted fields show their placeholders. */
  readonly values?: Readonly<Record<string, string>>;
  /** Creation time for docProps/core.xml (now, unless given). */
  readonly createdAt?: Date;
  /** More custom document properties: the values of fields the register keeps but the form does not print. */
  readonly properties?: Readonly<Record<string, string>>;
}

/** Custom property names other tools read the marker from. */
export const TEMPLATE_ID_PROPERTY = 'DangjianTemplateId';
export const PROJECT_ID_PROPERTY = 'DangjianProjectId';

export function writeTemplateDocx(template: Template, profile: Profile, options: WriteTemplateOptions): Uint8Array {
  const body = renderTemplateBody(template, profile, { projectId: options.projectId, values: options.values, roleStyles: true });
  const marker = { templateId: template.id, projectId: options.projectId };
  const parts: Record<string, string> = {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': PACKAGE_RELS,
    'word/document.xml': XML_DECL + documentXml(body, SECTION_PROPERTIES),
    'word/_rels/document.xml.rels': DOCUMENT_RELS,
    'word/styles.xml': stylesXml(profile),
    'word/settings.xml': SETTINGS,
    'word/fontTable.xml': XML_DECL + fontTableXml(profileFonts(profile)),
    'customXml/item1.xml': XML_DECL + renderMarkerCustomXml(marker),
    'customXml/itemProps1.xml': markerItemPropsXml(markerItemId(options.projectId), MARKER_NS),
    'customXml/_rels/item1.xml.rels': CUSTOM_XML_RELS,
    'docProps/core.xml': corePropertiesXml(template.name, options.createdAt ?? new Date()),
    'docProps/app.xml': appPropertiesXml(zh.common.productName),
    'docProps/custom.xml': customPropertiesXml({ ...options.properties, [TEMPLATE_ID_PROPERTY]: template.id, [PROJECT_ID_PROPERTY]: options.projectId }),
  };
  const files: Record<string, Uint8Array> = {};
  for (const [path, xml] of Object.entries(parts)) files[path] = strToU8(xml);
  return zipSync(files, { level: 6 });
}
