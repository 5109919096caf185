/**
 * A batch checked on several threads: every file gets its line, in the order
 * given, whether a helper thread checked it or this one did, and a helper
 * that dies or cannot start loses no file. The last test runs the built
 * command: threads or not, the report is the same.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkAcrossThreads, type PoolSetup } from '../../src/cli/check-pool';
import type { FileReport } from '../../src/cli/report';
import { dangjian } from '../support/cli';
import { tempDir } from '../support/tools';
import { closingReport } from '../hostile/docx';

/**
 * A stand-in helper speaking the pool's protocol: it marks its reports as
 * its own; with `cwd` 'dies' it exits on its second file without answering.
 */
const HELPER = `
const { parentPort, workerData } = require('node:worker_threads');
let seen = 0;
parentPort.on('message', (job) => {
  seen++;
  if (workerData.setup.cwd === 'dies' && seen === 2) process.exit(3);
  parentPort.postMessage({ index: job.index, report: { path: job.path, template: 'helper', templateReason: null, wordCount: 0, findings: [], error: null, unfilled: false } });
});
`;

const dir = tempDir('dangjian-pool');
const helperScript = join(dir, 'helper.js');
writeFileSync(helperScript, HELPER);

function setup(cwd: string): PoolSetup {
  return { catalog: { templates: [], profiles: [] }, forcedTemplateId: undefined, locale: 'zh-CN', cwd, debug: false };
}

const here = (path: string): FileReport => ({ path, template: 'here', templateReason: null, wordCount: 0, findings: [], error: null, unfilled: false });
const paths = Array.from({ length: 40 }, (_, index) => `报告${index + 1}.docx`);

describe('a batch on several threads', () => {
  test('reports every file once, in the order given, the helpers checking some of them', async () => {
    const done: number[] = [];
    const failures: unknown[] = [];
    const reports = await checkAcrossThreads(paths, {
      script: helperScript,
      helpers: 2,
      setup: setup('.'),
      // Checking here takes a while, as a real file does, so the helpers get their share.
      checkHere: (path) => {
        const until = Date.now() + 5;
        while (Date.now() < until);
        return here(path);
      },
      onDone: (count) => done.push(count),
      onHelperFailed: (error) => failures.push(error),
    });
    expect(reports.map((report) => report.path)).toEqual(paths);
    expect(reports.filter((report) => report.template === 'helper').length).toBeGreaterThan(0);
    expect(done).toEqual(paths.map((_, index) => index + 1));
    expect(failures).toEqual([]);
  });

  test('a helper that dies hands its files back: none is lost', async () => {
    const reports = await checkAcrossThreads(paths, {
      script: helperScript,
      helpers: 2,
      setup: setup('dies'),
      checkHere: here,
      onDone: () => undefined,
      onHelperFailed: () => undefined,
    });
    expect(reports.map((report) => report.path)).toEqual(paths);
    expect(reports.every((report) => report.template === 'here' || report.template === 'helper')).toBe(true);
  });

  test('a helper that cannot start is said, and this thread checks every file', async () => {
    const failures: unknown[] = [];
    const reports = await checkAcrossThreads(paths, {
      script: join(dir, 'missing.js'),
      helpers: 2,
      setup: setup('.'),
      checkHere: here,
      onDone: () => undefined,
      onHelperFailed: (error) => failures.push(error),
    });
    expect(reports.map((report) => report.template)).toEqual(paths.map(() => 'here'));
    expect(failures.length).toBe(2);
  });

  test('the command gives the same report on three threads as on one', () => {
    const batch = tempDir('dangjian-pool-batch');
    for (let index = 1; index <= 20; index++) {
      const bytes = index === 7 ? Buffer.from('不是 docx') : closingReport(1 + (index % 5), { font: index % 2 ? '宋体' : '仿宋' });
      writeFileSync(join(batch, `报告${String(index).padStart(2, '0')}.docx`), bytes);
    }
    const env = { DANGJIAN_DEBUG: '1' };
    const threads = dangjian(['check', '--format', 'json', '.'], batch, { ...env, DANGJIAN_JOBS: '3' });
    const one = dangjian(['check', '--format', 'json', '.'], batch, { ...env, DANGJIAN_JOBS: '1' });
    expect(threads.stdout).toBe(one.stdout);
    expect(threads.status).toBe(one.status);
    // No helper failed (a failure is written to stderr when DANGJIAN_DEBUG asks).
    expect(threads.stderr).toBe(one.stderr);
    const files = (JSON.parse(threads.stdout) as { files: { path: string; error: unknown }[] }).files;
    expect(files).toHaveLength(20);
    expect(files[6].error).not.toBeNull();
  });
});
