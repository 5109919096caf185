/**
 * Which alternative of `mc:AlternateContent` Word shows (ECMA-376 Part 3,
 * Markup Compatibility): the first `mc:Choice` whose `Requires` names only
 * namespaces Word understands, else the `mc:Fallback`. `Requires` lists
 * namespace prefixes; each is looked up where it is declared (on the Choice
 * itself or the part's root element, where Word declares them).
 */
import type { ScannedTag } from './xml-scan';

/** Namespaces current Word understands, beyond the ECMA-376 ones every part uses. */
const UNDERSTOOD: ReadonlySet<string> = new Set([
  // ECMA-376 WordprocessingML, DrawingML, VML, math (transitional and strict where both exist).
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
  'http://schemas.openxmlformats.org/drawingml/2006/main',
  'http://purl.oclc.org/ooxml/drawingml/main',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing',
  'http://schemas.openxmlformats.org/drawingml/2006/picture',
  'http://schemas.openxmlformats.org/drawingml/2006/chart',
  'http://schemas.openxmlformats.org/drawingml/2006/diagram',
  'http://schemas.openxmlformats.org/officeDocument/2006/math',
  'http://schemas.openxmlformats.org/markup-compatibility/2006',
  'urn:schemas-microsoft-com:vml',
  'urn:schemas-microsoft-com:office:office',
  'urn:schemas-microsoft-com:office:word',
  // Word 2010 and later extensions (w14, wp14, wps, wpg, wpc, wpi, a14, Word 2006 wne).
  'http://schemas.microsoft.com/office/word/2006/wordml',
  'http://schemas.microsoft.com/office/word/2010/wordml',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingShape',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingInk',
  'http://schemas.microsoft.com/office/drawing/2010/main',
  // Word 2013 and later (w15, w16…), Office 2016+ drawing (chartex cx*, ink aink, 3D models am3d).
  'http://schemas.microsoft.com/office/word/2012/wordml',
  'http://schemas.microsoft.com/office/word/2015/wordml/symex',
  'http://schemas.microsoft.com/office/word/2016/wordml/cid',
  'http://schemas.microsoft.com/office/word/2018/wordml',
  'http://schemas.microsoft.com/office/word/2018/wordml/cex',
  'http://schemas.microsoft.com/office/word/2020/wordml/sdtdatahash',
  'http://schemas.microsoft.com/office/drawing/2014/chartex',
  'http://schemas.microsoft.com/office/drawing/2015/9/8/chartex',
  'http://schemas.microsoft.com/office/drawing/2015/10/21/chartex',
  'http://schemas.microsoft.com/office/drawing/2016/5/9/chartex',
  'http://schemas.microsoft.com/office/drawing/2016/5/10/chartex',
  'http://schemas.microsoft.com/office/drawing/2016/5/11/chartex',
  'http://schemas.microsoft.com/office/drawing/2016/5/12/chartex',
  'http://schemas.microsoft.com/office/drawing/2016/5/13/chartex',
  'http://schemas.microsoft.com/office/drawing/2016/5/14/chartex',
  'http://schemas.microsoft.com/office/drawing/2016/ink',
  'http://schemas.microsoft.com/office/drawing/2017/model3d',
]);

/** Whether Word understands every namespace the `mc:Choice` start tag `choice` requires. */
export function understands(choice: ScannedTag, root: Readonly<Record<string, string>>): boolean {
  const requires = choice.attributes.Requires;
  if (requires === undefined) return false;
  const prefixes = requires.split(/[ \t\r\n]+/).filter(Boolean);
  if (prefixes.length === 0) return false;
  return prefixes.every((prefix) => {
    const uri = choice.attributes[`xmlns:${prefix}`] ?? root[`xmlns:${prefix}`];
    return uri !== undefined && UNDERSTOOD.has(uri);
  });
}
