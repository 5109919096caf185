/**
 * Files that are large or odd but legitimate: read and reported, never
 * refused as bombs or as damaged for one unreadable character.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { buildZip } from '../../support/docx-fixtures';
import { craftedDocx, craftedEntries, documentXml, paragraphXml } from '../../docx/crafted';
import type { HostileCase } from '../case';

/** A blank form: `rows` rows of eight empty cells, as a word processor saves it. */
function blankFormXml(rows: number): string {
  const cell = '<w:tc><w:tcPr><w:tcW w:w="1000" w:type="dxa"/></w:tcPr><w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p></w:tc>';
  return documentXml(paragraphXml('登记表') + `<w:tbl><w:tblPr/>${`<w:tr>${cell.repeat(8)}</w:tr>`.repeat(rows)}</w:tbl>`);
}

export const cases: readonly HostileCase[] = [
  {
    name: 'a 4 MB blank form whose main part compresses past 200:1',
    build: (dir) => {
      const xml = blankFormXml(5000);
      const entries = craftedEntries({ document: xml }).map((entry) =>
        entry.name === 'word/document.xml' ? { ...entry, data: new Uint8Array(deflateRawSync(Buffer.from(xml, 'utf8'), { level: 9 })) } : entry,
      );
      writeFileSync(join(dir, 'blank-form.docx'), buildZip(entries));
      return ['check', '--template', 'shuji-closing-report', '--format', 'json', 'blank-form.docx'];
    },
    expect: { exit: 1, reportFor: ['blank-form.docx'] },
  },
  {
    name: 'a symbol whose code is past U+10FFFF',
    build: (dir) => {
      const body = `${paragraphXml('关于开展主题党日活动的报告')}<w:p><w:r><w:t>甲</w:t><w:sym w:font="Symbol" w:char="110000"/></w:r></w:p>`;
      writeFileSync(join(dir, 'symbol.docx'), craftedDocx({ document: documentXml(body) }));
      return ['check', '--template', 'shuji-closing-report', '--format', 'json', 'symbol.docx'];
    },
    expect: { exit: 1, reportFor: ['symbol.docx'] },
  },
];
