/** Findings speak as Word's dialogs do: sensible decimals, 字号 names, a space before numbers, spacing in the unit the writer used. */
import { buildDocument, official } from '../support/model-builder';
import { findingsOf } from './helpers';

const withFormat = (text: string, format: object) => ({ ...official.body(text), format: { ...official.body(text).format, ...format } });

describe('finding wording', () => {
  it('multiple spacing prints as Word shows it: 2.41 倍行距, not 2.408333333333333', () => {
    const [finding] = findingsOf('line-spacing', buildDocument([official.title('结项报告'), withFormat('项目推进顺利。', { lineSpacing: { rule: 'multiple', lines: 578 / 240 } })]));
    expect(finding.message).toBe('行距应为固定值 28 磅，实为 2.41 倍行距');
    expect(finding.actual).toBe('2.41 倍行距，段前 0 磅，段后 0 磅');
  });

  it('7.5 pt is 六号, and a size with no name reads "实为 11 磅" with its space', () => {
    const sixth = findingsOf('font-size', buildDocument([official.title('结项报告'), { ...official.body('注：数据截至年底。'), size: 7.5 }]));
    expect(sixth[0].message).toBe('正文应为三号（16 磅），实为六号（7.5 磅）');
    const eleven = findingsOf('font-size', buildDocument([official.title('结项报告'), { ...official.body('项目推进顺利。'), size: 11 }]));
    expect(eleven[0].message).toBe('正文应为三号（16 磅），实为 11 磅');
  });

  it('space given in lines is reported in lines: 段前间距应为 0 磅，实为 0.5 行', () => {
    const [finding] = findingsOf(
      'line-spacing',
      buildDocument([official.title('结项报告'), withFormat('项目推进顺利。', { spaceBeforePt: 6, spaceBeforeLines: 0.5 })]),
    );
    expect(finding.message).toBe('段前间距应为 0 磅，实为 0.5 行');
    expect(finding.actual).toBe('固定值 28 磅，段前 0.5 行，段后 0 磅');
  });
});
