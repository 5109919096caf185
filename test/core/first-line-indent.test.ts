import { buildDocument, official } from '../support/model-builder';
import { findingsOf, fixed } from './helpers';

const heading = official.h1('一、项目简介');

describe('first-line-indent', () => {
  it('a body paragraph without indent gets 2 characters', () => {
    const body = official.body('项目推进顺利。');
    const document = buildDocument([official.title('结项报告'), heading, { ...body, format: { ...body.format, firstLineIndent: undefined } }]);
    const [finding] = findingsOf('first-line-indent', document);
    expect(finding).toMatchObject({ paragraph: 3, severity: 'warning', message: '正文应首行缩进 2 字符，实为无首行缩进' });
    expect(finding.fix).toEqual([{ kind: 'set-paragraph-format', paragraph: 2, firstLineChars: 200 }]);
    expect(findingsOf('first-line-indent', fixed(document, [finding]))).toEqual([]);
  });

  it('a body paragraph indented with spaces has them removed and a real indent set', () => {
    const body = official.body('\u3000\u3000项目推进顺利。');
    const document = buildDocument([official.title('结项报告'), heading, { ...body, format: { ...body.format, firstLineIndent: undefined } }]);
    const [finding] = findingsOf('first-line-indent', document);
    expect(finding.message).toBe('正文开头用 2 个空格代替缩进，应删除空格并设置首行缩进 2 字符');
    const after = fixed(document, [finding]);
    expect(after.paragraphs[2].text).toBe('项目推进顺利。');
    expect(after.paragraphs[2].format.firstLineIndent?.chars).toBe(200);
  });

  it('accepts an indent in points of twice the font size, within half a point', () => {
    const body = official.body('项目推进顺利。');
    const document = buildDocument([
      official.title('结项报告'),
      heading,
      { ...body, format: { ...body.format, firstLineIndent: { points: 32.4 } } },
      { ...body, format: { ...body.format, firstLineIndent: { points: 24 } } },
      { ...body, format: { ...body.format, firstLineIndent: { chars: 100, points: 16 } } },
    ]);
    expect(findingsOf('first-line-indent', document).map((finding) => [finding.paragraph, finding.actual])).toEqual([
      [4, '首行缩进 24 磅'],
      [5, '首行缩进 1 字符'],
    ]);
  });

  it('leaves titles, headings, table cells and 附件 labels alone', () => {
    const document = buildDocument([
      { ...official.body('附件3'), format: {} },
      official.title('结项报告'),
      { ...heading, format: {} },
      official.cell('项目名称', { table: 0, row: 0, column: 0 }),
    ]);
    expect(findingsOf('first-line-indent', document)).toEqual([]);
  });
});
