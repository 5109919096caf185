/** Runs the built `dangjian` command as a user would, from a shell. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

export const REPO = join(__dirname, '..', '..');
export const BIN = join(REPO, 'bin', 'dangjian.js');

export interface CliRun {
  readonly status: number;
  readonly stdout: string;
  readonly stderr: string;
}

export function dangjian(args: readonly string[], cwd: string = REPO, env: Readonly<Record<string, string>> = {}): CliRun {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...env },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 120000,
  });
  if (result.error) throw result.error;
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export interface JsonFinding {
  rule: string;
  severity: 'error' | 'warning';
  paragraph: number;
  message: string;
  expected: string;
  actual: string;
  fixable: boolean;
}

export interface JsonFile {
  path: string;
  template: string | null;
  templateReason?: string | null;
  wordCount: number | null;
  findings: JsonFinding[];
  error: null | { code: string; message: string };
  /** A form nobody filled in. */
  unfilled: boolean;
}

export function checkJson(args: readonly string[], cwd?: string): { run: CliRun; files: JsonFile[] } {
  const run = dangjian(['check', '--format', 'json', ...args], cwd);
  if (!run.stdout.trim()) throw new Error(`dangjian wrote no JSON (exit ${run.status}): ${run.stderr}`);
  const parsed = JSON.parse(run.stdout) as { files: JsonFile[] };
  return { run, files: parsed.files };
}
