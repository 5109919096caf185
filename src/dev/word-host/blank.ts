/**
 * The smallest document Word opens as a new blank one: one empty
 * paragraph, A4 section, a Normal style. Written by hand on purpose — it is
 * the empty page templates get inserted into, not a fixture that is judged.
 */
import { xmlPart, type OpcPart } from '../../word/ooxml/package';

const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export const CONTENT_TYPES = {
  document: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
  styles: 'application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml',
  rels: 'application/vnd.openxmlformats-package.relationships+xml',
  customXml: 'application/xml',
  customXmlProps: 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml',
  customProperties: 'application/vnd.openxmlformats-officedocument.custom-properties+xml',
};

export const REL_TYPES = {
  officeDocument: `${REL}/officeDocument`,
  styles: `${REL}/styles`,
  customXml: `${REL}/customXml`,
  customXmlProps: `${REL}/customXmlProps`,
  customProperties: `${REL}/custom-properties`,
};

export function blankDocxParts(): OpcPart[] {
  return [
    xmlPart(
      '/_rels/.rels',
      CONTENT_TYPES.rels,
      `<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${REL_TYPES.officeDocument}" Target="word/document.xml"/></Relationships>`,
    ),
    xmlPart(
      '/word/_rels/document.xml.rels',
      CONTENT_TYPES.rels,
      `<Relationships xmlns="${REL_NS}"><Relationship Id="rId1" Type="${REL_TYPES.styles}" Target="styles.xml"/></Relationships>`,
    ),
    xmlPart(
      '/word/document.xml',
      CONTENT_TYPES.document,
      `<w:document xmlns:w="${W_NS}" xmlns:r="${R_NS}"><w:body><w:p/>` +
        '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>' +
        '</w:body></w:document>',
    ),
    xmlPart(
      '/word/styles.xml',
      CONTENT_TYPES.styles,
      `<w:styles xmlns:w="${W_NS}"><w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="21"/><w:szCs w:val="22"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>` +
        '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style></w:styles>',
    ),
  ];
}
