import type { ContentControl } from '../../src/core/model';
import { buildDocument, formTemplate, official } from '../support/model-builder';
import { findingsOf } from './helpers';

function messages(texts: string[]): string[] {
  const document = buildDocument([official.title('案例'), ...texts.map((text) => official.body(text))]);
  return findingsOf('placeholder', document).map((finding) => finding.message);
}

describe('placeholder', () => {
  it('asterisks standing for names and numbers in seed 002 are reported', () => {
    expect(
      messages([
        '*市*小学以实施“情智·精彩”教育为发力点，深耕党建特色品牌。',
        '学校党总支重视教师队伍建设，*年开展了“四个一”活动。',
        '建设“*+*”校本课程品牌。',
      ]),
    ).toEqual([
      '“*市*小学”是未替换的占位符，请填写实际内容',
      '“设，*年开”是未替换的占位符，请填写实际内容',
      '“设“*+*”校”是未替换的占位符，请填写实际内容',
    ]);
  });

  it('XXX, ××, 【请填写】 prompts and Word’s “单击或点击此处输入文字” are reported', () => {
    const found = messages(['XXX党支部书记', '联系人：××', '【请填写项目名称】', '单击或点击此处输入文字。']);
    expect(found).toEqual([
      '“XXX”是未替换的占位符，请填写实际内容',
      '“××”是未替换的占位符，请填写实际内容',
      '“【请填写项目名称】”是待填写的提示，请填写实际内容',
      '“单击或点击此处输入文字。”是待填写的提示，请填写实际内容',
    ]);
  });

  it('a seal line with a blank date (000 附件1) and a blank 党总支名称 (000 附件2) are reported', () => {
    const document = buildDocument([
      official.title('申报表'),
      official.cell('（签  章）', { table: 0, row: 8, column: 1 }),
      official.cell('                        年    月    日', { table: 0, row: 8, column: 1 }),
      official.body('党总支名称（盖章）：                  党总支书记（签字） ：          日期 ：'),
    ]);
    expect(findingsOf('placeholder', document).map((finding) => [finding.paragraph, finding.message])).toEqual([
      [3, '盖章（签字）处的日期“年    月    日”未填写'],
      [4, '“党总支名称”未填写；盖章（签字）处的日期“日期 ：”未填写'],
    ]);
  });

  describe('an application form whose last box is the reviewing body’s', () => {
    const template = formTemplate({
      fields: [
        { tag: 'projectName', label: '项目名称', placeholder: '请填写项目名称' },
        { tag: 'orgOpinion', label: '实施项目的党组织意见', placeholder: '由党组织填写意见', kind: 'multiline', required: false },
        { tag: 'superiorOpinion', label: '上级党组织审核意见', placeholder: '由党组织填写意见', kind: 'multiline', required: false, filledBy: 'reviewer' },
      ],
      blocks: [
        { type: 'title', text: '书记项目申报表' },
        {
          type: 'form',
          columns: [1, 3],
          rows: [
            { cells: [{ label: '项目名称' }, { field: 'projectName' }] },
            { cells: [{ label: '实施项目的\n党组织意见' }, { field: 'orgOpinion', signature: '（签  章）\n年    月    日' }] },
            { cells: [{ label: '上级党组织\n审核意见' }, { field: 'superiorOpinion', signature: '（盖  章）\n年    月    日' }] },
          ],
        },
      ],
    });
    const paragraphs = (superiorOpinion: string) => [
      official.title('书记项目申报表'),
      official.cell('项目名称', { table: 0, row: 0, column: 0 }),
      official.cell('红色引擎工程', { table: 0, row: 0, column: 1 }),
      official.cell('实施项目的党组织意见', { table: 0, row: 1, column: 0 }),
      official.cell('同意申报', { table: 0, row: 1, column: 1 }),
      official.cell('（签  章）', { table: 0, row: 1, column: 1 }),
      official.cell('年    月    日', { table: 0, row: 1, column: 1 }),
      official.cell('上级党组织审核意见', { table: 0, row: 2, column: 0 }),
      official.cell(superiorOpinion, { table: 0, row: 2, column: 1 }),
      official.cell('（盖  章）', { table: 0, row: 2, column: 1 }),
      official.cell('年    月    日', { table: 0, row: 2, column: 1 }),
    ];
    const reviewerControl: ContentControl = { tag: 'superiorOpinion', title: '上级党组织审核意见', text: '由党组织填写意见', paragraph: 8, showingPlaceholder: true };

    it('its empty seal date is not the applicant’s to fill; the applicant’s own organisation’s still is', () => {
      const document = buildDocument(paragraphs('由党组织填写意见'), { contentControls: [reviewerControl] });
      expect(findingsOf('placeholder', document, template).map((finding) => [finding.paragraph, finding.message])).toEqual([
        [7, '盖章（签字）处的日期“年    月    日”未填写'],
      ]);
      expect(findingsOf('required-field', document, template)).toEqual([]);
    });

    it('typed without content controls, the box is found beside its label', () => {
      const document = buildDocument(paragraphs(''));
      expect(findingsOf('placeholder', document, template).map((finding) => finding.paragraph)).toEqual([7]);
    });
  });

  it('an empty 填表日期 under the cover’s 盖章 line is required-field’s finding alone, not an unsigned seal date', () => {
    const template = formTemplate({
      fields: [
        { tag: 'org', label: '项目所在支部', placeholder: '填写党支部名称' },
        { tag: 'fillDate', label: '填表日期', placeholder: '    年  月  日', kind: 'date' },
      ],
      blocks: [
        { type: 'title', text: '立项活动申报表' },
        { type: 'paragraph', text: '项目所在支部（盖章）：', field: 'org' },
        { type: 'paragraph', text: '填 表 日 期：', field: 'fillDate' },
      ],
    });
    const document = buildDocument(
      [official.title('立项活动申报表'), official.body('项目所在支部（盖章）：第一党支部'), official.body('填 表 日 期：    年  月  日')],
      {
        contentControls: [
          { tag: 'org', title: '项目所在支部', text: '第一党支部', paragraph: 1, showingPlaceholder: false },
          { tag: 'fillDate', title: '填表日期', text: '    年  月  日', paragraph: 2, showingPlaceholder: true },
        ],
      },
    );
    expect(findingsOf('placeholder', document, template)).toEqual([]);
    expect(findingsOf('required-field', document, template).map((finding) => [finding.paragraph, finding.message])).toEqual([
      [3, '“填表日期”仍是提示文字，请填写'],
    ]);
  });

  it('real text is left alone: sizes, multiplication, dates filled in, English words with x', () => {
    const document = buildDocument([
      official.title('申报表'),
      official.cell('1.8M*0.9M', { table: 0, row: 0, column: 0 }),
      official.body('展板规格为 1.8M*0.9M，共 2*3 块。'),
      official.body('（盖章）'),
      official.body('2024年5月10日'),
      official.body('党总支名称（盖章）：化工学院党总支'),
      official.body('参观了 Xerox 公司和 XX-Large 展区。'),
      official.body('二〇二四年五月十日'),
    ]);
    expect(findingsOf('placeholder', document)).toEqual([]);
  });
});
