/**
 * What a file costs in memory follows its size limits, not what it nests or
 * repeats: a 5 KB file of content controls nested 3,000 deep around 3,000
 * paragraphs, and related parts of millions of tiny elements the reader
 * never looks at. Each is read in a fresh `node` process, so its peak
 * memory is its own.
 */
import { readDocx } from '../../src/docx/read';
import { tempDir } from '../support/tools';
import { readInChild as readInDocxChild, type ChildOutcome } from './support/child';
import { craftedDocx, documentXml, nestedControlsXml, paragraphXml, W_NS } from './crafted';

type Outcome = ChildOutcome;

const dir = tempDir('docx-memory');

function readInChild(name: string, bytes: Uint8Array): Outcome {
  return readInDocxChild(dir, name, bytes, 120000);
}

test('content controls nested 3,000 deep around 3,000 paragraphs are read in bounded memory', () => {
  const bytes = craftedDocx({ document: documentXml(nestedControlsXml(3000, 3000)) });
  expect(bytes.length).toBeLessThan(20000);
  const outcome = readInChild('nested-controls.docx', bytes);
  expect(outcome.ok).toBe(true);
  expect(outcome.maxRssMb).toBeLessThan(250);
});

test('nested controls each hold the text of the paragraphs inside them; a control inside a paragraph holds its runs', () => {
  const body =
    '<w:sdt><w:sdtPr><w:tag w:val="outer"/></w:sdtPr><w:sdtContent>' +
    paragraphXml('甲') +
    '<w:sdt><w:sdtPr><w:alias w:val="中"/></w:sdtPr><w:sdtContent>' +
    '<w:p><w:r><w:t>乙</w:t></w:r><w:sdt><w:sdtPr><w:tag w:val="inline"/></w:sdtPr><w:sdtContent><w:r><w:t>丙</w:t></w:r><w:r><w:t>丁</w:t></w:r></w:sdtContent></w:sdt></w:p>' +
    paragraphXml('') +
    '</w:sdtContent></w:sdt></w:sdtContent></w:sdt>' +
    paragraphXml('外') +
    '<w:p><w:sdt><w:sdtPr><w:tag w:val="empty"/></w:sdtPr><w:sdtContent/></w:sdt></w:p>';
  const read = readDocx(craftedDocx({ document: documentXml(body) }));
  if (!read.ok) throw new Error(read.error.detail);
  const { paragraphs, contentControls } = read.value.model;
  expect(paragraphs.map((p) => [p.text, p.contentControlTag])).toEqual([
    ['甲', 'outer'],
    ['乙丙丁', 'inline'],
    ['', 'outer'],
    ['外', undefined],
    ['', 'empty'],
  ]);
  expect(contentControls.map((c) => [c.tag, c.title, c.text, c.paragraph])).toEqual([
    ['outer', '', '甲\n乙丙丁\n', 0],
    ['', '中', '乙丙丁\n', 1],
    ['inline', '', '丙丁', 1],
    ['empty', '', '', 4],
  ]);
});

const tiny = (name: string, count: number) => `<${name}/>`.repeat(count);

test.each([
  ['settings', { settings: `<w:settings xmlns:w="${W_NS}">${tiny('w:x', 1500000)}<w:themeFontLang w:eastAsia="zh-CN"/></w:settings>` }],
  ['styles', { styles: `<w:styles xmlns:w="${W_NS}">${tiny('w:x', 1500000)}</w:styles>` }],
  ['numbering', { numbering: `<w:numbering xmlns:w="${W_NS}"><w:abstractNum w:abstractNumId="0">${tiny('w:x', 1500000)}</w:abstractNum></w:numbering>` }],
  ['theme', { theme: `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">${tiny('a:x', 1500000)}</a:theme>` }],
  ['custom XML', { extra: { 'customXml/item1.xml': `<root>${tiny('x', 1500000)}</root>` } }],
])('a %s part of 1,500,000 tiny elements is read without building them', (_, parts) => {
  const outcome = readInChild('tiny-elements.docx', craftedDocx({ document: documentXml(paragraphXml('正文')), ...parts }));
  expect(outcome.ok).toBe(true);
  expect(outcome.maxRssMb).toBeLessThan(250);
});
