/**
 * Nesting and length without bound cost time and memory in proportion, never
 * a crash: a theme nested 200,000 deep, a paragraph of 150,000 runs fixed in
 * one go.
 */
import { applyEditsToDocx } from '../../src/docx/fix';
import { readDocx } from '../../src/docx/read';
import { craftedDocx, deepThemeXml, documentXml, paragraphXml } from './crafted';

const THEMED_STYLES =
  '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr>' +
  '<w:rFonts w:eastAsiaTheme="minorEastAsia"/></w:rPr></w:rPrDefault></w:docDefaults></w:styles>';

test('a theme nested 200,000 deep is read: its font scheme still names the theme font', () => {
  const read = readDocx(craftedDocx({ document: documentXml(paragraphXml('正文')), theme: deepThemeXml(200000), styles: THEMED_STYLES }));
  expect(read.ok ? read.value.model.paragraphs[0].runs[0].format.eastAsiaFont : read.error.code).toBe('华文中宋');
});

test('a paragraph of 150,000 runs is fixed in one go', () => {
  const runs = '<w:r><w:t>字</w:t></w:r>'.repeat(150000);
  const read = readDocx(craftedDocx({ document: documentXml(`<w:p>${runs}</w:p>`) }));
  if (!read.ok) throw new Error(read.error.detail);
  expect(read.value.model.paragraphs[0].runs).toHaveLength(150000);
  const fixed = applyEditsToDocx(read.value, [{ kind: 'set-run-format', paragraph: 0, sizePt: 16 }]);
  if (!fixed.ok) throw new Error(fixed.error.detail);
  const again = readDocx(fixed.value);
  expect(again.ok && again.value.model.paragraphs[0].runs.every((run) => run.format.sizePt === 16)).toBe(true);
});
