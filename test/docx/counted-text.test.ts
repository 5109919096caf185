/**
 * What is on the page is what is checked and counted: hidden text (w:vanish)
 * draws no format finding and no 字数; text boxes, footnotes and endnotes are
 * in the 字数 as Word counts them with "包括文本框、脚注和尾注" ticked, each
 * text box once although the file holds it twice.
 */
import { checkDocument } from '../../src/core/check';
import type { DocumentModel } from '../../src/core/model';
import { countWords, documentWordCount } from '../../src/core/wordcount';
import { readDocx } from '../../src/docx/read';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import { reportTemplate } from '../support/model-builder';
import { docxBytes, type PackageParts } from './support/package';

function read(parts: PackageParts): DocumentModel {
  const result = readDocx(docxBytes(parts));
  if (!result.ok) throw new Error(`${result.error.code} ${result.error.detail ?? ''}`);
  return result.value.model;
}

const OFFICIAL_SPACING = '<w:spacing w:line="560" w:lineRule="exact" w:before="0" w:after="0"/>';
const BODY_PPR = `${OFFICIAL_SPACING}<w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/>`;
const FANGSONG = '<w:rFonts w:ascii="Times New Roman" w:eastAsia="方正仿宋_GBK"/><w:sz w:val="32"/>';
const STYLES =
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:eastAsia="宋体"/><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  '<w:style w:type="character" w:styleId="HiddenNote"><w:name w:val="隐藏批注"/><w:rPr><w:rFonts w:eastAsia="宋体"/><w:sz w:val="21"/><w:vanish/></w:rPr></w:style>';

const title = `<w:p><w:pPr>${OFFICIAL_SPACING}<w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/></w:rPr><w:t>基层党建书记项目结项报告</w:t></w:r></w:p>`;
const org = `<w:p><w:pPr>${OFFICIAL_SPACING}<w:jc w:val="center"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/><w:sz w:val="32"/></w:rPr><w:t>中共示范学院第一党支部</w:t></w:r></w:p>`;
const run = (text: string, rPr: string) => `<w:r><w:rPr>${rPr}</w:rPr><w:t xml:space="preserve">${text}</w:t></w:r>`;

describe('hidden text', () => {
  const model = read({
    styles: STYLES,
    body:
      title +
      org +
      `<w:p><w:pPr>${BODY_PPR}</w:pPr>${run('支部按计划推进。', FANGSONG)}${run('（宋体的隐藏备注）', `<w:rFonts w:eastAsia="宋体"/><w:sz w:val="21"/><w:vanish/>`)}</w:p>` +
      `<w:p><w:pPr>${BODY_PPR}</w:pPr>${run('党员参与率百分之百。', FANGSONG)}${run('样式隐藏的备注', `<w:rStyle w:val="HiddenNote"/>`)}</w:p>` +
      `<w:p><w:pPr>${BODY_PPR}</w:pPr>${run('看得见的宋体', '<w:rFonts w:eastAsia="宋体"/><w:sz w:val="32"/>')}</w:p>`,
  });
  const findings = checkDocument(model, reportTemplate(), OFFICIAL_PROFILE, { rules: ['font', 'font-size'] }).findings;

  test('a hidden 宋体 note in a 仿宋 paragraph, hidden directly or through its character style, draws no font or size finding', () => {
    expect(findings.filter((finding) => finding.paragraph === 3 || finding.paragraph === 4)).toEqual([]);
    expect(model.paragraphs[2].runs[1].format).toMatchObject({ eastAsiaFont: '宋体', hidden: true });
    expect(model.paragraphs[3].runs[1].format).toMatchObject({ hidden: true });
  });

  test('shown 宋体 is still reported', () => {
    expect(findings.some((finding) => finding.rule === 'font' && finding.paragraph === 5)).toBe(true);
  });

  test('字数 leaves hidden text out, as Word does while hidden text is not shown', () => {
    const shown = ['基层党建书记项目结项报告', '中共示范学院第一党支部', '支部按计划推进。', '党员参与率百分之百。', '看得见的宋体'];
    expect(documentWordCount(model)).toBe(shown.reduce((total, text) => total + countWords(text), 0));
  });
});
