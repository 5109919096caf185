/**
 * Files that are not what they claim: each is refused with a typed error and
 * a Chinese message saying what to do — quickly, and without the reader's
 * memory growing with what the file pretends to hold. Each file is read in a
 * fresh `node` process so its peak memory is its own.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, crc32, deflateRawSync } from 'node:zlib';
import type { DocxErrorCode } from '../../src/docx/errors';
import { DEFAULT_LIMITS, readDocx } from '../../src/docx/read';
import { buildZip, CONTENT_TYPES, PACKAGE_RELS, runFixtureScript, storedEntry } from '../support/docx-fixtures';
import { describeWith, pythonDocxTool, sofficeConvert, sofficeTool, tempDir } from '../support/tools';
import { readInChild as readInDocxChild, type ChildOutcome } from './support/child';

type Outcome = ChildOutcome;

const dir = tempDir('docx-hostile');

function readInChild(name: string, bytes: Uint8Array): Outcome {
  return readInDocxChild(dir, name, bytes, 60000);
}

function expectRefused(outcome: Outcome, code: DocxErrorCode, says: RegExp): void {
  expect(outcome.ok).toBe(false);
  expect(outcome.code).toBe(code);
  expect(outcome.message).toMatch(says);
  expect(outcome.ms).toBeLessThan(2000);
  expect(outcome.maxRssMb).toBeLessThan(300);
}

/** word/document.xml as `chunks` MiB of zeros: deflated once, the byte-aligned block repeated. */
function zipBomb(chunks: number, declaredSize: number): Uint8Array {
  const block = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_SYNC_FLUSH });
  const finalBlock = Buffer.from([0x03, 0x00]); // an empty final fixed-Huffman block
  const data = new Uint8Array(Buffer.concat([...Array.from({ length: chunks }, () => block), finalBlock]));
  return buildZip([
    storedEntry('[Content_Types].xml', CONTENT_TYPES),
    storedEntry('_rels/.rels', PACKAGE_RELS),
    { name: 'word/document.xml', data, method: 8, declaredSize, crc: 0 },
  ]);
}

test('a text file renamed to .docx is "not a docx"', () => {
  expectRefused(readInChild('note.docx', new Uint8Array(Buffer.from('这是一段纯文本，不是 Word 文档。'))), 'not-a-docx', /\.docx/);
});

test('an empty file is reported as damaged, saying so', () => {
  expectRefused(readInChild('empty.docx', new Uint8Array(0)), 'corrupt', /空/);
});

test('a zip without a main document part is damaged', () => {
  const zip = buildZip([storedEntry('[Content_Types].xml', CONTENT_TYPES), storedEntry('_rels/.rels', PACKAGE_RELS)]);
  expectRefused(readInChild('no-body.docx', zip), 'corrupt', /另存为/);
});

test('a 2 GiB zip bomb that declares its size is refused before inflating', () => {
  expectRefused(readInChild('bomb-honest.docx', zipBomb(2048, 2 * 1024 * 1024 * 1024 - 1)), 'too-large', /过大/);
});

test('a 2 GiB zip bomb that lies about its size is refused where it inflates past what it records', () => {
  expectRefused(readInChild('bomb-lying.docx', zipBomb(2048, 4096)), 'too-large', /过大/);
});

test('a 2 GiB zip bomb that records a size just under the part cap is stopped at that size', () => {
  const outcome = readInChild('bomb-near-cap.docx', zipBomb(2048, DEFAULT_LIMITS.maxPartBytes - 1));
  expect(outcome.code).toBe('too-large');
  expect(outcome.maxRssMb).toBeLessThan(300);
});

test('a zip with more entries than any document has is refused from its directory alone', () => {
  const entries = Array.from({ length: 6000 }, (_, index) => storedEntry(`word/media/x${index}.bin`, ''));
  expectRefused(readInChild('many.docx', buildZip(entries)), 'too-large', /部件过多/);
});

test('billion laughs in document.xml is refused as unsafe XML', () => {
  const laughs = [
    '<?xml version="1.0"?>',
    '<!DOCTYPE w:document [<!ENTITY lol "lol">',
    ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`),
    ']>',
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>',
  ].join('\n');
  const zip = buildZip([storedEntry('[Content_Types].xml', CONTENT_TYPES), storedEntry('_rels/.rels', PACKAGE_RELS), storedEntry('word/document.xml', laughs)]);
  expectRefused(readInChild('laughs.docx', zip), 'unsafe-xml', /DOCTYPE/);
});

test('a zip whose entries carry the encryption flag is "encrypted"', () => {
  const entry = { ...storedEntry('word/document.xml', 'xxxx'), flags: 0x1 };
  const zip = buildZip([storedEntry('[Content_Types].xml', CONTENT_TYPES), storedEntry('_rels/.rels', PACKAGE_RELS), entry]);
  expectRefused(readInChild('flagged.docx', zip), 'encrypted', /取消密码/);
});

test('an OLE compound file naming an EncryptedPackage stream (how Office wraps a password-protected .docx) is "encrypted"', () => {
  // Header signature plus one directory entry: the reader recognises the wrapper by these, not by decrypting.
  const file = Buffer.alloc(1536);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(file, 0);
  Buffer.from('EncryptedPackage', 'utf16le').copy(file, 1024);
  file.writeUInt16LE(34, 1024 + 64);
  expectRefused(readInChild('protected.docx', new Uint8Array(file)), 'encrypted', /取消密码/);
});

describeWith(pythonDocxTool, 'a real document damaged in transit', () => {
  test('a .docx cut in half is damaged, not crashed on', () => {
    const path = join(dir, 'whole.docx');
    runFixtureScript('report.py', [path]);
    const whole = readFileSync(path);
    expectRefused(readInChild('half.docx', new Uint8Array(whole.subarray(0, whole.length >> 1))), 'corrupt', /另存为/);
  });
});

describeWith(sofficeTool, 'files LibreOffice writes in other formats', () => {
  let source: string;
  beforeAll(() => {
    source = join(dir, 'source.odt');
    writeFileSync(join(dir, 'source.txt'), '结项报告\n正文内容');
    sofficeConvert(join(dir, 'source.txt'), 'odt', dir);
    copyFileSync(join(dir, 'source.odt'), source);
  });

  test('a legacy Word 97 .doc is "not a docx" and says to save as .docx', () => {
    sofficeConvert(source, 'doc', dir);
    const outcome = readInChild('legacy.docx', new Uint8Array(readFileSync(join(dir, 'source.doc'))));
    expectRefused(outcome, 'not-a-docx', /旧版 Word 文档（\.doc）.*另存为 \.docx 后重试/);
  });

  test('a PDF is "not a docx"', () => {
    sofficeConvert(source, 'pdf', dir);
    expectRefused(readInChild('report.pdf.docx', new Uint8Array(readFileSync(join(dir, 'source.pdf')))), 'not-a-docx', /\.docx/);
  });
});


test('a part past the per-part cap is refused, and so is one that inflates past its recorded size', () => {
  const paragraphs = Array.from({ length: 20000 }, (_, i) => `<w:p><w:r><w:t>第${i}段：支部组织党员开展主题党日活动，参加${i % 97}人。</w:t></w:r></w:p>`).join('');
  const xml = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`;
  const data = new Uint8Array(deflateRawSync(Buffer.from(xml, 'utf8')));
  const zip = buildZip([
    storedEntry('[Content_Types].xml', CONTENT_TYPES),
    storedEntry('_rels/.rels', PACKAGE_RELS),
    { name: 'word/document.xml', data, method: 8, declaredSize: Buffer.byteLength(xml, 'utf8'), crc: crc32(Buffer.from(xml, 'utf8')) >>> 0 },
  ]);
  const capped = readDocx(zip, { maxPartBytes: 1024 * 1024 });
  expect(capped.ok ? 'read' : capped.error.code).toBe('too-large');
  const generous = readDocx(zip);
  expect(generous.ok && generous.value.model.paragraphs.length).toBe(20000);
  const lying = buildZip([
    storedEntry('[Content_Types].xml', CONTENT_TYPES),
    storedEntry('_rels/.rels', PACKAGE_RELS),
    { name: 'word/document.xml', data, method: 8, declaredSize: 1000, crc: crc32(Buffer.from(xml, 'utf8')) >>> 0 },
  ]);
  const refused = readDocx(lying);
  expect(refused.ok ? 'read' : refused.error.code).toBe('too-large');
});
