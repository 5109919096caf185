/**
 * The reader bounds what a file costs by the bytes it inflates, per part and
 * in all, counted as it inflates: how well a part compresses is no reason to
 * refuse it. Real documents compress far: a long table of empty cells (what
 * a word processor saves for a blank form) passes 200:1.
 */
import { deflateRawSync } from 'node:zlib';
import { readDocx } from '../../src/docx/read';
import { buildZip } from '../support/docx-fixtures';
import { craftedDocx, craftedEntries, documentXml, paragraphXml } from './crafted';

/** A blank form: `rows` rows of eight empty cells, as a word processor saves it. */
export function blankFormXml(rows: number): string {
  const cell = '<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p></w:tc>';
  const table = `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr>${`<w:tr>${cell.repeat(8)}</w:tr>`.repeat(rows)}</w:tbl>`;
  return documentXml(paragraphXml('登记表') + table);
}

test('a 4 MB blank form that compresses past 200:1 is read, not refused as a zip bomb', () => {
  const xml = blankFormXml(5000);
  const entries = craftedEntries({ document: xml }).map((entry) =>
    entry.name === 'word/document.xml' ? { ...entry, data: new Uint8Array(deflateRawSync(Buffer.from(xml, 'utf8'), { level: 9 })) } : entry,
  );
  const document = entries.find((entry) => entry.name === 'word/document.xml');
  expect(xml.length).toBeGreaterThan(4 * 1024 * 1024);
  expect(document && xml.length / document.data.length).toBeGreaterThan(220);
  const read = readDocx(buildZip(entries));
  expect(read.ok ? read.value.model.paragraphs.length : read.error.code).toBe(1 + 5000 * 8);
});

test('the same form is still refused past the per-part cap, counted while inflating', () => {
  const read = readDocx(craftedDocx({ document: blankFormXml(5000) }), { maxPartBytes: 1024 * 1024 });
  expect(read.ok ? 'read' : read.error.code).toBe('too-large');
});

test('a symbol past U+10FFFF is one unreadable character, not a damaged document', () => {
  const body =
    '<w:p><w:r><w:t>甲</w:t><w:sym w:font="Symbol" w:char="110000"/><w:t>乙</w:t><w:sym w:font="Wingdings" w:char="D800"/><w:sym w:font="Symbol" w:char="263A"/></w:r></w:p>';
  const read = readDocx(craftedDocx({ document: documentXml(body) }));
  expect(read.ok ? read.value.model.paragraphs[0].text : read.error.code).toBe('甲乙☺');
});
