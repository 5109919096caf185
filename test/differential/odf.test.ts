/**
 * The .fodt reader the differential check relies on: it must resolve ODF
 * style inheritance the way LibreOffice does, or the comparison would blame
 * our .docx reader for its own mistakes.
 */
import { readFodt } from './odf';

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" ' +
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"';

function fodt(styles: string, automatic: string, body: string): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?><office:document ${NS}>` +
    '<office:font-face-decls><style:font-face style:name="FangSong1" svg:font-family="&apos;仿宋_GB2312&apos;"/>' +
    '<style:font-face style:name="黑体" svg:font-family="黑体"/><style:font-face style:name="宋体" svg:font-family="宋体"/></office:font-face-decls>' +
    '<office:styles><style:default-style style:family="paragraph"><style:paragraph-properties fo:text-align="start"/>' +
    '<style:text-properties style:font-name-asian="宋体" style:font-size-asian="10.5pt"/></style:default-style>' +
    `${styles}</office:styles><office:automatic-styles>${automatic}</office:automatic-styles>` +
    `<office:body><office:text>${body}</office:text></office:body></office:document>`
  );
}

const byId = (xml: string) => new Map(readFodt(xml).map((p) => [p.id, p]));

describe('reading LibreOffice flat ODF for the differential check', () => {
  test('a paragraph takes font and size through its automatic style, the named parents and the default style', () => {
    const xml = fodt(
      '<style:style style:name="Base" style:family="paragraph"><style:text-properties style:font-name-asian="FangSong1"/></style:style>' +
        '<style:style style:name="Body" style:family="paragraph" style:parent-style-name="Base"><style:text-properties style:font-size-asian="16pt"/></style:style>',
      '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Body"/>' +
        '<style:style style:name="T1" style:family="text"><style:text-properties style:font-name-asian="黑体"/></style:style>',
      '<text:p text:style-name="P1">D000P01 正文<text:span text:style-name="T1">标题</text:span></text:p><text:p>D000P02 默认</text:p>',
    );
    const p = byId(xml);
    expect(p.get('D000P01')?.eastAsiaFonts).toEqual(['仿宋_GB2312', '仿宋_GB2312', '黑体', '黑体']);
    expect(p.get('D000P01')?.eastAsiaSizes).toEqual([16, 16, 16, 16]);
    expect(p.get('D000P02')?.eastAsiaFonts).toEqual(['宋体', '宋体']);
    expect(p.get('D000P02')?.eastAsiaSizes).toEqual([10.5, 10.5]);
  });

  test('line spacing, alignment and indents are inherited as whole properties, as Writer keeps them', () => {
    const xml = fodt(
      '<style:style style:name="Body" style:family="paragraph"><style:paragraph-properties fo:line-height="0.3889in" ' +
        'fo:text-align="justify" fo:text-align-last="justify" fo:text-indent="0.4444in" fo:margin-left="0in"/></style:style>',
      '<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Body"><style:paragraph-properties ' +
        'style:line-height-at-least="0.2778in" fo:text-align="center" fo:margin-left="0.2917in" fo:margin-bottom="0.1667in"/></style:style>',
      '<text:p text:style-name="Body">D000P01 固定</text:p><text:p text:style-name="P1">D000P02 最小</text:p>',
    );
    const p = byId(xml);
    expect(p.get('D000P01')?.lineSpacing).toEqual({ rule: 'exact', points: expect.closeTo(28, 1) });
    expect(p.get('D000P01')?.alignment).toBe('distribute');
    expect(p.get('D000P01')?.firstLineIndentPt).toBeCloseTo(32, 1);
    expect(p.get('D000P02')?.lineSpacing).toEqual({ rule: 'atLeast', points: expect.closeTo(20, 1) });
    expect(p.get('D000P02')?.alignment).toBe('center');
    expect(p.get('D000P02')?.firstLineIndentPt).toBe(0);
    expect(p.get('D000P02')?.spaceAfterPt).toBeCloseTo(12, 1);
  });

  test('hidden text, tracked deletions and text boxes are not the paragraph\'s visible text', () => {
    const xml = fodt(
      '',
      '<style:style style:name="T1" style:family="text"><style:text-properties text:display="none" style:font-name-asian="黑体"/></style:style>',
      '<text:tracked-changes><text:changed-region text:id="ct1"><text:deletion/></text:changed-region></text:tracked-changes>' +
        '<text:p>D000P01 正文<text:span text:style-name="T1">隐藏</text:span><text:change-start text:change-id="ct1"/>删除<text:change-end text:change-id="ct1"/>' +
        '<draw:frame><draw:text-box><text:p>D000P02 框内</text:p></draw:text-box></draw:frame></text:p>',
    );
    const p = byId(xml);
    expect(p.get('D000P01')?.eastAsiaFonts).toEqual(['宋体', '宋体']);
    expect(p.get('D000P01')?.text).toBe('D000P01 正文隐藏');
    expect(p.get('D000P02')?.inTextBox).toBe(true);
  });

  test('a list paragraph takes its list level\'s indent unless its own style states one', () => {
    const list =
      '<text:list-style style:name="L1"><text:list-level-style-number text:level="1"><style:list-level-properties ' +
      'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment fo:text-indent="0.4444in" fo:margin-left="0in"/>' +
      '</style:list-level-properties></text:list-level-style-number></text:list-style>';
    const xml = fodt(
      list,
      '<style:style style:name="P1" style:family="paragraph" style:list-style-name="L1"/>' +
        '<style:style style:name="P2" style:family="paragraph" style:list-style-name="L1"><style:paragraph-properties fo:text-indent="-0.25in" fo:margin-left="0.25in"/></style:style>',
      '<text:list text:style-name="L1"><text:list-item><text:p text:style-name="P1">D000P01 一</text:p></text:list-item>' +
        '<text:list-item><text:p text:style-name="P2">D000P02 二</text:p></text:list-item></text:list>',
    );
    const p = byId(xml);
    expect(p.get('D000P01')?.firstLineIndentPt).toBeCloseTo(32, 1);
    expect(p.get('D000P01')?.indentFrom).toBe('list');
    expect(p.get('D000P02')?.firstLineIndentPt).toBeCloseTo(-18, 1);
    expect(p.get('D000P02')?.indentFrom).toBe('paragraph');
  });
});
