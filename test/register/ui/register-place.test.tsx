/**
 * The 台账 place read at the pane's 350 px: projects as cards, a
 * resubmission told in words with local times and the project's name, whom
 * to ask before settings exist, and settings problems named as the form
 * names its fields.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { messages, type Locale } from '../../../src/i18n';
import { parseRegisterSettings } from '../../../src/register/settings';
import { RegisterTable } from '../../../src/register/ui/RegisterTable';
import { RecordTable, changesFrom } from '../../../src/register/ui/RecordTable';
import { ConflictChoices } from '../../../src/register/ui/ConflictChoices';
import { SettingsMissing } from '../../../src/register/ui/SettingsMissing';
import { settingsProblems } from '../../../src/register/ui/SettingsForm';
import type { RegisterListRow } from '../../../src/register/list-view';

const PROJECT_ID = '6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f';
const SITE = 'https://standin.sharepoint.invalid/sites/dangjian/Shared%20Documents';
const link = (file: string) => `${SITE}/${['党建项目', '2024', PROJECT_ID, file].map(encodeURIComponent).join('/')}`;
const NAME = '“红色领航”先锋工程';
const ORG = '中共安庆职业技术学院机电工程学院总支部委员会';

const render = (element: JSX.Element) => renderToStaticMarkup(<FluentProvider theme={webLightTheme}>{element}</FluentProvider>);
/** The markup's text: styles dropped, a space after each block, entities read back. */
const textOf = (html: string) =>
  html
    .replace(/<style[^>]*>[^<]*<\/style>/g, '')
    .replace(/<\/(li|p|dt|dd|div|article|h4|section)>/g, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');

/** A UTC time as the reader's clock shows it, written the Chinese and the English way (the browser test pins the zone to UTC+8). */
function local(iso: string): { zh: string; en: string } {
  const at = new Date(iso);
  const two = (value: number) => String(value).padStart(2, '0');
  const [year, month, day, hour, minute] = [at.getFullYear(), two(at.getMonth() + 1), two(at.getDate()), two(at.getHours()), two(at.getMinutes())];
  return { zh: `${year}/${month}/${day} ${hour}:${minute}`, en: `${month}/${day}/${year}, ${hour}:${minute}` };
}

const row = (overrides: Partial<RegisterListRow> = {}): RegisterListRow => ({
  id: '1',
  projectId: PROJECT_ID,
  title: NAME,
  org: ORG,
  status: '已申报',
  year: 2024,
  applicationUrl: link('shuji-application.docx'),
  pdfUrl: link('shuji-application.pdf'),
  submittedAt: '2025-04-20T02:05:00Z',
  isCurrentDocument: true,
  ...overrides,
});

describe('the project list is cards, not a four-column table', () => {
  test('each card shows the name, the 党组织, a status badge, the time in the reader’s zone and the files as links', () => {
    const html = render(<RegisterTable text={messages('zh-CN').register.panel} locale="zh-CN" rows={[row(), row({ id: '2', title: '另一项目', status: '已结项', isCurrentDocument: false, reportUrl: undefined })]} />);
    expect(html).not.toContain('<table');
    expect((html.match(/data-testid="project-card"/g) ?? []).length).toBe(2);
    const text = textOf(html);
    expect(text).toContain(NAME);
    expect(text).toContain(ORG);
    expect(text).toContain('已申报');
    expect(text).toContain('当前文档');
    expect(text).toContain(`更新于 ${local('2025-04-20T02:05:00Z').zh}`);
    expect(text).not.toMatch(/\d{4}-\d\d-\d\dT/);
    expect(html).toContain(`href="${link('shuji-application.docx')}"`);
    // The address is the link's target only; the card reads 申报书 / PDF.
    expect(text).not.toContain('https://');
  });

  test('a time just after midnight reads 00:05 in both languages, never 24:05', () => {
    const justAfterMidnight = new Date(2025, 3, 20, 0, 5).toISOString();
    const zh = textOf(render(<RegisterTable text={messages('zh-CN').register.panel} locale="zh-CN" rows={[row({ submittedAt: justAfterMidnight })]} />));
    const en = textOf(render(<RegisterTable text={messages('en-US').register.panel} locale="en-US" rows={[row({ submittedAt: justAfterMidnight })]} />));
    expect(zh).toContain('更新于 2025/04/20 00:05');
    expect(en).toContain('Updated 04/20/2025, 00:05');
  });

  test('in English the card speaks English and the time is written the English way', () => {
    const text = textOf(render(<RegisterTable text={messages('en-US').register.panel} locale="en-US" rows={[row()]} />));
    expect(text).toContain(`Updated ${local('2025-04-20T02:05:00Z').en}`);
    expect(text).toContain('This document');
    expect(text).toContain('Application');
  });
});

describe('the resubmit comparison says what differs, in words', () => {
  const mine = {
    Title: NAME,
    ProjectId: PROJECT_ID,
    Status: '已结项',
    Org: ORG,
    WordCount: 1830,
    CheckPassed: true,
    ReportUrl: '…',
    PdfUrl: '…',
    SubmittedAt: '2025-04-20T02:05:00Z',
    SubmittedBy: 'shuji@standin.invalid',
  };
  const current = {
    Title: NAME,
    ProjectId: PROJECT_ID,
    Status: '已申报',
    Org: ORG,
    WordCount: 1520,
    CheckPassed: true,
    ApplicationUrl: link('shuji-application.docx'),
    PdfUrl: link('shuji-application.pdf'),
    SubmittedAt: '2024-05-10T01:30:00Z',
    SubmittedBy: 'wangjianhua.jidian@aqvtc-partner.onmschina.cn',
  };

  test.each<[Locale, string[]]>([
    [
      'zh-CN',
      [
        `《${NAME}》在台账中已有记录，现在的状态是“已申报”。`,
        `上次由 wangjianhua.jidian@aqvtc-partner.onmschina.cn 于 ${local('2024-05-10T01:30:00Z').zh} 提交。`,
        '状态：由“已申报”改为“已结项”',
        '字数：由“1520”改为“1830”',
        '结项报告：上传本文档',
        'PDF：换成本文档的 PDF（原为 shuji-application.pdf）',
        '其余 3 项与台账相同。',
      ],
    ],
    [
      'en-US',
      [
        `“${NAME}” is already in the register, with status “已申报”.`,
        `Last submitted by wangjianhua.jidian@aqvtc-partner.onmschina.cn on ${local('2024-05-10T01:30:00Z').en}.`,
        'Status: from “已申报” to “已结项”',
        'Closing report: uploads this document',
        'PDF: replaced by this document’s PDF (was shuji-application.pdf)',
      ],
    ],
  ])('%s: the project’s name, local times, file names, and no 项目编号 or address', (locale, sentences) => {
    const text = textOf(render(<RecordTable text={messages(locale).register.panel} locale={locale} mine={mine} current={current} />));
    for (const sentence of sentences) expect(text).toContain(sentence);
    expect(text).not.toContain(PROJECT_ID);
    expect(text).not.toContain('https://');
    expect(text).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:\d\d/);
  });

  test('only what changes is listed: the unchanged 项目名称, 党组织 and check result are counted, not repeated', () => {
    const { changes, unchanged } = changesFrom(mine, current, messages('zh-CN').register.panel, 'zh-CN');
    expect(changes.map((change) => change.column)).toEqual(['Status', 'WordCount', 'ReportUrl', 'PdfUrl']);
    expect(unchanged).toBe(3);
  });

  test('a new project lists its fields one under another, the time local and the 项目编号 left out', () => {
    const text = textOf(render(<RecordTable text={messages('zh-CN').register.panel} locale="zh-CN" mine={{ ...mine, Status: '已申报', ReportUrl: undefined, ApplicationUrl: '…' }} />));
    expect(text).toContain(`《${NAME}》将作为新项目写入台账：`);
    expect(text).toContain('申报书 上传本文档');
    expect(text).toContain(`提交时间 ${local('2025-04-20T02:05:00Z').zh}`);
    expect(text).not.toContain(PROJECT_ID);
  });

  test('a conflict shows both versions under the field, files by name and times local', () => {
    const text = textOf(
      render(
        <ConflictChoices
          text={messages('zh-CN').register.panel}
          locale="zh-CN"
          conflicts={[
            { field: 'PdfUrl', mine: link('shuji-closing-report.pdf'), theirs: link('shuji-application.pdf') },
            { field: 'SubmittedAt', mine: '2025-04-20T02:05:00Z', theirs: '2025-04-19T16:00:00Z' },
          ]}
          onResolve={() => undefined}
        />,
      ),
    );
    expect(text).toContain('我的：shuji-closing-report.pdf');
    expect(text).toContain('他人的：shuji-application.pdf');
    expect(text).toContain(`我的：${local('2025-04-20T02:05:00Z').zh}`);
    expect(text).toContain(`他人的：${local('2025-04-19T16:00:00Z').zh}`);
  });
});

describe('before any settings exist', () => {
  test('a 书记 is told to ask the 组织部, and the administrator’s form is behind a link', () => {
    const zh = textOf(render(<SettingsMissing text={messages('zh-CN').register.panel} onAdminSettings={() => undefined} />));
    expect(zh).toContain('台账还没有设置');
    expect(zh).toContain('请联系组织部');
    expect(zh).toContain('我是管理员：填写台账设置');
    expect(zh).not.toMatch(/租户|tenant|client/i);
    const en = textOf(render(<SettingsMissing text={messages('en-US').register.panel} onAdminSettings={() => undefined} />));
    expect(en).toContain('Organisation Department');
    expect(en).toContain('I am the administrator');
  });

  test('settings problems are named as the form names its fields, never by their keys in the file', () => {
    const broken = parseRegisterSettings({ tenantId: '', clientId: 'nope', siteId: 's', listName: '', graphBaseUrl: 'http://plain.example' });
    expect(broken.ok).toBe(false);
    if (broken.ok) return;
    expect(broken.error.message).toContain('租户 ID：请填写租户 ID');
    expect(broken.error.message).toContain('应用（客户端）ID：');
    expect(broken.error.message).toContain('列表名称：请填写列表名称');
    expect(broken.error.message).toContain('Graph 服务地址：');
    expect(broken.error.message).not.toMatch(/tenantId|clientId|listName|graphBaseUrl/);
    expect(settingsProblems({ tenantId: '', clientId: 'nope', siteId: 's' }, messages('en-US').register.panel)).toEqual({
      tenantId: 'Please fill this in.',
      clientId: 'Should be a GUID, such as 11111111-2222-4333-8444-555555555555.',
    });
  });
});
