import type { ContentControl } from '../../src/core/model';
import { buildDocument, formTemplate, official } from '../support/model-builder';
import { findingsOf } from './helpers';

const cells = [
  official.title('书记项目申报表'),
  official.cell('项目名称', { table: 0, row: 0, column: 0 }),
  official.cell('', { table: 0, row: 0, column: 1 }),
  official.cell('联系方式', { table: 0, row: 1, column: 0 }),
  official.cell('', { table: 0, row: 1, column: 1 }),
  official.cell('备注', { table: 0, row: 2, column: 0 }),
  official.cell('', { table: 0, row: 2, column: 1 }),
];

function control(tag: string, text: string, paragraph: number, showingPlaceholder = false): ContentControl {
  return { tag, title: tag, text, paragraph, showingPlaceholder };
}

describe('required-field', () => {
  it('a filled form has no finding, even with the optional 备注 left empty', () => {
    const document = buildDocument(cells, {
      contentControls: [control('projectName', '红色引擎工程', 2), control('phone', '13800000000', 4), control('note', '', 6)],
    });
    expect(findingsOf('required-field', document, formTemplate())).toEqual([]);
  });

  it('an empty field, one showing its placeholder, and one still holding the placeholder words are reported where they are', () => {
    const document = buildDocument(cells, {
      contentControls: [control('projectName', '请填写项目名称', 2, true), control('phone', '  ', 4)],
    });
    const findings = findingsOf('required-field', document, formTemplate());
    expect(findings.map((finding) => [finding.paragraph, finding.message])).toEqual([
      [3, '"项目名称"仍是提示文字，请填写'],
      [5, '"联系方式"未填写'],
    ]);
    const typedPlaceholder = buildDocument(cells, {
      contentControls: [control('projectName', '请填写 项目名称', 2), control('phone', '13800000000', 4)],
    });
    expect(findingsOf('required-field', typedPlaceholder, formTemplate())[0].message).toBe('"项目名称"仍是提示文字，请填写');
  });

  it('a field whose control was deleted is reported at its label, without a fix', () => {
    const document = buildDocument(cells, { contentControls: [control('projectName', '红色引擎工程', 2)] });
    const [finding] = findingsOf('required-field', document, formTemplate());
    expect(finding).toMatchObject({ paragraph: 4, actual: '缺失', fixable: false, fix: [] });
    expect(finding.message).toBe('缺少"联系方式"的填写位置，请用模板重新插入该项后填写');
  });
});
