/**
 * WordprocessingML for templates, as pure strings: used by the .docx writer
 * and by the Word add-in (`insertOoxml` takes a flat OPC package). No Node,
 * no DOM.
 */
export { A4_TEXT_WIDTH, renderTemplateBody, type RenderOptions } from './ooxml/body';
export { blockControlXml, controlIds, runControlXml, type ControlIds } from './ooxml/controls';
export { TemplateFieldError } from './ooxml/context';
export {
  LATIN_FONT,
  PLACEHOLDER_COLOR,
  ROLE_STYLES,
  paragraphPropertiesXml,
  paragraphWithContentXml,
  paragraphXml,
  roleFormat,
  runPropertiesXml,
  runXml,
  type OoxmlFormat,
  type ParagraphFormatSpec,
  type RunFormatSpec,
} from './ooxml/format';
export { KNOWN_FONTS, fontTableEntry, fontTableXml, profileFonts, type FaceClass, type FontTableEntry } from './ooxml/font-table';
export { chineseNumeral, headingLabel } from './ooxml/numbering';
export { MARKER_NS, documentXml, renderFlatOpc, renderMarkerCustomXml } from './ooxml/package';
export { W_NS, escapeXml } from './ooxml/xml';
