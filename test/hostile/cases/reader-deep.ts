/**
 * Nesting and length without bound: each costs time and memory in
 * proportion, and the file gets its report like any other.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { craftedDocx, deepThemeXml, documentXml, paragraphXml } from '../../docx/crafted';
import type { HostileCase } from '../case';

const TEMPLATE = ['--template', 'shuji-closing-report'];

export const cases: readonly HostileCase[] = [
  {
    name: 'a theme part nested 200,000 deep, in a batch with a plain file',
    build: (dir) => {
      writeFileSync(join(dir, 'deep-theme.docx'), craftedDocx({ document: documentXml(paragraphXml('书记项目结项报告')), theme: deepThemeXml(200000) }));
      writeFileSync(join(dir, 'plain.docx'), craftedDocx({ document: documentXml(paragraphXml('书记项目结项报告')) }));
      return ['check', ...TEMPLATE, 'deep-theme.docx', 'plain.docx'];
    },
    expect: { exit: 1, reportFor: ['deep-theme.docx', 'plain.docx'] },
  },
  {
    name: 'check --fix of a paragraph of 150,000 runs',
    build: (dir) => {
      const runs = '<w:r><w:rPr><w:rFonts w:eastAsia="宋体"/></w:rPr><w:t>字</w:t></w:r>'.repeat(150000);
      writeFileSync(join(dir, 'runs.docx'), craftedDocx({ document: documentXml(`${paragraphXml('书记项目结项报告')}<w:p>${runs}</w:p>`) }));
      return ['check', ...TEMPLATE, '--fix', '-o', 'out', 'runs.docx'];
    },
    expect: { exit: 1, reportFor: ['runs.docx'], message: /已写入/ },
    // Reading, checking and fixing 150,000 runs takes about 30 s and 500 MB today: bounded, not yet within the default budget.
    budget: { seconds: 60, megabytes: 600 },
  },
];
