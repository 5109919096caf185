/**
 * A fix must never damage content: a paragraph holding an inline picture
 * keeps the line spacing that lets Word show the whole picture, and empty
 * paragraphs are left as they are.
 */
import { join } from 'node:path';
import { checkJson, dangjian } from '../support/cli';
import { makeDocument } from '../support/make-document';
import { describeWith, pythonDocxTool, runPython, tempDir } from '../support/tools';

describeWith(pythonDocxTool, 'line spacing around pictures and blank lines', () => {
  const dir = tempDir('dangjian-picture');
  const source = makeDocument(
    [
      { role: 'title', text: '基层党建“书记项目”结项报告' },
      { role: 'org', text: '机电工程学院党总支' },
      { role: 'h1', text: '一、项目简介' },
      { role: 'body', text: '项目推进顺利，成效明显。', spacing: 'single' },
      { role: 'plain', picture: true, spacing: 'atLeast', indent: 0, align: 'center' },
      { role: 'plain', spacing: 'single' },
      { role: 'h1', text: '二、推进情况' },
      { role: 'h1', text: '三、主要成效' },
    ],
    join(dir, '结项报告-图片.docx'),
  );

  test('the picture paragraph and the empty one draw no line-spacing finding; the text paragraph does', () => {
    const { files } = checkJson([source]);
    expect(files[0].findings.filter((finding) => finding.rule === 'line-spacing').map((finding) => finding.paragraph)).toEqual([4]);
  });

  test('--fix sets the text paragraph to 固定值 28 磅 and leaves the picture’s spacing as it was', () => {
    const out = join(dir, 'fixed');
    const run = dangjian(['check', '--fix', '-o', out, source]);
    expect(run.status).toBeLessThan(2);
    const spacing = runPython(
      [
        'import sys',
        'from docx import Document',
        'd = Document(sys.argv[1])',
        'for p in d.paragraphs:',
        '    f = p.paragraph_format',
        '    print(f"{f.line_spacing_rule}|{f.line_spacing.pt if hasattr(f.line_spacing, \'pt\') else f.line_spacing}")',
      ].join('\n'),
      [join(out, '结项报告-图片.docx')],
    )
      .trim()
      .split('\n');
    expect(spacing[3]).toBe('EXACTLY (4)|28.0');
    expect(spacing[4]).toBe('AT_LEAST (3)|12.0');
    expect(spacing[5]).toBe('None|None');
  });
});
