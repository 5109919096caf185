/**
 * The WPS host over the stand-in: a 结项报告 typed the way people do (宋体
 * 小四, 1.5 倍行距, no indent, half-width brackets) is fixed in one 撤销 step
 * by setting WPS's own properties — East Asian font, 固定值 28 磅, 首行缩进
 * 2 字符 — and "定位" selects and scrolls to the paragraph. The stand-in
 * holds the host to WPS's rules: 1-based collections, positions in
 * characters, points, numbers where WPS wants numbers.
 */
import { checkDocument } from '../../src/core/check';
import { planFixes } from '../../src/core/fix';
import { StandInWpsError } from '../../src/dev/wps-host';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import { WdLineSpacing } from '../../src/wps/object-model';
import { WpsHostError } from '../../src/wps/errors';
import { longReportDocx } from '../word/report-fixture';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeWith, pythonDocxTool, runPython, sofficeTool, tempDir } from '../support/tools';
import { catalogTemplate, libreOfficePdf, openWps } from './support';

const closingReport = catalogTemplate('shuji-closing-report');
const FORMAT_RULES = ['font', 'font-size', 'line-spacing', 'first-line-indent', 'punctuation-width'];

describeWith(pythonDocxTool, 'fixing a report in WPS', () => {
  test('fix-all sets the profile through WPS properties in one undo step; the re-check finds no format error', async () => {
    const { wps, host } = openWps({ docx: longReportDocx(24) });
    const before = checkDocument(await host.readDocument(), closingReport, OFFICIAL_PROFILE);
    expect(before.findings.filter((finding) => FORMAT_RULES.includes(finding.rule)).length).toBeGreaterThan(12);
    const stepsBefore = wps.undoSteps;

    await host.applyEdits(planFixes(before.findings).edits);

    expect(wps.undoSteps - stepsBefore).toBe(1);
    const after = checkDocument(await host.readDocument(), closingReport, OFFICIAL_PROFILE);
    expect(after.findings.filter((finding) => FORMAT_RULES.includes(finding.rule))).toEqual([]);
    // What WPS reports for a fixed body paragraph: its own units, its own enumerations.
    const body = wps.runtime.Application.ActiveDocument?.Paragraphs.Item(4).Range;
    expect(body?.Font.NameFarEast).toBe('方正仿宋_GBK');
    expect(body?.Font.Size).toBe(16);
    expect(body?.ParagraphFormat.LineSpacingRule).toBe(WdLineSpacing.exactly);
    expect(body?.ParagraphFormat.LineSpacing).toBe(28);
    expect(body?.ParagraphFormat.CharacterUnitFirstLineIndent).toBe(2);
    expect(body?.Text).toContain('（党支部）');
  });

  test('without UndoRecord every change is its own undo step, and the fix still lands', async () => {
    const { wps, host } = openWps({ docx: longReportDocx(8), withoutUndoRecord: true });
    const before = checkDocument(await host.readDocument(), closingReport, OFFICIAL_PROFILE);
    await host.applyEdits(planFixes(before.findings).edits);
    expect(wps.undoSteps).toBeGreaterThan(1);
    const after = checkDocument(await host.readDocument(), closingReport, OFFICIAL_PROFILE);
    expect(after.findings.filter((finding) => FORMAT_RULES.includes(finding.rule))).toEqual([]);
  });

  test('a plan for a document edited since the check is refused, and nothing is written', async () => {
    const { wps, host } = openWps({ docx: longReportDocx(8) });
    const before = checkDocument(await host.readDocument(), closingReport, OFFICIAL_PROFILE);
    const doc = wps.runtime.Application.ActiveDocument;
    // The first body paragraph (宋体, to be fixed) gains a character after the check.
    const body = doc?.Paragraphs.Item(4).Range;
    if (!doc || !body) throw new Error('no document');
    doc.Range(body.Start, body.Start + 1).Text = '新';
    const steps = wps.undoSteps;
    await expect(host.applyEdits(planFixes(before.findings).edits)).rejects.toMatchObject({ code: 'documentChanged' });
    expect(wps.undoSteps).toBe(steps);
  });

  test('a report without 二、推进情况 and 三、主要成效 gets both headings where the template puts them, in 黑体 and exact 28 pt', async () => {
    const path = join(tempDir('wps-missing'), 'report.docx');
    runPython(
      `
import sys
from docx import Document
from docx.shared import Pt
from docx.oxml.ns import qn
doc = Document()
for text, font, size in [('基层党建“书记项目”结项报告', '方正小标宋简体', 22), ('中共某某学院机关第一党支部', '楷体_GB2312', 16), ('一、项目简介', '方正黑体_GBK', 16), ('支部围绕中心工作，组织党员开展主题党日活动。', '方正仿宋_GBK', 16)]:
    run = doc.add_paragraph().add_run(text)
    run.font.size = Pt(size)
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), font)
doc.save(sys.argv[1])
`,
      [path],
    );
    const { wps, host } = openWps({ docx: new Uint8Array(readFileSync(path)) });
    const before = checkDocument(await host.readDocument(), closingReport, OFFICIAL_PROFILE);
    const plan = planFixes(before.findings);
    expect(plan.edits.filter((edit) => edit.kind === 'insert-paragraph').length).toBe(2);
    const steps = wps.undoSteps;
    await host.applyEdits(plan.edits);
    expect(wps.undoSteps - steps).toBe(1);
    const model = await host.readDocument();
    const after = checkDocument(model, closingReport, OFFICIAL_PROFILE);
    expect(after.findings.filter((finding) => finding.rule === 'required-section')).toEqual([]);
    expect(model.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      '基层党建“书记项目”结项报告',
      '中共某某学院机关第一党支部',
      '一、项目简介',
      '支部围绕中心工作，组织党员开展主题党日活动。',
      '二、推进情况',
      '三、主要成效',
    ]);
    const heading = model.paragraphs[4];
    expect(heading?.runs[0]?.format.eastAsiaFont).toBe('方正黑体_GBK');
    expect(heading?.format.lineSpacing).toEqual({ rule: 'exact', points: 28 });
  });

  test('定位 selects the paragraph and scrolls it into view', async () => {
    const { wps, host } = openWps({ docx: longReportDocx(8) });
    const model = await host.readDocument();
    await host.selectParagraph(5);
    expect(wps.selection.paragraph).toBe(5);
    expect(wps.selection.text).toBe(model.paragraphs[5]?.text);
    expect(wps.scrolledTo).toBe(5);
    await expect(host.selectParagraph(model.paragraphs.length)).rejects.toBeInstanceOf(WpsHostError);
  });
});

describe('the project marker in a WPS document', () => {
  test('inserting again keeps the project id; linking a register project rewrites both copies', async () => {
    const { host, wps } = openWps();
    const first = await host.insertTemplate(catalogTemplate('shuji-application'), OFFICIAL_PROFILE, 'cursor');
    expect(first.projectId).toMatch(/[0-9a-f-]{36}/);
    const second = await host.insertTemplate(catalogTemplate('shuji-closing-report'), OFFICIAL_PROFILE, 'replace-body');
    expect(second).toEqual({ templateId: 'shuji-closing-report', projectId: first.projectId });
    expect(await host.linkProject('P-2025-007')).toEqual({ templateId: 'shuji-closing-report', projectId: 'P-2025-007' });
    expect(await host.readMarker()).toEqual({ templateId: 'shuji-closing-report', projectId: 'P-2025-007' });
    expect((await host.readDocument()).marker).toEqual({ templateId: 'shuji-closing-report', projectId: 'P-2025-007' });
    // One marker part, however often it was written.
    expect(wps.runtime.Application.ActiveDocument?.CustomXMLParts.SelectByNamespace('urn:dangjian:project').Count).toBe(1);
    await host.writeProperties({ 'DangjianField.level': '校级' });
    expect(await host.readProperties(['DangjianField.level', 'DangjianField.none'])).toEqual({ 'DangjianField.level': '校级' });
  });

  test('a WPS whose WordOpenXML leaves out custom XML still reads the project id, from the object model', async () => {
    const { host } = openWps({ wordOpenXmlWithoutCustomParts: true });
    const marker = await host.insertTemplate(catalogTemplate('activity-application'), OFFICIAL_PROFILE, 'cursor');
    expect((await host.readDocument()).marker).toEqual(marker);
  });
});

describe('files for the register', () => {
  test('without wps.FileSystem the PDF is refused with a message saying what to do', async () => {
    const { host } = openWps({ withoutFileSystem: true });
    await expect(host.getFile('pdf')).rejects.toMatchObject({ code: 'pdfUnavailable', message: expect.stringContaining('PDF') });
    expect((await host.getFile('docx')).length).toBeGreaterThan(1000);
  });
});

describeWith(sofficeTool, 'PDF export in WPS', () => {
  test('ExportAsFixedFormat into the temp folder, read back, the temp file removed', async () => {
    const { host, wps } = openWps({ exportPdf: libreOfficePdf });
    await host.insertTemplate(catalogTemplate('brand-case'), OFFICIAL_PROFILE, 'cursor');
    const pdf = await host.getFile('pdf');
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    expect(wps.files).toEqual([]);
  }, 120000);
});

describe('the stand-in holds code to WPS object-model rules', () => {
  test('collections count from 1: Item(0), Item(Count + 1) and Item("1") throw', () => {
    const { wps } = openWps();
    const paragraphs = wps.runtime.Application.ActiveDocument?.Paragraphs;
    if (!paragraphs) throw new Error('no document');
    expect(paragraphs.Item(1).Range.Text).toBe('\r');
    expect(() => paragraphs.Item(0)).toThrow(StandInWpsError);
    expect(() => paragraphs.Item(paragraphs.Count + 1)).toThrow(StandInWpsError);
    expect(() => paragraphs.Item('1' as unknown as number)).toThrow(StandInWpsError);
  });

  test('spacing is in points and enumerations are numbers: strings, lines-as-fractions and unknown rules throw', async () => {
    const { wps, host } = openWps();
    await host.insertTemplate(catalogTemplate('shuji-closing-report'), OFFICIAL_PROFILE, 'cursor');
    const format = wps.runtime.Application.ActiveDocument?.Paragraphs.Item(1).Range.ParagraphFormat;
    if (!format) throw new Error('no document');
    expect(format.LineSpacingRule).toBe(WdLineSpacing.exactly);
    expect(format.LineSpacing).toBe(28);
    expect(() => {
      format.LineSpacing = '28' as unknown as number;
    }).toThrow(StandInWpsError);
    expect(() => {
      format.LineSpacing = 0.5;
    }).toThrow(StandInWpsError);
    expect(() => {
      format.LineSpacingRule = 6 as unknown as 0;
    }).toThrow(StandInWpsError);
    expect(() => {
      format.Alignment = 'center' as unknown as 1;
    }).toThrow(StandInWpsError);
  });

  test('Range positions are characters, each paragraph mark one', async () => {
    const { wps, host } = openWps();
    await host.insertTemplate(catalogTemplate('shuji-closing-report'), OFFICIAL_PROFILE, 'cursor');
    const doc = wps.runtime.Application.ActiveDocument;
    if (!doc) throw new Error('no document');
    const first = doc.Paragraphs.Item(1).Range;
    const second = doc.Paragraphs.Item(2).Range;
    expect(first.Start).toBe(0);
    expect(first.End).toBe(first.Text.length);
    expect(second.Start).toBe(first.End);
    expect(doc.Range(first.Start, first.End - 1).Text).toBe(first.Text.slice(0, -1));
    expect(() => doc.Range(-1, 2)).toThrow(StandInWpsError);
  });
});
