import { checkDocument } from '../../src/core/check';
import type { Finding } from '../../src/core/finding';
import { applyEditsToModel, planFixes } from '../../src/core/fix';
import { RULES } from '../../src/core/rules/index';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import { buildDocument, official, reportTemplate } from '../support/model-builder';

function finding(rule: string, fix: Finding['fix'], paragraph = 1): Finding {
  return { rule, severity: 'warning', paragraph, message: rule, expected: '', actual: '', fixable: fix.length > 0, fix };
}

describe('planFixes', () => {
  it('keeps the first of two overlapping text edits and leaves the other for the next check', () => {
    const first = finding('heading-numbering', [{ kind: 'replace-text', paragraph: 0, start: 0, end: 3, text: '（二）' }]);
    const second = finding('punctuation-width', [
      { kind: 'replace-text', paragraph: 0, start: 0, end: 1, text: '（' },
      { kind: 'replace-text', paragraph: 0, start: 2, end: 3, text: '）' },
    ]);
    const plan = planFixes([first, second]);
    expect(plan.applied).toEqual([first]);
    expect(plan.remaining).toEqual([second]);
    expect(plan.edits).toEqual(first.fix);
  });

  it('orders edits last-first: later paragraphs, then formatting, then text from the end, then insertions', () => {
    const findings = [
      finding('punctuation-width', [
        { kind: 'replace-text', paragraph: 1, start: 2, end: 3, text: '，' },
        { kind: 'replace-text', paragraph: 1, start: 8, end: 9, text: '；' },
      ]),
      finding('font', [{ kind: 'set-run-format', paragraph: 1, eastAsiaFont: '方正仿宋_GBK' }]),
      finding('required-section', [{ kind: 'insert-paragraph', before: 1, text: '二、推进情况', role: 'h1' }]),
      finding('required-section', [{ kind: 'insert-paragraph', before: 1, text: '三、主要成效', role: 'h1' }]),
      finding('alignment', [{ kind: 'set-paragraph-format', paragraph: 0, alignment: 'center' }]),
    ];
    const kinds = planFixes(findings).edits.map((edit) => (edit.kind === 'replace-text' ? `text@${edit.start}` : edit.kind === 'insert-paragraph' ? edit.text : edit.kind));
    expect(kinds).toEqual(['set-run-format', 'text@8', 'text@2', '三、主要成效', '二、推进情况', 'set-paragraph-format']);
  });

  it('merges compatible formatting edits of one paragraph and keeps conflicting ones apart', () => {
    const plan = planFixes([
      finding('line-spacing', [{ kind: 'set-paragraph-format', paragraph: 3, lineSpacing: { rule: 'exact', points: 28 }, spaceBeforePt: 0, spaceAfterPt: 0 }]),
      finding('first-line-indent', [{ kind: 'set-paragraph-format', paragraph: 3, firstLineChars: 200 }]),
      finding('font', [{ kind: 'set-run-format', paragraph: 3, runs: [0, 1], eastAsiaFont: '方正仿宋_GBK' }]),
      finding('font-size', [{ kind: 'set-run-format', paragraph: 3, runs: [1, 0], sizePt: 16 }]),
      finding('font-size', [{ kind: 'set-run-format', paragraph: 3, runs: [0, 1], sizePt: 22 }]),
    ]);
    expect(plan.edits).toEqual([
      { kind: 'set-paragraph-format', paragraph: 3, lineSpacing: { rule: 'exact', points: 28 }, spaceBeforePt: 0, spaceAfterPt: 0, firstLineChars: 200 },
      { kind: 'set-run-format', paragraph: 3, runs: [0, 1], eastAsiaFont: '方正仿宋_GBK', sizePt: 16 },
      { kind: 'set-run-format', paragraph: 3, runs: [0, 1], sizePt: 22 },
    ]);
  });

  it('puts unfixable findings and findings of rules not asked for in remaining', () => {
    const unfixable = finding('length-limit', []);
    const font = finding('font', [{ kind: 'set-run-format', paragraph: 0, eastAsiaFont: '方正仿宋_GBK' }]);
    const stray = finding('stray-character', [{ kind: 'replace-text', paragraph: 0, start: 0, end: 2, text: '' }]);
    const plan = planFixes([unfixable, font, stray], { rules: ['font'] });
    expect(plan.applied).toEqual([font]);
    expect(plan.remaining).toEqual([unfixable, stray]);
  });
});

describe('a broken closing report is checked, fixed and checked again', () => {
  const template = reportTemplate();
  const broken = buildDocument([
    { ...official.title('基层党建“书记项目”结项报告'), font: '宋体', size: 18, format: { lineSpacing: { rule: 'multiple', lines: 1 } } },
    { ...official.org('化工学院党总支'), format: {} },
    { ...official.h1('一、、项目简介'), font: '黑体', size: 15 },
    {
      text: '\u3000\u3000项目围绕“一支部一特色”开展😊,形成(试行)办法。',
      font: '宋体',
      size: 12,
      format: { lineSpacing: { rule: 'multiple', lines: 1.5 }, spaceAfterPt: 10 },
    },
    { text: '', format: { lineSpacing: { rule: 'atLeast', points: 12 } } },
    { ...official.h1('三、主要成效'), runs: [{ text: '三、', font: '方正黑体_GBK', size: 16 }, { text: '主要成效', font: '微软雅黑', size: 14 }] },
    { ...official.body('形成了“三会一课”提质增效工作法。'), runs: [{ text: '形成了“三会一课”', font: '宋体', size: 16 }, { text: '提质增效工作法。', font: '方正仿宋_GBK', size: 10.5 }] },
  ]);

  it('re-checks clean of formatting, and every rule that emits a fix is declared fixable and vice versa', () => {
    const before = checkDocument(broken, template, OFFICIAL_PROFILE);
    const emitting = new Set(before.findings.filter((entry) => entry.fix.length > 0).map((entry) => entry.rule));
    const declared = new Set(RULES.filter((rule) => rule.fixable).map((rule) => rule.id));
    expect([...emitting].sort()).toEqual([...declared].sort());
    for (const entry of before.findings) expect(entry.fixable).toBe(entry.fix.length > 0);

    let document = broken;
    let findings = before.findings;
    // Overlapping fixes wait for the next round, as textlint does; two rounds settle this document.
    for (let round = 0; round < 2; round += 1) {
      const applied = applyEditsToModel(document, planFixes(findings).edits, OFFICIAL_PROFILE);
      if (!applied.ok) throw new Error(applied.error.message);
      document = applied.value;
      findings = checkDocument(document, template, OFFICIAL_PROFILE).findings;
    }
    const left = findings.filter((entry) => entry.fixable);
    expect(left).toEqual([]);
    expect(findings.filter((entry) => ['font', 'font-size', 'line-spacing'].includes(entry.rule))).toEqual([]);
    expect(document.paragraphs.map((paragraph) => paragraph.text)).toEqual([
      '基层党建“书记项目”结项报告',
      '化工学院党总支',
      '一、项目简介',
      '项目围绕“一支部一特色”开展，形成（试行）办法。',
      '',
      '二、推进情况',
      '三、主要成效',
      '形成了“三会一课”提质增效工作法。',
    ]);
  });

  it('reports an edit that does not fit the model as an error value', () => {
    const result = applyEditsToModel(broken, [{ kind: 'replace-text', paragraph: 1, start: 5, end: 99, text: '' }], OFFICIAL_PROFILE);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-edit' } });
  });
});
