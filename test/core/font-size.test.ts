import { buildDocument, official } from '../support/model-builder';
import { findingsOf, fixed } from './helpers';

describe('font-size', () => {
  it('a body paragraph in 小四 is reported in 字号 names and fixed to 三号', () => {
    const document = buildDocument([official.title('结项报告'), { ...official.body('项目推进顺利。'), size: 12 }]);
    const [finding] = findingsOf('font-size', document);
    expect(finding).toMatchObject({
      paragraph: 2,
      message: '正文应为三号（16 磅），实为小四（12 磅）',
      expected: '三号（16 磅）',
      actual: '小四（12 磅）',
    });
    expect(findingsOf('font-size', fixed(document, [finding]))).toEqual([]);
  });

  it('a title in 小二 is reported against 二号', () => {
    const document = buildDocument([{ ...official.title('结项报告'), size: 18 }]);
    expect(findingsOf('font-size', document)[0].message).toBe('标题应为二号（22 磅），实为小二（18 磅）');
  });

  it('names sizes that have no 字号 in points, and a missing size as 未设置字号', () => {
    const document = buildDocument([
      official.title('结项报告'),
      official.org('化工学院党总支'),
      { ...official.body(''), runs: [{ text: '甲', font: '方正仿宋_GBK', size: 13 }, { text: '乙', font: '方正仿宋_GBK' }] },
    ]);
    expect(findingsOf('font-size', document)[0].message).toBe('正文应为三号（16 磅），实为 13 磅、未设置字号');
  });

  it('many paragraphs in the same wrong size each get a finding that fixes its own paragraph', () => {
    const document = buildDocument([
      official.title('结项报告'),
      official.org('化工学院党总支'),
      ...['第一段。', '第二段。', '第三段。'].map((body) => ({ ...official.body(body), size: 12 })),
      { ...official.body(''), runs: [{ text: '甲', font: '方正仿宋_GBK', size: 12 }, { text: '乙', font: '方正仿宋_GBK', size: 12 }] },
    ]);
    const findings = findingsOf('font-size', document);
    expect(findings.map((finding) => [finding.paragraph, finding.actual, finding.fix])).toEqual([
      [3, '小四（12 磅）', [{ kind: 'set-run-format', paragraph: 2, runs: [0], sizePt: 16 }]],
      [4, '小四（12 磅）', [{ kind: 'set-run-format', paragraph: 3, runs: [0], sizePt: 16 }]],
      [5, '小四（12 磅）', [{ kind: 'set-run-format', paragraph: 4, runs: [0], sizePt: 16 }]],
      [6, '小四（12 磅）', [{ kind: 'set-run-format', paragraph: 5, runs: [0, 1], sizePt: 16 }]],
    ]);
    const after = fixed(document, findings);
    expect(after.paragraphs.slice(2).flatMap((paragraph) => paragraph.runs.map((run) => run.format.sizePt))).toEqual([16, 16, 16, 16, 16]);
    expect(findingsOf('font-size', after)).toEqual([]);
  });

  it('accepts the smaller sizes of form tables and ignores runs of spaces', () => {
    const document = buildDocument([
      official.title('申报表'),
      { ...official.cell('项目名称', { table: 0, row: 0, column: 0 }), size: 12 },
      { ...official.body(''), runs: [{ text: '  ', size: 9 }, { text: '正文', font: '方正仿宋_GBK', size: 16 }] },
    ]);
    expect(findingsOf('font-size', document)).toEqual([]);
  });
});
