/**
 * Damaged bytes are refused as a damaged file, the way Word, LibreOffice and
 * Python's zipfile refuse them, never read with stand-in characters (which a
 * fixed copy would then carry) or read as something they are not.
 */
import { readDocx } from '../../src/docx/read';
import { buildZip } from '../support/docx-fixtures';
import { craftedDocx, craftedEntries, deflatedEntry, documentXml, paragraphXml, W_NS } from './crafted';

function outcome(bytes: Uint8Array): string {
  const read = readDocx(bytes);
  return read.ok ? `read: ${read.value.model.paragraphs.map((p) => p.text).join('|')}` : `${read.error.code}: ${read.error.message}`;
}

const concat = (...parts: (string | number[])[]): Uint8Array =>
  new Uint8Array(Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part)))));

test('a main part with a byte sequence that is not UTF-8 is damaged, not read with U+FFFD', () => {
  const [before, after] = documentXml(paragraphXml('\u0000')).split('\u0000');
  // 支 is E6 94 AF: its last byte is missing.
  expect(outcome(craftedDocx({ document: concat(before, [0xe6, 0x94], after) }))).toMatch(/^corrupt: 文档内容已损坏/);
  expect(outcome(craftedDocx({ document: concat(before, [0xe6, 0x94, 0xaf], after) }))).toBe('read: 支');
});

test('a lone surrogate written as UTF-8 (CESU) is damaged', () => {
  const [before, after] = documentXml(paragraphXml('\u0000')).split('\u0000');
  expect(outcome(craftedDocx({ document: concat(before, [0xed, 0xa0, 0x80], after) }))).toMatch(/^corrupt: /);
});

test('a lone surrogate in a UTF-16 main part is damaged', () => {
  const text = documentXml(paragraphXml('党\ud800建')).replace('encoding="UTF-8"', 'encoding="UTF-16"');
  const bytes = Buffer.alloc(2 + text.length * 2);
  bytes[0] = 0xff;
  bytes[1] = 0xfe;
  for (let i = 0; i < text.length; i++) bytes.writeUInt16LE(text.charCodeAt(i), 2 + i * 2);
  expect(outcome(craftedDocx({ document: new Uint8Array(bytes) }))).toMatch(/^corrupt: /);
  const whole = Buffer.from(bytes);
  whole.writeUInt16LE('\u4e00'.charCodeAt(0), 2 + text.indexOf('\ud800') * 2);
  expect(outcome(craftedDocx({ document: new Uint8Array(whole) }))).toBe('read: 党一建');
});

test('invalid UTF-8 in the styles part is damaged too, also where the reader cuts unread styles away', () => {
  const table = concat(`<w:style w:type="table" w:styleId="T"><w:name w:val="`, [0xff], `"/></w:style>`);
  const styles = concat(`<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${W_NS}"><w:style w:type="paragraph" w:styleId="a"><w:name w:val="Normal"/></w:style>`, [...table], '</w:styles>');
  expect(outcome(craftedDocx({ document: documentXml(paragraphXml('正文')), styles }))).toMatch(/^corrupt: /);
});

test('a part whose bytes do not match the CRC-32 its zip records is damaged, deflated or stored', () => {
  const document = documentXml(paragraphXml('正文'));
  const good = craftedEntries({ document });
  expect(outcome(buildZip(good))).toBe('read: 正文');
  const lying = good.map((entry) => (entry.name === 'word/document.xml' ? deflatedEntry(entry.name, document, (entry.crc ^ 1) >>> 0) : entry));
  expect(outcome(buildZip(lying))).toMatch(/^corrupt: 文档已损坏或不完整/);
  const data = new Uint8Array(Buffer.from(document.replace('正文', '正史'), 'utf8'));
  const stored = good.map((entry) => (entry.name === 'word/document.xml' ? { name: entry.name, data, method: 0 as const, declaredSize: data.length, crc: entry.crc } : entry));
  expect(outcome(buildZip(stored))).toMatch(/^corrupt: /);
});

test('a main part whose w: prefix names another namespace is not a Word document', () => {
  const foreign = documentXml(paragraphXml('正文')).replace(`xmlns:w="${W_NS}"`, 'xmlns:w="urn:example:not-word"');
  expect(outcome(craftedDocx({ document: foreign }))).toMatch(/^corrupt: /);
  const defaultWord = foreign.replace('xmlns:w=', `xmlns="${W_NS}" xmlns:w=`);
  expect(outcome(craftedDocx({ document: defaultWord }))).toMatch(/^corrupt: /);
});

test('a styles part whose w: prefix names another namespace is damaged', () => {
  const styles = `<w:styles xmlns:w="urn:example:not-word"><w:style w:type="paragraph" w:default="1" w:styleId="a"><w:rPr><w:sz w:val="18"/></w:rPr></w:style></w:styles>`;
  expect(outcome(craftedDocx({ document: documentXml(paragraphXml('正文')), styles }))).toMatch(/^corrupt: /);
});
