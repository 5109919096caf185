import { findStrayCharacters } from '../../src/core/stray-characters';
import { buildDocument, official } from '../support/model-builder';
import { findingsOf, fixed } from './helpers';

function cleaned(text: string): string {
  const document = buildDocument([official.title('实施办法'), official.body(text)]);
  return fixed(document, findingsOf('stray-character', document)).paragraphs[1].text;
}

describe('stray-character', () => {
  it('the emoji of seed 003 are removed whole, skin tones and gender signs included', () => {
    const document = buildDocument([
      official.title('实施办法'),
      official.body('为积极探索新形势下学院党建工作的新思路🛶、新途径和新方法,富有创造性🕵🏻🫰🏽,根据省委教育工委'),
    ]);
    const [finding] = findingsOf('stray-character', document);
    expect(finding).toMatchObject({ paragraph: 2, severity: 'warning', fixable: true });
    expect(finding.message).toBe('含有应删除的异常字符：表情符号“🛶”、表情符号“🕵🏻”、表情符号“🫰🏽”');
    expect(cleaned('一🧎🏻♀️➡️、指导思想')).toBe('一、指导思想');
    expect(cleaned('经申报评审立项后给予经费支持🧑🏼🦱。')).toBe('经申报评审立项后给予经费支持。');
  });

  it.each([
    ['ZWJ family', '党员👨‍👩‍👧之家', '党员之家'],
    ['keycap with its digit', '有关意见和精神5️⃣,以', '有关意见和精神,以'],
    ['keycap written without its variation selector', '第3\u20e3条', '第条'],
    ['number-sign keycap', '话题#️⃣讨论', '话题讨论'],
    ['variation selector after a digit that is no keycap', '第5\ufe0f条', '第5条'],
    ['flag', '中国🇨🇳青年', '中国青年'],
    ['trade mark written as emoji', '中期检查表》™️;', '中期检查表》;'],
    ['Egyptian hieroglyph', '保证立项活动深入𓀚、扎实', '保证立项活动深入、扎实'],
    ['zero-width space and BOM', '\ufeff党建\u200b工作\u2060', '党建工作'],
    ['private-use', '党建\ue000工作', '党建工作'],
    ['control character', '党建\u0007工作', '党建工作'],
    ['stray variation selector', '党建\ufe0f工作', '党建工作'],
  ])('%s', (_name, before, after) => {
    expect(cleaned(before)).toBe(after);
  });

  it('keeps what is text: tabs and line breaks, © and ®, arrows, CJK extension B, a joiner inside Devanagari, digits, # and *', () => {
    for (const text of ['项目\t名称\n第二行', '©2024 某某®', '草稿 → 已申报', '𠀀字', 'क्‍ष', '2024年*注 #3，第12条']) {
      expect(findStrayCharacters(text)).toEqual([]);
    }
  });

  it('counts the stray characters of the whole seed 003 excerpt in one finding per paragraph', () => {
    const document = buildDocument([
      official.title('实施办法'),
      official.body('1. 项目设计🦻。每年4月上旬🧑🏽🍼,各党支部根据项目主题👌🏼。'),
      official.body('二、基本原则'),
    ]);
    expect(findingsOf('stray-character', document).map((finding) => finding.paragraph)).toEqual([2]);
  });
});
