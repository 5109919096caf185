/**
 * The writer's story in the browser harness: the real task pane (350 px, as
 * Word shows it) over the in-memory Word, through the same Word adapter the
 * add-in runs in Word. The page's left side is the document that host holds.
 *
 * A 书记 inserts the 结项报告, fills in the org and a summary pasted from a
 * web page (half-width commas, an emoji) plus a paragraph that kept its
 * 宋体 / 小四 / single spacing, checks, jumps to a finding, fixes everything
 * and checks again: no font, size or spacing error is left. Screenshots
 * (zh-CN) go to docs/screenshots/ for the README; axe-core finds no serious
 * or critical accessibility problem in the pane.
 */
import { mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { chromiumTool, describeWith } from '../support/tools';
import { axeViolations, serious } from './axe';
import { launchChromium } from './browser';
import { buildAddin } from './build';
import { serveFolder, type StaticServer } from './serve';

const SCREENSHOTS = join(__dirname, '..', '..', 'docs', 'screenshots');
const TODAY = '2025-04-20';
const CLOSING_REPORT = '基层党建“书记项目”结项报告';
const ORG = '中共某某职业技术学院机电工程学院党总支';
const PASTED_SUMMARY = '本项目聚焦学生党员教育管理,着力解决组织生活形式单一、党员作用发挥不充分的问题🎉,形成“党建+专业”的育人品牌。';
const SONGTI_PARAGRAPH = '项目实施以来，支部共开展主题党日活动十二次，覆盖党员和入党积极分子二百余人次。';

describeWith(chromiumTool, 'the task pane in the browser harness', () => {
  let dist: string;
  let server: StaticServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    dist = buildAddin('production');
    server = await serveFolder(dist);
    browser = await launchChromium();
    mkdirSync(SCREENSHOTS, { recursive: true });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function openHarness(query: string): Promise<Page> {
    const opened = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const errors: string[] = [];
    opened.on('pageerror', (error) => errors.push(error.message));
    await opened.goto(`${server.url}/harness.html?${query}`);
    await opened.getByRole('tab').first().waitFor();
    expect(errors).toEqual([]);
    return opened;
  }

  function pane(): ReturnType<Page['locator']> {
    return page.getByTestId('pane');
  }

  async function paneShot(name: string): Promise<void> {
    await pane().screenshot({ path: join(SCREENSHOTS, `${name}.png`), animations: 'disabled' });
  }

  describe('a closing report written with pasted text', () => {
    beforeAll(async () => {
      page = await openHarness(`today=${TODAY}`);
    });
    afterAll(async () => {
      await page.close();
    });

    test('the 模板 place lists the catalog by scheme, with kinds and days left to the deadline', async () => {
      for (const scheme of ['书记项目', '立项活动', '一支部一特色']) {
        await expect(pane().getByRole('heading', { name: scheme, level: 3 }).isVisible()).resolves.toBe(true);
      }
      const card = pane().locator('[data-template-id="shuji-closing-report"]');
      await expect(card.textContent()).resolves.toContain('截止 2025-05-10 · 还剩 20 天');
      await expect(card.textContent()).resolves.toContain('报告');
      await paneShot('pane-templates');
      expect(serious(await axeViolations(page, '[data-testid="pane"]'))).toEqual([]);
    });

    test('插入 puts the 结项报告 into the document, with its title, org line and three sections', async () => {
      await pane().getByRole('button', { name: `插入《${CLOSING_REPORT}》` }).click();
      await pane().getByText(`已插入《${CLOSING_REPORT}》`).waitFor();
      const documentText = await page.locator('.page').innerText();
      expect(documentText).toContain(CLOSING_REPORT);
      for (const heading of ['一、项目简介', '二、推进情况', '三、主要成效']) expect(documentText).toContain(heading);
      await expect(page.locator('.paragraph').first().locator('.format').innerText()).resolves.toContain('二号');
      // The document is the in-memory Word's, reached through the Word adapter (its own chunk).
      const loaded = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
      expect(loaded.some((name) => /\/in-memory-word\.[0-9a-f]+\.js$/.test(name))).toBe(true);
    });

    test('the writer types the org and pastes a summary and a 宋体 paragraph from a web page', async () => {
      await page.getByLabel('填写：基层党组织名称').fill(ORG);
      await page.getByLabel('填写：项目简介').fill(PASTED_SUMMARY);
      // What was typed replaced the grey prompts in the document Word holds, in the fields' own fonts.
      const org = page.locator('.paragraph', { has: page.getByLabel('填写：基层党组织名称') });
      await expect(org.locator('.format').innerText()).resolves.toBe('楷体_GB2312 · 三号 · 固定值 28 磅');
      await expect(page.getByLabel('填写：项目简介').getAttribute('placeholder')).resolves.toBeNull();
      await page.evaluate(
        ([text]) => window.harness?.pasteAfter('summary', text, { eastAsiaFont: '宋体', sizePt: 12, lineSpacingLines: 1 }),
        [SONGTI_PARAGRAPH],
      );
      const pasted = page.locator('.paragraph', { hasText: SONGTI_PARAGRAPH });
      await expect(pasted.locator('.format').innerText()).resolves.toBe('宋体 · 小四 · 1 倍行距');
    });

    test('检查 shows the summary and the findings in Chinese, grouped by rule', async () => {
      await pane().getByRole('tab', { name: '检查' }).click();
      await pane().getByRole('button', { name: '检查', exact: true }).click();
      await pane().getByTestId('check-summary').waitFor();
      await expect(pane().getByText(`已识别模板：${CLOSING_REPORT}`).isVisible()).resolves.toBe(true);

      const errors = Number(await pane().getByTestId('summary-errors').innerText());
      const warnings = Number(await pane().getByTestId('summary-warnings').innerText());
      expect(errors).toBeGreaterThan(0);
      expect(warnings).toBeGreaterThan(0);
      await expect(pane().getByTestId('check-announce').innerText()).resolves.toMatch(
        new RegExp(`^检查完成：错误 ${errors} 个，警告 ${warnings} 个，字数 \\d+。$`),
      );
      await expect(pane().getByTestId('finding').count()).resolves.toBe(errors + warnings);
      // The fields typed into no longer count as unfilled; the ones left blank do.
      const unfilled = await pane().locator('[data-rule="required-field"]').innerText();
      expect(unfilled).not.toContain('基层党组织名称');
      expect(unfilled).not.toContain('“项目简介”');
      expect(unfilled).toContain('推进情况');

      const font = pane().locator('[data-rule="font"]');
      await expect(font.getByRole('heading', { level: 4 }).innerText()).resolves.toContain('字体');
      await expect(font.innerText()).resolves.toContain('宋体');
      await expect(pane().locator('[data-rule="line-spacing"]').getByRole('heading', { level: 4 }).innerText()).resolves.toContain('行距');
      await expect(pane().locator('[data-rule="punctuation-width"]').getByRole('heading', { level: 4 }).innerText()).resolves.toContain('半角标点');
      await expect(pane().locator('[data-rule="stray-character"]').getByRole('heading', { level: 4 }).innerText()).resolves.toContain('异常字符');
      await paneShot('pane-check-findings');
      expect(serious(await axeViolations(page, '[data-testid="pane"]'))).toEqual([]);
    });

    test('定位 on the font finding highlights that paragraph in the document', async () => {
      const finding = pane().locator('[data-rule="font"] [data-testid="finding"]').first();
      const paragraph = await finding.getAttribute('data-paragraph');
      await finding.getByRole('button', { name: `定位到第 ${paragraph} 段` }).click();
      const highlighted = page.locator(`.paragraph[data-paragraph="${paragraph}"]`);
      await page.locator('.paragraph[data-selected="true"]').waitFor();
      await expect(highlighted.getAttribute('data-selected')).resolves.toBe('true');
      await expect(highlighted.innerText()).resolves.toContain(SONGTI_PARAGRAPH);
      await page.screenshot({ path: join(SCREENSHOTS, 'harness-locate.png'), animations: 'disabled' });
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
      await paneShot('pane-check-fixed');
    });
  });

  test('a cover line keeps its label: typing a name into 项目执行者 fills only the field, and 检查 no longer asks for it', async () => {
    page = await openHarness(`today=${TODAY}`);
    const form = '党支部工作“立项活动”项目申报表';
    await pane().getByRole('button', { name: `插入《${form}》` }).click();
    await pane().getByText(`已插入《${form}》`).waitFor();
    const line = page.locator('.paragraph', { has: page.getByLabel('填写：项目执行者') });
    await expect(line.locator('.labelled > span').first().innerText()).resolves.toBe('项目执行者：');
    await expect(page.getByLabel('填写：项目执行者').getAttribute('placeholder')).resolves.toBe('填写姓名');

    await pane().getByRole('tab', { name: '检查' }).click();
    await pane().getByRole('button', { name: '检查', exact: true }).click();
    await pane().getByTestId('check-summary').waitFor();
    await expect(pane().locator('[data-rule="required-field"]').innerText()).resolves.toContain('项目执行者');

    await page.getByLabel('填写：项目执行者').fill('王建华');
    await expect(line.locator('.labelled').innerText()).resolves.toContain('项目执行者：');
    await expect(page.getByLabel('填写：项目执行者').inputValue()).resolves.toBe('王建华');
    await pane().getByRole('button', { name: /^(重新)?检查$/ }).click();
    await pane().getByTestId('check-summary').waitFor();
    await expect(pane().locator('[data-rule="required-field"]').innerText()).resolves.not.toContain('项目执行者');
    await line.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, 'harness-form.png'), animations: 'disabled' });
    await page.close();
  });

  test('by keyboard alone: arrow to 检查, Tab to the button, Enter; focus lands on the result sentence a screen reader reads', async () => {
    page = await openHarness(`today=${TODAY}`);
    await pane().getByRole('button', { name: `插入《${CLOSING_REPORT}》` }).click();
    await pane().getByText(`已插入《${CLOSING_REPORT}》`).waitFor();
    await pane().getByRole('tab', { name: '模板' }).focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(pane().getByRole('tab', { name: '检查', selected: true }).isVisible()).resolves.toBe(true);
    let reached = false;
    for (let step = 0; step < 8 && !reached; step += 1) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => document.activeElement?.textContent === '检查' && document.activeElement.tagName === 'BUTTON');
    }
    expect(reached).toBe(true);
    await page.keyboard.press('Enter');
    await pane().getByTestId('check-summary').waitFor();
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'check-announce');
    // The template was inserted and nothing typed: the sentence says it is 未填写, not that it passes.
    await expect(page.evaluate(() => document.activeElement?.textContent ?? '')).resolves.toMatch(/^检查完成：未填写，4 项待填写，字数 \d+。$/);
    await expect(pane().getByTestId('check-unfilled').innerText()).resolves.toContain('未填写');
    await page.close();
  });

  test('a 案例 shows its 字数 against the notice’s 2500 limit', async () => {
    page = await openHarness(`today=${TODAY}`);
    await pane().getByRole('button', { name: '插入《“一支部一特色”党支部工作案例》' }).click();
    await pane().getByText('已插入《“一支部一特色”党支部工作案例》').waitFor();
    await pane().getByRole('tab', { name: '检查' }).click();
    await pane().getByRole('button', { name: '检查', exact: true }).click();
    await pane().getByTestId('check-summary').waitFor();
    await expect(pane().getByTestId('summary-words').innerText()).resolves.toMatch(/^\d+ \/ 2500$/);
    await page.close();
  });

  test('the ribbon’s 检查格式 opens the 检查 place and checks at once; an unrecognisable document asks for its template', async () => {
    page = await openHarness(`today=${TODAY}&view=check&run=1`);
    await expect(page.getByRole('tab', { name: '检查', selected: true }).isVisible()).resolves.toBe(true);
    await pane().getByText('无法从文档识别模板').waitFor();
    await page.close();
  });

  test('the 台账 place loads its code (sign-in, Graph) only when opened, then shows the register panel', async () => {
    page = await openHarness(`today=${TODAY}`);
    const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name));
    const registerChunk = (names: string[]) => names.some((name) => /\/register\.[0-9a-f]+\.js$/.test(name));
    expect(registerChunk(await loaded())).toBe(false);
    await page.getByRole('tab', { name: '台账' }).click();
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => /\/register\.[0-9a-f]+\.js$/.test(entry.name)));
    expect(registerChunk(await loaded())).toBe(true);
    const panel = page.locator('#panel-register');
    await panel.getByRole('button').first().waitFor();
    await expect(panel.getByText('项目台账功能尚未安装').count()).resolves.toBe(0);
    await paneShot('pane-register');
    expect(serious(await axeViolations(page, '[data-testid="pane"]'))).toEqual([]);
    await page.close();
  });

  test('Word’s pane page opens on the pane alone: the checking code (rules, detection, fix planning) comes in a chunk of its own', () => {
    const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((match) => match[1]).filter((src) => !/^https?:/.test(src));
    expect(scripts.length).toBeGreaterThan(0);
    const initialFiles = new Set(scripts.map((src) => src.replace(/^\//, '')));
    const read = (name: string) => readFileSync(join(dist, name), 'utf8');
    // The punctuation rule's pattern for web addresses stands for the rules' code.
    const ruleCode = 'www\\.)[\\x21-\\x7e]+';
    expect([...initialFiles].some((name) => read(name).includes(ruleCode))).toBe(false);
    const later = readdirSync(dist).filter((name) => name.endsWith('.js') && !initialFiles.has(name) && name !== 'batch-worker.js');
    expect(later.some((name) => read(name).includes(ruleCode))).toBe(true);
    expect(later.some((name) => /^check\.[0-9a-f]+\.js$/.test(name))).toBe(true);
  });

  test('Word’s pane page opens on the 模板 place in Chinese: the 检查 place, the English strings and the command line’s messages are not in its first download', () => {
    const html = readFileSync(join(dist, 'taskpane.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((match) => match[1]).filter((src) => !/^https?:/.test(src));
    const initial = scripts.map((src) => readFileSync(join(dist, src.replace(/^\//, '')), 'utf8')).join('\n');
    // The 模板 place's own words are there ...
    expect(initial).toContain('插入官方模板');
    // ... the 检查 place's summary, the English pane and the CLI's help are not.
    expect(initial).not.toContain('check-announce');
    expect(initial).not.toContain('Insert an official template');
    expect(initial).not.toContain('--school <');
    const later = readdirSync(dist).filter((name) => name.endsWith('.js') && !scripts.some((src) => src.endsWith(name)));
    expect(later.some((name) => readFileSync(join(dist, name), 'utf8').includes('Insert an official template'))).toBe(true);
  });

  test('the harness opens on the pane alone and fetches the checking chunk after its first paint', async () => {
    page = await openHarness(`today=${TODAY}`);
    await page.waitForFunction(() => performance.getEntriesByType('resource').some((entry) => /\/check\.[0-9a-f]+\.js$/.test(entry.name)));
    const order = await page.evaluate(() => {
      const check = performance.getEntriesByType('resource').find((entry) => /\/check\.[0-9a-f]+\.js$/.test(entry.name));
      const rendered = performance.getEntriesByName('pane-first-render')[0];
      return { checkStart: check?.startTime ?? -1, rendered: rendered?.startTime ?? Infinity };
    });
    expect(order.checkStart).toBeGreaterThan(order.rendered);
    await page.close();
  });

  test('an English Office shows the pane in English', async () => {
    page = await openHarness(`today=${TODAY}&lang=en-US`);
    await expect(page.getByRole('tab', { name: 'Templates' }).isVisible()).resolves.toBe(true);
    await page.close();
  });
});
