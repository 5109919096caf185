/** Spacing a writer set in lines (段前 0.5 行, `w:beforeLines`) is reported in lines, read from that attribute. */
import { join } from 'node:path';
import { checkJson } from '../support/cli';
import { describeWith, pythonDocxTool, runPython, tempDir } from '../support/tools';

describeWith(pythonDocxTool, 'spacing given in lines', () => {
  test('段前 0.5 行 with a stale w:before is reported as 0.5 行', () => {
    const path = join(tempDir('dangjian-lines'), 'lines.docx');
    runPython(
      [
        'import sys',
        'from docx import Document',
        'from docx.shared import Pt',
        'from docx.enum.text import WD_LINE_SPACING',
        'from docx.oxml.ns import qn',
        'd = Document()',
        'for text in ["基层党建“书记项目”结项报告", "项目推进顺利，成效明显。"]:',
        '    p = d.add_paragraph(text)',
        '    f = p.paragraph_format',
        '    f.line_spacing_rule = WD_LINE_SPACING.EXACTLY',
        '    f.line_spacing = Pt(28)',
        '    f.space_before = Pt(0)',
        '    f.space_after = Pt(0)',
        'spacing = d.paragraphs[1]._p.pPr.find(qn("w:spacing"))',
        'spacing.set(qn("w:before"), "240")',
        'spacing.set(qn("w:beforeLines"), "50")',
        'd.save(sys.argv[1])',
      ].join('\n'),
      [path],
    );
    const { files } = checkJson(['--template', 'shuji-closing-report', path]);
    const spacing = files[0].findings.filter((finding) => finding.rule === 'line-spacing');
    expect(spacing.map((finding) => [finding.paragraph, finding.message])).toEqual([[2, '段前间距应为 0 磅，实为 0.5 行']]);
  });
});
