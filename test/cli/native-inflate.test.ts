/**
 * The command line inflates with Node's zlib instead of fflate: the same
 * documents read the same, and the same damaged or hostile parts are refused
 * for the same reasons (too large as soon as a part inflates past what it
 * records, damaged when its data is cut short, garbled or fails its CRC).
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import { readDocx } from '../../src/docx/read';
import { useRawInflater } from '../../src/docx/zip';
import { unzipSync } from 'fflate';
import { nativeDeflater, nativeInflater } from '../../src/cli/native-inflate';
import { useRawDeflater } from '../../src/docx/zip-write';
import { applyEditsToDocx, roleFormatsFromProfile } from '../../src/docx/fix';
import { checkDocument } from '../../src/core/check';
import { planFixes } from '../../src/core/fix';
import { catalogTemplate } from '../../src/templates/catalog';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import { buildZip, CONTENT_TYPES, PACKAGE_RELS, storedEntry } from '../support/docx-fixtures';
import { craftedDocx, documentXml, paragraphXml } from '../docx/crafted';

function documentZip(data: Uint8Array, declaredSize: number, crc: number): Uint8Array {
  return buildZip([
    storedEntry('[Content_Types].xml', CONTENT_TYPES),
    storedEntry('_rels/.rels', PACKAGE_RELS),
    { name: 'word/document.xml', data, method: 8, declaredSize, crc },
  ]);
}

const xml = documentXml(Array.from({ length: 3000 }, (_, i) => paragraphXml(`第${i}段：支部组织党员开展主题党日活动。`)).join(''));
const utf8 = Buffer.from(xml, 'utf8');
const deflated = new Uint8Array(deflateRawSync(utf8));
const crc = crc32(utf8) >>> 0;

/** 512 MiB of zeros in a few hundred KB: the byte-aligned block of one MiB repeated. */
function bomb(declaredSize: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_SYNC_FLUSH });
  const data = new Uint8Array(Buffer.concat([...Array.from({ length: 512 }, () => block), Buffer.from([0x03, 0x00])]));
  return documentZip(data, declaredSize, 0);
}

const CASES: ReadonlyArray<readonly [string, () => Uint8Array]> = [
  ['a sound document', () => documentZip(deflated, utf8.length, crc)],
  ['a document with styles', () => craftedDocx({ document: documentXml(paragraphXml('正文')) })],
  ['a part that inflates past the size it records', () => documentZip(deflated, 1000, crc)],
  ['a part that inflates short of the size it records', () => documentZip(deflated, utf8.length + 10, crc)],
  ['a part cut short', () => documentZip(deflated.subarray(0, deflated.length >> 1), utf8.length, crc)],
  ['a part of garbage', () => documentZip(new Uint8Array([0xff, 0xfe, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06]), utf8.length, crc)],
  ['a part whose CRC-32 does not match', () => documentZip(deflated, utf8.length, (crc ^ 1) >>> 0)],
];

function outcome(bytes: Uint8Array): string {
  const read = readDocx(bytes);
  return read.ok ? `read ${read.value.model.paragraphs.length} paragraphs: ${read.value.model.paragraphs[0]?.text}` : read.error.code;
}

afterEach(() => useRawInflater(undefined));

test.each(CASES)('%s reads the same with Node zlib as with fflate', (_name, make) => {
  const bytes = make();
  const withFflate = outcome(bytes);
  useRawInflater(nativeInflater);
  expect(outcome(bytes)).toBe(withFflate);
});

test('refusals are the expected ones, not errors of a different kind', () => {
  useRawInflater(nativeInflater);
  expect(outcome(documentZip(deflated, utf8.length, crc))).toMatch(/^read 3000 paragraphs/);
  expect(outcome(documentZip(deflated, 1000, crc))).toBe('too-large');
  expect(outcome(documentZip(deflated.subarray(0, 100), utf8.length, crc))).toBe('corrupt');
  expect(outcome(bomb(4096))).toBe('too-large');
});

test('zlib stops at the limit it is given instead of inflating the whole bomb', () => {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_SYNC_FLUSH });
  const data = new Uint8Array(Buffer.concat([...Array.from({ length: 4096 }, () => block), Buffer.from([0x03, 0x00])]));
  const before = process.memoryUsage().arrayBuffers;
  expect(nativeInflater(data, 1024 * 1024).kind).toBe('too-large');
  // Four GiB inflated in full could not even be held; stopping at the limit costs a few MiB.
  expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(64 * 1024 * 1024);
});

test('fixed copies written with Node zlib unpack to the same parts as with fflate', () => {
  const body = Array.from({ length: 50 }, (_, i) =>
    `<w:p><w:pPr><w:spacing w:line="360" w:lineRule="auto"/></w:pPr><w:r><w:rPr><w:rFonts w:eastAsia="宋体"/><w:sz w:val="24"/></w:rPr><w:t>第${i}次组织生活会,围绕主题开展学习。</w:t></w:r></w:p>`,
  ).join('');
  const read = readDocx(craftedDocx({ document: documentXml(body) }));
  if (!read.ok) throw new Error(read.error.message);
  const template = catalogTemplate('shuji-closing-report');
  if (!template) throw new Error('no closing report template');
  const plan = planFixes(checkDocument(read.value.model, template, OFFICIAL_PROFILE).findings);
  expect(plan.edits.length).toBeGreaterThan(50);
  const write = (): Record<string, Uint8Array> => {
    const fixed = applyEditsToDocx(read.value, plan.edits, roleFormatsFromProfile(OFFICIAL_PROFILE));
    if (!fixed.ok) throw new Error(fixed.error.message);
    return unzipSync(fixed.value);
  };
  const withFflate = write();
  useRawDeflater(nativeDeflater);
  try {
    expect(write()).toEqual(withFflate);
  } finally {
    useRawDeflater(undefined);
  }
});
