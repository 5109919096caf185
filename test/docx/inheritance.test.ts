/**
 * Formatting that reaches a paragraph from somewhere other than its own
 * properties and style — table styles, numbering levels, list styles,
 * automatic spacing, a spacing value stated without its rule — reads as Word
 * shows it. Each document is written for the case; where LibreOffice's import
 * is a fair witness, what it makes of the same file is checked too.
 */
import type { DocumentModel, Paragraph } from '../../src/core/model';
import { readDocx } from '../../src/docx/read';
import { docDefaults, docxBytes, NORMAL_STYLE, paragraphXml, type PackageParts } from './support/package';

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
