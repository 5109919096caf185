/**
 * The 台账 place as a 书记 sees it in the 350 px pane, in Chinese and in
 * English, against the Graph stand-in, with the browser's clock in China
 * (UTC+8) while the register stores UTC:
 *
 * - submitted once, the project list shows the project by itself (no 刷新)
 *   as a card: its name on lines of its own, the 党组织, its status, the time
 *   it was submitted in local time, and its files;
 * - submitted again with the 结项报告, the confirmation says under the
 *   project's name what changes — 状态 from 已申报 to 已结项, the report
 *   uploaded, the PDF replaced — with the earlier submission's time local,
 *   and shows no SharePoint address and no 项目编号;
 * - what the 申报表 does not print (党组织名称, 项目层级, 年度) is asked once
 *   before the confirmation, and fits the pane like the rest;
 * - before any settings, the place tells a 书记 to ask the 组织部 and keeps
 *   the administrator's form behind a link.
 *
 * Nothing runs wider than the pane, axe finds no serious violation, and
 * each view is saved to docs/screenshots/ in both languages.
 */
import { join } from 'node:path';
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { messages, type Locale } from '../../src/i18n';
import { chromiumTool, describeWith } from '../support/tools';
import { axeViolations, serious } from './axe';
import { launchChromium } from './browser';
import { buildAddin } from './build';
import { serveFolder, type StaticServer } from './serve';

const SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');
const ZONE = 'Asia/Shanghai';
const APPLICATION = '基层党建“书记项目”申报表';
const CLOSING_REPORT = '基层党建“书记项目”结项报告';
const NAME = '“红色领航·先锋引擎”——机电工程学院学生党员“党建+专业”双融合育人实践项目';
const ORG = '中共安庆职业技术学院机电工程学院总支部委员会';
const FIELDS: Record<string, string> = {
  projectName: NAME,
  leader: '王建华',
  phone: '0556-5500123',
  position: '机电工程学院党总支书记',
  category: 'A',
  problems: '学生党员教育管理形式单一，党员先锋模范作用发挥不充分。',
  background: '学院现有学生党员一百二十名，分布在四个专业党支部。',
  measures: '实施“党建+专业”双融合工程，建立党员示范岗十个。',
  schedule: '2024年5月启动，2024年12月中期检查，2025年4月总结。',
};
const REPORT_FIELDS: Record<string, string> = {
  org: ORG,
  summary: '本项目聚焦学生党员教育管理，着力解决组织生活形式单一的问题。',
  progress: '项目实施以来，支部共开展主题党日活动十二次，覆盖党员二百余人次。',
  results: '形成“党建+专业”育人品牌，两名党员获评省级优秀学生干部。',
};
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
const ISO_TIME = /\d{4}-\d\d-\d\dT\d\d:\d\d/;

type Row = Record<string, string | number | boolean | null>;

/** A UTC time as the pane shows it to a reader in China. */
function shownInChina(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: ZONE }).format(new Date(iso));
}

/** Elements of the pane that reach past its right edge (or the pane scrolling sideways), with a little of their text. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pane = document.querySelector('[data-testid="pane"]');
    if (!pane) return ['no pane'];
    const right = pane.getBoundingClientRect().right;
    const found: string[] = [];
    if (pane.scrollWidth > pane.clientWidth + 1) found.push(`pane scrolls sideways: ${pane.scrollWidth} > ${pane.clientWidth}`);
    for (const element of Array.from(pane.querySelectorAll('*'))) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right > right + 1) found.push(`${element.tagName.toLowerCase()} “${(element.textContent ?? '').slice(0, 40)}” ends at ${Math.round(box.right)} > ${Math.round(right)}`);
    }
    return found;
  });
}

describeWith(chromiumTool, 'the 台账 place at the pane’s 350 px', () => {
  let dist: string;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    dist = buildAddin('production');
    server = await serveFolder(dist);
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 960_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  describe.each<Locale>(['zh-CN', 'en-US'])('in %s', (locale) => {
    const text = messages(locale);
    const panel = text.register.panel;
    let page: Page;
    const pageErrors: string[] = [];
    let applicationSubmittedAt = '';

    const pane = () => page.getByTestId('pane');
    const place = () => page.locator('#panel-register');
    const rows = () => page.evaluate(() => window.registerStandin?.rows() ?? Promise.resolve([])) as Promise<Row[]>;

    async function open(query: string): Promise<Page> {
      const opened = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale, timezoneId: ZONE });
      opened.on('pageerror', (error) => pageErrors.push(error.message));
      await opened.goto(`${server.url}/harness.html?${query}&lang=${locale}`);
      await opened.getByRole('tab').first().waitFor();
      return opened;
    }

    /** The pane, as tall as what the place shows and no taller. */
    async function shot(name: string): Promise<void> {
      await page.setViewportSize({ width: 1280, height: 2400 });
      const bottom = await place().evaluate((element) => Math.ceil(element.getBoundingClientRect().bottom));
      await page.setViewportSize({ width: 1280, height: Math.max(600, bottom + 24) });
      await pane().screenshot({ path: join(SCREENSHOTS, `${name}-${locale}.png`), animations: 'disabled' });
      await page.setViewportSize({ width: 1280, height: 1000 });
    }

    async function insert(name: string): Promise<void> {
      await pane().getByRole('tab', { name: text.pane.places.templates }).click();
      await pane().getByRole('button', { name: text.pane.templates.insertLabel(name) }).click();
      await pane().getByText(text.pane.templates.inserted(name)).waitFor();
    }

    async function fill(values: Record<string, string>): Promise<void> {
      for (const [tag, value] of Object.entries(values)) {
        await page.evaluate(([field, typed]) => window.harness?.setControlText(field, typed), [tag, value]);
      }
    }

    async function askToSubmit(options: { firstTime?: boolean } = {}): Promise<ReturnType<Page['locator']>> {
      await pane().getByRole('tab', { name: text.pane.places.register }).click();
      await place().getByRole('button', { name: panel.submit }).click();
      if (options.firstTime) {
        // What the 申报表 does not print, asked once before the confirmation.
        const asked = place().getByRole('region', { name: text.register.registerOnly.title });
        await asked.waitFor({ timeout: 30_000 });
        await asked.getByRole('textbox', { name: '党组织名称' }).fill(ORG);
        await asked.getByRole('combobox', { name: '项目层级' }).selectOption('二级党组织');
        await asked.getByRole('spinbutton', { name: '年度' }).fill('2024');
        // The question fits the pane and reads well to assistive technology, like the rest of the place.
        await expect(overflowing(page)).resolves.toEqual([]);
        expect(serious(await axeViolations(page, '[data-testid="pane"]'))).toEqual([]);
        await shot('pane-register-ask');
        await asked.getByRole('button', { name: text.register.registerOnly.continue }).click();
      }
      const confirmation = place().getByRole('region', { name: panel.confirmTitle });
      await confirmation.waitFor({ timeout: 30_000 });
      return confirmation;
    }

    async function confirm(confirmation: ReturnType<Page['locator']>, status: string): Promise<void> {
      await confirmation.getByRole('button', { name: panel.confirm }).click();
      await place().getByText(panel.submitted(status)).waitFor({ timeout: 30_000 });
    }

    afterAll(async () => {
      await page?.close();
    });

    test('the 申报表 submitted, the list shows it by itself as a card that fits the pane', async () => {
      page = await open('register=standin&host=word&today=2025-04-20');
      await page.evaluate(() => window.registerStandin?.ready);
      await insert(APPLICATION);
      await fill(FIELDS);
      await confirm(await askToSubmit({ firstTime: true }), '已申报');
      const [row] = await rows();
      applicationSubmittedAt = String(row.SubmittedAt);

      // No 刷新: the list is there after the submission.
      const list = place().getByRole('list', { name: panel.listTitle });
      const card = list.getByRole('article', { name: NAME });
      await card.waitFor({ timeout: 30_000 });
      const shown = await card.innerText();
      expect(shown).toContain(NAME);
      expect(shown).toContain(ORG);
      expect(shown).toContain('已申报');
      expect(shown).toContain(panel.thisDocument);
      expect(shown).toContain(panel.updatedAt(shownInChina(applicationSubmittedAt, locale)));
      expect(shown).not.toMatch(ISO_TIME);
      expect(shown).not.toMatch(UUID);
      await expect(card.getByRole('link', { name: panel.columns.ApplicationUrl }).count()).resolves.toBe(1);
      // The name runs on lines as wide as the card, not one character per line.
      const nameBox = await card.getByRole('heading', { name: NAME }).boundingBox();
      const cardBox = await card.boundingBox();
      expect(nameBox && cardBox && nameBox.width > cardBox.width * 0.7).toBe(true);

      await expect(overflowing(page)).resolves.toEqual([]);
      expect(serious(await axeViolations(page, '[data-testid="pane"]'))).toEqual([]);
      await shot('pane-register-list');
      expect(pageErrors).toEqual([]);
    }, 180_000);

    test('the 结项报告 submitted again: the confirmation says what changes, in words, under the project’s name', async () => {
      await pane().getByRole('tab', { name: text.pane.places.templates }).click();
      await pane().getByRole('radio', { name: text.pane.templates.whereReplace }).check();
      await insert(CLOSING_REPORT);
      await fill(REPORT_FIELDS);
      const confirmation = await askToSubmit();
      const said = await confirmation.innerText();
      const [row] = await rows();
      expect(said).toContain(panel.existingProject(NAME, '已申报'));
      expect(said).toContain(panel.lastSubmitted(shownInChina(applicationSubmittedAt, locale), String(row.SubmittedBy)));
      const line = (column: string, change: string) => `${panel.columns[column]}${panel.labelSeparator}${change}`;
      expect(said).toContain(line('Status', panel.changedTo('已申报', '已结项')));
      expect(said).toContain(line('ReportUrl', panel.uploadDocument));
      expect(said).toContain(line('PdfUrl', panel.replacePdf('shuji-application.pdf')));
      // The report has no 年度 of its own and keeps the project's: no change is claimed for it.
      expect(said).not.toContain(`${panel.columns.Year}${panel.labelSeparator}`);
      expect(said).not.toContain('https://');
      expect(said).not.toMatch(UUID);
      expect(said).not.toMatch(ISO_TIME);

      await expect(overflowing(page)).resolves.toEqual([]);
      expect(serious(await axeViolations(page, '[data-testid="pane"]'))).toEqual([]);
      await shot('pane-register-resubmit');

      await confirm(confirmation, '已结项');
      // The list follows the submission by itself: the same card, now 已结项, with the report.
      const card = place().getByRole('list', { name: panel.listTitle }).getByRole('article', { name: NAME });
      await card.getByText('已结项').waitFor({ timeout: 30_000 });
      await expect(card.getByRole('link', { name: panel.columns.ReportUrl }).count()).resolves.toBe(1);
      await expect(overflowing(page)).resolves.toEqual([]);
      expect(pageErrors).toEqual([]);
    }, 180_000);

    test('before any settings, a 书记 is told to ask the 组织部; the administrator’s form is behind a link', async () => {
      await page.close();
      page = await open('today=2025-04-20');
      await pane().getByRole('tab', { name: text.pane.places.register }).click();
      const note = place().getByRole('region', { name: panel.noSettingsTitle });
      await note.waitFor();
      await expect(note.innerText()).resolves.toContain(panel.noSettingsBody);
      await expect(place().getByRole('textbox').count()).resolves.toBe(0);
      await expect(overflowing(page)).resolves.toEqual([]);
      expect(serious(await axeViolations(page, '[data-testid="pane"]'))).toEqual([]);
      await shot('pane-register-no-settings');

      await place().getByRole('button', { name: panel.adminSettings }).click();
      const form = place().getByRole('form', { name: panel.settings });
      await form.waitFor();
      // A mistake is told under its field, by its name, never by its key in the settings file.
      await form.getByRole('textbox', { name: panel.settingsFields.clientId }).fill('nope');
      await form.getByRole('button', { name: panel.save }).click();
      await form.getByText(panel.settingsProblems.guid).waitFor();
      const said = await form.innerText();
      expect(said).toContain(panel.settingsProblems.required);
      expect(said).not.toMatch(/tenantId|clientId|siteId/);
      await expect(overflowing(page)).resolves.toEqual([]);
      await form.getByRole('button', { name: panel.back }).click();
      await note.waitFor();
      expect(pageErrors).toEqual([]);
    }, 120_000);
  });
});
