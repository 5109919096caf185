import { buildDocument, official } from '../support/model-builder';
import { findingsOf, fixed } from './helpers';

describe('heading-numbering', () => {
  it('一、二、四 is renumbered: 四 becomes 三, and later headings follow the corrected sequence', () => {
    const document = buildDocument([
      official.title('结项报告'),
      official.org('化工学院党总支'),
      official.h1('一、项目简介'),
      official.h1('二、推进情况'),
      official.h1('四、主要成效'),
      official.h1('五、存在问题'),
    ]);
    const findings = findingsOf('heading-numbering', document);
    expect(findings.map((finding) => finding.message)).toEqual(['标题编号应为“三、”，实为“四、”', '标题编号应为“四、”，实为“五、”']);
    const after = fixed(document, findings);
    expect(after.paragraphs.slice(2).map((paragraph) => paragraph.text)).toEqual(['一、项目简介', '二、推进情况', '三、主要成效', '四、存在问题']);
    expect(findingsOf('heading-numbering', after)).toEqual([]);
  });

  it('（一）restarts under each level-1 heading; a repeat is reported', () => {
    const document = buildDocument([
      official.title('结项报告'),
      official.org('化工学院党总支'),
      official.h1('一、项目实施'),
      official.h2('（一）项目类别'),
      official.h2('（二）项目要求'),
      official.h1('二、相关要求'),
      official.h2('（一）组织领导'),
      official.h2('（一）经费保障'),
    ]);
    const [finding] = findingsOf('heading-numbering', document);
    expect(finding).toMatchObject({ paragraph: 8, expected: '（二）', actual: '（一）' });
  });

  it('extra punctuation after the number is removed', () => {
    const document = buildDocument([
      official.title('结项报告'),
      official.org('化工学院党总支'),
      official.h1('一、、项目简介'),
      official.h2('（一）、项目类别'),
      official.h3('1.、围绕品牌创建，建设创新探索型项目。'),
    ]);
    const findings = findingsOf('heading-numbering', document);
    expect(findings.map((finding) => finding.message)).toEqual([
      '标题编号“一、”后多了“、”',
      '标题编号“（一）”后多了“、”',
      '标题编号“1.”后多了“、”',
    ]);
    const after = fixed(document, findings);
    expect(after.paragraphs.slice(2).map((paragraph) => paragraph.text)).toEqual(['一、项目简介', '（一）项目类别', '1.围绕品牌创建，建设创新探索型项目。']);
  });

  it('1. 2. 3. restart under each level-2 heading and keep their separator', () => {
    const document = buildDocument([
      official.title('结项报告'),
      official.org('化工学院党总支'),
      official.h1('一、项目实施'),
      official.h2('（一）项目类别'),
      official.h3('1．围绕品牌创建'),
      official.h3('3．围绕长效机制'),
      official.h2('（二）项目要求'),
      official.h3('1．党建与业务工作深度融合'),
    ]);
    const findings = findingsOf('heading-numbering', document);
    expect(findings.map((finding) => [finding.paragraph, finding.expected])).toEqual([[6, '2．']]);
  });

  it('automatic numbering is reported with advice, not rewritten', () => {
    const document = buildDocument([
      official.title('结项报告'),
      official.org('化工学院党总支'),
      { ...official.h1('项目简介'), listLabel: '一、' },
      { ...official.h1('推进情况'), listLabel: '三、' },
      { ...official.h1('主要成效'), listLabel: '四、' },
    ]);
    const [finding] = findingsOf('heading-numbering', document);
    expect(finding).toMatchObject({ message: '标题编号应为“二、”，实为“三、”（自动编号：请在 Word 中调整编号）', fixable: false, fix: [] });
  });

  it('a correct sequence with stray emoji in a number (seed 003) has no finding', () => {
    const document = buildDocument([
      official.title('彩神党支部工作“立项活动”实施办法(试行)'),
      official.h1('一🧎🏻♀️➡️、指导思想'),
      official.h1('二、基本原则'),
      official.h1('三😺、立项内容'),
    ]);
    expect(findingsOf('heading-numbering', document)).toEqual([]);
  });
});
