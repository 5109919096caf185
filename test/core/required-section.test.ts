import { catalogTemplate } from '../../src/templates/catalog';
import type { Template } from '../../src/templates/schema';
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

describe('required-section on content areas the notice describes', () => {
  const brandCase = catalogTemplate('brand-case') as Template;
  const proposal = catalogTemplate('shuji-proposal') as Template;
  const closing = catalogTemplate('shuji-closing-report') as Template;

  it('a 案例 whose headings read 背景和起因 … 分析及评价 draws no required-section finding', () => {
    const document = buildDocument([
      official.title('“红烛先锋”点亮乡村课堂'),
      official.org('教工第二党支部'),
      official.h1('一、背景和起因'),
      official.body('支部现有党员23名。'),
      official.h1('二、做法和经过'),
      official.h1('三、成效及反响'),
      official.h1('四、分析和评价'),
    ]);
    expect(findingsOf('required-section', document, brandCase)).toEqual([]);
  });

  it('near wordings and added words name the area: 创建背景, 主要做法, 取得的成效与社会反响, 经验与启示', () => {
    const document = buildDocument([
      official.title('党建品牌案例'),
      official.h1('一、品牌创建背景'),
      official.h1('二、主要做法'),
      official.h1('三、取得的成效与社会反响'),
      official.h1('四、经验与启示'),
    ]);
    expect(findingsOf('required-section', document, brandCase)).toEqual([]);
  });

  it('a missing content area is a warning that names the notice’s wording, not an error', () => {
    const document = buildDocument([official.title('党建品牌案例'), official.h1('一、背景和起因'), official.h1('二、做法和经过'), official.h1('三、成效与反响')]);
    const findings = findingsOf('required-section', document, brandCase);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ severity: 'warning', expected: '四、分析与评价' });
  });

  it('a 立项书 heading 一、项目可行性分析 is its 可行性分析', () => {
    const document = buildDocument([
      official.title('书记项目立项书'),
      official.h1('一、项目可行性分析'),
      official.h1('二、项目主要内容'),
      official.h1('三、主要目标'),
      official.h1('四、进度安排'),
      official.h1('五、推进措施'),
    ]);
    expect(findingsOf('required-section', document, proposal)).toEqual([]);
  });

  it('the closing report’s printed headings stay exact: 二、推进情况和做法 is not 二、推进情况, and its absence is an error', () => {
    const document = buildDocument([official.title('结项报告'), official.h1('一、项目简介'), official.h1('二、推进情况和做法'), official.h1('三、主要成效')]);
    const findings = findingsOf('required-section', document, closing);
    expect(findings).toHaveLength(1);
    // Inserted after the writer's own 二、 heading, it is the third.
    expect(findings[0]).toMatchObject({ severity: 'error', expected: '三、推进情况' });
  });

  it('a heading that names one area exactly is not taken by another area matched by meaning', () => {
    // 成效与反响's synonym 主要成效 must not take 三、成效与反响's place; each area keeps its own heading.
    const document = buildDocument([
      official.title('党建品牌案例'),
      official.h1('一、背景与起因'),
      official.h1('二、做法与经过'),
      official.h1('三、主要成效'),
      official.h1('四、成效与反响'),
      official.h1('五、分析与评价'),
    ]);
    expect(findingsOf('required-section', document, brandCase)).toEqual([]);
  });
});
