/**
 * Deadlines in the 模板 place come from the school's settings for the
 * round, computed from the project's year where the notices state them
 * relative to it, and are worded one way everywhere.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { messages } from '../../src/i18n';
import { TemplatesPlace } from '../../src/taskpane/components/TemplatesPlace';
import { createCoreServices } from '../../src/taskpane/core-services';
import { deadlineView } from '../../src/taskpane/deadline';
import { loadDeployedSchool, type FetchText } from '../../src/taskpane/school-config';
import { PaneTextContext } from '../../src/taskpane/text';
import { DEFAULT_SCHOOL, deadlineFor } from '../../src/templates/school';
import { schoolSettingsSchema, type SchoolSettingsInput } from '../../src/templates/school-settings';

const host = {} as Parameters<typeof TemplatesPlace>[0]['host'];

/** The 模板 place's deadline badges, by template id, as a user reads them. */
function shownDeadlines(school: SchoolSettingsInput, today: Date, locale: 'zh-CN' | 'en-US' = 'zh-CN'): Record<string, string> {
  const services = createCoreServices({ school: schoolSettingsSchema.parse(school), today: () => today });
  const html = renderToStaticMarkup(
    <FluentProvider theme={webLightTheme}>
      <PaneTextContext.Provider value={messages(locale).pane}>
        <TemplatesPlace host={host} services={services} />
      </PaneTextContext.Provider>
    </FluentProvider>,
  );
  const shown: Record<string, string> = {};
  for (const card of html.split('data-template-id="').slice(1)) {
    const id = card.slice(0, card.indexOf('"'));
    const badge = /data-deadline="[^"]*"[^>]*>([^<]*)</.exec(card);
    if (badge) shown[id] = badge[1];
  }
  return shown;
}

describe('deadlines in the 模板 place', () => {
  const inRound = new Date('2025-04-20T10:00:00');

  test('with the clock inside the 2025 round, every deadline is the settings’ round’s, none years out of date', () => {
    const shown = shownDeadlines({ schoolName: '安庆职业技术学院', year: 2025 }, inRound);
    expect(shown['shuji-application']).toBe('截止 2025-05-15 · 还剩 25 天');
    expect(shown['shuji-filing']).toBe('截止 2025-05-15 · 还剩 25 天');
    expect(shown['activity-application']).toBe('截止 2025-05-10 · 还剩 20 天');
    // Due a year after the project: the 2024 project's 结项报告 is still ahead (2025年5月10日前) ...
    expect(shown['shuji-closing-report']).toBe('截止 2025-05-10 · 还剩 20 天');
    // ... its 中期检查 ("次年3月") is past, so the 2025 project's is shown.
    expect(shown['activity-midterm']).toBe('截止 2026-03-31 · 还剩 345 天');
    expect(Object.values(shown).some((label) => label.includes('已过期'))).toBe(false);
  });

  test('changing the settings changes what is shown: a date the 组织部 moved, and another round', () => {
    const moved = shownDeadlines({ schoolName: '安庆职业技术学院', year: 2025, deadlines: { 'shuji-application': '2025-05-30' } }, inRound);
    expect(moved['shuji-application']).toBe('截止 2025-05-30 · 还剩 40 天');
    expect(moved['shuji-filing']).toBe('截止 2025-05-15 · 还剩 25 天');
    const relative = shownDeadlines({ schoolName: '安庆职业技术学院', year: 2025, deadlines: { 'activity-midterm': { yearOffset: 1, month: 3, day: 15 } } }, inRound);
    expect(relative['activity-midterm']).toBe('截止 2026-03-15 · 还剩 329 天');
    const lastRound = shownDeadlines({ schoolName: '安庆职业技术学院', year: 2024 }, inRound);
    expect(lastRound['shuji-application']).toBe('截止 2024-05-15 · 已过期 340 天');
  });

  test('settings without a year follow the clock: in December 2026 the 申报 of 2026 is past, not 930 days past', () => {
    const shown = shownDeadlines({ schoolName: '安庆职业技术学院' }, new Date('2026-12-03T09:00:00'));
    expect(shown['shuji-application']).toBe('截止 2026-05-15 · 已过期 202 天');
    expect(shown['shuji-closing-report']).toBe('截止 2027-05-10 · 还剩 158 天');
  });

  test('one wording everywhere: the pane’s badge says what the register’s deadline list says', () => {
    const text = messages('zh-CN');
    for (const days of [-30, -3, 5, 20]) {
      const badge = deadlineView('2025-05-10', new Date(2025, 4, 10 - days), text.pane.templates).label;
      expect(badge).toBe(`截止 2025-05-10 · ${text.register.panel.daysLeft(days)}`);
    }
    expect(deadlineView('2025-05-10', new Date(2025, 4, 13), text.pane.templates).label).toBe('截止 2025-05-10 · 已过期 3 天');
    expect(deadlineView('2025-05-10', new Date(2025, 4, 5), text.pane.templates).label).toBe('截止 2025-05-10 · 还剩 5 天');
    expect(shownDeadlines({ schoolName: 'x', year: 2025 }, inRound, 'en-US')['shuji-application']).toBe('Due 2025-05-15 · 25 days left');
  });
});

describe('deadlines the notices state relative to the project', () => {
  test('are computed from the project’s year', () => {
    expect(deadlineFor('activity-application', DEFAULT_SCHOOL, 2027)).toBe('2027-05-10');
    expect(deadlineFor('activity-midterm', DEFAULT_SCHOOL, 2027)).toBe('2028-03-31');
    expect(deadlineFor('activity-acceptance', DEFAULT_SCHOOL, 2027)).toBe('2028-05-31');
    expect(deadlineFor('brand-case', DEFAULT_SCHOOL, 2023)).toBe('2024-08-01');
    expect(deadlineFor('shuji-proposal', DEFAULT_SCHOOL, 2027)).toBeUndefined();
  });
});

describe('the settings deployed next to the pane (config/school.json)', () => {
  const serving = (status: number, body: string): FetchText => async () => ({ ok: status === 200, status, text: async () => body });

  test('are read from the file the 组织部 edits', async () => {
    const deployed = await loadDeployedSchool('https://addin.example.edu.cn/taskpane.html', serving(200, JSON.stringify({ schoolName: '某某学院', year: 2026 })));
    expect(deployed).toEqual({ settings: expect.objectContaining({ schoolName: '某某学院', year: 2026 }) });
  });

  test('no file: the notices’ defaults, quietly', async () => {
    expect(await loadDeployedSchool('https://addin.example.edu.cn/', serving(404, ''))).toEqual({ settings: DEFAULT_SCHOOL });
  });

  test('a file that is not valid: the defaults, and the 模板 place says what is wrong and whom to tell', async () => {
    const deployed = await loadDeployedSchool('https://addin.example.edu.cn/', serving(200, '{"schoolName": "某某学院", "year": "明年"}'));
    expect(deployed.settings).toBe(DEFAULT_SCHOOL);
    expect(deployed.problem).toContain('学校设置 config/school.json 第 year 处');
    const services = createCoreServices({ schoolProblem: deployed.problem });
    const html = renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <TemplatesPlace host={host} services={services} />
      </FluentProvider>,
    );
    expect(html).toContain('请把下面的问题告诉党委组织部');
  });
});
