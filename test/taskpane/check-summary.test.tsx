/** The 检查 summary of a blank form says 未填写, never that the document passes. */
import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { CheckSummary } from '../../src/taskpane/components/CheckSummary';
import type { CheckReport } from '../../src/taskpane/useCheck';
import { CATALOG } from '../../src/templates/catalog';
import type { Finding } from '../../src/core/finding';

const template = CATALOG.find((candidate) => candidate.id === 'shuji-application');
if (!template) throw new Error('shuji-application is in the catalog');

const blankField = (paragraph: number, label: string): Finding => ({
  rule: 'required-field',
  severity: 'warning',
  paragraph,
  message: `${label}尚未填写`,
  expected: label,
  actual: '',
  fixable: false,
  fix: [],
});

const render = (report: CheckReport) =>
  renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <CheckSummary report={report} />
    </FluentProvider>,
  );

describe('the 检查 summary', () => {
  test('a form nobody filled in is shown and announced as 未填写', () => {
    const html = render({ template, detected: true, findings: [blankField(4, '项目名称'), blankField(6, '申报人')], wordCount: 284, unfilled: true });
    expect(html).toContain('data-testid="check-unfilled"');
    expect(html).toContain('<strong>未填写</strong> 这是一份还没有填写的空白表格，不能算作通过。');
    expect(html).toContain('检查完成：未填写，2 项待填写，字数 284。');
    expect(html).not.toContain('格式符合要求');
  });

  test('a filled form with nothing wrong is announced clean, without 未填写', () => {
    const html = render({ template, detected: true, findings: [], wordCount: 900, unfilled: false });
    expect(html).not.toContain('check-unfilled');
    expect(html).toContain('没有发现问题，格式符合要求。');
  });
});
