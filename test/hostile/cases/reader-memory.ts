/**
 * Small files that nest or repeat without bound: memory follows the size
 * limits, not what the file multiplies.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { craftedDocx, documentXml, nestedControlsXml, paragraphXml, W_NS } from '../../docx/crafted';
import type { HostileCase } from '../case';

const TEMPLATE = ['--template', 'shuji-closing-report'];

export const cases: readonly HostileCase[] = [
  {
    name: 'content controls nested 12,000 deep around 12,000 paragraphs (a 15 KB file)',
    build: (dir) => {
      writeFileSync(join(dir, 'nested.docx'), craftedDocx({ document: documentXml(paragraphXml('书记项目结项报告') + nestedControlsXml(12000, 12000)) }));
      return ['check', ...TEMPLATE, 'nested.docx'];
    },
    expect: { exit: 1, reportFor: ['nested.docx'] },
  },
  {
    name: 'a settings part of 20 MB of tiny elements',
    build: (dir) => {
      const settings = `<w:settings xmlns:w="${W_NS}">${'<w:x/>'.repeat(3500000)}</w:settings>`;
      writeFileSync(join(dir, 'settings.docx'), craftedDocx({ document: documentXml(paragraphXml('书记项目结项报告')), settings }));
      return ['check', ...TEMPLATE, 'settings.docx'];
    },
    expect: { exit: 1, reportFor: ['settings.docx'] },
    // Memory stays near 200 MB; parsing 3.5 million elements takes about 10 s on a busy machine.
    budget: { seconds: 30 },
  },
];
