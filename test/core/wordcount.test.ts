import { countWords, documentWordCount, paragraphWordCount } from '../../src/core/wordcount';
import { buildDocument, official } from '../support/model-builder';

describe('字数 counts as Word does', () => {
  describe('the PRODUCT.md cases', () => {
    it.each([
      ['2024年', 2],
      ['Hello、World。', 4],
      ['东京2024オリンピック', 9],
      [' , ', 0],
      ['a,', 1],
      ['，。、；：？！（）《》【】', 13],
      ['“书记项目”', 6],
      ['‘双融双促’…—', 8],
    ])('%s counts %i', (text, expected) => {
      expect(countWords(text)).toBe(expected);
    });
  });

  describe('the office-wordcount validation data set (checked against Word)', () => {
    it.each([
      ['Hello World', 2],
      ['こんにちは', 5],
      ['カタカナ', 4],
      ['日本語', 3],
      ['안녕하세요', 5],
      ['中文测试', 4],
      ['Hello 世界', 3],
      ['This is テスト', 5],
      ['東京2024オリンピック', 9],
      ['㈱テスト㈲', 5],
      ['㍻㍼㍽㍾', 4],
      ['①②③④⑤', 1],
      ['ＡＢＣＤＥ', 5],
      ['１２３４５', 5],
      ['⼀⼆⼃', 3],
      ['ㇰㇱㇲ', 3],
      ['「こんにちは」', 7],
      ['〽々〆', 3],
      ['👍', 1],
      ['👍👎👏', 1],
      ['👨\u200d👩\u200d👧\u200d👦', 1],
      ['👍🏻', 1],
      ['🇯🇵', 1],
      ['Hello👍World', 1],
      ['こんにちは👋', 6],
      ['hello 🙂 world', 3],
      ['1️⃣2️⃣3️⃣', 1],
      ['\ufeffHello', 1],
      ['foo\u200bbar', 1],
      ['foo\u200dbar', 1],
      ['foo\u200cbar', 1],
      ['a\u2028b', 3],
      ['a\u2029b', 3],
      ['Hello\u2028World\u2029Test', 5],
      ['สวัสดีครับ', 1],
      ['Hello สวัสดี', 2],
      ['مرحبا بالعالم', 2],
      ['नमस्ते दुनिया', 2],
    ])('%s counts %i', (text, expected) => {
      expect(countWords(text)).toBe(expected);
    });
  });

  it('counts Han characters beyond the BMP one each, not two', () => {
    expect(countWords('𠀀𪚥')).toBe(2);
  });

  it('treats the ideographic space, tabs and line breaks as spaces', () => {
    expect(countWords('\u3000\u3000正文\tABC\nDEF')).toBe(4);
  });

  it('counts a real sentence from the notices', () => {
    // 现就组织实施 6 + 2024 1 + 年度基层党建 6 + “ 1 + 书记项目 4 + ” 1 + 有关事项通知如下 8 + ： 1
    expect(countWords('现就组织实施2024年度基层党建“书记项目”有关事项通知如下：')).toBe(28);
  });

  it('adds up every paragraph of the document, table cells and placeholder text included', () => {
    const document = buildDocument([
      official.title('结项报告'),
      official.empty(),
      official.body('Hello World'),
      official.cell('项目名称', { table: 0, row: 0, column: 0 }),
      official.cell('请填写项目名称', { table: 0, row: 0, column: 1 }),
    ]);
    expect(documentWordCount(document)).toBe(4 + 2 + 4 + 7);
  });
});

describe('hidden text in the 字数', () => {
  it('a hidden run is left out of its paragraph, the shown runs around it still count', () => {
    const paragraph = {
      index: 0,
      text: '支部推进（备注）顺利',
      runs: [
        { text: '支部推进', start: 0, format: {} },
        { text: '（备注）', start: 4, format: { hidden: true } },
        { text: '顺利', start: 8, format: {} },
      ],
      format: {},
    };
    expect(paragraphWordCount(paragraph)).toBe(6);
    expect(documentWordCount({ paragraphs: [paragraph], contentControls: [], marker: {}, textOutsideBody: ['脚注一'] })).toBe(9);
  });
});
