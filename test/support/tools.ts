/**
 * The independent tools our tests check against: python-docx, LibreOffice,
 * Chromium. `.ci/run` installs them; a developer without them sees those
 * tests skipped with the reason, never silently passed. Under CI a missing
 * tool is a failure.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const PYTHON = '/usr/bin/python3';
export const CHROMIUM = '/usr/bin/chromium';

function probe(command: string, args: string[]): boolean {
  const result = spawnSync(command, args, { stdio: 'ignore', timeout: 30000 });
  return result.status === 0;
}

let pythonDocx: boolean | undefined;
export function hasPythonDocx(): boolean {
  if (pythonDocx === undefined) pythonDocx = existsSync(PYTHON) && probe(PYTHON, ['-c', 'import docx']);
  return pythonDocx;
}

export function hasSoffice(): boolean {
  return existsSync('/usr/bin/soffice');
}

export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

export function hasPdftoppm(): boolean {
  return existsSync('/usr/bin/pdftoppm');
}

/**
 * `describe` when the tool is there; under CI its absence fails the run,
 * elsewhere the block is skipped with a note saying what to install.
 */
export function describeWith(tool: { available: boolean; name: string }, title: string, body: () => void): void {
  if (tool.available) {
    describe(title, body);
    return;
  }
  if (process.env.CI) {
    describe(title, () => {
      test(`${tool.name} is installed`, () => {
        throw new Error(`${tool.name} is missing: .ci/run installs it`);
      });
    });
    return;
  }
  describe.skip(`${title} (skipped: install ${tool.name})`, body);
}

export const pythonDocxTool = { get available() { return hasPythonDocx(); }, name: 'python3-docx' };
export const sofficeTool = { get available() { return hasSoffice(); }, name: 'libreoffice-writer-nogui' };
export const chromiumTool = { get available() { return hasChromium(); }, name: 'chromium' };

/** Runs a Python script with python-docx; returns its stdout. */
export function runPython(script: string, args: string[] = []): string {
  return execFileSync(PYTHON, ['-c', script, ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

/** Converts with LibreOffice into `outDir`; each call gets its own profile so runs do not collide. */
export function sofficeConvert(input: string, to: string, outDir: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'lo-profile-'));
  execFileSync(
    '/usr/bin/soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', to, '--outdir', outDir, input],
    { stdio: 'pipe', timeout: 120000 },
  );
}

export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `${prefix}-`));
}
