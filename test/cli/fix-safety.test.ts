/**
 * `--fix` and `new` never lose anything: whatever the user names as output
 * (the originals' own folder, `.`, a symlink, an existing file, a folder
 * that cannot be made, a disk that fills up), the originals keep their
 * bytes, nothing outside the output folder changes, nothing already there is
 * replaced, nothing half-written is left, and a refusal is one clear line
 * with exit 2.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BIN } from '../support/cli';
import { tempDir } from '../support/tools';
import { closingReport } from '../hostile/docx';

interface Run {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

function dangjian(args: readonly string[], cwd: string, env: Record<string, string> = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    timeout: 60000,
  });
  if (result.error) throw result.error;
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** Every entry under `root` (not following links): a file's hash, a link's target, or "dir". */
function snapshot(root: string): Map<string, string> {
  const entries = new Map<string, string>();
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      const stat = lstatSync(path);
      const key = relative(root, path);
      if (stat.isSymbolicLink()) entries.set(key, `link → ${readlinkSync(path)}`);
      else if (stat.isDirectory()) {
        entries.set(key, 'dir');
        walk(path);
      } else entries.set(key, createHash('sha256').update(readFileSync(path)).digest('hex'));
    }
  };
  walk(root);
  return entries;
}

/** What changed between two snapshots: entries added, and entries changed or removed. */
function changes(before: Map<string, string>, after: Map<string, string>): { added: string[]; altered: string[] } {
  const added = [...after.keys()].filter((key) => !before.has(key));
  const altered = [...before.keys()].filter((key) => after.get(key) !== before.get(key));
  return { added, altered };
}

const STACK = /\n\s+at /;

function expectOneLineRefusal(run: Run): void {
  expect(run.status).toBe(2);
  expect(run.stdout).toBe('');
  const lines = run.stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/[\u4e00-\u9fff]/);
  expect(run.stderr).not.toMatch(STACK);
}

/** A fresh tree: `in/a.docx` (a report with fixable font errors), `in2/a.docx`, `victim.docx` outside everything. */
function tree(): string {
  const root = tempDir('dangjian-fix-safety');
  mkdirSync(join(root, 'in'));
  mkdirSync(join(root, 'in2'));
  writeFileSync(join(root, 'in', 'a.docx'), closingReport(3));
  writeFileSync(join(root, 'in2', 'a.docx'), closingReport(4));
  writeFileSync(join(root, 'victim.docx'), 'a file the user keeps');
  return root;
}

const FIX = ['check', '--template', 'shuji-closing-report', '--fix'];

describe('--fix refuses an output folder that holds an original', () => {
  test.each([
    ['its absolute path', (root: string) => ({ cwd: root, output: join(root, 'in'), input: join('in', 'a.docx') })],
    ['"."', (root: string) => ({ cwd: join(root, 'in'), output: '.', input: 'a.docx' })],
    ['a path through ".."', (root: string) => ({ cwd: join(root, 'in2'), output: '../in', input: '../in/a.docx' })],
    [
      'a symlink to that folder',
      (root: string) => {
        symlinkSync(join(root, 'in'), join(root, 'link'));
        return { cwd: root, output: 'link', input: join('in', 'a.docx') };
      },
    ],
    [
      'the folder a symlinked input points into',
      (root: string) => {
        symlinkSync(join(root, 'in', 'a.docx'), join(root, 'in2', 'b.docx'));
        return { cwd: root, output: 'in', input: join('in2', 'b.docx') };
      },
    ],
  ])('named by %s: one line, exit 2, nothing written', (_how, arrange) => {
    const root = tree();
    const { cwd, output, input } = arrange(root);
    const before = snapshot(root);
    const run = dangjian([...FIX, '-o', output, input], cwd);
    expectOneLineRefusal(run);
    expect(run.stderr).toContain('原文件');
    expect(snapshot(root)).toEqual(before);
  });
});

describe('--fix never replaces a file in the output folder', () => {
  test('a symlink already named a.docx in the output folder is left alone and its target untouched', () => {
    const root = tree();
    mkdirSync(join(root, 'out'));
    symlinkSync(join(root, 'victim.docx'), join(root, 'out', 'a.docx'));
    const before = snapshot(root);
    const run = dangjian([...FIX, '-o', 'out', join('in', 'a.docx')], root);
    expect(run.stderr).not.toMatch(STACK);
    const { added, altered } = changes(before, snapshot(root));
    expect(altered).toEqual([]);
    expect(added).toEqual([join('out', 'a-2.docx')]);
    expect(run.stderr).toContain('a-2.docx');
    expect(run.stderr).toContain('已存在');
  });

  test('a dangling symlink in the output folder does not create the file it points to', () => {
    const root = tree();
    mkdirSync(join(root, 'out'));
    symlinkSync(join(root, 'planted.docx'), join(root, 'out', 'a.docx'));
    const before = snapshot(root);
    dangjian([...FIX, '-o', 'out', join('in', 'a.docx')], root);
    const { added, altered } = changes(before, snapshot(root));
    expect(altered).toEqual([]);
    expect(added).toEqual([join('out', 'a-2.docx')]);
  });

  test('two inputs of the same name from two folders, with a-2.docx already there: a.docx and a-3.docx are written', () => {
    const root = tree();
    mkdirSync(join(root, 'out'));
    writeFileSync(join(root, 'out', 'a-2.docx'), 'the user’s own file');
    const before = snapshot(root);
    const run = dangjian([...FIX, '-o', 'out', join('in', 'a.docx'), join('in2', 'a.docx')], root);
    expect(run.stderr).not.toMatch(STACK);
    const { added, altered } = changes(before, snapshot(root));
    expect(altered).toEqual([]);
    expect(added.sort()).toEqual([join('out', 'a-3.docx'), join('out', 'a.docx')]);
    expect(run.stderr).toContain('a-3.docx');
  });

  test('an output folder that does not exist yet is made, and only it gains files', () => {
    const root = tree();
    const before = snapshot(root);
    const run = dangjian([...FIX, '-o', join('out', 'deep'), join('in', 'a.docx')], root);
    expect(run.status).toBeLessThan(2);
    const { added, altered } = changes(before, snapshot(root));
    expect(altered).toEqual([]);
    expect(added.sort()).toEqual(['out', join('out', 'deep'), join('out', 'deep', 'a.docx')]);
  });
});

describe('an output folder inside the folder being checked', () => {
  test('a second run with -r does not take the earlier fixed copies for originals, and replaces none of them', () => {
    const root = tree();
    const args = [...FIX, '--format', 'json', '-r', '-o', join('in', 'fixed'), 'in'];
    const first = dangjian(args, root);
    expect(first.stderr).not.toMatch(STACK);
    const before = snapshot(root);
    const second = dangjian(args, root);
    expect(second.stderr).not.toMatch(STACK);
    expect((JSON.parse(second.stdout) as { files: { path: string }[] }).files.map((file) => file.path)).toEqual([join('in', 'a.docx')]);
    const { added, altered } = changes(before, snapshot(root));
    expect(altered).toEqual([]);
    expect(added).toEqual([join('in', 'fixed', 'a-2.docx')]);
  });

  test.each([
    ['a folder', ['in']],
    ['a glob', [join('in', '*.docx')]],
  ])('the checked folder itself as -o, given as %s, is still refused in one line', (_how, inputs) => {
    const root = tree();
    const before = snapshot(root);
    const run = dangjian([...FIX, '-o', 'in', ...inputs], root);
    expectOneLineRefusal(run);
    expect(run.stderr).toContain('原文件');
    expect(snapshot(root)).toEqual(before);
  });
});

describe('-o that cannot be a folder', () => {
  test.each([
    ['an existing file', join('in', 'a.docx')],
    ['a folder under a regular file', join('victim.docx', 'sub')],
  ])('%s: one line, exit 2, nothing written', (_how, output) => {
    const root = tree();
    const before = snapshot(root);
    const run = dangjian([...FIX, '-o', output, join('in', 'a.docx')], root);
    expectOneLineRefusal(run);
    expect(run.stderr).toContain('输出目录');
    expect(snapshot(root)).toEqual(before);
  });
});

describe('a write that fails half-way leaves nothing', () => {
  test.each([
    ['the disk fills up after 64 KiB', 'ENOSPC@65536', '磁盘空间不足'],
    ['the folder refuses writing (read-only)', 'EACCES@0', '没有写入权限'],
  ])('%s: the report says so in one line, exit 2, no partial or temporary file', (_how, simulate, reason) => {
    const root = tree();
    writeFileSync(join(root, 'in', 'big.docx'), closingReport(20, { paragraphLength: 3000 }));
    expect(readFileSync(join(root, 'in', 'big.docx')).length).toBeGreaterThan(65536);
    mkdirSync(join(root, 'out'));
    const before = snapshot(root);
    const run = dangjian([...FIX, '--format', 'json', '-o', 'out', join('in', 'big.docx')], root, {
      DANGJIAN_SIMULATE_WRITE_ERROR: simulate,
    });
    expect(run.status).toBe(2);
    expect(run.stderr).not.toMatch(STACK);
    const file = (JSON.parse(run.stdout) as { files: { error: { code: string; message: string } | null }[] }).files[0];
    expect(file.error?.code).toBe('unwritable');
    expect(file.error?.message).toContain(reason);
    expect(file.error?.message).not.toContain('\n');
    expect(snapshot(root)).toEqual(before);
  });
});

test('in the stylish report a copy not written is said as such, not as an unreadable input', () => {
  const root = tree();
  const run = dangjian([...FIX, '-o', 'out', join('in', 'a.docx')], root, { DANGJIAN_SIMULATE_WRITE_ERROR: 'ENOSPC@0' });
  expect(run.status).toBe(2);
  expect(run.stdout).toContain('磁盘空间不足');
  expect(run.stdout).toContain('1 个文件的修正副本未能写入');
  expect(run.stdout).not.toContain('无法读取');
});

describe('dangjian new writes atomically and replaces only with --force', () => {
  test('an existing file is kept without --force', () => {
    const root = tree();
    const before = snapshot(root);
    const run = dangjian(['new', 'brand-case', '-o', 'victim.docx'], root);
    expectOneLineRefusal(run);
    expect(run.stderr).toContain('--force');
    expect(snapshot(root)).toEqual(before);
  });

  test('with --force a symlink at the name is replaced itself; the file it points to is untouched', () => {
    const root = tree();
    symlinkSync(join(root, 'victim.docx'), join(root, 'form.docx'));
    const victim = readFileSync(join(root, 'victim.docx'));
    const run = dangjian(['new', 'brand-case', '--force', '-o', 'form.docx'], root);
    expect(run.status).toBe(0);
    expect(lstatSync(join(root, 'form.docx')).isFile()).toBe(true);
    expect(readFileSync(join(root, 'victim.docx')).equals(victim)).toBe(true);
  });

  test('without --force a dangling symlink at the name is not followed', () => {
    const root = tree();
    symlinkSync(join(root, 'planted.docx'), join(root, 'form.docx'));
    const before = snapshot(root);
    const run = dangjian(['new', 'brand-case', '-o', 'form.docx'], root);
    expectOneLineRefusal(run);
    expect(snapshot(root)).toEqual(before);
  });

  test.each([
    ['a full disk', { DANGJIAN_SIMULATE_WRITE_ERROR: 'ENOSPC@1024' }, 'form.docx', '磁盘空间不足'],
    ['a folder under a regular file', {}, join('victim.docx', 'form.docx'), '输出目录'],
    ['an existing folder', {}, 'in', '文件夹'],
  ])('%s: one line, exit 2, nothing written', (_how, env, output, words) => {
    const root = tree();
    const before = snapshot(root);
    const run = dangjian(['new', 'brand-case', '-o', output], root, env);
    expectOneLineRefusal(run);
    expect(run.stderr).toContain(words);
    expect(snapshot(root)).toEqual(before);
  });
});
