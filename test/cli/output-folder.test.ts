/**
 * An output folder the system will not create — no permission, a full disk
 * — is one Chinese line and exit 2, before any file is checked or written.
 * (Tests run as root, whom permissions do not stop, so the refusal is
 * simulated at the system call.)
 */
import * as fs from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { tempDir } from '../support/tools';
import { closingReport } from '../hostile/docx';

jest.mock('node:fs', () => {
  const actual = jest.requireActual<typeof import('node:fs')>('node:fs');
  return { ...actual, mkdirSync: jest.fn(actual.mkdirSync) };
});

const mkdirSync = fs.mkdirSync as jest.MockedFunction<typeof fs.mkdirSync>;

test.each([
  ['EACCES', '没有写入权限'],
  ['ENOSPC', '磁盘空间不足'],
  ['EROFS', '只读'],
])('mkdir failing with %s: one line saying why, exit 2, nothing written', async (code, reason) => {
  const dir = tempDir('dangjian-output-folder');
  fs.mkdirSync(join(dir, 'in'));
  fs.writeFileSync(join(dir, 'in', 'a.docx'), closingReport(2));
  mkdirSync.mockImplementationOnce(() => {
    throw Object.assign(new Error(`${code}: mkdir`), { code });
  });
  let stdout = '';
  let stderr = '';
  const status = await main({
    argv: ['check', '--template', 'shuji-closing-report', '--fix', '-o', 'out', join('in', 'a.docx')],
    cwd: dir,
    env: { NO_COLOR: '1' },
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
  });
  expect(status).toBe(2);
  expect(stdout).toBe('');
  expect(stderr.trimEnd().split('\n')).toEqual([expect.stringContaining(reason)]);
  expect(stderr).toContain('无法创建输出目录 out');
  expect(fs.readdirSync(dir)).toEqual(['in']);
});
