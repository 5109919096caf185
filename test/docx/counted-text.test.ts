/**
 * What is on the page is what is checked and counted: hidden text (w:vanish)
 * draws no format finding and no 字数; text boxes, footnotes and endnotes are
 * in the 字数 as Word counts them with "包括文本框、脚注和尾注" ticked, each
 * text box once although the file holds it twice.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkDocument } from '../../src/core/check';
import type { DocumentModel } from '../../src/core/model';
import { countWords, documentWordCount } from '../../src/core/wordcount';
import { readDocx } from '../../src/docx/read';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import { dangjian, type JsonFile } from '../support/cli';
import { reportTemplate } from '../support/model-builder';
import { docxBytes, paragraphXml, writeDocx, type PackageParts } from './support/package';

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

describe('text boxes, footnotes and endnotes in the 字数', () => {
  const BOX_TEXT = '支部书记项目成效显著值得推广'; // 14 characters
  const boxParagraph = paragraphXml(BOX_TEXT);
  // As Word 2010 and later save a text box: DrawingML in mc:Choice, its VML copy in mc:Fallback.
  const textBox =
    '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">' +
    '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="column"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>' +
    '<wp:extent cx="2000000" cy="600000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/><wp:docPr id="1" name="文本框 1"/><wp:cNvGraphicFramePr/>' +
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2000000" cy="600000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></wps:spPr>' +
    `<wps:txbx><w:txbxContent>${boxParagraph}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
    `<mc:Fallback><w:pict><v:shape id="文本框 1" o:spid="_x0000_s1026" type="#_x0000_t202" style="width:157.5pt;height:47.25pt" xmlns:o="urn:schemas-microsoft-com:office:office"><v:textbox><w:txbxContent>${boxParagraph}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`;
  const bodyText = '项目推进顺利，成效明显。';
  const parts: PackageParts = {
    styles: STYLES,
    body:
      title +
      `<w:p><w:pPr>${BODY_PPR}</w:pPr>${run(bodyText, FANGSONG)}${textBox}<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r><w:r><w:endnoteReference w:id="1"/></w:r></w:p>`,
    footnotes: `<w:footnote w:id="1">${paragraphXml('脚注：数据来自组织部。')}<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:footnote>`,
    endnotes: `<w:endnote w:id="1">${paragraphXml('尾注：参见通知。')}</w:endnote>`,
  };
  const model = read(parts);
  const expected = ['基层党建书记项目结项报告', bodyText, BOX_TEXT, '脚注：数据来自组织部。', '3', '尾注：参见通知。'].reduce((total, text) => total + countWords(text), 0);

  test('a 14-character text box adds 14, once, and footnotes and endnotes count (not field codes)', () => {
    expect(model.textOutsideBody).toEqual([BOX_TEXT, '脚注：数据来自组织部。', '3', '尾注：参见通知。']);
    expect(documentWordCount(model)).toBe(expected);
    const withoutBox = read({ ...parts, body: parts.body.replace(textBox, '') });
    expect(documentWordCount(model) - documentWordCount(withoutBox)).toBe(14);
  });

  test('the text box and notes are not body paragraphs, so no format rule looks at them', () => {
    expect(model.paragraphs.map((p) => p.text)).toEqual(['基层党建书记项目结项报告', bodyText]);
  });

  test('the command line reports the same 字数 the pane shows (both read the file with readDocx)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'counted-text-'));
    const path = writeDocx(dir, 'report.docx', parts);
    const result = dangjian(['check', '--template', 'shuji-closing-report', '--format', 'json', path]);
    const file = (JSON.parse(result.stdout) as { files: JsonFile[] }).files[0];
    expect(file.wordCount).toBe(expected);
  });
});
