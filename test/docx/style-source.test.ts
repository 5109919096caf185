/**
 * The reader cuts table and latent styles out of a styles part before parsing
 * it (they are most of python-docx's template and nothing reads them). The cut
 * must never change a style the checker uses, and must leave alone what it
 * cannot cut as a whole element.
 */
import { unzipSync } from 'fflate';
import { join } from 'node:path';
import { readStyles } from '../../src/docx/styles';
import { cutStylesPart } from '../../src/docx/style-source';
import { decodePart, parseXml } from '../../src/docx/xml';
import { readDocx } from '../../src/docx/read';
import { readBytes } from '../support/docx-fixtures';
import { craftedDocx, documentXml, paragraphXml, stylesXml } from './crafted';
import { describeWith, pythonDocxTool, runPython, tempDir } from '../support/tools';

const noText = () => false;
/** What the reader parses: the cut part when it is well-formed, else the whole part. */
function readable(bytes: Uint8Array): string {
  const cut = cutStylesPart(bytes)?.text;
  if (cut !== undefined && parseXml(cut, 'word/styles.xml', noText).ok) return cut;
  const whole = decodePart(bytes, 'word/styles.xml');
  if (!whole.ok) throw new Error(whole.error.detail ?? whole.error.message);
  return whole.value.text;
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
    const cut = cutStylesPart(new TextEncoder().encode(commented))?.text;
    expect(cut === undefined || !parseXml(cut, 'word/styles.xml', noText).ok).toBe(true);
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

describe('text that only looks like markup never moves the cut', () => {
  // Normal holds a CDATA section whose text is a table style's start tag; the
  // next style's comment holds the `]]>` that would close a section left open.
  const normal =
    '<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><![CDATA[<w:style w:type="table">]]>' +
    '<w:rPr><w:rFonts w:eastAsia="宋体"/><w:sz w:val="18"/></w:rPr></w:style>';
  const next = '<w:style w:type="paragraph" w:styleId="b"><w:name w:val="other"/><!-- ]]> --></w:style>';
  const table = '<w:style w:type="table" w:styleId="t"><w:name w:val="Table Grid"/><w:tblPr/></w:style>';
  const styles = stylesXml(normal + next + table);

  test("Normal's 宋体 9 pt reads the same through the cut as through the whole part", () => {
    const whole = stylesOf(styles);
    expect(whole.styles.get('a')?.run).toMatchObject({ eastAsia: { font: '宋体' }, size: 18 });
    const cut = stylesOf(cutOf(styles));
    expect(cut.styles.get('a')).toEqual(whole.styles.get('a'));
    expect(cut.styles.get('b')).toEqual(whole.styles.get('b'));
  });

  test('a paragraph in Normal reads as 宋体 9 pt', () => {
    const read = readDocx(craftedDocx({ document: documentXml(paragraphXml('正文')), styles }));
    if (!read.ok) throw new Error(read.error.detail);
    expect(read.value.model.paragraphs[0].runs[0].format).toMatchObject({ eastAsiaFont: '宋体', sizePt: 9 });
  });

  test('a processing instruction after the declaration keeps the part whole too', () => {
    const withPi = stylesXml(`<?mso-application progid="Word.Document"?>${table}${normal.replace(/<!\[CDATA\[.*?\]\]>/, '')}`);
    expect(cutOf(withPi)).toBe(withPi);
  });

  test('the cut still happens on a plain part with an XML declaration', () => {
    const plain = stylesXml(normal.replace(/<!\[CDATA\[.*?\]\]>/, '') + table);
    expect(cutOf(plain)).not.toContain('Table Grid');
  });
});
