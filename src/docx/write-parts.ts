/**
 * The fixed parts of a minimal .docx around our body: content types,
 * relationships, styles, settings, document properties and the marker's
 * custom XML part.
 */
import { LATIN_FONT, ROLE_STYLES, W_NS, escapeXml, roleFormat, runPropertiesXml } from '../templates/ooxml';
import type { Profile } from '../templates/schema';
import { ROLE_NAMES } from '../templates/schema-values';

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const CONTENT_TYPES =
  XML_DECL +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
  '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
  '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>' +
  '<Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/>' +
  '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>' +
  '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
  '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>' +
  '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>' +
  '</Types>';

function relationships(entries: readonly { id: string; type: string; target: string }[]): string {
  return (
    XML_DECL +
    `<Relationships xmlns="${REL_NS}">` +
    entries.map((entry) => `<Relationship Id="${entry.id}" Type="${entry.type}" Target="${entry.target}"/>`).join('') +
    '</Relationships>'
  );
}

export const PACKAGE_RELS = relationships([
  { id: 'rId1', type: `${OFFICE_REL}/officeDocument`, target: 'word/document.xml' },
  { id: 'rId2', type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', target: 'docProps/core.xml' },
  { id: 'rId3', type: `${OFFICE_REL}/extended-properties`, target: 'docProps/app.xml' },
  { id: 'rId4', type: `${OFFICE_REL}/custom-properties`, target: 'docProps/custom.xml' },
]);

export const DOCUMENT_RELS = relationships([
  { id: 'rId1', type: `${OFFICE_REL}/styles`, target: 'styles.xml' },
  { id: 'rId2', type: `${OFFICE_REL}/settings`, target: 'settings.xml' },
  { id: 'rId3', type: `${OFFICE_REL}/customXml`, target: '../customXml/item1.xml' },
  { id: 'rId4', type: `${OFFICE_REL}/fontTable`, target: 'fontTable.xml' },
]);

export const CUSTOM_XML_RELS = relationships([{ id: 'rId1', type: `${OFFICE_REL}/customXmlProps`, target: 'itemProps1.xml' }]);

/** Page size and 公文 margins (GB/T 9704: 上 37 mm, 下 35 mm, 左 28 mm, 右 26 mm), in twips. */
export const SECTION_PROPERTIES =
  '<w:sectPr>' +
  '<w:pgSz w:w="11906" w:h="16838"/>' +
  '<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="992" w:gutter="0"/>' +
  '<w:cols w:space="425"/>' +
  '</w:sectPr>';

/**
 * Defaults are the body's (三号 仿宋, exact spacing) so text typed after our
 * paragraphs starts right. The body itself needs no styles: every paragraph
 * and run carries its format directly.
 */
export function stylesXml(profile: Profile): string {
  const body = profile.roles.body;
  const spacing = profile.lineSpacing;
  const line =
    spacing.rule === 'multiple'
      ? `w:line="${Math.round(spacing.lines * 240)}" w:lineRule="auto"`
      : `w:line="${Math.round(spacing.points * 20)}" w:lineRule="${spacing.rule}"`;
  return (
    XML_DECL +
    `<w:styles xmlns:w="${W_NS}">` +
    '<w:docDefaults>' +
    `<w:rPrDefault>${runPropertiesXml({ eastAsiaFont: body.fonts.preferred, latinFont: LATIN_FONT, sizePt: body.sizePt })}</w:rPrDefault>` +
    '<w:pPrDefault><w:pPr>' +
    `<w:spacing w:before="${Math.round(profile.spaceBeforePt * 20)}" w:after="${Math.round(profile.spaceAfterPt * 20)}" ${line}/>` +
    '</w:pPr></w:pPrDefault>' +
    '</w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>' +
    '<w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style>' +
    '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>' +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/>' +
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>' +
    '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>' +
    roleStylesXml(profile) +
    '</w:styles>'
  );
}

/** The roles' paragraph styles (ROLE_STYLES): their fonts and sizes, for what an editor draws without the runs' own. */
function roleStylesXml(profile: Profile): string {
  return ROLE_NAMES.map((role) => {
    const style = ROLE_STYLES[role];
    return (
      `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${style.id}">` +
      `<w:name w:val="${escapeXml(style.name)}"/><w:basedOn w:val="Normal"/><w:qFormat/>` +
      runPropertiesXml(roleFormat(profile, role).run) +
      '</w:style>'
    );
  }).join('');
}

export const SETTINGS =
  XML_DECL +
  `<w:settings xmlns:w="${W_NS}">` +
  '<w:zoom w:percent="100"/>' +
  '<w:defaultTabStop w:val="420"/>' +
  '<w:characterSpacingControl w:val="compressPunctuation"/>' +
  '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
  '<w:themeFontLang w:val="en-US" w:eastAsia="zh-CN"/>' +
  '</w:settings>';

export function corePropertiesXml(title: string, createdAt: Date): string {
  const created = createdAt.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    XML_DECL +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(title)}</dc:title>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${created}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${created}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}

export function appPropertiesXml(application: string): string {
  return (
    XML_DECL +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    `<Application>${escapeXml(application)}</Application>` +
    '</Properties>'
  );
}

/** Custom properties: the second copy of the marker, readable where custom XML parts are not. */
export function customPropertiesXml(properties: Readonly<Record<string, string>>): string {
  const entries = Object.entries(properties).map(
    ([name, value], index) =>
      `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${index + 2}" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`,
  );
  return (
    XML_DECL +
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ' +
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
    entries.join('') +
    '</Properties>'
  );
}

/** A stable GUID for the marker part, so writing the same project twice gives the same part id. */
export function markerItemId(projectId: string): string {
  let hash = 0x811c9dc5;
  const hex: string[] = [];
  for (let round = 0; round < 4; round += 1) {
    for (const char of `${round}:${projectId}`) {
      hash ^= char.codePointAt(0) ?? 0;
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    hex.push(hash.toString(16).padStart(8, '0'));
  }
  const all = hex.join('').toUpperCase();
  return `{${all.slice(0, 8)}-${all.slice(8, 12)}-${all.slice(12, 16)}-${all.slice(16, 20)}-${all.slice(20, 32)}}`;
}

export function markerItemPropsXml(itemId: string, namespace: string): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>' +
    `<ds:datastoreItem ds:itemID="${itemId}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
    `<ds:schemaRefs><ds:schemaRef ds:uri="${escapeXml(namespace)}"/></ds:schemaRefs></ds:datastoreItem>`
  );
}

export { XML_DECL };
