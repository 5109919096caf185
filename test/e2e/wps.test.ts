/**
 * The writer's story in WPS 文字, in the browser harness with `?host=wps`:
 * the same task pane over the WPS host and the WPS stand-in (1-based
 * collections, character positions, points). A 书记 inserts the 结项报告,
 * types the org and a summary pasted from a web page plus a paragraph that
 * kept its 宋体 / 小四 / single spacing, checks, jumps to a finding, fixes
 * everything and checks again: no font, size or spacing error is left.
 *
 * Then the 申报表 is submitted from WPS to the 台账 (the Graph stand-in):
 * a double click on 确认提交 still makes one row, and the .docx WPS gives
 * (its WordOpenXML, zipped) carries that row's 项目编号.
 *
 * The build emits the WPS加载项 beside the Office files: index.html and
 * ribbon.xml at the add-in's root, the WPS pane page, jsplugins.xml and
 * publish.xml; the Word pane's first scripts carry none of the WPS code.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import type { Browser, Page } from 'playwright-core';
import { chromiumTool, describeWith } from '../support/tools';
import { launchChromium } from './browser';
import { buildAddin } from './build';
import { serveFolder, type StaticServer } from './serve';

const TODAY = '2025-04-20';
const CLOSING_REPORT = '基层党建“书记项目”结项报告';
const ORG = '中共某某职业技术学院机电工程学院党总支';
const PASTED_SUMMARY = '本项目聚焦学生党员教育管理,着力解决组织生活形式单一、党员作用发挥不充分的问题🎉,形成“党建+专业”的育人品牌。';
const SONGTI_PARAGRAPH = '项目实施以来，支部共开展主题党日活动十二次，覆盖党员和入党积极分子二百余人次。';

describeWith(chromiumTool, 'the task pane over WPS in the browser harness', () => {
  let dist: string;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    dist = buildAddin('production');
    server = await serveFolder(dist);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/harness.html?host=wps&today=${TODAY}`);
    await page.getByRole('tab').first().waitFor();
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  function pane(): ReturnType<Page['locator']> {
    return page.getByTestId('pane');
  }

  test('插入 puts the 结项报告 into the WPS document, through the WPS host’s own chunk', async () => {
    await pane().getByRole('button', { name: `插入《${CLOSING_REPORT}》` }).click();
    await pane().getByText(`已插入《${CLOSING_REPORT}》`).waitFor();
    const documentText = await page.locator('.page').innerText();
    expect(documentText).toContain(CLOSING_REPORT);
    for (const heading of ['一、项目简介', '二、推进情况', '三、主要成效']) expect(documentText).toContain(heading);
    await expect(page.locator('.paragraph').first().locator('.format').innerText()).resolves.toContain('二号');
    const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    expect(loaded.some((name) => /\/wps-standin\.[0-9a-f]+\.js$/.test(name))).toBe(true);
    expect(loaded.some((name) => /\/in-memory-word\.[0-9a-f]+\.js$/.test(name))).toBe(false);
    expect(errors).toEqual([]);
  });

  test('the writer types the org and pastes a summary and a 宋体 paragraph', async () => {
    await page.getByLabel('填写：基层党组织名称').fill(ORG);
    await page.getByLabel('填写：项目简介').fill(PASTED_SUMMARY);
    const org = page.locator('.paragraph', { has: page.getByLabel('填写：基层党组织名称') });
    await expect(org.locator('.format').innerText()).resolves.toBe('楷体_GB2312 · 三号 · 固定值 28 磅');
    await page.evaluate(
      ([text]) => window.harness?.pasteAfter('summary', text, { eastAsiaFont: '宋体', sizePt: 12, lineSpacingLines: 1 }),
      [SONGTI_PARAGRAPH],
    );
    const pasted = page.locator('.paragraph', { hasText: SONGTI_PARAGRAPH });
    await expect(pasted.locator('.format').innerText()).resolves.toBe('宋体 · 小四 · 1 倍行距');
  });

  test('检查 finds the 宋体 paragraph and the pasted punctuation; 定位 selects that paragraph', async () => {
    await pane().getByRole('tab', { name: '检查' }).click();
    await pane().getByRole('button', { name: '检查', exact: true }).click();
    await pane().getByTestId('check-summary').waitFor();
    await expect(pane().getByText(`已识别模板：${CLOSING_REPORT}`).isVisible()).resolves.toBe(true);
    expect(Number(await pane().getByTestId('summary-errors').innerText())).toBeGreaterThan(0);
    await expect(pane().locator('[data-rule="font"]').innerText()).resolves.toContain('宋体');
    await expect(pane().locator('[data-rule="punctuation-width"]').count()).resolves.toBe(1);

    const finding = pane().locator('[data-rule="font"] [data-testid="finding"]').first();
    const paragraph = await finding.getAttribute('data-paragraph');
    await finding.getByRole('button', { name: `定位到第 ${paragraph} 段` }).click();
    await page.locator('.paragraph[data-selected="true"]').waitFor();
    const highlighted = page.locator(`.paragraph[data-paragraph="${paragraph}"]`);
    await expect(highlighted.getAttribute('data-selected')).resolves.toBe('true');
    await expect(highlighted.innerText()).resolves.toContain(SONGTI_PARAGRAPH);
  });

  test('修正全部, then 检查 again: no font, size or spacing error is left and the pasted text is mended', async () => {
    await pane().getByRole('button', { name: /^修正全部（\d+）$/ }).click();
    await pane().getByText(/^已修正 \d+ 处，并已重新检查。$/).waitFor();
    await pane().getByRole('button', { name: '重新检查' }).click();
    await pane().getByTestId('check-summary').waitFor();
    for (const rule of ['font', 'font-size', 'line-spacing', 'punctuation-width', 'stray-character']) {
      await expect(pane().locator(`[data-rule="${rule}"]`).count()).resolves.toBe(0);
    }
    const pasted = page.locator('.paragraph', { hasText: SONGTI_PARAGRAPH });
    await expect(pasted.locator('.format').innerText()).resolves.toBe('方正仿宋_GBK · 三号 · 固定值 28 磅');
    await expect(page.getByLabel('填写：项目简介').inputValue()).resolves.toBe(
      '本项目聚焦学生党员教育管理，着力解决组织生活形式单一、党员作用发挥不充分的问题，形成“党建+专业”的育人品牌。',
    );
    expect(errors).toEqual([]);
  });

  test('the build emits the WPS加载项 beside the Office files', () => {
    for (const file of ['manifest.xml', 'taskpane.html', 'index.html', 'ribbon.xml', 'wps-taskpane.html', 'jsplugins.xml', 'publish.xml']) {
      expect({ file, built: existsSync(join(dist, file)) }).toEqual({ file, built: true });
    }
    expect(readFileSync(join(dist, 'ribbon.xml'), 'utf8')).toContain('onAction="OnAction"');
    expect(readFileSync(join(dist, 'jsplugins.xml'), 'utf8')).toContain('url="https://localhost:3000/"');
    const version = (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
    expect(readFileSync(join(dist, 'publish.xml'), 'utf8')).toContain(`url="dangjian_${version}"`);
  });

  test('Word’s pane page loads none of the WPS code; the WPS pane page opens outside Office', async () => {
    const scripts = (name: string) =>
      [...readFileSync(join(dist, name), 'utf8').matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((match) => match[1] as string).filter((src) => !/^https?:/.test(src));
    const wordFirst = scripts('taskpane.html').map((src) => readFileSync(join(dist, src.replace(/^\//, '')), 'utf8')).join('\n');
    for (const wpsOnly of ['StartCustomRecord', 'CharacterUnitFirstLineIndent', 'CreateTaskPane']) expect(wordFirst).not.toContain(wpsOnly);
    expect(readFileSync(join(dist, 'wps-taskpane.html'), 'utf8')).not.toContain('office.js');

    const wpsPane = await browser.newPage({ viewport: { width: 350, height: 800 }, locale: 'zh-CN' });
    const paneErrors: string[] = [];
    wpsPane.on('pageerror', (error) => paneErrors.push(error.message));
    await wpsPane.goto(`${server.url}/wps-taskpane.html?view=templates`);
    await wpsPane.getByRole('tab', { name: '模板', selected: true }).waitFor();
    expect(paneErrors).toEqual([]);
    await wpsPane.close();
  });

  test('submitting the 申报表 from WPS: a double click on 确认提交 still makes one row, and the .docx carries its 项目编号', async () => {
    const register = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'zh-CN' });
    const registerErrors: string[] = [];
    register.on('pageerror', (error) => registerErrors.push(error.message));
    await register.goto(`${server.url}/harness.html?register=standin&host=wps&today=${TODAY}`);
    await register.getByRole('tab').first().waitFor();
    await register.evaluate(() => window.registerStandin?.ready);
    const registerPane = register.getByTestId('pane');
    const application = '基层党建“书记项目”申报表';
    await registerPane.getByRole('button', { name: `插入《${application}》` }).click();
    await registerPane.getByText(`已插入《${application}》`).waitFor();
    const fields: Record<string, string> = {
      projectName: '“红色领航”党员先锋工程',
      leader: '王建华',
      phone: '0556-5500123',
      position: '机电工程学院党总支书记',
      category: 'A',
      problems: '学生党员教育管理形式单一，党员先锋模范作用发挥不充分。',
      background: '学院现有学生党员一百二十名，分布在四个专业党支部。',
      measures: '实施“党建+专业”双融合工程，建立党员示范岗十个。',
      schedule: '2024年5月启动，2024年12月中期检查，2025年4月总结。',
    };
    for (const [tag, text] of Object.entries(fields)) await register.evaluate(([field, value]) => window.harness?.setControlText(field, value), [tag, text]);

    await registerPane.getByRole('tab', { name: '台账' }).click();
    const panel = register.locator('#panel-register');
    await panel.getByRole('button', { name: '提交台账' }).click();
    const asked = panel.getByRole('region', { name: /^台账还需要这些信息/ });
    await asked.waitFor();
    await asked.getByRole('textbox', { name: '党组织名称' }).fill('中共安庆职业技术学院机电工程学院总支部委员会');
    await asked.getByRole('combobox', { name: '项目层级' }).selectOption('二级党组织');
    await asked.getByRole('spinbutton', { name: '年度' }).fill('2024');
    await asked.getByRole('button', { name: '继续' }).click();
    const confirmation = panel.getByRole('region', { name: '确认提交到台账' });
    await confirmation.waitFor();
    await confirmation.getByRole('button', { name: '确认提交' }).dblclick();
    await panel.getByText(/^已提交，台账状态：/).waitFor({ timeout: 30_000 });

    const rows = (await register.evaluate(() => window.registerStandin?.rows() ?? Promise.resolve([]))) as Record<string, unknown>[];
    expect(rows).toHaveLength(1);
    const projectId = String(rows[0]?.ProjectId);
    expect(rows[0]).toMatchObject({ Title: fields.projectName, Status: '已申报', Leader: '王建华' });
    const docxPath = `党建项目/2024/${projectId}/shuji-application.docx`;
    const stored = (await register.evaluate(() => window.registerStandin?.files() ?? Promise.resolve([]))) as { path: string }[];
    expect(stored.map((file) => file.path).sort()).toEqual([docxPath, docxPath.replace(/docx$/, 'pdf')]);
    const docx = Buffer.from(await register.evaluate((wanted) => window.registerStandin?.download(wanted) ?? '', docxPath), 'base64');
    const custom = strFromU8(unzipSync(new Uint8Array(docx))['docProps/custom.xml'] ?? new Uint8Array());
    expect(custom).toContain(projectId);
    expect(registerErrors).toEqual([]);
    await register.close();
  }, 180_000);
});
