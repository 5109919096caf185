import { classify, parseHeadingNumber, chineseNumeral } from '../../src/core/roles';
import { buildDocument, formTemplate, official, reportTemplate } from '../support/model-builder';

describe('heading numbers are read from the text', () => {
  it.each([
    ['一、指导思想', 1, 1, '一、', ''],
    ['十一、其他', 1, 11, '十一、', ''],
    ['二十、附则', 1, 20, '二十、', ''],
    ['（一）项目类别', 2, 1, '（一）', ''],
    ['(三)项目周期', 2, 3, '(三)', ''],
    ['1.党建与业务工作深度融合。围绕中心、服务大局，坚持抓基层、夯实基础，根据本单位实际……', 3, 1, '1.', ''],
    ['2．实践性与操作性相统一', 3, 2, '2．', ''],
    ['3、针对性与时效性相统一', 3, 3, '3、', ''],
    ['１．全角数字', 3, 1, '１．', ''],
    ['（1）具体做法', 4, 1, '（1）', ''],
    ['(12)具体做法', 4, 12, '(12)', ''],
    ['（一）、项目类别', 2, 1, '（一）', '、'],
    ['一、、指导思想', 1, 1, '一、', '、'],
    ['1.、加强党员教育', 3, 1, '1.', '、'],
    ['  二、项目实施', 1, 2, '二、', ''],
  ])('%s is level %i number %i', (text, level, value, label, extra) => {
    expect(parseHeadingNumber(text)).toMatchObject({ level, value, label, extra });
  });

  it('looks through emoji pasted into the number (seed 003)', () => {
    const text = '一🧎🏻♀️➡️、指导思想';
    const heading = parseHeadingNumber(text);
    expect(heading).toMatchObject({ level: 1, value: 1 });
    expect(text.slice(heading?.titleStart)).toBe('指导思想');
  });

  it('gives the offset where the title starts', () => {
    const heading = parseHeadingNumber('1. 加强党员队伍作风建设');
    expect(heading?.titleStart).toBe(3);
  });

  describe('false friends are body text', () => {
    it.each([
      ['1.8M*0.9M'],
      ['1.5倍'],
      ['2024.5'],
      ['3.1万件'],
      ['一是全面推行村干部千分制绩效考核。'],
      ['一方面，完善八项制度，做到有章可循。'],
      ['一、二年级的学生参加了“红色故事会”活动，效果很好。'],
      ['一、坚持以习近平新时代中国特色社会主义思想为指导，贯彻落实党的二十大精神，巩固拓展主题教育成果。'],
      ['1 建好党员之家, 让党员有归宿感'],
      ['2024年工作总结'],
    ])('%s', (text) => {
      expect(parseHeadingNumber(text)).toBeUndefined();
    });
  });

  it('writes Chinese numerals as headings do', () => {
    expect([1, 9, 10, 11, 20, 21, 99].map(chineseNumeral)).toEqual(['一', '九', '十', '十一', '二十', '二十一', '九十九']);
  });
});

describe('a closing report is classified by position and numbering', () => {
  const template = reportTemplate();

  it('finds title, org line, headings, body, empty paragraphs and table cells', () => {
    const document = buildDocument([
      official.title('基层党建“书记项目”结项报告'),
      official.empty(),
      official.org('化工学院党总支'),
      official.h1('一、项目简介'),
      official.body('主要包括项目名称、拟解决的突出问题、目标任务等。'),
      official.h2('（一）项目类别'),
      official.h3('1.围绕品牌创建，建设创新探索型项目。'),
      official.body('（1）具体做法'),
      official.body('一是全面推行村干部千分制绩效考核。'),
      official.cell('1.8M*0.9M', { table: 0, row: 0, column: 0 }),
      official.cell('', { table: 0, row: 0, column: 1 }),
    ]);
    expect(classify(document, template).map((entry) => entry.role)).toEqual([
      'title',
      'empty',
      'org',
      'h1',
      'body',
      'h2',
      'h3',
      'h4',
      'body',
      'table-cell',
      'table-cell',
    ]);
  });

  it('does not take 附件3 for the title', () => {
    const document = buildDocument([official.body('附件3'), official.empty(), official.title('基层党建“书记项目”结项报告'), official.org('化工学院党总支')]);
    expect(classify(document, template).map((entry) => entry.role)).toEqual(['body', 'empty', 'title', 'org']);
  });

  it('takes a centred second line in the title size as part of the title', () => {
    const document = buildDocument([
      official.title('关于开展2024年度基层党建'),
      official.title('“书记项目”申报立项工作的通知'),
      official.body('各党总支、直属党支部：'),
    ]);
    // The 主送 line under the title is neither title nor 署名 nor body text.
    expect(classify(document).map((entry) => entry.role)).toEqual(['title', 'title', 'other']);
  });

  it('has no org line in a form, nor a numbered or long one in a report', () => {
    const form = buildDocument([official.title('书记项目申报表'), official.body('化工学院党总支')]);
    expect(classify(form, formTemplate()).map((entry) => entry.role)).toEqual(['title', 'body']);
    const numbered = buildDocument([official.title('结项报告'), official.h1('一、项目简介')]);
    expect(classify(numbered, template).map((entry) => entry.role)).toEqual(['title', 'h1']);
    const sentence = buildDocument([official.title('结项报告'), official.body('本项目由化工学院党总支组织实施，历时一年。')]);
    expect(classify(sentence, template).map((entry) => entry.role)).toEqual(['title', 'body']);
  });

  it('reads automatic numbering as if it were typed', () => {
    const document = buildDocument([official.title('结项报告'), { ...official.h1('推进情况'), listLabel: '二、' }]);
    const [, heading] = classify(document, template);
    expect(heading).toMatchObject({ role: 'h1', heading: { level: 1, value: 2, titleStart: 0 } });
  });

  it('never trusts a Heading style alone: a styled paragraph without a number is body', () => {
    const document = buildDocument([
      official.title('结项报告'),
      official.empty(),
      { ...official.body('本项目历时一年，取得了明显成效，得到师生的一致好评。'), format: { styleName: 'Heading 1', outlineLevel: 0 } },
    ]);
    expect(classify(document, template)[2].role).toBe('body');
  });
});
