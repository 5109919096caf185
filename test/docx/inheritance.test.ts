/**
 * Formatting that reaches a paragraph from somewhere other than its own
 * properties and style — table styles, numbering levels, list styles,
 * automatic spacing, a spacing value stated without its rule — reads as Word
 * shows it. Each document is written for the case; where LibreOffice's import
 * is a fair witness, what it makes of the same file is checked too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentModel, Paragraph } from '../../src/core/model';
import { applyEditsToDocx } from '../../src/docx/fix';
import { readDocx } from '../../src/docx/read';
import { describeWith, sofficeConvert, sofficeTool, tempDir } from '../support/tools';
import { libreOfficeParagraphs, type OfficeParagraph } from './support/libreoffice';
import { docDefaults, docxBytes, NORMAL_STYLE, paragraphXml, tableXml, writeDocx, type PackageParts } from './support/package';

function read(parts: PackageParts): DocumentModel {
  const result = readDocx(docxBytes(parts));
  if (!result.ok) throw new Error(`${result.error.code} ${result.error.detail ?? ''}`);
  return result.value.model;
}

function paragraph(model: DocumentModel, text: string): Paragraph {
  const found = model.paragraphs.find((p) => p.text === text);
  if (!found) throw new Error(`no paragraph "${text}" in ${model.paragraphs.map((p) => p.text).join(' | ')}`);
  return found;
}

function office(paragraphs: readonly OfficeParagraph[], text: string): OfficeParagraph {
  const found = paragraphs.find((p) => p.text === text);
  if (!found) throw new Error(`LibreOffice has no paragraph "${text}" in ${paragraphs.map((p) => p.text).join(' | ')}`);
  return found;
}

const EXACT_28_STYLE =
  '<w:style w:type="paragraph" w:styleId="GongwenBody"><w:name w:val="公文正文"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr></w:style>';

describe('a spacing value stated without its rule (w:line, no w:lineRule)', () => {
  const model = read({
    styles: docDefaults('宋体', 22) + NORMAL_STYLE + EXACT_28_STYLE,
    body:
      paragraphXml('样式固定值', '<w:pStyle w:val="GongwenBody"/>') +
      paragraphXml('只写行距值', '<w:pStyle w:val="GongwenBody"/><w:spacing w:line="480"/>') +
      paragraphXml('只写五六〇', '<w:pStyle w:val="GongwenBody"/><w:spacing w:line="560"/>') +
      paragraphXml('只写规则', '<w:pStyle w:val="GongwenBody"/><w:spacing w:lineRule="atLeast"/>'),
  });

  test('is multiple spacing (auto), as ECMA-376 §17.3.1.33 says, not the exact rule of the style below it', () => {
    expect(paragraph(model, '样式固定值').format.lineSpacing).toEqual({ rule: 'exact', points: 28 });
    expect(paragraph(model, '只写行距值').format.lineSpacing).toEqual({ rule: 'multiple', lines: 2 });
    // 560 in 240ths of a line is 2.33 lines, not 28 pt: the line-spacing rule reports it.
    expect(paragraph(model, '只写五六〇').format.lineSpacing).toEqual({ rule: 'multiple', lines: 560 / 240 });
  });

  test('a rule stated without a value keeps the value below it', () => {
    expect(paragraph(model, '只写规则').format.lineSpacing).toEqual({ rule: 'atLeast', points: 28 });
  });
});

describe('automatic spacing before and after (w:beforeAutospacing, w:afterAutospacing)', () => {
  const parts: PackageParts = {
    styles:
      docDefaults('宋体', 22) +
      NORMAL_STYLE +
      '<w:style w:type="paragraph" w:styleId="WebText"><w:name w:val="Normal (Web)"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="100" w:beforeAutospacing="1" w:after="100" w:afterAutospacing="1"/></w:pPr></w:style>',
    body:
      paragraphXml('页首自动', '<w:pStyle w:val="WebText"/>') +
      paragraphXml('网页正文', '<w:pStyle w:val="WebText"/>') +
      paragraphXml('直接自动', '<w:spacing w:beforeAutospacing="1" w:afterAutospacing="1"/>') +
      paragraphXml('关掉自动', '<w:pStyle w:val="WebText"/><w:spacing w:before="0" w:beforeAutospacing="0" w:after="0" w:afterAutospacing="0"/>') +
      tableXml('', 1, 1, () => ['格首自动', '格中自动', '格尾自动'].map((text) => paragraphXml(text, '<w:pStyle w:val="WebText"/>')).join('')) +
      paragraphXml('表后自动', '<w:pStyle w:val="WebText"/>'),
  };
  const model = read(parts);

  test('reads as 14 pt before and after, whatever w:before/w:after say', () => {
    for (const text of ['网页正文', '直接自动']) {
      expect(paragraph(model, text).format).toMatchObject({ spaceBeforePt: 14, spaceAfterPt: 14 });
    }
  });

  test('the first paragraph of the body or of a table cell has no automatic space before, the last of a cell none after', () => {
    for (const text of ['页首自动', '格首自动']) expect(paragraph(model, text).format).toMatchObject({ spaceBeforePt: 0, spaceAfterPt: 14 });
    for (const text of ['格中自动', '表后自动']) expect(paragraph(model, text).format).toMatchObject({ spaceBeforePt: 14, spaceAfterPt: 14 });
    expect(paragraph(model, '格尾自动').format).toMatchObject({ spaceBeforePt: 14, spaceAfterPt: 0 });
  });

  test('a fix to 0 pt before and after takes effect although the style keeps automatic spacing', () => {
    const file = readDocx(docxBytes(parts));
    if (!file.ok) throw new Error(file.error.code);
    const index = file.value.model.paragraphs.findIndex((p) => p.text === '网页正文');
    const fixedBytes = applyEditsToDocx(file.value, [{ kind: 'set-paragraph-format', paragraph: index, spaceBeforePt: 0, spaceAfterPt: 0 }]);
    if (!fixedBytes.ok) throw new Error(fixedBytes.error.code);
    const again = readDocx(fixedBytes.value);
    if (!again.ok) throw new Error(again.error.code);
    expect(paragraph(again.value.model, '网页正文').format).toMatchObject({ spaceBeforePt: 0, spaceAfterPt: 0 });
  });

  test('turned off at a higher level, the stated spacing applies again', () => {
    expect(paragraph(model, '关掉自动').format).toMatchObject({ spaceBeforePt: 0, spaceAfterPt: 0 });
  });

  describeWith(sofficeTool, 'against LibreOffice', () => {
    test('LibreOffice imports the same 14 pt', () => {
      const dir = tempDir('autospacing');
      const lo = libreOfficeParagraphs(writeDocx(dir, 'autospacing.docx', parts), dir);
      for (const text of ['页首自动', '网页正文', '直接自动', '关掉自动', '格首自动', '格中自动', '格尾自动', '表后自动']) {
        const ours = paragraph(model, text).format;
        expect({ before: office(lo, text).spaceBeforePt, after: office(lo, text).spaceAfterPt }).toEqual({ before: ours.spaceBeforePt, after: ours.spaceAfterPt });
      }
    });
  });
});

describe('table styles', () => {
  // Both forms, agreeing, as Word writes them: the named flags and the 2007 bit mask.
  const look = (firstRow: 0 | 1, lastRow: 0 | 1, firstColumn: 0 | 1, lastColumn: 0 | 1, noHBand: 0 | 1) => {
    const mask = (firstRow * 0x20) | (lastRow * 0x40) | (firstColumn * 0x80) | (lastColumn * 0x100) | (noHBand * 0x200) | 0x400;
    const val = mask.toString(16).toUpperCase().padStart(4, '0');
    return `<w:tblLook w:val="${val}" w:firstRow="${firstRow}" w:lastRow="${lastRow}" w:firstColumn="${firstColumn}" w:lastColumn="${lastColumn}" w:noHBand="${noHBand}" w:noVBand="1"/>`;
  };
  const conditional = (type: string, rPr: string, pPr = '') => `<w:tblStylePr w:type="${type}">${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:rPr>${rPr}</w:rPr></w:tblStylePr>`;
  const styles =
    docDefaults('宋体', 22) +
    NORMAL_STYLE +
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/></w:tblPr></w:style>' +
    '<w:style w:type="table" w:styleId="GongwenTable"><w:name w:val="公文表格"/><w:basedOn w:val="TableNormal"/>' +
    '<w:pPr><w:jc w:val="center"/><w:spacing w:line="560" w:lineRule="exact"/></w:pPr><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="28"/></w:rPr>' +
    '<w:tblPr><w:tblStyleRowBandSize w:val="1"/></w:tblPr>' +
    conditional('firstRow', '<w:rFonts w:eastAsia="黑体"/><w:b/>') +
    conditional('lastRow', '<w:rFonts w:eastAsia="楷体_GB2312"/>') +
    conditional('firstCol', '<w:sz w:val="32"/>') +
    conditional('lastCol', '<w:sz w:val="24"/>') +
    conditional('band2Horz', '<w:sz w:val="30"/>', '<w:jc w:val="left"/>') +
    '</w:style>' +
    '<w:style w:type="table" w:styleId="BodyOnly"><w:name w:val="只有正文"/><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="28"/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="CellNote"><w:name w:val="表注"/><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:eastAsia="楷体"/></w:rPr></w:style>';
  const cellText = (name: string) => (row: number, column: number) => paragraphXml(`${name}${row}${column}`);
  const parts: PackageParts = {
    styles,
    settings: '<w:compat><w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/></w:compat>',
    body:
      paragraphXml('表前') +
      // The notice's plain form: every cell in the table style's 仿宋 14 pt.
      tableXml('<w:tblStyle w:val="BodyOnly"/>', 2, 2, cellText('正文格')) +
      paragraphXml('隔开一') +
      tableXml(`<w:tblStyle w:val="GongwenTable"/>${look(1, 1, 1, 1, 0)}`, 5, 3, cellText('条件格')) +
      paragraphXml('隔开二') +
      tableXml(`<w:tblStyle w:val="GongwenTable"/>${look(0, 0, 0, 0, 1)}`, 2, 2, cellText('无条件格')) +
      paragraphXml('隔开三') +
      tableXml('<w:tblStyle w:val="BodyOnly"/>', 1, 2, (row, column) =>
        column === 0
          ? paragraphXml('直接宋体', '', '<w:rFonts w:eastAsia="宋体"/><w:sz w:val="21"/>') + paragraphXml('样式楷体', '<w:pStyle w:val="CellNote"/>')
          : paragraphXml('外格') + tableXml('', 1, 1, () => paragraphXml('内表格')) + paragraphXml('外格尾'),
      ) +
      paragraphXml('表后'),
  };
  const model = read(parts);
  const font = (text: string) => paragraph(model, text).runs[0].format;

  test('a cell without direct formatting takes the table style’s 仿宋_GB2312 14 pt over the document defaults’ 宋体 11 pt', () => {
    for (const text of ['正文格00', '正文格01', '正文格10', '正文格11']) expect(font(text)).toMatchObject({ eastAsiaFont: '仿宋_GB2312', sizePt: 14 });
    expect(font('表前')).toMatchObject({ eastAsiaFont: '宋体', sizePt: 11 });
    expect(font('表后')).toMatchObject({ eastAsiaFont: '宋体', sizePt: 11 });
  });

  test('direct formatting and the paragraph style win over the table style', () => {
    expect(font('直接宋体')).toMatchObject({ eastAsiaFont: '宋体', sizePt: 10.5 });
    expect(font('样式楷体')).toMatchObject({ eastAsiaFont: '楷体', sizePt: 14 });
  });

  test('a table inside a cell takes its own style (here the default table style, "Normal Table", which gives nothing)', () => {
    expect(font('内表格')).toMatchObject({ eastAsiaFont: '宋体', sizePt: 11 });
    expect(font('外格尾')).toMatchObject({ eastAsiaFont: '仿宋_GB2312', sizePt: 14 });
  });

  test('conditional formats apply to the cells they cover, as the table’s look turns them on', () => {
    // First row: 黑体 bold; its first and last cells also take the column sizes (rows win over columns for the font).
    expect(font('条件格01')).toMatchObject({ eastAsiaFont: '黑体', bold: true, sizePt: 14 });
    expect(font('条件格00')).toMatchObject({ eastAsiaFont: '黑体', sizePt: 16 });
    expect(font('条件格02')).toMatchObject({ eastAsiaFont: '黑体', sizePt: 12 });
    // Body rows band from the row after the header: rows 1 and 3 are band 1, row 2 is band 2.
    expect(font('条件格11')).toMatchObject({ eastAsiaFont: '仿宋_GB2312', sizePt: 14, bold: false });
    expect(font('条件格21')).toMatchObject({ eastAsiaFont: '仿宋_GB2312', sizePt: 15 });
    expect(paragraph(model, '条件格21').format.alignment).toBe('left');
    expect(paragraph(model, '条件格11').format).toMatchObject({ alignment: 'center', lineSpacing: { rule: 'exact', points: 28 } });
    // First and last columns of body rows.
    expect(font('条件格10')).toMatchObject({ sizePt: 16 });
    expect(font('条件格12')).toMatchObject({ sizePt: 12 });
    // Last row, known only when the table ends.
    expect(font('条件格41')).toMatchObject({ eastAsiaFont: '楷体_GB2312', sizePt: 14 });
    expect(font('条件格42')).toMatchObject({ eastAsiaFont: '楷体_GB2312', sizePt: 12 });
  });

  test('with the look turned off, only the style’s own properties apply', () => {
    for (const text of ['无条件格00', '无条件格01', '无条件格11']) expect(font(text)).toMatchObject({ eastAsiaFont: '仿宋_GB2312', sizePt: 14, bold: false });
  });

  test('a last row the look turns on is left out of the row bands, even when the style gives it no format of its own', () => {
    // Only banding is styled: row 0 is band 1, row 1 band 2, and row 2, the last row, takes neither band.
    const bandsOnly =
      docDefaults('宋体', 22) +
      NORMAL_STYLE +
      '<w:style w:type="table" w:styleId="Banded"><w:name w:val="只有条纹"/><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="28"/></w:rPr>' +
      conditional('band1Horz', '<w:rFonts w:eastAsia="黑体"/>', '<w:spacing w:after="100"/>') +
      conditional('band2Horz', '<w:rFonts w:eastAsia="楷体_GB2312"/>') +
      '</w:style>';
    const banded = read({ styles: bandsOnly, body: tableXml(`<w:tblStyle w:val="Banded"/>${look(0, 1, 0, 0, 0)}`, 3, 1, cellText('条纹格')) + paragraphXml('表后') });
    const cell = (text: string) => paragraph(banded, text);
    expect(cell('条纹格00').runs[0].format.eastAsiaFont).toBe('黑体');
    expect(cell('条纹格10').runs[0].format.eastAsiaFont).toBe('楷体_GB2312');
    expect(cell('条纹格20').runs[0].format.eastAsiaFont).toBe('仿宋_GB2312');
    expect(cell('条纹格20').format.spaceAfterPt).toBe(0);
  });

  describeWith(sofficeTool, 'against LibreOffice', () => {
    test('LibreOffice shows the same East Asian font and size in every cell', () => {
      const dir = tempDir('table-styles');
      const lo = libreOfficeParagraphs(writeDocx(dir, 'table-styles.docx', parts), dir);
      const compared = model.paragraphs.filter((p) => p.text !== '');
      expect(compared.length).toBeGreaterThan(30);
      for (const p of compared) {
        const theirs = office(lo, p.text);
        expect({ text: p.text, font: theirs.eastAsiaFont, size: theirs.eastAsiaSizePt }).toEqual({ text: p.text, font: p.runs[0].format.eastAsiaFont, size: p.runs[0].format.sizePt });
      }
    });
  });
});

describe('a default paragraph style of 12 pt in a table styled 14 pt', () => {
  const styles = (normalSize: number) =>
    docDefaults('宋体', 22) +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:jc w:val="left"/></w:pPr><w:rPr><w:sz w:val="${normalSize}"/></w:rPr></w:style>` +
    '<w:style w:type="table" w:styleId="BodyOnly"><w:name w:val="只有正文"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="28"/></w:rPr></w:style>';
  const override = '<w:compat><w:compatSetting w:name="overrideTableStyleFontSizeAndJustification" w:uri="http://schemas.microsoft.com/office/word" w:val="1"/></w:compat>';
  const body = tableXml('<w:tblStyle w:val="BodyOnly"/>', 1, 1, () => paragraphXml('格')) + paragraphXml('表后');
  const cases: [string, PackageParts, { sizePt: number; alignment: string }][] = [
    ['without the compatibility setting (older Word), gives way to the table style', { styles: styles(24), body }, { sizePt: 14, alignment: 'center' }],
    ['at 10.5 pt, wins over the table style even so', { styles: styles(21), body }, { sizePt: 10.5, alignment: 'center' }],
    ['with overrideTableStyleFontSizeAndJustification on (Word 2013 and later), wins', { styles: styles(24), body, settings: override }, { sizePt: 12, alignment: 'left' }],
  ];

  test.each(cases)('%s ([MS-DOCX])', (_, parts, expected) => {
    const cell = paragraph(read(parts), '格');
    expect({ sizePt: cell.runs[0].format.sizePt, alignment: cell.format.alignment }).toEqual(expected);
  });
});

const lvl = (ilvl: number, format: string, text: string, pPr = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/><w:lvlJc w:val="left"/>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}</w:lvl>`;
const numbered = (numId: number, ilvl = 0) => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
const GONGWEN_BODY_16 =
  '<w:style w:type="paragraph" w:styleId="GongwenBody"><w:name w:val="公文正文"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLine="640"/></w:pPr><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/></w:rPr></w:style>';

describe('automatic spacing in a numbered list', () => {
  // Word adds automatic spacing around a list, not between its items (Aspose's summary of Word's rules,
  // https://reference.aspose.com/words/net/aspose.words/paragraphformat/spacebeforeauto/).
  const model = read({
    styles:
      docDefaults('宋体', 22) +
      NORMAL_STYLE +
      '<w:style w:type="paragraph" w:styleId="WebText"><w:name w:val="Normal (Web)"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:beforeAutospacing="1" w:afterAutospacing="1"/></w:pPr></w:style>',
    numbering:
      '<w:abstractNum w:abstractNumId="1">' + lvl(0, 'decimal', '%1.') + lvl(1, 'decimal', '%2)') + '</w:abstractNum>' +
      '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>',
    body:
      paragraphXml('列表前', '<w:pStyle w:val="WebText"/>') +
      paragraphXml('第一项', `<w:pStyle w:val="WebText"/>${numbered(1, 0)}`) +
      paragraphXml('下级项', `<w:pStyle w:val="WebText"/>${numbered(1, 1)}`) +
      paragraphXml('最后一项', `<w:pStyle w:val="WebText"/>${numbered(1, 0)}`) +
      paragraphXml('另一列表', `<w:pStyle w:val="WebText"/>${numbered(2, 0)}`) +
      paragraphXml('列表后', '<w:pStyle w:val="WebText"/>'),
  });
  const spacing = (text: string) => {
    const { spaceBeforePt, spaceAfterPt } = paragraph(model, text).format;
    return { before: spaceBeforePt, after: spaceAfterPt };
  };

  test('items of one list have no automatic space between them, nested items included; the list keeps it before and after', () => {
    expect(spacing('第一项')).toEqual({ before: 14, after: 0 });
    expect(spacing('下级项')).toEqual({ before: 0, after: 0 });
    expect(spacing('最后一项')).toEqual({ before: 0, after: 14 });
    expect(spacing('另一列表')).toEqual({ before: 14, after: 14 });
    expect(spacing('列表后')).toEqual({ before: 14, after: 14 });
  });
});

describe('numbering levels’ paragraph properties (w:lvl/w:pPr)', () => {
  const model = read({
    styles: docDefaults('宋体', 22) + NORMAL_STYLE + GONGWEN_BODY_16,
    numbering:
      '<w:abstractNum w:abstractNumId="1">' +
      lvl(0, 'chineseCounting', '%1、', '<w:ind w:left="0" w:firstLine="0"/>') +
      lvl(1, 'decimal', '%2）', '<w:ind w:left="0" w:firstLineChars="200" w:firstLine="640"/>') +
      lvl(2, 'decimal', '%3.', '<w:ind w:left="1280" w:hanging="640"/>') +
      '</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>',
    body:
      paragraphXml('推进情况', `<w:pStyle w:val="GongwenBody"/>${numbered(1, 0)}`) +
      paragraphXml('开展主题党日活动十二次。', `<w:pStyle w:val="GongwenBody"/>${numbered(1, 1)}`) +
      paragraphXml('悬挂缩进的标题', `<w:pStyle w:val="GongwenBody"/>${numbered(1, 2)}`) +
      paragraphXml('直接格式优先', `<w:pStyle w:val="GongwenBody"/>${numbered(1, 1)}<w:ind w:firstLineChars="0" w:firstLine="0"/>`) +
      paragraphXml('没有编号的正文', '<w:pStyle w:val="GongwenBody"/>'),
  });

  test('a numbered body item whose two-character indent comes from its level reads as indented 2 characters', () => {
    const item = paragraph(model, '开展主题党日活动十二次。');
    expect(item.listLabel).toBe('1）');
    expect(item.format.firstLineIndent).toEqual({ chars: 200, points: 32 });
  });

  test('the level wins over the paragraph style, and direct formatting over the level', () => {
    expect(paragraph(model, '推进情况').format.firstLineIndent).toEqual({ points: 0 });
    expect(paragraph(model, '直接格式优先').format.firstLineIndent).toEqual({ points: 0 });
    expect(paragraph(model, '没有编号的正文').format.firstLineIndent).toEqual({ points: 32 });
  });

  test('a hanging indent from the level is a hanging indent, not the style’s first-line indent', () => {
    expect(paragraph(model, '悬挂缩进的标题').format.firstLineIndent).toEqual({ points: -32 });
  });
});

describe('numbering through a list style (w:numStyleLink)', () => {
  // As Word saves a multilevel list defined as a list style: the paragraphs' list (7) points to a
  // definition holding only w:numStyleLink; the numbering style's w:numPr points to list 3, whose
  // definition (w:styleLink) holds the levels.
  const parts: PackageParts = {
    styles:
      docDefaults('宋体', 22) +
      NORMAL_STYLE +
      '<w:style w:type="numbering" w:customStyle="1" w:styleId="GongwenList"><w:name w:val="公文编号"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>',
    numbering:
      '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/><w:styleLink w:val="GongwenList"/>' +
      lvl(0, 'chineseCounting', '%1、') +
      lvl(1, 'chineseCounting', '（%2）') +
      lvl(2, 'decimal', '%3.') +
      '</w:abstractNum>' +
      '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="multilevel"/><w:numStyleLink w:val="GongwenList"/></w:abstractNum>' +
      '<w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="7"><w:abstractNumId w:val="1"/></w:num>',
    body:
      paragraphXml('项目简介', numbered(7, 0)) +
      paragraphXml('三会一课规范化', numbered(7, 1)) +
      paragraphXml('建立台账', numbered(7, 2)) +
      paragraphXml('落实记录', numbered(7, 2)) +
      paragraphXml('推进情况', numbered(7, 0)),
  };

  test('the labels 一、（一）1. come out, counted in order', () => {
    const model = read(parts);
    expect(['项目简介', '三会一课规范化', '建立台账', '落实记录', '推进情况'].map((text) => paragraph(model, text).listLabel)).toEqual(['一、', '（一）', '1.', '2.', '二、']);
  });

  test('a link that leads nowhere (a missing style, or a loop) gives no label and no error', () => {
    const missing = read({ ...parts, styles: docDefaults('宋体', 22) + NORMAL_STYLE });
    expect(paragraph(missing, '项目简介').listLabel).toBeUndefined();
    const loop = read({
      ...parts,
      styles: docDefaults('宋体', 22) + NORMAL_STYLE + '<w:style w:type="numbering" w:styleId="GongwenList"><w:name w:val="公文编号"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>',
    });
    expect(paragraph(loop, '项目简介').listLabel).toBeUndefined();
  });

  describeWith(sofficeTool, 'against LibreOffice', () => {
    test('LibreOffice draws the same labels', () => {
      const dir = tempDir('list-style');
      const path = writeDocx(dir, 'list-style.docx', parts);
      sofficeConvert(path, 'txt:Text (encoded):UTF8', dir);
      const text = readFileSync(join(dir, 'list-style.txt'), 'utf8').replace(/^\uFEFF/, '');
      // LibreOffice writes the label's tab as a space; the labels are compared without it.
      const theirs = text.split(/\r?\n/).filter((line) => line.trim() !== '').map((line) => line.replace(/\s+/g, ''));
      const ours = read(parts).paragraphs.map((p) => `${p.listLabel ?? ''}${p.text}`);
      expect(theirs).toEqual(ours);
      expect(ours[1]).toBe('（一）三会一课规范化');
    });
  });
});
