import { buildDocument, official, paragraph } from '../support/model-builder';
import { findingsOf, fixed } from './helpers';

describe('line-spacing', () => {
  it('1.5 倍行距 fails and is fixed to 固定值 28 磅', () => {
    const document = buildDocument([
      official.title('结项报告'),
      { ...official.body('项目推进顺利。'), format: { ...official.body('').format, lineSpacing: { rule: 'multiple', lines: 1.5 } } },
    ]);
    const [finding] = findingsOf('line-spacing', document);
    expect(finding).toMatchObject({ paragraph: 2, message: '行距应为固定值 28 磅，实为 1.5 倍行距', expected: '固定值 28 磅，段前 0 磅，段后 0 磅' });
    expect(finding.fix).toEqual([
      { kind: 'set-paragraph-format', paragraph: 1, lineSpacing: { rule: 'exact', points: 28 }, spaceBeforePt: 0, spaceAfterPt: 0 },
    ]);
    expect(findingsOf('line-spacing', fixed(document, [finding]))).toEqual([]);
  });

  it.each([
    [{ rule: 'atLeast', points: 28 } as const, '最小值 28 磅'],
    [{ rule: 'exact', points: 30 } as const, '固定值 30 磅'],
    [{ rule: 'multiple', lines: 1 } as const, '单倍行距'],
    [undefined, '未设置行距（单倍行距）'],
  ])('%p fails too', (lineSpacing, actual) => {
    const body = official.body('正文。');
    const document = buildDocument([official.title('结项报告'), { ...body, format: { ...body.format, lineSpacing } }]);
    expect(findingsOf('line-spacing', document)[0].message).toBe(`行距应为固定值 28 磅，实为${actual}`);
  });

  it('reports space before and after in the same finding', () => {
    const body = official.body('正文。');
    const document = buildDocument([official.title('结项报告'), { ...body, format: { ...body.format, spaceBeforePt: 6, spaceAfterPt: undefined } }]);
    expect(findingsOf('line-spacing', document)[0].message).toBe('段前间距应为 0 磅，实为 6 磅；段后间距应为 0 磅，实为未设置');
  });

  it('leaves empty paragraphs and form tables alone', () => {
    const document = buildDocument([
      official.title('结项报告'),
      { text: '', format: {} },
      official.cell('项目名称', { table: 0, row: 0, column: 0 }),
      { ...official.cell('', { table: 0, row: 0, column: 1 }) },
      { ...official.body('推进顺利。'), format: { ...official.body('').format, lineSpacing: { rule: 'multiple', lines: 1 } } },
    ]);
    expect(findingsOf('line-spacing', document).map((finding) => finding.paragraph)).toEqual([5]);
  });

  it('a paragraph holding an inline picture at least 12 pt draws no finding, so a fix never clips the picture', () => {
    const picture = { ...paragraph({ text: '图1 活动现场', font: '方正仿宋_GBK', size: 16 }, 1), holdsObject: true as const };
    const document = buildDocument([official.title('结项报告')]);
    const withPicture = {
      ...document,
      paragraphs: [...document.paragraphs, { ...picture, format: { lineSpacing: { rule: 'atLeast' as const, points: 12 }, spaceBeforePt: 0, spaceAfterPt: 0 } }],
    };
    expect(findingsOf('line-spacing', withPicture)).toEqual([]);
  });
});
