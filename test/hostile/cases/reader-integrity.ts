/**
 * Damaged bytes inside a well-formed zip: each is refused as a damaged file
 * with one line saying so, as Word, LibreOffice and Python's zipfile refuse it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildZip } from '../../support/docx-fixtures';
import { craftedDocx, craftedEntries, deflatedEntry, documentXml, paragraphXml } from '../../docx/crafted';
import type { HostileCase } from '../case';

const DAMAGED = /已损坏/;

function write(dir: string, name: string, bytes: Uint8Array): readonly string[] {
  writeFileSync(join(dir, name), bytes);
  return ['check', name];
}

function withBytes(inside: number[]): Uint8Array {
  const [before, after] = documentXml(paragraphXml('\u0000')).split('\u0000');
  return new Uint8Array(Buffer.concat([Buffer.from(before, 'utf8'), Buffer.from(inside), Buffer.from(after, 'utf8')]));
}

export const cases: readonly HostileCase[] = [
  {
    name: 'a main part holding a truncated UTF-8 sequence',
    build: (dir) => write(dir, 'bad-utf8.docx', craftedDocx({ document: withBytes([0xe6, 0x94]) })),
    expect: { exit: 2, message: DAMAGED },
  },
  {
    name: 'a main part holding a lone surrogate written as UTF-8',
    build: (dir) => write(dir, 'surrogate.docx', craftedDocx({ document: withBytes([0xed, 0xa0, 0x80]) })),
    expect: { exit: 2, message: DAMAGED },
  },
  {
    name: 'a main part whose bytes do not match the CRC-32 the zip records',
    build: (dir) => {
      const document = documentXml(paragraphXml('正文'));
      const entries = craftedEntries({ document }).map((entry) =>
        entry.name === 'word/document.xml' ? deflatedEntry(entry.name, document, (entry.crc ^ 0xff) >>> 0) : entry,
      );
      return write(dir, 'bad-crc.docx', buildZip(entries));
    },
    expect: { exit: 2, message: DAMAGED },
  },
  {
    name: 'a main part whose w: prefix is bound to a namespace that is not WordprocessingML',
    build: (dir) =>
      write(
        dir,
        'foreign-w.docx',
        craftedDocx({ document: documentXml(paragraphXml('正文')).replace(/xmlns:w="[^"]*"/, 'xmlns:w="urn:example:not-word"') }),
      ),
    expect: { exit: 2, message: DAMAGED },
  },
];
