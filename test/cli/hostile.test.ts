/**
 * Files people e-mail anyway: old .doc files, half-downloaded attachments and
 * worse. Each is refused with exit 2 and a typed error that says what to do,
 * quickly and in bounded memory (measured in a fresh process).
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import { BIN, REPO } from '../support/cli';
import { tempDir } from '../support/tools';

const MAIN = join(REPO, 'dist', 'cli', 'main.js');
const PEAK_RSS = join(REPO, 'test', 'support', 'peak-rss.js');

interface Measured {
  readonly status: number;
  readonly ms: number;
  readonly maxRssMb: number;
  readonly file: { error: { code: string; message: string } | null };
}

/** Runs the check in a child process and reports its exit code, time and peak memory. */
function measure(path: string): Measured {
  const script = `
const { main } = require(${JSON.stringify(MAIN)});
const { peakRssMb } = require(${JSON.stringify(PEAK_RSS)});
let out = '';
const started = process.hrtime.bigint();
main({ argv: ['check', '--format', 'json', ${JSON.stringify(path)}], stdout: { write: (s) => { out += s; } }, stderr: { write: () => {} } })
  .then((status) => {
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const maxRssMb = peakRssMb();
    process.stdout.write(JSON.stringify({ status, ms, maxRssMb, file: JSON.parse(out).files[0] }));
  });
`;
  const result = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60000 });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as Measured;
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>';
const ROOT_RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>';

function docx(documentXml: string): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(CONTENT_TYPES),
    '_rels/.rels': strToU8(ROOT_RELS),
    'word/document.xml': strToU8(documentXml),
  });
}

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

describe('hostile and broken files', () => {
  const dir = tempDir('dangjian-hostile');
  const real = docx(
    '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>' +
      '<w:p><w:r><w:t>基层党建“书记项目”结项报告</w:t></w:r></w:p>'.repeat(200) +
      '</w:body></w:document>',
  );
  const cases: { name: string; bytes: Uint8Array; code: string }[] = [
    { name: 'not a zip (a text file renamed .docx)', bytes: strToU8('这不是 Word 文档'), code: 'not-a-docx' },
    { name: 'a legacy .doc', bytes: Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(4096)]), code: 'not-a-docx' },
    { name: 'an empty file', bytes: new Uint8Array(0), code: 'corrupt' },
    { name: 'a truncated download', bytes: real.slice(0, Math.floor(real.length / 2)), code: 'corrupt' },
    {
      name: 'a zip with no document part',
      bytes: zipSync({ '[Content_Types].xml': strToU8(CONTENT_TYPES), 'readme.txt': strToU8('hello') }),
      code: 'corrupt',
    },
    { name: 'a 2 GiB zip bomb', bytes: zipBomb(), code: 'too-large' },
    { name: 'billion laughs', bytes: docx(BILLION_LAUGHS), code: 'unsafe-xml' },
  ];

  test.each(cases)('$name: exit 2, typed error, under 2 s and 300 MB', ({ name, bytes, code }) => {
    const path = join(dir, `${name.replace(/[^a-z0-9]+/gi, '-')}.docx`);
    writeFileSync(path, bytes);
    const measured = measure(path);
    expect(measured.status).toBe(2);
    expect(measured.file.error?.code).toBe(code);
    expect(measured.file.error?.message).toMatch(/[\u4e00-\u9fff]/);
    expect(measured.ms).toBeLessThan(2000);
    expect(measured.maxRssMb).toBeLessThan(300);
  });

  test('an unreadable file among good ones still makes the whole run exit 2', () => {
    const good = join(dir, 'good.docx');
    const bad = join(dir, 'bad.docx');
    writeFileSync(good, real);
    writeFileSync(bad, strToU8('not a docx'));
    const result = spawnSync(process.execPath, [BIN, 'check', '--template', 'shuji-closing-report', good, bad], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(2);
    expect(result.stdout).toContain('bad.docx');
  });
});
