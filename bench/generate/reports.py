"""Reports for the whole-process benchmark, made with python-docx.

Usage: reports.py big OUT.docx [PARAGRAPHS]   one long report (default 6,305
       paragraphs, about 1.4 MB: varied text, so it compresses as real text does)
       reports.py batch OUT_DIR [FILES]        FILES short reports (default 200)
                                               of 11 paragraphs, as submitted
Deterministic: the same arguments make the same documents.
"""
import os
import random
import sys

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

NUMERALS = '一二三四五六七八九十'
POOL = [chr(c) for c in range(0x4e00, 0x4e00 + 3000)]
MARKS = '，。；、：'


def styled(run, font, size, bold=False):
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), font)
    run.font.size = Pt(size)
    run.bold = bold


def big(out, count):
    rng = random.Random(6305)

    def sentence():
        return ''.join(rng.choice(POOL) for _ in range(rng.randint(8, 22))) + rng.choice(MARKS)

    d = docx.Document()
    title = d.add_paragraph()
    styled(title.add_run('基层党建“书记项目”结项报告'), '宋体', 22, True)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for written in range(1, count):
        if written % 40 == 1:
            styled(d.add_paragraph().add_run(f'{NUMERALS[(written // 40) % 10]}、第{written // 40 + 1}部分'), '黑体', 16)
            continue
        p = d.add_paragraph()
        for k in range(rng.randint(2, 5)):
            styled(p.add_run(''.join(sentence() for _ in range(rng.randint(1, 3)))), '宋体', 16, k == 1)
        p.paragraph_format.first_line_indent = Pt(32)
        p.paragraph_format.line_spacing = 1.5
    d.save(out)


BODY = ('支部坚持把党的政治建设摆在首位，围绕“书记项目”扎实推进各项工作，'
        '通过“三会一课”、主题党日等形式，组织党员深入学习，推动理论学习走深走实。')


def batch(out_dir, files):
    os.makedirs(out_dir, exist_ok=True)
    for index in range(files):
        d = docx.Document()
        title = d.add_paragraph()
        styled(title.add_run('基层党建“书记项目”结项报告'), '宋体', 22, True)
        title.alignment = WD_ALIGN_PARAGRAPH.CENTER
        styled(d.add_paragraph().add_run(f'中共某某学院第{index + 1}党支部'), '宋体', 16)
        for section in range(3):
            styled(d.add_paragraph().add_run(f'{NUMERALS[section]}、第{section + 1}部分'), '黑体', 16)
            for _ in range(2):
                p = d.add_paragraph()
                styled(p.add_run(f'{BODY}2024年共开展专题学习{index % 17 + 3}次。'), '宋体', 16)
                p.paragraph_format.line_spacing = 1.5
        d.save(os.path.join(out_dir, f'报告{index + 1:03d}.docx'))


if __name__ == '__main__':
    kind, out = sys.argv[1], sys.argv[2]
    if kind == 'big':
        big(out, int(sys.argv[3]) if len(sys.argv) > 3 else 6305)
    else:
        batch(out, int(sys.argv[3]) if len(sys.argv) > 3 else 200)
