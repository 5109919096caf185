/**
 * The hostile-input suite: every case in `test/hostile/cases/*.ts` runs the
 * built `dangjian` in a child process of its own, under a time and memory
 * budget (10 s and 300 MB peak resident memory unless the case says
 * otherwise), and must end as a user would want: the expected exit code, no
 * stack trace, a refusal said in one line, no control character reaching
 * the terminal, and in a batch an entry for every other file — each file
 * once. The suite prints how many inputs it tried.
 */
import { spawnSync } from 'node:child_process';
import { lstatSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BIN } from '../support/cli';
import { tempDir } from '../support/tools';
import type { HostileCase } from './case';

const CASES_DIR = join(__dirname, 'cases');
const PRELOAD = join(__dirname, 'peak-rss-at-exit.js');
const DEFAULT_SECONDS = 10;
const DEFAULT_MEGABYTES = 300;
/** Time the child is given past its budget before it is killed, so an overrun is measured rather than hung on. */
const KILL_GRACE_MS = 5000;

const STACK = /\n\s+at /;
/** What must never reach a terminal from a run without colour: C0 controls but tab and newline, DEL, C1 controls. */
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

interface LoadedCase {
  readonly module: string;
  readonly hostile: HostileCase;
}

function loadCases(): LoadedCase[] {
  const loaded: LoadedCase[] = [];
  for (const file of readdirSync(CASES_DIR).filter((name) => name.endsWith('.ts')).sort()) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exported = require(join(CASES_DIR, file)) as { cases?: readonly HostileCase[] };
    if (!exported.cases) throw new Error(`${file} exports no \`cases\``);
    for (const hostile of exported.cases) loaded.push({ module: file.replace(/\.ts$/, ''), hostile });
  }
  return loaded;
}

/** Files (or other non-folder entries) under `dir`: the inputs a case made. */
function countInputs(dir: string): number {
  let count = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const stat = lstatSync(path);
    count += stat.isDirectory() ? countInputs(path) : 1;
  }
  return count;
}

interface JsonReport {
  files: { path: string; error: { code: string; message: string } | null }[];
}

function parseJsonReport(stdout: string): JsonReport | undefined {
  if (!stdout.trimStart().startsWith('{')) return undefined;
  return JSON.parse(stdout) as JsonReport;
}

function realpathOr(path: string): string {
  try {
    return realpathSync(path);
  } catch (error: unknown) {
    if (error instanceof Error && 'code' in error) return path;
    throw error;
  }
}

const cases = loadCases();
let inputsTried = 0;

afterAll(() => {
  // eslint-disable-next-line no-console
  console.log(`hostile inputs tried: ${inputsTried} files in ${cases.length} cases`);
});

describe('hostile inputs, each in a child process under its budget', () => {
  test('there are cases to run', () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  test.each(cases.map((loaded) => [`${loaded.module}: ${loaded.hostile.name}`, loaded.hostile] as const))(
    '%s',
    (_title, hostile) => {
      const dir = tempDir('dangjian-hostile');
      const args = hostile.build(dir);
      inputsTried += countInputs(dir);
      const seconds = hostile.budget?.seconds ?? DEFAULT_SECONDS;
      const megabytes = hostile.budget?.megabytes ?? DEFAULT_MEGABYTES;
      const rssFile = join(tempDir('dangjian-rss'), 'peak');
      const started = process.hrtime.bigint();
      const result = spawnSync(process.execPath, ['--require', PRELOAD, BIN, ...args], {
        cwd: dir,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', DANGJIAN_DEBUG: '', ...hostile.env, DANGJIAN_PEAK_RSS_FILE: rssFile },
        timeout: seconds * 1000 + KILL_GRACE_MS,
        killSignal: 'SIGKILL',
        maxBuffer: 256 * 1024 * 1024,
      });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (result.error && (result.error as NodeJS.ErrnoException).code !== 'ETIMEDOUT') throw result.error;
      const stdout = result.stdout ?? '';
      const stderr = result.stderr ?? '';
      const context = `exit ${result.status} signal ${result.signal} in ${Math.round(ms)} ms\nstderr: ${stderr.slice(0, 2000)}`;

      expect({ signal: result.signal, context }).toEqual({ signal: null, context });
      expect({ exit: result.status, context }).toEqual({ exit: hostile.expect.exit, context });
      expect(ms).toBeLessThan(seconds * 1000);
      const peak = Number(readFileSync(rssFile, 'utf8'));
      expect(peak).toBeLessThan(megabytes);

      expect(stdout).not.toMatch(STACK);
      expect(stderr).not.toMatch(STACK);
      expect(stdout).not.toMatch(RAW_CONTROL);
      expect(stderr).not.toMatch(RAW_CONTROL);
      // A refusal with no report is said in one line.
      if (stdout.trim() === '' && result.status === 2) expect(stderr.trimEnd().split('\n')).toHaveLength(1);
      if (hostile.expect.message) expect(`${stdout}\n${stderr}`).toMatch(hostile.expect.message);

      const json = parseJsonReport(stdout);
      if (json) {
        // Each file once, however many paths lead to it.
        const real = json.files.map((file) => realpathOr(resolve(dir, file.path)));
        expect(new Set(real).size).toBe(real.length);
        for (const file of json.files) if (file.error) expect(file.error.message).not.toContain('\n');
      }
      for (const path of hostile.expect.reportFor ?? []) {
        if (json) expect(json.files.map((file) => file.path)).toContain(path);
        else expect(stdout).toContain(path);
      }
      for (const [path, code] of Object.entries(hostile.expect.errors ?? {})) {
        if (!json) throw new Error('expect.errors needs --format json');
        expect({ path, code: json.files.find((file) => file.path === path)?.error?.code }).toEqual({ path, code });
      }
    },
  );
});
