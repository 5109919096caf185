/**
 * A paragraph's text must be what Word shows, however the file spells it:
 * entities, CDATA sections, comments inside the text, and line ends the XML
 * parser normalises. The reader takes most text straight from where it
 * stands in the part, so every way the stored text can differ from the
 * shown text is checked here against python-docx (lxml), an independent
 * reader of the same file.
 */
import { join } from 'node:path';
import type { DocxFile } from '../../src/docx/read';
import { readDocx } from '../../src/docx/read';
import { applyEditsToDocx } from '../../src/docx/fix';
import { readBytes } from '../support/docx-fixtures';
import { describeWith, pythonDocxTool, runPython, tempDir } from '../support/tools';

/** Makes the document with python-docx, then respells some of its text the ways Word or other tools may write it. */
const MAKE = `
import sys, zipfile, shutil, docx
out, crlf = sys.argv[1], sys.argv[2] == 'crlf'
d = docx.Document()
d.add_paragraph('党建 & 业务 <融合> "引号"')
d.add_paragraph('第一段\\t第二段')
p = d.add_paragraph('前半')
p.add_run('后半')
d.add_paragraph('CDATA段落')
d.add_paragraph('注释段落')
d.add_paragraph('换行段落')
d.add_paragraph('回车段落')
d.save(out + '.tmp')
with zipfile.ZipFile(out + '.tmp') as z:
    parts = {n: z.read(n) for n in z.namelist()}
xml = parts['word/document.xml'].decode('utf-8')
xml = xml.replace('<w:t>CDATA段落</w:t>', '<w:t><![CDATA[CDATA<段落>]]></w:t>')
xml = xml.replace('<w:t>注释段落</w:t>', '<w:t>注释<!-- 批注 -->段落</w:t>')
xml = xml.replace('<w:t>换行段落</w:t>', '<w:t xml:space="preserve">换行\\r\\n段落\\r末尾</w:t>' if crlf else '<w:t>换行段落&#x4e00;</w:t>')
xml = xml.replace('<w:t>回车段落</w:t>', '<w:t xml:space="preserve">单独\\r回车</w:t>' if crlf else '<w:t>回车段落</w:t>')
parts['word/document.xml'] = xml.encode('utf-8')
with zipfile.ZipFile(out, 'w', zipfile.ZIP_DEFLATED) as z:
    for n, b in parts.items():
        z.writestr(n, b)
print('\\x1e'.join(p.text for p in docx.Document(out).paragraphs))
`;

describeWith(pythonDocxTool, 'paragraph text as python-docx reads it, however the file spells it', () => {
  const cases = [
    ['entities, CDATA and comments', 'plain'],
    ['carriage returns in the text', 'crlf'],
  ] as const;

  test.each(cases)('%s', (_title, variant) => {
    const path = join(tempDir('docx-text'), `${variant}.docx`);
    const expected = runPython(MAKE, [path, variant]).replace(/\n$/, '').split('\x1e');
    const read = readDocx(readBytes(path));
    if (!read.ok) throw new Error(read.error.detail);
    const model = read.value.model;
    // lxml's element text stops at a comment, so python-docx reads only "注释"; Word, and XML, skip the comment.
    const commented = expected.findIndex((text) => text.startsWith('注释'));
    expected[commented] = '注释段落';
    expect(model.paragraphs.map((p) => p.text)).toEqual(expected);
    for (const paragraph of model.paragraphs) {
      expect(paragraph.runs.map((run) => run.text).join('')).toBe(paragraph.text);
      for (const run of paragraph.runs) expect(paragraph.text.slice(run.start, run.start + run.text.length)).toBe(run.text);
    }
  });

  test('a fix in a respelled paragraph keeps the rest of its text', () => {
    const path = join(tempDir('docx-text'), 'fix.docx');
    runPython(MAKE, [path, 'plain']);
    const read = readDocx(readBytes(path));
    if (!read.ok) throw new Error(read.error.detail);
    const file: DocxFile = read.value;
    const index = file.model.paragraphs.findIndex((p) => p.text.startsWith('注释'));
    const fixed = applyEditsToDocx(file, [{ kind: 'replace-text', paragraph: index, start: 0, end: 2, text: '备注' }]);
    if (!fixed.ok) throw new Error(fixed.error.detail);
    const again = readDocx(fixed.value);
    if (!again.ok) throw new Error(again.error.detail);
    expect(again.value.model.paragraphs[index].text).toBe('备注段落');
    expect(again.value.model.paragraphs[0].text).toBe('党建 & 业务 <融合> "引号"');
  });
});
