/**
 * `--fix` of a valid document whose main part spells WordprocessingML with
 * another prefix (`ns0:`, as Python's ElementTree writes it): fixed and
 * written like the `w:` spelling, not refused as a mismatched plan.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { craftedDocx, documentXml } from '../../docx/crafted';
import type { HostileCase } from '../case';

const paragraph = (text: string) =>
  `<w:p><w:r><w:rPr><w:rFonts w:eastAsia="宋体"/><w:sz w:val="24"/></w:rPr><w:t>${text}</w:t></w:r></w:p>`;

export const cases: readonly HostileCase[] = [
  {
    name: 'check --fix of a report whose main part uses ns0: for w:',
    build: (dir) => {
      const body = [paragraph('书记项目结项报告'), paragraph('一、项目基本情况'), paragraph('支部围绕中心工作开展项目。')].join('');
      const ns0 = documentXml(body.replace(/<(\/?)w:/g, '<$1ns0:').replace(/ w:/g, ' ns0:'), 'ns0');
      writeFileSync(join(dir, 'ns0.docx'), craftedDocx({ document: ns0 }));
      return ['check', '--template', 'shuji-closing-report', '--fix', '-o', 'out', 'ns0.docx'];
    },
    expect: { exit: 1, reportFor: ['ns0.docx'], message: /已写入/ },
  },
];
