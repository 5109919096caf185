import { buildDocument, official } from '../support/model-builder';
import { findingsOf, fixed } from './helpers';

function fixedText(text: string): string {
  const document = buildDocument([official.title('案例'), official.body(text)]);
  return fixed(document, findingsOf('punctuation-width', document)).paragraphs[1].text;
}

describe('punctuation-width', () => {
  it('half-width commas between Chinese characters (seed 002) become full-width, spaces after them go too', () => {
    const document = buildDocument([official.title('案例'), official.body('长沙高新区东方红镇共有5个党支部, 23个党小组, 338名党员。')]);
    const [finding] = findingsOf('punctuation-width', document);
    expect(finding).toMatchObject({ paragraph: 2, message: '中文中使用了半角标点“,”，应为全角“，”', severity: 'warning', fixable: true });
    expect(fixedText('长沙高新区东方红镇共有5个党支部, 23个党小组, 338名党员。')).toBe('长沙高新区东方红镇共有5个党支部，23个党小组，338名党员。');
  });

  it.each([
    ['为积极探索新形势下学院党建工作的新思路、新途径和新方法,充分调动各党支部的积极性', '为积极探索新形势下学院党建工作的新思路、新途径和新方法，充分调动各党支部的积极性'],
    ['彩神党支部工作“立项活动”实施办法(试行)', '彩神党支部工作“立项活动”实施办法（试行）'],
    ['验收标准:一看项目是否体现完整性;二看过程性', '验收标准：一看项目是否体现完整性；二看过程性'],
    ['是否积极参与?是!', '是否积极参与？是！'],
    ['电子版(pdf版本)发送指定邮箱', '电子版（pdf版本）发送指定邮箱'],
    ['(一)项目类别', '（一）项目类别'],
  ])('%s', (before, after) => {
    expect(fixedText(before)).toBe(after);
  });

  it('looks through emoji pasted between the mark and the Chinese text (seed 003)', () => {
    expect(fixedText('创新党建工作⛴,增强党支部活力')).toBe('创新党建工作⛴，增强党支部活力');
  });

  it.each([
    ['共有1,000名党员'],
    ['比例为3:1'],
    ['9:30开会'],
    ['详见https://www.example.edu.cn/a?b=1,2'],
    ['Hello, world (test)!'],
    ['函数 f(x) 的值'],
  ])('%s is left alone', (text) => {
    const document = buildDocument([official.title('案例'), official.body(text)]);
    expect(findingsOf('punctuation-width', document)).toEqual([]);
  });
});
