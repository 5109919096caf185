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

describe('the pane’s check', () => {
  test('words its findings in the pane’s language', async () => {
    const { coreServices } = await import('../../src/taskpane/core-services');
    const { buildDocument, official, reportTemplate } = await import('../support/model-builder');
    const { OFFICIAL_PROFILE } = await import('../../src/templates/profiles/official');
    const document = buildDocument([official.title('基层党建“书记项目”结项报告'), { ...official.body('项目围绕品牌创建,推动党建工作。'), font: '宋体' }]);
    const english = (await coreServices.check(document, reportTemplate(), OFFICIAL_PROFILE, 'en-US')).findings.map((finding) => finding.message);
    const chinese = (await coreServices.check(document, reportTemplate(), OFFICIAL_PROFILE)).findings.map((finding) => finding.message);
    expect(english).toContain('Body text should be in "方正仿宋_GBK", found "宋体"');
    expect(chinese).toContain('正文应为“方正仿宋_GBK”，实为“宋体”');
  });
});

describe('the 模板 place in English', () => {
  test('shows every built-in template’s description in English; in Chinese the catalog’s own', async () => {
    const { TemplatesPlace } = await import('../../src/taskpane/components/TemplatesPlace');
    const { PaneTextContext } = await import('../../src/taskpane/text');
    const { coreServices } = await import('../../src/taskpane/core-services');
    const { messages } = await import('../../src/i18n');
    const host = {} as Parameters<typeof TemplatesPlace>[0]['host'];
    const page = (locale: 'zh-CN' | 'en-US') =>
      renderToStaticMarkup(
        <FluentProvider theme={webLightTheme}>
          <PaneTextContext.Provider value={messages(locale).pane}>
            <TemplatesPlace host={host} services={coreServices} />
          </PaneTextContext.Provider>
        </FluentProvider>,
      );
    const english = page('en-US');
    for (const template of CATALOG) {
      expect(english).not.toContain(template.description);
      expect(english).toContain(escapeHtml(messages('en-US').pane.templateDescriptions[template.id] ?? 'missing'));
    }
    expect(page('zh-CN')).toContain(CATALOG[0].description);
  });
});

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
}
