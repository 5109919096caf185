import { checkDocument } from '../../src/core/check';
import type { ContentControl } from '../../src/core/model';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
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

  it('once the form is started, an empty field, one showing its placeholder, and one holding the placeholder words are errors where they are', () => {
    const started = (projectName: ContentControl, phone: ContentControl) =>
      buildDocument(cells, { contentControls: [projectName, phone, control('note', '已开始填写', 6)] });
    const withNote = formTemplate();
    const noteRequired = { ...withNote, fields: withNote.fields.map((field) => ({ ...field, required: true })) };
    const findings = findingsOf(
      'required-field',
      started(control('projectName', '请填写项目名称', 2, true), control('phone', '  ', 4)),
      noteRequired,
    );
    expect(findings.map((finding) => [finding.paragraph, finding.severity, finding.message])).toEqual([
      [3, 'error', '“项目名称”仍是提示文字，请填写'],
      [5, 'error', '“联系方式”未填写'],
    ]);
    const typedPlaceholder = buildDocument(cells, {
      contentControls: [control('projectName', '请填写 项目名称', 2), control('phone', '13800000000', 4)],
    });
    expect(findingsOf('required-field', typedPlaceholder, formTemplate())[0].message).toBe('“项目名称”仍是提示文字，请填写');
  });

  it('a blank template nobody has started lists its fields as warnings, not errors', () => {
    const document = buildDocument(cells, {
      contentControls: [control('projectName', '请填写项目名称', 2, true), control('phone', '请填写联系方式', 4, true)],
    });
    const findings = findingsOf('required-field', document, formTemplate());
    expect(findings.map((finding) => [finding.paragraph, finding.severity])).toEqual([
      [3, 'warning'],
      [5, 'warning'],
    ]);
    expect(findings[0].message).toBe('“项目名称”尚未填写（这是一份空白模板，共 2 项待填写）');
  });

  it('a form nobody has started is reported 未填写 as a whole; one with a field filled is not', () => {
    const blank = buildDocument(cells, {
      contentControls: [control('projectName', '请填写项目名称', 2, true), control('phone', '请填写联系方式', 4, true)],
    });
    expect(checkDocument(blank, formTemplate(), OFFICIAL_PROFILE).unfilled).toBe(true);
    const started = buildDocument(cells, {
      contentControls: [control('projectName', '红色引擎工程', 2), control('phone', '请填写联系方式', 4, true)],
    });
    expect(checkDocument(started, formTemplate(), OFFICIAL_PROFILE).unfilled).toBe(false);
  });

  it('a form typed without content controls is read from the cell beside each label', () => {
    const typed = buildDocument(
      cells.map((spec, index) => (index === 2 ? official.cell('红色引擎工程', { table: 0, row: 0, column: 1 }) : spec)),
    );
    const [finding, ...rest] = findingsOf('required-field', typed, formTemplate());
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ paragraph: 4, severity: 'error', fixable: false, fix: [] });
    expect(finding.message).toBe('“联系方式”未填写');
  });

  it('a document made from the template whose control and label were deleted is told the field is missing', () => {
    const withoutPhone = cells.filter((_, index) => index !== 3 && index !== 4);
    const document = buildDocument(withoutPhone, {
      contentControls: [control('projectName', '红色引擎工程', 2)],
      templateId: 'test-form',
    });
    const [finding] = findingsOf('required-field', document, formTemplate());
    expect(finding).toMatchObject({ actual: '缺失', fixable: false, fix: [] });
    expect(finding.message).toBe('缺少“联系方式”的填写位置，请用模板重新插入该项后填写');
  });
});
