/**
 * A file that makes the reader throw — any error, of any kind — costs only
 * its own line in the report (无法读取, with a short reason); every other
 * file is still checked and reported. Whatever escapes a command is one
 * Chinese line and exit 2; the stack only when DANGJIAN_DEBUG=1 asks for it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { main } from '../../src/cli/main';
import { tempDir } from '../support/tools';
import { closingReport } from '../hostile/docx';

const THROWS = Buffer.from('a file the reader chokes on');

jest.mock('../../src/docx/read', () => {
  const actual = jest.requireActual<typeof import('../../src/docx/read')>('../../src/docx/read');
  return {
    ...actual,
    readDocx: (bytes: Uint8Array, ...rest: unknown[]) => {
      if (Buffer.from(bytes).equals(THROWS)) throw new RangeError('Maximum call stack size exceeded\n    at findDeep (theme.ts:38:19)');
      return (actual.readDocx as (...args: unknown[]) => unknown)(bytes, ...rest);
    },
  };
});

jest.mock('../../src/cli/formatters/junit', () => ({
  formatJunit: () => {
    throw new TypeError('Invalid string length');
  },
}));

async function run(argv: string[], cwd: string, env: Record<string, string> = {}): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await main({
    argv,
    cwd,
    env: { NO_COLOR: '1', ...env },
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
  });
  return { status, stdout, stderr };
}

describe('one bad file in a batch', () => {
  const dir = tempDir('dangjian-batch');
  writeFileSync(join(dir, '1.docx'), closingReport(2));
  writeFileSync(join(dir, '2-throws.docx'), THROWS);
  writeFileSync(join(dir, '3.docx'), closingReport(3));

  test('costs only its own line: the others are checked, it is 无法读取 with the error’s kind, exit 2', async () => {
    const { status, stdout, stderr } = await run(['check', '--format', 'json', '--template', 'shuji-closing-report', '.'], dir);
    expect(status).toBe(2);
    const files = (JSON.parse(stdout) as { files: { path: string; findings: unknown[]; error: { code: string; message: string } | null }[] }).files;
    expect(files.map((file) => file.path)).toEqual(['1.docx', '2-throws.docx', '3.docx']);
    expect(files[0].findings.length).toBeGreaterThan(0);
    expect(files[2].findings.length).toBeGreaterThan(0);
    expect(files[1].error?.code).toBe('unreadable');
    expect(files[1].error?.message).toContain('无法读取');
    expect(files[1].error?.message).toContain('RangeError');
    expect(files[1].error?.message).not.toContain('\n');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  test('the stylish report shows the same, one line for the bad file', async () => {
    const { status, stdout } = await run(['check', '--template', 'shuji-closing-report', '.'], dir);
    expect(status).toBe(2);
    expect(stdout).toContain('1.docx');
    expect(stdout).toContain('3.docx');
    const bad = stdout.split('\n').filter((line) => line.includes('RangeError'));
    expect(bad).toHaveLength(1);
    expect(stdout).not.toMatch(/\n\s+at /);
  });
});

describe('an error nobody foresaw', () => {
  const dir = tempDir('dangjian-crash');
  writeFileSync(join(dir, 'a.docx'), closingReport(2));

  test('is one Chinese line on stderr and exit 2, with no stack', async () => {
    const { status, stderr } = await run(['check', '--format', 'junit', '--template', 'shuji-closing-report', 'a.docx'], dir);
    expect(status).toBe(2);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toContain('dangjian 出错');
    expect(stderr).toContain('Invalid string length');
    expect(stderr).toContain('DANGJIAN_DEBUG=1');
  });

  test('shows its stack when DANGJIAN_DEBUG=1 asks for it', async () => {
    const { status, stderr } = await run(['check', '--format', 'junit', '--template', 'shuji-closing-report', 'a.docx'], dir, {
      DANGJIAN_DEBUG: '1',
    });
    expect(status).toBe(2);
    expect(stderr).toMatch(/\n\s+at /);
  });
});

describe('a folder on the command line', () => {
  const dir = tempDir('dangjian-folder');
  mkdirSync(join(dir, 'reports', 'sub'), { recursive: true });
  writeFileSync(join(dir, 'reports', 'a.docx'), closingReport(2));
  writeFileSync(join(dir, 'reports', 'B.DOCX'), closingReport(2));
  writeFileSync(join(dir, 'reports', '~$a.docx'), 'owner file');
  writeFileSync(join(dir, 'reports', 'notes.txt'), 'not a document');
  writeFileSync(join(dir, 'reports', 'sub', 'c.docx'), closingReport(2));

  async function paths(argv: string[]): Promise<string[]> {
    const { stdout } = await run(['check', '--format', 'json', '--template', 'shuji-closing-report', ...argv], dir);
    return (JSON.parse(stdout) as { files: { path: string }[] }).files.map((file) => file.path);
  }

  test('checks the .docx files in it, not its subfolders, nor owner files', async () => {
    expect(await paths(['reports'])).toEqual([join('reports', 'a.docx'), join('reports', 'B.DOCX')]);
  });

  test('with -r also checks its subfolders', async () => {
    expect(await paths(['-r', 'reports'])).toEqual([join('reports', 'a.docx'), join('reports', 'B.DOCX'), join('reports', 'sub', 'c.docx')]);
  });

  test('a file named twice, or by a folder and by name, is reported once', async () => {
    expect(await paths(['reports', join('reports', 'a.docx'), `./${join('reports', 'a.docx')}`])).toEqual([
      join('reports', 'a.docx'),
      join('reports', 'B.DOCX'),
    ]);
  });
});
