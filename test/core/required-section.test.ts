import { buildDocument, official, reportTemplate } from '../support/model-builder';
import { findingsOf, fixed } from './helpers';

describe('required-section', () => {
  it('a closing report without 推进情况 gets “二、推进情况” inserted before 三、主要成效', () => {
    const document = buildDocument([
      official.title('基层党建“书记项目”结项报告'),
      official.org('化工学院党总支'),
      official.h1('一、项目简介'),
      official.body('项目名称：红色引擎工程。'),
      official.h1('三、主要成效'),
      official.body('形成三项制度。'),
    ]);
    const [finding] = findingsOf('required-section', document);
    expect(finding).toMatchObject({ paragraph: 5, message: '缺少必需的部分“二、推进情况”，应在此处添加', expected: '二、推进情况', actual: '缺失' });
    expect(finding.fix).toEqual([{ kind: 'insert-paragraph', before: 4, text: '二、推进情况', role: 'h1' }]);
    const after = fixed(document, [finding]);
    expect(after.paragraphs.map((paragraph) => paragraph.text).slice(2, 6)).toEqual(['一、项目简介', '项目名称：红色引擎工程。', '二、推进情况', '三、主要成效']);
    expect(after.paragraphs[4].runs[0].format.eastAsiaFont).toBe('方正黑体_GBK');
    expect(findingsOf('required-section', after)).toEqual([]);
  });

  it('missing sections at the end are appended in the template order', () => {
    const document = buildDocument([official.title('结项报告'), official.org('化工学院党总支'), official.h1('一、项目简介'), official.body('项目简介。')]);
    const findings = findingsOf('required-section', document);
    expect(findings.map((finding) => finding.expected)).toEqual(['二、推进情况', '三、主要成效']);
    const after = fixed(document, findings);
    expect(after.paragraphs.slice(-2).map((paragraph) => paragraph.text)).toEqual(['二、推进情况', '三、主要成效']);
  });

  it('recognises a heading with a note after it, or with its number in automatic numbering', () => {
    const document = buildDocument([
      official.title('结项报告'),
      official.org('基层党组织名称（楷体GB2312三号）'),
      official.h1('一、项目简介（方正黑体GBK三号）'),
      { ...official.h1('推进情况：'), listLabel: '二、' },
      official.h1('三、 主要成效'),
    ]);
    expect(findingsOf('required-section', document)).toEqual([]);
  });

  it('does not ask for sections the template marks optional', () => {
    const template = reportTemplate({
      blocks: [
        { type: 'title', text: '结项报告' },
        { type: 'section', id: 'summary', level: 1, title: '项目简介', guidance: '简介。' },
        { type: 'section', id: 'extra', level: 1, title: '其他', required: false, guidance: '其他。' },
      ],
    });
    const document = buildDocument([official.title('结项报告'), official.h1('一、项目简介')]);
    expect(findingsOf('required-section', document, template)).toEqual([]);
  });

  it('numbers a missing level-2 section within its level-1 section', () => {
    const template = reportTemplate({
      blocks: [
        { type: 'title', text: '立项申报书' },
        { type: 'section', id: 'plan', level: 1, title: '建设规划', guidance: '规划。' },
        { type: 'section', id: 'longTerm', level: 2, title: '长期规划', guidance: '长期。' },
        { type: 'section', id: 'annual', level: 2, title: '年度计划', guidance: '年度。' },
        { type: 'section', id: 'measures', level: 1, title: '具体措施', guidance: '措施。' },
      ],
    });
    const document = buildDocument([
      official.title('立项申报书'),
      official.org('化工学院党总支'),
      official.h1('一、建设规划'),
      official.h2('（一）长期规划'),
      official.h1('二、具体措施'),
    ]);
    const [finding] = findingsOf('required-section', document, template);
    expect(finding.fix).toEqual([{ kind: 'insert-paragraph', before: 4, text: '（二）年度计划', role: 'h2' }]);
  });
});
