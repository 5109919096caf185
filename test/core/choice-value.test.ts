import type { ContentControl } from '../../src/core/model';
import { checkDocument } from '../../src/core/check';
import { shujiApplication } from '../../src/templates/catalog/shuji-application';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import { buildDocument, official } from '../support/model-builder';
import { findingsOf } from './helpers';

const paragraphs = [
  official.title('2024年度“书记项目”申报表'),
  official.cell('项目层级', { table: 0, row: 0, column: 0 }),
  official.cell('', { table: 0, row: 0, column: 1 }),
  official.cell('项目类别', { table: 0, row: 1, column: 0 }),
  official.cell('', { table: 0, row: 1, column: 1 }),
];

function control(tag: string, text: string, paragraph: number, showingPlaceholder = false): ContentControl {
  return { tag, title: tag, text, paragraph, showingPlaceholder };
}

function application(level: ContentControl, category: ContentControl) {
  return buildDocument(paragraphs, { contentControls: [level, category], templateId: 'shuji-application' });
}

describe('choice-value', () => {
  it('项目层级 typed as “校级” over its drop-down is an error at the field, naming the options to pick from', () => {
    const findings = findingsOf('choice-value', application(control('level', '校级', 2), control('category', 'A.创新探索型', 4)), shujiApplication);
    expect(findings.map((finding) => [finding.paragraph, finding.severity, finding.message, finding.actual, finding.fixable])).toEqual([
      [3, 'error', '“项目层级”填的“校级”不是可选项，应为“二级党组织”、“党支部”之一', '校级', false],
    ]);
  });

  it('an option, its name without the letter and its letter alone are all accepted, as the register accepts them', () => {
    for (const category of ['A.创新探索型', '创新探索型', 'A', 'B．典型示范型', ' C ']) {
      expect(findingsOf('choice-value', application(control('level', '党支部', 2), control('category', category, 4)), shujiApplication)).toEqual([]);
    }
    const wrong = findingsOf('choice-value', application(control('level', '二级党组织', 2), control('category', 'D.其他', 4)), shujiApplication);
    expect(wrong.map((finding) => finding.paragraph)).toEqual([5]);
  });

  it('a choice still empty or showing its prompt is left to required-field', () => {
    const document = application(control('level', '选择层级', 2, true), control('category', '', 4));
    expect(findingsOf('choice-value', document, shujiApplication)).toEqual([]);
  });

  it('检查 on the whole form reports the rejected choice, so it is not first met at submission', () => {
    const result = checkDocument(application(control('level', '校级', 2), control('category', 'A', 4)), shujiApplication, OFFICIAL_PROFILE);
    expect(result.findings.filter((finding) => finding.rule === 'choice-value').map((finding) => finding.actual)).toEqual(['校级']);
  });
});
