/**
 * The organisation department's batch check without installing anything:
 * batch.html, served with the add-in, in Chromium. Fifty submitted files
 * (blank forms from the template writer, closing reports written by
 * python-docx, a document no template fits, a few broken files) are chosen;
 * the page checks them in its worker with no request leaving the page and
 * shows the same verdicts as `dangjian check`; one file's findings open;
 * the report downloaded is the CLI's `--format html` page; the fixed copies'
 * zip holds what `--fix` writes, and those copies re-check with no fixable
 * finding left. Two hundred files show progress and can be cancelled. The
 * page runs three checking workers here, as on a four-core computer.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { writeTemplateDocx } from '../../src/docx/write';
import { resolveCatalog } from '../../src/templates/pack';
import { checkJson, dangjian, REPO, type JsonFile } from '../support/cli';
import { chromiumTool, describeWith, pythonDocxTool, runPython, tempDir } from '../support/tools';
import { axeViolations, serious } from './axe';
import { launchChromium } from './browser';
import { buildAddin } from './build';
import { serveFolder, type StaticServer } from './serve';

const MAKE_REPORTS = join(REPO, 'test', 'cli', 'fixtures', 'make_reports.py');

/** A plain notice no template describes: checked for format alone (未识别模板). */
const NOTICE_SCRIPT = `
import sys
from docx import Document
document = Document()
document.add_paragraph("关于召开党员大会的通知")
document.add_paragraph("各位党员：定于下周三下午召开支部党员大会，请准时参加。")
document.save(sys.argv[1])
`;

const catalog = (() => {
  const resolved = resolveCatalog();
  if (!resolved.ok) throw new Error(resolved.error.message);
  return resolved.value;
})();

function templateNameOf(id: string | null): string | null {
  return id === null ? null : (catalog.templates.find((template) => template.id === id)?.name ?? id);
}

/** Status as the HTML report words it. */
function statusOf(file: JsonFile): string {
  if (file.error) return 'unreadable';
  if (file.unfilled) return 'unfilled';
  return file.findings.some((finding) => finding.severity === 'error') ? 'fail' : 'pass';
}

/** Fifty files in `dir`; returns their names. */
function makeSubmissions(dir: string): string[] {
  const made = tempDir('batch-made');
  for (const variant of ['broken', 'compliant', 'compliant-styles']) {
    runPython(readFileSync(MAKE_REPORTS, 'utf8'), [variant, join(made, `${variant}.docx`)]);
  }
  runPython(NOTICE_SCRIPT, [join(dir, '党员大会通知.docx')]);
  for (let n = 1; n <= 8; n += 1) copyFileSync(join(made, 'compliant.docx'), join(dir, `合格报告-${n}.docx`));
  for (let n = 1; n <= 7; n += 1) copyFileSync(join(made, 'compliant-styles.docx'), join(dir, `样式报告-${n}.docx`));
  for (const [index, template] of catalog.templates.entries()) {
    const profile = catalog.profiles.find((candidate) => candidate.id === template.profile);
    if (!profile) throw new Error(`no profile ${template.profile}`);
    const bytes = writeTemplateDocx(template, profile, { projectId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}` });
    writeFileSync(join(dir, `空白-${template.id}.docx`), bytes);
  }
  const sample = readFileSync(join(made, 'broken.docx'));
  writeFileSync(join(dir, '截断.docx'), sample.subarray(0, Math.floor(sample.length / 2)));
  writeFileSync(join(dir, '改名的文本.docx'), '这不是 Word 文档');
  writeFileSync(join(dir, '空文件.docx'), '');
  // The rest, up to fifty: closing reports sent back with the usual problems.
  const others = readdirSync(dir).length;
  for (let n = 1; n <= 50 - others; n += 1) copyFileSync(join(made, 'broken.docx'), join(dir, `结项报告-${String(n).padStart(2, '0')}.docx`));
  rmSync(made, { recursive: true, force: true });
  const names = readdirSync(dir).filter((name) => name.endsWith('.docx'));
  return names.sort((a, b) => a.localeCompare(b, 'zh-CN'));
}

describeWith(pythonDocxTool, 'the batch page', () => {
  describeWith(chromiumTool, 'checking fifty submissions in Chromium', () => {
    let dist: string;
    let server: StaticServer;
    let browser: Browser;
    let context: BrowserContext;
    let page: Page;
    const dir = tempDir('batch-submissions');
    const downloads = tempDir('batch-downloads');
    let names: string[] = [];
    let cliFiles: JsonFile[] = [];
    /** Every request the page or its worker made after the page had loaded. */
    const afterLoad: string[] = [];
    const pageErrors: string[] = [];

    beforeAll(async () => {
      names = makeSubmissions(dir);
      cliFiles = checkJson(['.'], dir).files;
      dist = buildAddin('production');
      server = await serveFolder(dist);
      browser = await launchChromium();
      context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN', acceptDownloads: true });
      page = await context.newPage();
      page.on('pageerror', (error) => pageErrors.push(error.message));
      // Three checking workers, as on a four-core office computer: rows, cancelling and the zip are shared out among them.
      await page.goto(`${server.url}/batch.html?workers=3`);
      await page.locator('[data-testid="batch-page"][data-ready="true"]').waitFor();
      // From here on the network is gone: anything the page asks for is recorded and refused.
      await context.route('**/*', async (route) => {
        afterLoad.push(route.request().url());
        await route.abort();
      });
      await page.getByTestId('files-input').setInputFiles(names.map((name) => join(dir, name)));
      await page.locator('[data-testid="batch-page"][data-phase="done"]').waitFor({ timeout: 180_000 });
    }, 600_000);

    afterAll(async () => {
      await browser?.close();
      await server?.close();
      rmSync(dir, { recursive: true, force: true });
      rmSync(downloads, { recursive: true, force: true });
    });

    test('the fifty files are generated as planned and the CLI reads them all', () => {
      expect(names).toHaveLength(50);
      expect(cliFiles.map((file) => file.path)).toEqual(names);
    });

    test('every file gets the verdict, template name and counts dangjian check gives it', async () => {
      const rows = page.getByTestId('batch-table').locator('tbody tr');
      await expect(rows.count()).resolves.toBe(50);
      const shown = await rows.evaluateAll((elements) =>
        elements.map((row) => {
          const cells = Array.from(row.querySelectorAll('td')).map((cell) => (cell.textContent ?? '').trim());
          return { path: row.getAttribute('data-path'), status: row.getAttribute('data-status'), cells };
        }),
      );
      const expected = cliFiles.map((file) => {
        const errors = file.findings.filter((finding) => finding.severity === 'error').length;
        return {
          path: file.path,
          status: statusOf(file),
          cells: [
            file.path,
            templateNameOf(file.template) ?? (file.error ? '—' : '未识别模板'),
            { pass: '通过', fail: '未通过', unfilled: '未填写', unreadable: '无法读取' }[statusOf(file)],
            file.wordCount === null ? '—' : String(file.wordCount),
            String(errors),
            String(file.findings.length - errors),
          ],
        };
      });
      expect(shown).toEqual(expected);
      // The mix the department receives: all four verdicts and an unrecognised document.
      const statuses = new Set(shown.map((row) => row.status));
      expect([...statuses].sort()).toEqual(['fail', 'pass', 'unfilled', 'unreadable']);
      expect(shown.find((row) => row.path === '党员大会通知.docx')?.cells[1]).toBe('未识别模板');
    });

    test('the summary counts files by verdict and findings by severity', async () => {
      const stat = async (key: string): Promise<number> => Number(await page.locator(`[data-stat="${key}"] dd`).textContent());
      const errors = cliFiles.reduce((sum, file) => sum + file.findings.filter((finding) => finding.severity === 'error').length, 0);
      const all = cliFiles.reduce((sum, file) => sum + file.findings.length, 0);
      await expect(stat('files')).resolves.toBe(50);
      await expect(stat('unreadable')).resolves.toBe(3);
      await expect(stat('errors')).resolves.toBe(errors);
      await expect(stat('warnings')).resolves.toBe(all - errors);
      await expect(page.getByTestId('progress-text').textContent()).resolves.toContain('已检查 50 / 50 个文件');
    });

    test('opening a broken report lists its findings, paragraph by paragraph, as the CLI does', async () => {
      const file = cliFiles.find((candidate) => candidate.path === '结项报告-01.docx');
      await page.getByRole('button', { name: '结项报告-01.docx' }).click();
      const details = page.getByTestId('file-details');
      await details.waitFor();
      await expect(details.getByRole('heading').first().textContent()).resolves.toContain('结项报告-01.docx');
      const rows = details.locator('tbody tr');
      await expect(rows.count()).resolves.toBe(file?.findings.length);
      const rules = await rows.evaluateAll((elements) => elements.map((row) => row.getAttribute('data-rule')));
      expect(rules).toEqual(file?.findings.map((finding) => finding.rule));
      await expect(details.textContent()).resolves.toContain('方正仿宋_GBK');
      expect(serious(await axeViolations(page, 'body'))).toEqual([]);
      await details.getByRole('button', { name: '关闭' }).click();
      await details.waitFor({ state: 'detached' });
      // The dialog hides the page from assistive technology while open; closed, the page is reachable again.
      await page.waitForFunction(() => !document.querySelector('[aria-hidden="true"] button, [aria-hidden="true"] input'), undefined, { timeout: 10_000 });
    });

    test('the page has no serious accessibility problem', async () => {
      expect(serious(await axeViolations(page, 'body'))).toEqual([]);
    });

    test('the downloaded report is the page dangjian check --format html writes', async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载检查报告（HTML）' }).click()]);
      expect(download.suggestedFilename()).toBe('检查报告.html');
      const saved = join(downloads, 'report.html');
      await download.saveAs(saved);
      const fromPage = readFileSync(saved, 'utf8');
      const fromCli = dangjian(['check', '--format', 'html', '.'], dir).stdout;
      const undated = (html: string): string => html.replace(/<p class="meta">[^<]*<\/p>/, '<p class="meta"></p>');
      expect(undated(fromPage)).toBe(undated(fromCli));
      expect(fromPage).toContain('<td class="fail">未填写</td>');
    });

    test('the fixed copies come as a zip named as --fix names them, and they re-check with nothing left to fix', async () => {
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: 180_000 }), page.getByRole('button', { name: '下载修正后的副本（ZIP）' }).click()]);
      expect(download.suggestedFilename()).toBe('修正副本.zip');
      const saved = join(downloads, 'fixed.zip');
      await download.saveAs(saved);
      const entries = unzipSync(new Uint8Array(readFileSync(saved)));
      const fixedDir = join(downloads, 'from-page');
      mkdirSync(fixedDir);
      for (const [name, bytes] of Object.entries(entries)) writeFileSync(join(fixedDir, name), bytes);

      const cliFixed = join(downloads, 'from-cli');
      dangjian(['check', '--fix', '-o', cliFixed, '.'], dir);
      const cliNames = readdirSync(cliFixed).sort();
      expect(Object.keys(entries).sort()).toEqual(cliNames);
      // Every readable file has its copy; the three broken ones have none.
      expect(cliNames).toHaveLength(47);
      // The same documents: every part the same bytes once inflated (the CLI deflates with Node's zlib, the page with fflate).
      const parts = (bytes: Uint8Array): Record<string, string> =>
        Object.fromEntries(Object.entries(unzipSync(bytes)).map(([part, content]) => [part, Buffer.from(content).toString('base64')]));
      for (const name of cliNames) expect(parts(entries[name])).toEqual(parts(new Uint8Array(readFileSync(join(cliFixed, name)))));

      const recheck = checkJson(['.'], fixedDir).files;
      expect(recheck).toHaveLength(47);
      for (const file of recheck) expect(file.error).toBeNull();
      const fixableErrorsLeft = recheck.flatMap((file) =>
        file.findings.filter((finding) => finding.fixable && finding.severity === 'error').map((finding) => `${file.path} ${finding.rule}`),
      );
      expect(fixableErrorsLeft).toEqual([]);
      const wasFailing = cliFiles.filter((file) => statusOf(file) === 'fail').map((file) => file.path);
      expect(wasFailing.length).toBeGreaterThan(20);
    });

    test('nothing left the browser after the page loaded, and the page threw nothing', () => {
      expect(afterLoad).toEqual([]);
      expect(pageErrors).toEqual([]);
    });

    test('two hundred files show files done, files left and time left, and stop when cancelled', async () => {
      const batchDir = join(downloads, '两百份');
      mkdirSync(batchDir);
      const many = names.flatMap((name) =>
        [1, 2, 3, 4].map((round) => {
          const copy = join(batchDir, `${round}-${name}`);
          copyFileSync(join(dir, name), copy);
          return copy;
        }),
      );
      await page.getByTestId('files-input').setInputFiles(many);
      const progress = page.getByTestId('progress-text');
      // Wait until a few files are done, so the pace (and so the time left) is known.
      let during = '';
      for (let tries = 0; tries < 600 && !/已检查 ([3-9]|\d\d+) \/ 200 个文件/.test(during); tries += 1) {
        await page.waitForTimeout(100);
        during = (await progress.textContent()) ?? '';
      }
      expect(during).toMatch(/还剩 \d+ 个/);
      expect(during).toMatch(/预计还需 \d+ (秒|分钟)/);
      await page.getByRole('button', { name: '取消' }).click();
      await page.locator('[data-testid="batch-page"][data-phase="cancelled"]').waitFor();
      const rows = await page.getByTestId('batch-table').locator('tbody tr').count();
      expect(rows).toBeGreaterThan(2);
      expect(rows).toBeLessThan(200);
      await expect(page.getByTestId('batch-status').textContent()).resolves.toContain(`检查了 200 个文件中的 ${rows} 个`);
    });

    test('a folder keeps its path in the table, and what is not .docx is skipped and said so', async () => {
      const folder = join(downloads, '第二批');
      mkdirSync(join(folder, '机电学院'), { recursive: true });
      copyFileSync(join(dir, '合格报告-1.docx'), join(folder, '机电学院', '结项报告.docx'));
      copyFileSync(join(dir, '结项报告-01.docx'), join(folder, '结项报告.docx'));
      writeFileSync(join(folder, '说明.txt'), '请查收');
      await page.getByTestId('folder-input').setInputFiles(folder);
      await page.locator('[data-testid="batch-page"][data-phase="done"]').waitFor();
      const paths = await page.getByTestId('batch-table').locator('tbody tr').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-path')));
      expect(paths).toEqual(['第二批/机电学院/结项报告.docx', '第二批/结项报告.docx']);
      await expect(page.getByText('已跳过 1 个不是 .docx 的文件。').isVisible()).resolves.toBe(true);
      // Two folders' 结项报告.docx: the second copy is renamed as --fix renames it.
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载修正后的副本（ZIP）' }).click()]);
      const saved = join(downloads, 'folder.zip');
      await download.saveAs(saved);
      expect(Object.keys(unzipSync(new Uint8Array(readFileSync(saved)))).sort()).toEqual(['结项报告-2.docx', '结项报告.docx']);
    });

    test('the page speaks English beside Chinese', async () => {
      await page.getByRole('button', { name: 'English' }).click();
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Check submitted documents in bulk');
      await expect(page.getByTestId('batch-table').locator('th').first().textContent()).resolves.toBe('File');
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe('en-US');
      await page.getByRole('button', { name: '中文' }).click();
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('批量检查提交的文档');
    });
  });
});
