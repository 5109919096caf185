/**
 * Files people e-mail anyway: a text file renamed .docx, an old .doc, an
 * empty file, a half-downloaded attachment, a zip with no document, a zip
 * bomb and billion laughs. Each is refused quickly with exit 2 and a typed
 * error that says what to do; among good files it costs only its own entry.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import type { HostileCase } from '../case';
import { closingReport, docxPackage } from '../docx';

/** A zip whose word/document.xml inflates to 2 GiB of zeros while declaring 1 KiB. */
function zipBomb(): Buffer {
  const chunk = deflateRawSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_SYNC_FLUSH });
  const parts: Buffer[] = [];
  for (let i = 0; i < 2048; i += 1) parts.push(chunk);
  parts.push(Buffer.from([0x03, 0x00])); // a final, empty fixed-Huffman block
  const data = Buffer.concat(parts);
  const name = Buffer.from('word/document.xml');
  const declared = 1024;
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(0, 14);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(0, 16);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(0, 42);
  const centralOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(centralOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

const BILLION_LAUGHS =
  '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
  Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`).join('') +
  ']><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>';

const SAMPLE = docxPackage(
  '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
    '<w:p><w:r><w:t>基层党建“书记项目”结项报告</w:t></w:r></w:p>'.repeat(200) +
    '</w:body></w:document>',
);

function oneFile(name: string, bytes: () => Uint8Array, code: string): HostileCase {
  return {
    name: `${name}: exit 2 with its typed error`,
    build: (dir) => {
      writeFileSync(join(dir, 'file.docx'), bytes());
      return ['check', '--format', 'json', 'file.docx'];
    },
    expect: { exit: 2, reportFor: ['file.docx'], errors: { 'file.docx': code }, message: /[\u4e00-\u9fff]/ },
    budget: { seconds: 5 },
  };
}

export const cases: readonly HostileCase[] = [
  oneFile('not a zip (a text file renamed .docx)', () => strToU8('这不是 Word 文档'), 'not-a-docx'),
  oneFile('a legacy .doc', () => Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4096)]), 'not-a-docx'),
  oneFile('an empty file', () => new Uint8Array(0), 'corrupt'),
  oneFile('a truncated download', () => SAMPLE.slice(0, Math.floor(SAMPLE.length / 2)), 'corrupt'),
  oneFile(
    'a zip with no document part',
    () => zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'readme.txt': strToU8('hello') }),
    'corrupt',
  ),
  oneFile('a 2 GiB zip bomb', zipBomb, 'too-large'),
  oneFile('billion laughs', () => docxPackage(BILLION_LAUGHS), 'unsafe-xml'),
  {
    name: 'an unreadable file among good ones: every file reported, exit 2',
    build: (dir) => {
      writeFileSync(join(dir, 'good.docx'), closingReport(3));
      writeFileSync(join(dir, 'bad.docx'), strToU8('not a docx'));
      return ['check', '--template', 'shuji-closing-report', 'good.docx', 'bad.docx'];
    },
    expect: { exit: 2, reportFor: ['good.docx', 'bad.docx'] },
  },
];
