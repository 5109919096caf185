/**
 * Formatting that reaches a paragraph from somewhere other than its own
 * properties and style — table styles, numbering levels, list styles,
 * automatic spacing, a spacing value stated without its rule — reads as Word
 * shows it. Each document is written for the case; where LibreOffice's import
 * is a fair witness, what it makes of the same file is checked too.
 */
import type { DocumentModel, Paragraph } from '../../src/core/model';
import { readDocx } from '../../src/docx/read';
import { describeWith, sofficeTool, tempDir } from '../support/tools';
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
