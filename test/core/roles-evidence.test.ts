/**
 * Roles in real 公文, told from all the evidence a reader uses: headings whose
 * title starts with a numeral, the 发文字号 above the title, a two-line title,
 * the 主送 line, the 落款, Heading styles and TOC lines.
 */
import { checkDocument } from '../../src/core/check';
import { classify } from '../../src/core/roles';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import { buildDocument, official, reportTemplate, type ParagraphSpec } from '../support/model-builder';

const roles = (specs: readonly ParagraphSpec[]): string[] => classify(buildDocument(specs)).map((entry) => entry.role);

const body = official.body;
/** A line in 黑体, as a 公文 sets its first-level headings. */
const heiti = (text: string): ParagraphSpec => ({ ...official.h1(text), font: '黑体' });

describe('headings whose title starts with a numeral', () => {
  const document = [
    official.title('关于2024年度党建工作的总结'),
    body('今年以来，支部认真落实从严治党主体责任，各项工作取得新进展。'),
    heiti('一、基本情况'),
    body('支部现有党员23名，全年发展党员2名。'),
    heiti('二、三会一课制度落实情况'),
    body('全年召开支部党员大会4次、支委会12次、党小组会24次，讲党课4次。'),
    heiti('三、2024年度主要成效'),
    body('支部获评校级先进基层党组织。'),
    { ...official.h2('三会一课规范化'), listLabel: '（二）' },
    body('一、二年级的学生在党员教师的带领下参加了社区志愿服务，累计服务时长超过三百小时。'),
  ];

  it('are headings when set in 黑体, numbered automatically, or short without a sentence ending', () => {
    expect(roles(document)).toEqual(['title', 'body', 'h1', 'body', 'h1', 'body', 'h1', 'body', 'h2', 'body']);
  });

  it('draw no body-font, indent or numbering error', () => {
    const findings = checkDocument(buildDocument(document), reportTemplate({ blocks: [{ type: 'title', text: '总结' }] }), OFFICIAL_PROFILE).findings;
    expect(findings.filter((finding) => ['font', 'first-line-indent', 'heading-numbering'].includes(finding.rule))).toEqual([
      // （二） is the only second-level heading under 三、: a true numbering finding, not one made by a misread heading.
      expect.objectContaining({ rule: 'heading-numbering', paragraph: 9 }),
    ]);
  });

  it('a short plain line `三、2024年度主要成效` in the body font is still a heading: it has no sentence ending', () => {
    expect(roles([official.title('总结'), body('全年工作情况如下。全年工作情况如下。全年工作情况如下。'), body('三、2024年度主要成效')])[2]).toBe('h1');
  });

  it('an enumeration `一、二年级的学生…。` in body formatting stays body, long or short', () => {
    expect(roles([official.title('总结'), body('一、二年级的学生在党员教师的带领下参加了社区志愿服务，累计服务时长超过三百小时，受到社区好评。')])[1]).toBe('body');
    expect(roles([official.title('总结'), body('支部组织学生参加志愿服务。'), body('一、二年级的学生参加了活动。')])[2]).toBe('body');
  });
});

describe('the parts GB/T 9704 puts around the text', () => {
  it('a 发文字号 line is not the title: the big centred line below it is', () => {
    const result = roles([
      { text: '中共某某学院委员会文件', font: '方正小标宋简体', size: 36, format: { alignment: 'center' } },
      { text: '院党发〔2024〕12号', font: '仿宋_GB2312', size: 16, format: { alignment: 'center' } },
      official.title('关于开展2024年度“书记项目”申报工作的通知'),
      official.body('各党总支、直属党支部：'),
      body('为深入推进基层党建工作，现就有关事项通知如下。'),
    ]);
    expect(result).toEqual(['other', 'other', 'title', 'other', 'body']);
  });

  it('the second line of a two-line title in the same look is title, not 署名', () => {
    const line = (text: string): ParagraphSpec => ({ text, font: '方正小标宋简体', size: 16, format: { alignment: 'center' } });
    expect(roles([line('关于开展“两学一做”学习教育'), line('常态化制度化工作的实施方案'), body('为推动学习教育常态化制度化，制定本方案。')])).toEqual([
      'title',
      'title',
      'body',
    ]);
  });

  it.each(['各部门：', '敬爱的党组织:', '各党总支、直属党支部：'])('the salutation `%s` is not 署名 and draws no finding', (salutation) => {
    const document = buildDocument([official.title('思想汇报'), { ...body(salutation), font: '宋体', format: {} }, body('我于2023年3月递交入党申请书。')]);
    const template = reportTemplate({ blocks: [{ type: 'title', text: '思想汇报' }, { type: 'org', field: 'org' }] });
    expect(classify(document, template)[1].role).toBe('other');
    const findings = checkDocument(document, template, OFFICIAL_PROFILE).findings.filter((finding) => finding.paragraph === 2);
    expect(findings.filter((finding) => ['font', 'font-size', 'alignment', 'first-line-indent'].includes(finding.rule))).toEqual([]);
  });

  it('the 落款 (signature and date, right aligned) is not body and draws no indent finding', () => {
    const right = (text: string): ParagraphSpec => ({ ...body(text), format: { ...body(text).format, alignment: 'right', firstLineIndent: undefined } });
    const document = buildDocument([
      official.title('关于表彰先进党支部的决定'),
      body('经研究，决定表彰机电党支部等五个先进党支部。'),
      right('中共某某学院委员会'),
      right('2024年6月28日'),
    ]);
    expect(classify(document).map((entry) => entry.role)).toEqual(['title', 'body', 'other', 'other']);
    const findings = checkDocument(document, reportTemplate({ blocks: [{ type: 'title', text: '决定' }] }), OFFICIAL_PROFILE).findings;
    expect(findings.filter((finding) => finding.paragraph >= 3)).toEqual([]);
  });

  it('a date line written under the text is 落款 even when not right aligned', () => {
    expect(roles([official.title('思想汇报'), body('以上是我近期的思想汇报，请党组织批评指正。'), body('汇报人：张三'), body('二〇二四年五月十日')])).toEqual([
      'title',
      'body',
      'other',
      'other',
    ]);
  });

  it('unnumbered Heading-style lines and TOC lines are not body text', () => {
    const result = roles([
      official.title('年度工作报告'),
      { text: '目录', font: '黑体', size: 16, format: { styleName: 'TOC Heading', outlineLevel: 0 } },
      { text: '工作回顾\t1', font: '宋体', size: 12, format: { styleName: 'toc 1' } },
      { text: '下一步打算……………3', font: '宋体', size: 12, format: {} },
      { text: '工作回顾', font: '等线 Light', size: 22, format: { styleName: 'heading 1', outlineLevel: 0 } },
      body('今年以来，支部认真落实从严治党主体责任，各项工作取得新进展。'),
    ]);
    expect(result).toEqual(['title', 'other', 'other', 'other', 'other', 'body']);
  });

  it('an unnumbered heading set in 黑体 (as the 案例 of seed 002) is not told to be 仿宋', () => {
    const result = roles([
      official.title('党建特色品牌'),
      body('学校党总支把党的建设融入学校教育教学和立德树人全过程。'),
      heiti('“一个理念”引领学校现代航向'),
      body('学校党总支秉承“党建引领学校高质量发展”理念，不断优化工作途径。'),
    ]);
    expect(result).toEqual(['title', 'body', 'other', 'body']);
  });

  it('a form line holding a field (a cover\'s 项目名称： in 宋体 小四 before its 三号 placeholder) is body, judged and fixed in one pass', () => {
    const small = { font: '宋体', size: 12 } as const;
    const result = roles([
      official.title('党支部工作“立项活动”项目申报表'),
      { ...body('支部认真落实从严治党主体责任，各项工作取得新进展。'), ...small },
      { runs: [{ text: '项 目 名 称：', ...small }, { text: '填写项目名称', font: '方正仿宋_GBK', size: 16 }], contentControlTag: 'projectName' },
      { ...body('支部现有党员23名，全年发展党员2名，各项工作有序推进。'), ...small },
    ]);
    expect(result).toEqual(['title', 'body', 'body', 'body']);
  });

  it('a short body line in a wrong body font is still judged: only a heading look makes a line unsure', () => {
    expect(roles([official.title('总结'), body('支部认真落实从严治党主体责任，各项工作取得新进展。'), { ...body('联系人：张三'), font: '宋体' }])[2]).toBe('body');
  });
});
