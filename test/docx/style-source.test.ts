/**
 * The reader cuts table and latent styles out of a styles part before parsing
 * it (they are most of python-docx's template and nothing reads them). The cut
 * must never change a style the checker uses, and must leave alone what it
 * cannot cut as a whole element.
 */
import { unzipSync } from 'fflate';
import { join } from 'node:path';
import { readStyles } from '../../src/docx/styles';
import { decodeStylesWithoutUnread } from '../../src/docx/style-source';
import { decodePart, parseXml } from '../../src/docx/xml';
import { readBytes } from '../support/docx-fixtures';
import { describeWith, pythonDocxTool, runPython, tempDir } from '../support/tools';

const noText = () => false;
/** What the reader parses: the cut part when it is well-formed, else the whole part. */
function readable(bytes: Uint8Array): string {
  const cut = decodeStylesWithoutUnread(bytes);
  return cut !== undefined && parseXml(cut, 'word/styles.xml', noText).ok ? cut : decodePart(bytes).text;
}
const cutOf = (xml: string) => readable(new TextEncoder().encode(xml));

function stylesOf(xml: string) {
  const parsed = parseXml(xml, 'word/styles.xml', noText);
  if (!parsed.ok) throw new Error(parsed.error.detail ?? parsed.error.message);
  return readStyles(parsed.value.root);
}

describeWith(pythonDocxTool, 'cutting unread styles out of a python-docx styles part', () => {
  let styles: string;
  let bytes: Uint8Array;

  beforeAll(() => {
    const path = join(tempDir('style-source'), 'styled.docx');
    runPython(
      `
import sys, docx
from docx.oxml.ns import qn
from docx.shared import Pt
d = docx.Document()
s = d.styles.add_style('公文正文', 1)
s.base_style = d.styles['Normal']
s.font.size = Pt(16)
s.element.get_or_add_rPr().get_or_add_rFonts().set(qn('w:eastAsia'), '仿宋_GB2312')
d.add_paragraph('正文', style='公文正文')
d.add_table(rows=1, cols=1, style='Light Grid Accent 1')
d.save(sys.argv[1])
`,
      [path],
    );
    bytes = unzipSync(readBytes(path))['word/styles.xml'];
    styles = new TextDecoder().decode(bytes);
  });

  test('every paragraph and character style reads the same, and the table styles are gone', () => {
    const before = stylesOf(styles);
    const after = stylesOf(readable(bytes));
    const kept = [...before.styles.values()].filter((style) => style.type !== 'table');
    expect(kept.length).toBeGreaterThan(10);
    expect([...after.styles.values()]).toEqual(kept);
    expect([...after.styles.values()].find((style) => style.name === '公文正文')).toMatchObject({
      run: { eastAsia: { font: '仿宋_GB2312' }, size: 32 },
    });
    expect(after.runDefaults).toEqual(before.runDefaults);
    expect(after.paragraphDefaults).toEqual(before.paragraphDefaults);
    expect(after.defaultParagraphStyle).toBe(before.defaultParagraphStyle);
    const cut = readable(bytes);
    expect(cut.length).toBeLessThan(styles.length / 3);
    expect(cut).not.toContain('w:latentStyles');
    expect(cut).not.toMatch(/w:type="table"/);
  });

  test('a table style whose comment holds its end tag: the cut is refused and the whole part is read', () => {
    const commented = styles.replace(/(<w:style w:type="table"[^>]*>)/, '$1<!-- </w:style> -->');
    expect(commented).not.toBe(styles);
    const cut = decodeStylesWithoutUnread(new TextEncoder().encode(commented));
    expect(cut === undefined ? 'nothing cut' : parseXml(cut, 'word/styles.xml', noText).ok).toBe(false);
    expect(cutOf(commented)).toBe(commented);
    expect(stylesOf(cutOf(commented)).styles.size).toBe(stylesOf(styles).styles.size);
  });

  test('Chinese names in the styles kept read back whole around the cuts', () => {
    const named = stylesOf(cutOf(styles.replace('<w:name w:val="Normal"/>', '<w:name w:val="正文（公文）"/>')));
    expect([...named.styles.values()].map((style) => style.name)).toContain('正文（公文）');
  });

  test('a part that binds WordprocessingML to another prefix is read whole', () => {
    const renamed = styles.replace(/xmlns:w=/, 'xmlns:x="urn:other" xmlns:w2=').replace(/<(\/?)w:/g, '<$1w2:');
    expect(cutOf(renamed)).toBe(renamed);
  });
});
