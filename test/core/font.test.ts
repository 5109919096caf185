import { buildDocument, official } from '../support/model-builder';
import { findingsOf, fixed } from './helpers';

describe('font', () => {
  it('a closing report whose body is in 宋体 shows a font error on each body paragraph and fixes to 方正仿宋_GBK', () => {
    const document = buildDocument([
      official.title('基层党建“书记项目”结项报告'),
      official.org('化工学院党总支'),
      official.h1('一、项目简介'),
      { ...official.body('项目围绕“一支部一特色”开展。'), font: '宋体' },
      { ...official.body('推进过程中形成了三项制度。'), font: '宋体' },
    ]);
    const findings = findingsOf('font', document);
    expect(findings.map((finding) => finding.paragraph)).toEqual([4, 5]);
    expect(findings[0]).toMatchObject({
      rule: 'font',
      severity: 'error',
      message: '正文应为“方正仿宋_GBK”，实为“宋体”',
      expected: '方正仿宋_GBK',
      actual: '宋体',
      fixable: true,
    });
    const after = fixed(document, findings);
    expect(after.paragraphs[3].runs[0].format.eastAsiaFont).toBe('方正仿宋_GBK');
    expect(findingsOf('font', after)).toEqual([]);
  });

  it('accepts the fonts the profile also accepts (仿宋_GB2312 for body, 黑体 for level-1 headings)', () => {
    const document = buildDocument([
      official.title('结项报告'),
      { ...official.h1('一、项目简介'), font: '黑体' },
      { ...official.body('正文用仿宋_GB2312。'), font: '仿宋_GB2312' },
    ]);
    expect(findingsOf('font', document)).toEqual([]);
  });

  it('ignores the font of Latin-only runs and fixes only the Chinese runs in the wrong font', () => {
    const document = buildDocument([
      official.title('结项报告'),
      official.org('化工学院党总支'),
      {
        ...official.body(''),
        runs: [
          { text: '完成', font: '方正仿宋_GBK', size: 16 },
          { text: 'PDF 2024', font: 'Times New Roman', size: 16 },
          { text: '版本', font: '微软雅黑', size: 16 },
        ],
      },
    ]);
    const [finding] = findingsOf('font', document);
    expect(finding.message).toBe('正文应为“方正仿宋_GBK”，实为“微软雅黑”');
    expect(finding.fix).toEqual([{ kind: 'set-run-format', paragraph: 2, runs: [2], eastAsiaFont: '方正仿宋_GBK' }]);
  });

  it('lists every wrong font of a paragraph once, and reports a missing font as 未设置', () => {
    const document = buildDocument([
      official.title('结项报告'),
      official.org('化工学院党总支'),
      { ...official.body(''), runs: [{ text: '甲', font: '宋体' }, { text: '乙' }, { text: '丙', font: '宋体' }] },
    ]);
    expect(findingsOf('font', document)[0].message).toBe('正文应为“方正仿宋_GBK”，实为“宋体”、“未设置”');
  });

  it('names a wrong font once when several runs share it, and fixes every one of those runs', () => {
    const document = buildDocument([
      official.title('结项报告'),
      official.org('化工学院党总支'),
      { ...official.body(''), runs: [{ text: '甲', font: '宋体' }, { text: '乙', font: '方正仿宋_GBK' }, { text: '丙', font: '宋体' }] },
      { ...official.body('丁'), font: '宋体' },
    ]);
    const findings = findingsOf('font', document);
    expect(findings.map((finding) => [finding.message, finding.actual])).toEqual([
      ['正文应为“方正仿宋_GBK”，实为“宋体”', '宋体'],
      ['正文应为“方正仿宋_GBK”，实为“宋体”', '宋体'],
    ]);
    expect(findings[0].fix).toEqual([{ kind: 'set-run-format', paragraph: 2, runs: [0, 2], eastAsiaFont: '方正仿宋_GBK' }]);
    const after = fixed(document, findings);
    expect(after.paragraphs[2].runs.map((run) => run.format.eastAsiaFont)).toEqual(['方正仿宋_GBK', '方正仿宋_GBK', '方正仿宋_GBK']);
    expect(after.paragraphs[3].runs[0].format.eastAsiaFont).toBe('方正仿宋_GBK');
  });

  it('checks the title, headings and table cells against their own roles', () => {
    const document = buildDocument([
      { ...official.title('结项报告'), font: '宋体' },
      { ...official.h1('一、项目简介'), font: '方正仿宋_GBK' },
      { ...official.cell('项目名称', { table: 0, row: 0, column: 0 }), font: '黑体' },
      { ...official.cell('党建引领', { table: 0, row: 0, column: 1 }), font: '宋体' },
    ]);
    expect(findingsOf('font', document).map((finding) => finding.message)).toEqual([
      '标题应为“方正小标宋简体”，实为“宋体”',
      '一级标题应为“方正黑体_GBK”，实为“方正仿宋_GBK”',
      '表格文字应为“方正仿宋_GBK”，实为“宋体”',
    ]);
  });
});
