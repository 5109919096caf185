import { buildDocument, official } from '../support/model-builder';
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
      '"*市*小学"是未替换的占位符，请填写实际内容',
      '"设，*年开"是未替换的占位符，请填写实际内容',
      '"设“*+*”校"是未替换的占位符，请填写实际内容',
    ]);
  });

  it('XXX, ××, 【请填写】 prompts and Word’s “单击或点击此处输入文字” are reported', () => {
    const found = messages(['XXX党支部书记', '联系人：××', '【请填写项目名称】', '单击或点击此处输入文字。']);
    expect(found).toEqual([
      '"XXX"是未替换的占位符，请填写实际内容',
      '"××"是未替换的占位符，请填写实际内容',
      '"【请填写项目名称】"是待填写的提示，请填写实际内容',
      '"单击或点击此处输入文字。"是待填写的提示，请填写实际内容',
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
      [3, '盖章（签字）处的日期"年    月    日"未填写'],
      [4, '"党总支名称"未填写；盖章（签字）处的日期"日期 ："未填写'],
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
