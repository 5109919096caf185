import { checkDocument } from '../../src/core/check';
import { RULES } from '../../src/core/rules/index';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import { buildDocument, official, reportTemplate } from '../support/model-builder';

describe('checkDocument', () => {
  const template = reportTemplate();
  const document = buildDocument([
    { ...official.title('基层党建“书记项目”结项报告'), font: '宋体' },
    official.org('化工学院党总支'),
    official.h1('一、项目简介'),
    { ...official.body('项目围绕品牌创建,推动党建工作😊。'), font: '宋体', size: 12 },
    official.h1('三、主要成效'),
  ]);

  it('in English, findings are worded in English where a translation exists', () => {
    const result = checkDocument(document, template, OFFICIAL_PROFILE, { locale: 'en-US' });
    const messages = result.findings.map((finding) => finding.message);
    expect(messages[0]).toMatch(/ should be in "方正小标宋简体", found "宋体"$/);
    expect(messages.every((message) => !/[应实缺请未]/.test(message))).toBe(true);
    const chinese = checkDocument(document, template, OFFICIAL_PROFILE).findings.map((finding) => finding.message);
    expect(chinese[0]).toBe('标题应为“方正小标宋简体”，实为“宋体”');
  });

  it('runs every rule, fills rule and severity, and sorts by paragraph then rule order', () => {
    const result = checkDocument(document, template, OFFICIAL_PROFILE);
    expect(result.findings.map((finding) => [finding.paragraph, finding.rule])).toEqual([
      [1, 'font'],
      [4, 'font'],
      [4, 'font-size'],
      [4, 'punctuation-width'],
      [4, 'stray-character'],
      // 三、 after 一、 is the place of the missing 二、推进情况, reported once: by required-section, not also as a skipped number.
      [5, 'required-section'],
    ]);
    expect(result.findings[0].severity).toBe('error');
    expect(result.findings.find((finding) => finding.rule === 'punctuation-width')?.severity).toBe('warning');
    // 14 + 7 + 6 + (8 + "," 0 + 6 + 😊 1 + 。1) + 6
    expect(result.wordCount).toBe(49);
    expect(result.paragraphs.map((entry) => entry.role)).toEqual(['title', 'org', 'h1', 'body', 'h1']);
    expect(result.template).toBe(template);
    expect(result.profile).toBe(OFFICIAL_PROFILE);
  });

  it('lists a long report\'s findings by paragraph, then rule order, whether they are on every paragraph or few and far apart', () => {
    const wrongBody = (text: string) => ({ ...official.body(text), font: '宋体', size: 12 });
    const texts = Array.from({ length: 1500 }, (_, index) => `第${index + 1}段正文。`);
    const everywhere = buildDocument([official.title('结项报告'), ...texts.slice(0, 300).map(wrongBody)]);
    const farApart = buildDocument([official.title('结项报告'), wrongBody('开头一段。'), ...texts.map(official.body), wrongBody('末尾一段，有问题,吧。')]);
    for (const document of [everywhere, farApart]) {
      const found = checkDocument(document, template, OFFICIAL_PROFILE, { rules: ['font', 'font-size', 'punctuation-width'] }).findings;
      const rank = (rule: string): number => RULES.findIndex((candidate) => candidate.id === rule);
      const listed = found.map((finding) => [finding.paragraph, rank(finding.rule)]);
      const inOrder = [...listed].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
      expect(listed).toEqual(inOrder);
    }
    const farFindings = checkDocument(farApart, template, OFFICIAL_PROFILE, { rules: ['font', 'font-size', 'punctuation-width'] }).findings;
    expect(farFindings.map((finding) => [finding.paragraph, finding.rule])).toEqual([
      [2, 'font'],
      [2, 'font-size'],
      [1503, 'font'],
      [1503, 'font-size'],
      [1503, 'punctuation-width'],
    ]);
    expect(checkDocument(everywhere, template, OFFICIAL_PROFILE, { rules: ['font-size'] }).findings).toHaveLength(300);
  });

  it('runs only the rules asked for', () => {
    const result = checkDocument(document, template, OFFICIAL_PROFILE, { rules: ['font-size', 'stray-character'] });
    expect(result.findings.map((finding) => finding.rule)).toEqual(['font-size', 'stray-character']);
  });

  it('has thirteen rules with the contract ids, in order, each with a Chinese description', () => {
    expect(RULES.map((rule) => rule.id)).toEqual([
      'font',
      'font-size',
      'line-spacing',
      'first-line-indent',
      'alignment',
      'required-section',
      'section-order',
      'heading-numbering',
      'length-limit',
      'required-field',
      'choice-value',
      'placeholder',
      'punctuation-width',
      'stray-character',
    ]);
    for (const rule of RULES) expect(rule.description).toMatch(/[\u4e00-\u9fff]/);
  });
});
