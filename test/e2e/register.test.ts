/**
 * The register's story in the browser harness, through the real pane at
 * 350 px, against the Graph stand-in (`?register=standin`: an in-page
 * SharePoint site behind msw's service worker).
 *
 * A 书记 inserts the 申报表, fills it (the project name carries quotes,
 * `<script>` and an emoji), checks it, and submits it to the 台账: one row
 * with every column right, the .docx and PDF under 党建项目/2024/{项目编号}/,
 * the name shown as text. A year later the 结项报告 replaces the document's
 * body, keeps its 项目编号, and moves the same row to 已结项 with its report
 * and files. A double click on 确认提交 still leaves one row.
 *
 * The project's later life: after 提交台账 the pane lists the paperwork the
 * school asks for and takes the sealed scan; a 结项报告 begun in a new
 * document (the page reloaded, the register kept) finds its project by part
 * of its name; a 立项备案表 of three projects gives three rows, twice.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { chromiumTool, describeWith, tempDir } from '../support/tools';
import { launchChromium } from './browser';
import { buildAddin } from './build';
import { serveFolder, type StaticServer } from './serve';

const SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');
const APPLICATION = '基层党建“书记项目”申报表';
const CLOSING_REPORT = '基层党建“书记项目”结项报告';
const NAME = `“红色领航”'先锋' "工程" <script>window.injected=1</script><img src=x onerror=alert(1)> 🚩`;
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
/** What the 申报表 does not print and the pane asks once when submitting: by label, as the 书记 sees them. */
const REGISTER_ONLY = { org: ORG, level: '二级党组织', year: '2024' };
const FILING = '基层党支部“书记项目”立项备案表';
const FILING_FIELDS: Record<string, string> = {
  branch1: '机电学生第一党支部',
  secretary1: '李明',
  project1: '宿舍党员先锋岗',
  branch2: '机电教工党支部',
  secretary2: '赵华',
  project2: '党建+专业 双融合',
  branch3: '机电学生第二党支部',
  secretary3: '孙丽',
  project3: '志愿服务进社区',
  org: '机电工程学院党总支',
};
const REPORT_FIELDS: Record<string, string> = {
  org: ORG,
  summary: '本项目聚焦学生党员教育管理，着力解决组织生活形式单一的问题。',
  progress: '项目实施以来，支部共开展主题党日活动十二次，覆盖党员二百余人次。',
  results: '形成“党建+专业”育人品牌，两名党员获评省级优秀学生干部。',
};

type Row = Record<string, string | number | boolean | null>;
interface StoredFileInfo {
  path: string;
  size: number;
  head: string;
}

describeWith(chromiumTool, 'the 台账 in the browser harness, against the Graph stand-in', () => {
  let dist: string;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const dialogs: string[] = [];
  const pageErrors: string[] = [];
  let projectId = '';
  let applicationSubmittedAt = '';

  beforeAll(async () => {
    dist = buildAddin('production');
    server = await serveFolder(dist);
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'zh-CN' });
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${server.url}/harness.html?register=standin&host=word&today=2025-04-20&keep=site`);
    await page.getByRole('tab').first().waitFor();
    await page.evaluate(() => window.registerStandin?.ready);
  }, 960_000);

  /** A new Word document against the same register: the site is saved, the page (and its document) starts afresh. */
  async function newDocument(): Promise<void> {
    await page.evaluate(() => window.registerStandin?.flush());
    await page.reload();
    await page.getByRole('tab').first().waitFor();
    await page.evaluate(() => window.registerStandin?.ready);
  }

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const pane = () => page.getByTestId('pane');
  const rows = () => page.evaluate(() => window.registerStandin?.rows() ?? Promise.resolve([])) as Promise<Row[]>;
  const files = () => page.evaluate(() => window.registerStandin?.files() ?? Promise.resolve([])) as Promise<StoredFileInfo[]>;
  const download = async (path: string) => Buffer.from(await page.evaluate((wanted) => window.registerStandin?.download(wanted) ?? '', path), 'base64');

  async function insert(name: string): Promise<void> {
    await pane().getByRole('tab', { name: '模板' }).click();
    await pane().getByRole('button', { name: `插入《${name}》` }).click();
    await pane().getByText(`已插入《${name}》`).waitFor();
  }

  async function fill(values: Record<string, string>): Promise<void> {
    for (const [tag, text] of Object.entries(values)) {
      await page.evaluate(([field, value]) => window.harness?.setControlText(field, value), [tag, text]);
    }
  }

  /** 检查, and what the summary says: errors and 字数. */
  async function check(): Promise<{ errors: number; words: number }> {
    await pane().getByRole('tab', { name: '检查' }).click();
    await pane().getByRole('button', { name: /^(重新)?检查$/ }).click();
    await pane().getByTestId('check-summary').waitFor();
    const errors = Number(await pane().getByTestId('summary-errors').innerText());
    const words = Number(/^\d+/.exec(await pane().getByTestId('summary-words').innerText())?.[0]);
    return { errors, words };
  }

  /**
   * The details the form does not print, asked before the confirmation: 党组织名称 typed, 项目层级 from the
   * template's choices, 年度 starting at the school's round.
   */
  async function answerRegisterOnly(panel: ReturnType<Page['locator']>, values: typeof REGISTER_ONLY): Promise<void> {
    const asked = panel.getByRole('region', { name: /^台账还需要这些信息/ });
    await asked.waitFor();
    await expect(asked.getByRole('combobox', { name: '项目层级' }).locator('option').allInnerTexts()).resolves.toEqual(['请选择', '二级党组织', '党支部']);
    await asked.getByRole('textbox', { name: '党组织名称' }).fill(values.org);
    await asked.getByRole('combobox', { name: '项目层级' }).selectOption(values.level);
    await asked.getByRole('spinbutton', { name: '年度' }).fill(values.year);
    await asked.getByRole('button', { name: '继续' }).click();
  }

  /** 台账 → 提交台账 → (the details the form does not print, when asked) → the confirmation table → 确认提交 (twice, quickly, when asked). */
  async function submit(options: { doubleClick?: boolean; registerOnly?: typeof REGISTER_ONLY } = {}): Promise<void> {
    await pane().getByRole('tab', { name: '台账' }).click();
    const panel = page.locator('#panel-register');
    await panel.getByRole('button', { name: '提交台账' }).click();
    if (options.registerOnly) await answerRegisterOnly(panel, options.registerOnly);
    const confirmation = panel.getByRole('region', { name: '确认提交到台账' });
    await confirmation.waitFor();
    // Asked once: kept in the document's properties, a second submission does not ask again.
    await expect(panel.getByRole('region', { name: /^台账还需要这些信息/ }).count()).resolves.toBe(0);
    const confirm = confirmation.getByRole('button', { name: '确认提交' });
    if (options.doubleClick) await confirm.dblclick();
    else await confirm.click();
    await panel.getByText(/^已提交，台账状态：/).waitFor({ timeout: 30_000 });
  }

  function docxMarker(bytes: Buffer): { projectId?: string; templateId?: string } {
    const custom = strFromU8(unzipSync(new Uint8Array(bytes))['docProps/custom.xml'] ?? new Uint8Array());
    const property = (name: string) => new RegExp(`name="${name}"[^>]*>\\s*<vt:lpwstr>([^<]*)</vt:lpwstr>`).exec(custom)?.[1];
    return { projectId: property('DangjianProjectId'), templateId: property('DangjianTemplateId') };
  }

  function pdfPages(bytes: Buffer): number {
    const folder = tempDir('register-pdf');
    const file = join(folder, 'copy.pdf');
    writeFileSync(file, bytes);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    rmSync(folder, { recursive: true, force: true });
    return Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  }

  test('the 申报表, filled and checked, is submitted as one row with every column right and both files in its folder', async () => {
    await insert(APPLICATION);
    await fill(FIELDS);
    const checked = await check();
    const before = Date.now();
    await submit({ registerOnly: REGISTER_ONLY });

    const all = await rows();
    expect(all).toHaveLength(1);
    const row = all[0];
    projectId = String(row.ProjectId);
    expect(projectId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const folder = `党建项目/2024/${projectId}`;
    const site = 'https://standin.sharepoint.invalid/sites/dangjian/Shared%20Documents';
    const link = (file: string) => `${site}/${['党建项目', '2024', projectId, file].map(encodeURIComponent).join('/')}`;
    expect(row).toMatchObject({
      Title: NAME,
      ProjectId: projectId,
      Scheme: '书记项目',
      Status: '已申报',
      Year: 2024,
      Org: ORG,
      Leader: '王建华',
      Position: '机电工程学院党总支书记',
      Phone: '0556-5500123',
      Category: 'A.创新探索型',
      Level: '二级党组织',
      WordCount: checked.words,
      CheckPassed: checked.errors === 0,
      ApplicationUrl: link('shuji-application.docx'),
      PdfUrl: link('shuji-application.pdf'),
      SubmittedBy: 'shuji@standin.invalid',
    });
    expect(row.ReportUrl ?? null).toBeNull();
    const submittedAt = Date.parse(String(row.SubmittedAt));
    expect(submittedAt).toBeGreaterThanOrEqual(before - 1000);
    expect(submittedAt).toBeLessThanOrEqual(Date.now());
    applicationSubmittedAt = String(row.SubmittedAt);

    const stored = await files();
    expect(stored.map((file) => file.path).sort()).toEqual([`${folder}/shuji-application.docx`, `${folder}/shuji-application.pdf`]);
    // The .docx is the document itself: its marker carries the row's 项目编号 and the template.
    expect(docxMarker(await download(`${folder}/shuji-application.docx`))).toEqual({ projectId, templateId: 'shuji-application' });
    const pdf = await download(`${folder}/shuji-application.pdf`);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
  }, 120_000);

  test('the project name shows as text in the pane: no script ran, no element was injected, no dialog opened', async () => {
    const panel = page.locator('#panel-register');
    await expect(panel.getByText('已提交，台账状态：已申报').isVisible()).resolves.toBe(true);
    // The list shows the submitted project by itself, as a card whose heading is the name, as text.
    const card = panel.getByRole('list', { name: '本单位项目' }).getByRole('article').first();
    await card.waitFor();
    await expect(card.getByRole('heading').innerText()).resolves.toBe(NAME);
    await expect(pane().locator('script, img[src="x"]').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { injected?: number }).injected)).resolves.toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 1400 });
    await pane().screenshot({ path: join(SCREENSHOTS, 'pane-register-submitted.png'), animations: 'disabled' });
    await page.setViewportSize({ width: 1280, height: 1000 });
  }, 60_000);

  test('after submitting, the pane lists the paperwork the school asks for, and the sealed scan goes to the same row', async () => {
    const panel = page.locator('#panel-register');
    const checklist = panel.getByRole('region', { name: '提交之后还要做的' });
    await checklist.waitFor();
    const items = await checklist.getByRole('listitem').allInnerTexts();
    expect(items.map((item) => item.replace(/\s+/g, ' ').trim())).toEqual([
      '✔ PDF 电子版已随提交上传到台账',
      '☐ 纸质版加盖党组织公章',
      '☐ 盖章后扫描，把盖章扫描件上传到台账',
      '☐ 纸质版交到：校综合楼410室',
      '☐ 组织部收到纸质材料后在台账中标记',
    ]);
    const scan = Buffer.from('%PDF-1.4\n% sealed scan of the 申报表\n%%EOF\n', 'latin1');
    await checklist.getByLabel('上传盖章扫描件').setInputFiles({ name: '申报表盖章.pdf', mimeType: 'application/pdf', buffer: scan });
    await checklist.getByText('盖章扫描件已上传，台账中可以打开。').waitFor();
    const all = await rows();
    expect(all).toHaveLength(1);
    const path = `党建项目/2024/${projectId}/sealed-scan.pdf`;
    expect(all[0].SealedScanUrl).toBe(`https://standin.sharepoint.invalid/sites/dangjian/Shared%20Documents/${path.split('/').map(encodeURIComponent).join('/')}`);
    expect((await download(path)).equals(scan)).toBe(true);
    await expect(checklist.getByRole('listitem').nth(1).innerText()).resolves.toContain('✔');
    expect(pageErrors).toEqual([]);
  }, 60_000);

  test('a 结项报告 begun in a new document finds its project by part of its name and moves the same row to 已结项', async () => {
    await newDocument();
    await insert(CLOSING_REPORT);
    await fill(REPORT_FIELDS);
    await pane().getByRole('tab', { name: '台账' }).click();
    const panel = page.locator('#panel-register');
    await panel.getByRole('button', { name: '提交台账' }).click();
    // The report's form has no 项目名称: the pane asks which project, never for the missing field.
    const picker = panel.getByRole('region', { name: '这份文件属于台账中的哪个项目' });
    await picker.waitFor();
    await expect(panel.getByText(/还没有填写/).count()).resolves.toBe(0);
    await picker.getByLabel('项目名称中的几个字').fill('先锋');
    await picker.getByRole('button', { name: '查找' }).click();
    await picker.getByRole('button', { name: `选择 ${NAME}` }).click();
    const confirmation = panel.getByRole('region', { name: '确认提交到台账' });
    await confirmation.waitFor();
    await confirmation.getByRole('button', { name: '确认提交' }).click();
    await panel.getByText(/^已提交，台账状态：/).waitFor({ timeout: 30_000 });

    const all = await rows();
    expect(all).toHaveLength(1);
    const folder = `党建项目/2024/${projectId}`;
    const link = (file: string) => `https://standin.sharepoint.invalid/sites/dangjian/Shared%20Documents/${[...folder.split('/'), file].map(encodeURIComponent).join('/')}`;
    expect(all[0]).toMatchObject({ ProjectId: projectId, Title: NAME, Status: '已结项', ReportUrl: link('shuji-closing-report.docx'), PdfUrl: link('shuji-closing-report.pdf') });
    // The new document now carries the project's 项目编号.
    expect(docxMarker(await download(`${folder}/shuji-closing-report.docx`))).toEqual({ projectId, templateId: 'shuji-closing-report' });
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  test('the 结项报告 that replaces the document keeps its 项目编号 and moves the same row to 已结项 with its report and files', async () => {
    await pane().getByRole('tab', { name: '模板' }).click();
    await pane().getByRole('radio', { name: '替换整篇文档' }).check();
    await insert(CLOSING_REPORT);
    await fill(REPORT_FIELDS);
    const checked = await check();
    await submit({ doubleClick: true });

    const all = await rows();
    expect(all).toHaveLength(1);
    const row = all[0];
    const folder = `党建项目/2024/${projectId}`;
    const site = 'https://standin.sharepoint.invalid/sites/dangjian/Shared%20Documents';
    const link = (file: string) => `${site}/${['党建项目', '2024', projectId, file].map(encodeURIComponent).join('/')}`;
    expect(row).toMatchObject({
      Title: NAME,
      ProjectId: projectId,
      Scheme: '书记项目',
      Status: '已结项',
      Year: 2024,
      Org: ORG,
      Leader: '王建华',
      Phone: '0556-5500123',
      Category: 'A.创新探索型',
      Level: '二级党组织',
      WordCount: checked.words,
      CheckPassed: checked.errors === 0,
      ApplicationUrl: link('shuji-application.docx'),
      ReportUrl: link('shuji-closing-report.docx'),
      PdfUrl: link('shuji-closing-report.pdf'),
    });
    expect(Date.parse(String(row.SubmittedAt))).toBeGreaterThan(Date.parse(applicationSubmittedAt));

    const stored = await files();
    expect(stored.map((file) => file.path).sort()).toEqual(
      ['sealed-scan.pdf', 'shuji-application.docx', 'shuji-application.pdf', 'shuji-closing-report.docx', 'shuji-closing-report.pdf'].map((file) => `${folder}/${file}`),
    );
    expect(docxMarker(await download(`${folder}/shuji-closing-report.docx`))).toEqual({ projectId, templateId: 'shuji-closing-report' });
    expect((await download(`${folder}/shuji-closing-report.pdf`)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  test('提交台账 again, double-clicking 确认提交: still one row for the project', async () => {
    await submit({ doubleClick: true });
    const all = await rows();
    expect(all).toHaveLength(1);
    expect(all[0]).toMatchObject({ ProjectId: projectId, Status: '已结项' });
    await expect(files().then((stored) => stored.length)).resolves.toBe(5);
  }, 60_000);

  test('a 立项备案表 listing three projects gives three rows; submitted again, still three', async () => {
    await newDocument();
    await insert(FILING);
    await fill(FILING_FIELDS);
    await pane().getByRole('tab', { name: '台账' }).click();
    const panel = page.locator('#panel-register');
    for (const round of [1, 2]) {
      await panel.getByRole('button', { name: '提交台账' }).click();
      const confirmation = panel.getByRole('region', { name: '确认提交到台账' });
      await confirmation.waitFor();
      await expect(confirmation.getByRole('listitem').allInnerTexts()).resolves.toEqual([
        '1. 机电学生第一党支部：宿舍党员先锋岗' + (round === 2 ? '（台账中已有，更新状态）' : ''),
        '2. 机电教工党支部：党建+专业 双融合' + (round === 2 ? '（台账中已有，更新状态）' : ''),
        '3. 机电学生第二党支部：志愿服务进社区' + (round === 2 ? '（台账中已有，更新状态）' : ''),
      ]);
      await confirmation.getByRole('button', { name: '确认提交' }).click();
      await panel.getByText('已提交，台账状态：已立项（3 个项目）').waitFor({ timeout: 30_000 });
      const filed = (await rows()).filter((row) => row.FilingUrl);
      expect(filed).toHaveLength(3);
      expect(filed.map((row) => [row.Org, row.Leader, row.Title, row.Level, row.Status])).toEqual([
        ['机电学生第一党支部', '李明', '宿舍党员先锋岗', '党支部', '已立项'],
        ['机电教工党支部', '赵华', '党建+专业 双融合', '党支部', '已立项'],
        ['机电学生第二党支部', '孙丽', '志愿服务进社区', '党支部', '已立项'],
      ]);
      // The first project's row, and the three listed projects: four rows, every time.
      await expect(rows().then((all) => all.length)).resolves.toBe(4);
    }
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 120_000);

  test('before any settings, the administrator’s form (behind its link) fits inside the pane, the 云环境 dropdown too, on either cloud', async () => {
    const settingsPage = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    await settingsPage.goto(`${server.url}/harness.html`);
    await settingsPage.getByRole('tab', { name: '台账' }).click();
    await settingsPage.locator('#panel-register').getByRole('button', { name: '我是管理员：填写台账设置' }).click();
    const form = settingsPage.locator('#panel-register').getByRole('form', { name: '台账设置' });
    await form.waitFor();
    const paneBox = await settingsPage.getByTestId('pane').boundingBox();
    const cloud = form.getByRole('combobox', { name: '云环境' });
    for (const option of ['global', 'china']) {
      await cloud.selectOption(option);
      for (const control of [cloud, ...(await form.getByRole('textbox').all())]) {
        const box = await control.boundingBox();
        expect(box && paneBox && box.x + box.width <= paneBox.x + paneBox.width).toBe(true);
      }
    }
    await settingsPage.getByTestId('pane').screenshot({ path: join(SCREENSHOTS, 'pane-register-settings.png'), animations: 'disabled' });
    await settingsPage.close();
  }, 60_000);
});
