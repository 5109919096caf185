/**
 * Every rule reads a paragraph in time that grows with its length: text that
 * people paste (long runs of spaces, digits, repeated labels, unclosed
 * brackets) is checked in well under a second, not in tens of seconds. The
 * budget is generous so a busy machine does not fail the test; a rule that
 * backtracks takes minutes here.
 */
import { checkDocument } from '../../src/core/check';
import { planFixes } from '../../src/core/fix';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import { buildDocument, official, reportTemplate } from '../support/model-builder';

const BUDGET_MS = 2000;

function checkTimed(texts: readonly string[]): { ms: number; rules: string[] } {
  const document = buildDocument([official.title('基层党建“书记项目”结项报告'), ...texts.map((text) => official.body(text))]);
  const started = Date.now();
  const result = checkDocument(document, reportTemplate(), OFFICIAL_PROFILE);
  planFixes(result.findings);
  return { ms: Date.now() - started, rules: [...new Set(result.findings.map((finding) => finding.rule))] };
}

describe('a long pasted paragraph is checked and its fix planned in well under a second', () => {
  it('附件 followed by 5,000 spaces and 说明 is not taken for an attachment label', () => {
    const { ms } = checkTimed(['附件' + ' '.repeat(5000) + '说明']);
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('单位 written 60,000 times under a 盖章 line', () => {
    const { ms } = checkTimed(['（盖章）', '单位'.repeat(60000)]);
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('150,000 digits and 年 under a 盖章 line', () => {
    const { ms } = checkTimed(['（盖章）', '1'.repeat(150000) + '年']);
    expect(ms).toBeLessThan(BUDGET_MS);
  });

  it('中( written 1,000,000 times: every bracket is made full-width, in about ten times the time of 100,000', () => {
    const tenth = checkTimed(['中('.repeat(100000)]);
    const { ms, rules } = checkTimed(['中('.repeat(1000000)]);
    // Two million characters and a million edits to plan. Compared with a tenth of the text rather than a clock,
    // so that a busy machine does not fail it: searching for each bracket's partner made it a hundred times slower.
    expect(ms).toBeLessThan(Math.max(tenth.ms, 50) * 30);
    expect(rules).toContain('punctuation-width');
  });

  it('an unclosed 【 written 100,000 times, and 【填写 repeated without its closing bracket', () => {
    expect(checkTimed(['【'.repeat(100000) + '】']).ms).toBeLessThan(BUDGET_MS);
    expect(checkTimed(['【填写'.repeat(50000)]).ms).toBeLessThan(BUDGET_MS);
  });

  it('spaces between 年, 月 and 日 and 名称（盖章） repeated under a seal line', () => {
    expect(checkTimed(['（盖章）', '年' + ' '.repeat(50000) + '月' + ' '.repeat(50000) + 'x']).ms).toBeLessThan(BUDGET_MS);
    expect(checkTimed(['（盖章）', '名称（盖章）'.repeat(30000)]).ms).toBeLessThan(BUDGET_MS);
  });

  it('a 17-million-character URL after Chinese text with a half-width comma: checked, the URL kept as it is', () => {
    const url = `https://example.org/${'a'.repeat(17_000_000)}`;
    const document = buildDocument([official.title('基层党建“书记项目”结项报告'), official.body(`材料见,${url}`)]);
    const findings = checkDocument(document, reportTemplate(), OFFICIAL_PROFILE, { rules: ['punctuation-width'] }).findings;
    expect(findings).toHaveLength(1);
    expect(findings[0].actual).toContain(',');
  });

  it('a heading whose title ends in 100,000 commas followed by one more character', () => {
    expect(checkTimed(['一、项目简介' + '，'.repeat(100000) + '说']).ms).toBeLessThan(BUDGET_MS);
  });
});

describe('what the linear scans still find', () => {
  function placeholders(texts: readonly string[]): string[] {
    const document = buildDocument([official.title('申报表'), ...texts.map((text) => official.body(text))]);
    return checkDocument(document, reportTemplate(), OFFICIAL_PROFILE, { rules: ['placeholder'] }).findings.map((finding) => finding.actual);
  }

  it('a long run of digits before 年 on a seal line with blank month and day is one unsigned date', () => {
    expect(placeholders(['（盖章）', `${'2'.repeat(2000)}年  月  日`])).toEqual([`${'2'.repeat(2000)}年  月  日`]);
  });

  it('the 名称 before a seal with nothing after it, among many filled ones', () => {
    const filled = '单位（盖章）：化工学院 '.repeat(2000);
    expect(placeholders([`${filled}党总支名称（盖章）：`])).toEqual(['党总支名称']);
  });

  it('a 【请填写】 prompt after thousands of unclosed brackets', () => {
    expect(placeholders([`${'【'.repeat(3000)}项目【请填写名称】`])).toEqual([`${'【'.repeat(3000)}项目【请填写名称】`]);
  });
});
