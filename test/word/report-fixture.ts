/**
 * Long 结项报告 documents made by python-docx (an independent producer):
 * a title, the org line, the three required sections, and `bodyCount` body
 * paragraphs of which every other one is typed the way people do — 宋体
 * 小四, 1.5 倍行距, no indent, text pasted with half-width brackets — every
 * fourth is well formatted but carries the pasted punctuation, and the rest
 * are already right.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runPython } from '../support/tools';

const SCRIPT = `
import sys
from docx import Document
from docx.shared import Pt
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

path, count = sys.argv[1], int(sys.argv[2])
doc = Document()

def font(run, east_asia, size):
    run.font.size = Pt(size)
    rpr = run._element.get_or_add_rPr()
    fonts = rpr.find(qn('w:rFonts'))
    if fonts is None:
        fonts = OxmlElement('w:rFonts')
        rpr.insert(0, fonts)
    fonts.set(qn('w:eastAsia'), east_asia)
    fonts.set(qn('w:ascii'), 'Times New Roman')
    fonts.set(qn('w:hAnsi'), 'Times New Roman')

def official(p, indent):
    f = p.paragraph_format
    f.line_spacing = Pt(28)
    f.space_before = Pt(0)
    f.space_after = Pt(0)
    if indent:
        ind = OxmlElement('w:ind')
        ind.set(qn('w:firstLineChars'), '200')
        ind.set(qn('w:firstLine'), '640')
        p._p.get_or_add_pPr().append(ind)

def para(text, east_asia, size, align=None, indent=False, good=True):
    p = doc.add_paragraph()
    run = p.add_run(text)
    font(run, east_asia, size)
    if good:
        official(p, indent)
    else:
        p.paragraph_format.line_spacing = 1.5
        p.paragraph_format.space_before = Pt(0)
        p.paragraph_format.space_after = Pt(0)
    if align is not None:
        p.alignment = align
    return p

para('基层党建“书记项目”结项报告', '方正小标宋简体', 22, WD_ALIGN_PARAGRAPH.CENTER)
para('中共某某学院机关第一党支部', '楷体_GB2312', 16, WD_ALIGN_PARAGRAPH.CENTER)
headings = ['一、项目简介', '二、推进情况', '三、主要成效']
per = max(1, count // 3)
n = 0
for h, heading in enumerate(headings):
    para(heading, '方正黑体_GBK', 16)
    for i in range(per if h < 2 else count - 2 * per):
        n += 1
        if n % 4 == 0:
            para('第%d段：我们(党支部)坚持问题导向,建立台账,逐项推进整改落实。' % n, '方正仿宋_GBK', 16, WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True)
        elif n % 2 == 0:
            para('第%d段：支部围绕中心工作，组织党员开展主题党日活动，推动党建与业务深度融合。' % n, '方正仿宋_GBK', 16, WD_ALIGN_PARAGRAPH.JUSTIFY, indent=True)
        else:
            para('第%d段：我们(党支部)坚持问题导向,建立台账,逐项推进整改落实。' % n, '宋体', 12, WD_ALIGN_PARAGRAPH.JUSTIFY, good=False)
doc.save(path)
`;

export function longReportDocx(bodyCount: number): Uint8Array {
  const dir = mkdtempSync(join(tmpdir(), 'long-report-'));
  const path = join(dir, `report-${bodyCount}.docx`);
  runPython(SCRIPT, [path, String(bodyCount)]);
  return new Uint8Array(readFileSync(path));
}
