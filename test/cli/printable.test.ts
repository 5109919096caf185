/**
 * What a report shows of a file name or a font name cannot drive the
 * terminal that prints it, and cannot make the report unboundedly long.
 */
import { formatJson } from '../../src/cli/formatters/json';
import { cutEcho, printable, terminalSafeJson } from '../../src/cli/printable';
import { formatStylish } from '../../src/cli/formatters/stylish';
import { reportFinding } from '../../src/cli/report';
import { messages } from '../../src/i18n';

describe('printable', () => {
  test.each([
    ['ESC and a colour sequence', 'a\u001b[31mb', 'a\\x1b[31mb'],
    ['BEL', 'ding\u0007', 'ding\\x07'],
    ['a newline that would forge a report line', 'a.docx\n  ¶1 错误 伪造', 'a.docx\\x0a  ¶1 错误 伪造'],
    ['DEL and C1 CSI', '\u007f\u009b2J', '\\x7f\\x9b2J'],
    ['a right-to-left override that reverses the shown name', 'evil\u202excod.exe', 'evil\\u202excod.exe'],
    ['an isolate', 'a\u2066b\u2069', 'a\\u2066b\\u2069'],
  ])('%s is shown as a visible escape', (_what, input, shown) => {
    expect(printable(input)).toBe(shown);
  });

  test('Chinese text, full-width punctuation and emoji are left as they are', () => {
    expect(printable('正文应为“方正仿宋_GBK”，实为“宋体”😀')).toBe('正文应为“方正仿宋_GBK”，实为“宋体”😀');
  });

  test('stylish output has no raw control character with colour off', () => {
    const text = messages('zh-CN').cli;
    const out = formatStylish(
      [
        {
          path: 'x\u001b]0;title\u0007.docx',
          template: 'shuji-closing-report',
          templateReason: '标题含“结项报告\u001b[2J”',
          wordCount: 1,
          findings: [{ rule: 'font', severity: 'error', paragraph: 1, message: '实为"宋体\u009b31m"', expected: 'a', actual: 'b', fixable: true }],
          error: null,
          unfilled: false,
        },
      ],
      { color: false, text },
    );
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(out).toContain('x\\x1b]0;title\\x07.docx');
  });
});

describe('cutting what a report echoes', () => {
  test('a 30 MB font name is cut to 200 characters and an ellipsis', () => {
    const long = '宋'.repeat(30 * 1024 * 1024);
    const finding = reportFinding({
      rule: 'font',
      severity: 'error',
      paragraph: 1,
      message: `正文应为"方正仿宋_GBK"，实为"${long}"`,
      expected: '方正仿宋_GBK',
      actual: long,
      fixable: true,
      fix: [],
    });
    expect(finding.actual).toHaveLength(201);
    expect(finding.actual.endsWith('…')).toBe(true);
    expect(finding.message.length).toBeLessThanOrEqual(601);
    expect(finding.expected).toBe('方正仿宋_GBK');
  });

  test('a cut never splits a character outside the BMP', () => {
    const cut = cutEcho('a' + '😀'.repeat(200), 200);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut.slice(0, -1)).toBe('a' + '😀'.repeat(99));
  });

  test('the JSON report escapes such a character wherever it stands in a file’s report, and only then rewrites the text', () => {
    const report = (message: string) => ({
      path: 'a.docx', template: null, templateReason: null, wordCount: 1, unfilled: false, error: null,
      findings: [{ rule: 'font', severity: 'error' as const, paragraph: 1, message, expected: '仿宋', actual: '宋体', fixable: true }],
    });
    const plain = formatJson([report('正文应为仿宋')]);
    expect(plain).toBe(`${JSON.stringify({ files: [report('正文应为仿宋')] }, null, 2)}\n`);
    const active = formatJson([report('正文\u202e应为\u2028仿宋')]);
    expect(active).toContain('正文\\u202e应为\\u2028仿宋');
    expect(active).not.toMatch(/[\u202e\u2028]/);
    expect(JSON.parse(active)).toEqual({ files: [report('正文\u202e应为\u2028仿宋')] });
  });

  test('JSON keeps its value but escapes what a terminal would act on', () => {
    const value = { name: 'a\u009b\u202eb\u2028' };
    const json = terminalSafeJson(JSON.stringify(value));
    expect(json).toBe('{"name":"a\\u009b\\u202eb\\u2028"}');
    expect(JSON.parse(json)).toEqual(value);
  });
});
