/**
 * What the organisation department sees around a batch: argument mistakes
 * said in Chinese, the templates table whose heading names its columns, the
 * HTML report with template names and paths relative to where the command
 * ran (readable on a phone, printable on A4), the progress line, and folder
 * walks that skip hidden folders and never enter a symlinked one.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { displayWidth } from '../../src/cli/templates-command';
import { builtInCatalog } from '../../src/cli/catalog';
import { tempDir } from '../support/tools';
import { closingReport } from '../hostile/docx';

async function run(argv: string[], cwd: string, stderrIsTty = false): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await main({
    argv,
    cwd,
    env: { NO_COLOR: '1' },
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: stderrIsTty },
  });
  return { status, stdout, stderr };
}

const dir = tempDir('dangjian-batch-report');
mkdirSync(join(dir, 'reports', 'sub'), { recursive: true });
mkdirSync(join(dir, 'reports', '.hidden'), { recursive: true });
mkdirSync(join(dir, 'elsewhere'), { recursive: true });
writeFileSync(join(dir, 'reports', 'a.docx'), closingReport(2));
writeFileSync(join(dir, 'reports', 'b.docx'), closingReport(2));
writeFileSync(join(dir, 'reports', 'sub', 'c.docx'), closingReport(2));
writeFileSync(join(dir, 'reports', '.hidden', 'd.docx'), closingReport(2));
writeFileSync(join(dir, 'elsewhere', 'e.docx'), closingReport(2));
symlinkSync(join(dir, 'elsewhere'), join(dir, 'reports', 'linked'));
symlinkSync(join(dir, 'reports'), join(dir, 'reports', 'sub', 'up'));

describe('argument mistakes are said in Chinese, with the usage', () => {
  test.each([
    [['check', '--colour', 'a.docx'], '没有“--colour”这个选项'],
    [['check', 'a.docx', '--format'], '选项 --format 后面缺少取值'],
    [['check', 'a.docx', '-o'], '选项 -o, --output 后面缺少取值'],
    [['check', '--format', '--fix', 'a.docx'], '选项 --format 后面缺少取值（紧跟着的是另一个选项）'],
    [['check', '--fix=yes', 'a.docx'], '选项 --fix 不带取值'],
    [['templates', '--pak', 'x.json'], '没有“--pak”这个选项'],
  ])('%j', async (argv, said) => {
    const { status, stderr } = await run(argv, dir);
    expect(status).toBe(2);
    expect(stderr).toContain(said);
    expect(stderr).toContain('用法：dangjian');
    expect(stderr).not.toMatch(/Unknown option|argument missing|does not take|ambiguous/);
  });

  test('in English with --lang en-US', async () => {
    const { stderr } = await run(['check', '--lang', 'en-US', '--colour', 'a.docx'], dir);
    expect(stderr).toContain('there is no option "--colour"');
  });
});

test('the templates table is headed by its own columns, aligned as they are', async () => {
  const { status, stdout } = await run(['templates'], dir);
  expect(status).toBe(0);
  const lines = stdout.trimEnd().split('\n');
  const templates = builtInCatalog().templates;
  expect(lines).toHaveLength(templates.length + 1);
  expect(lines[0].split(/\s+/)).toEqual(['编号', '类型', '名称']);
  // Every column starts where its heading does.
  const nameAt = (line: string, name: string): number => displayWidth(line.slice(0, line.indexOf(name)));
  const kindAt = (line: string, kind: string): number => displayWidth(line.slice(0, line.indexOf(kind, line.indexOf(' '))));
  for (const [index, template] of templates.entries()) {
    const line = lines[index + 1];
    expect(line.startsWith(`${template.id} `)).toBe(true);
    expect(nameAt(line, template.name)).toBe(nameAt(lines[0], '名称'));
    expect(kindAt(line, { form: '表格', report: '报告', table: '一览表' }[template.kind])).toBe(kindAt(lines[0], '类型'));
  }
});

describe('the HTML report', () => {
  test('names the template, shows paths relative to where the command ran, and is laid out for phones and A4', async () => {
    const { stdout } = await run(['check', '--format', 'html', '--template', 'shuji-closing-report', join(dir, 'reports', 'a.docx')], dir);
    expect(stdout).toContain('基层党建“书记项目”结项报告</td>');
    expect(stdout).not.toContain('>shuji-closing-report<');
    expect(stdout).toContain(`>${join('reports', 'a.docx')}</a>`);
    expect(stdout).not.toContain(dir);
    expect(stdout).toMatch(/@media print\{@page\{size:A4/);
    expect(stdout).toMatch(/@media \(max-width:[^)]*\)/);
    expect(stdout).toContain('overflow-wrap:anywhere');
  });
});

describe('the progress line', () => {
  test('with --progress, a log gets files checked, files left and time left', async () => {
    const { stderr, stdout } = await run(['check', '--progress', '--format', 'json', '--template', 'shuji-closing-report', 'reports'], dir);
    expect(stderr).toContain('正在检查，共 2 个文件');
    expect(stderr).toMatch(/已检查 1 个文件，还剩 1 个，预计还需 \d+ 秒/);
    expect(stderr).toMatch(/已检查 2 个文件，还剩 0 个，预计还需 0 秒/);
    expect(stderr).not.toContain('\u001b');
    expect(JSON.parse(stdout).files).toHaveLength(2);
  });

  test('without --progress, a log gets none', async () => {
    const { stderr } = await run(['check', '--format', 'json', '--template', 'shuji-closing-report', 'reports', join('elsewhere', 'e.docx'), '-r'], dir);
    expect(stderr).toBe('');
  });

  test('on a terminal it is rewritten in place and cleared at the end', async () => {
    const { stderr } = await run(['check', '--format', 'json', '--template', 'shuji-closing-report', '-r', 'reports', join('elsewhere', 'e.docx')], dir, true);
    expect(stderr).toContain('\r\u001b[K已检查 4 个文件，还剩 0 个');
    expect(stderr.endsWith('\r\u001b[K')).toBe(true);
  });
});

test('a folder walk skips hidden folders and never enters a symlinked one, however deep', async () => {
  const { stdout } = await run(['check', '--format', 'json', '--template', 'shuji-closing-report', '-r', 'reports'], dir);
  const paths = (JSON.parse(stdout) as { files: { path: string }[] }).files.map((file) => file.path);
  expect(paths).toEqual([join('reports', 'a.docx'), join('reports', 'b.docx'), join('reports', 'sub', 'c.docx')]);
});
