/**
 * Builds the add-in (pane, harness, batch page) with the project's own
 * webpack config into a temporary folder. The browser suites share one
 * build per source state: the output is kept under a name made from the
 * hash of everything the build reads (src, assets, config, manifest, the
 * lock file), so a second suite in the same run reuses it and any change to
 * the sources builds afresh (and removes the build of the earlier state).
 * Suites must not write into it.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '..', '..');
const INPUTS = ['src', 'assets', 'config', 'webpack.config.js', 'manifest.xml', 'package-lock.json', 'tsconfig.json'];

function addFiles(path: string, hash: ReturnType<typeof createHash>): void {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) addFiles(join(path, name), hash);
    return;
  }
  hash.update(relative(ROOT, path));
  hash.update('\0');
  hash.update(readFileSync(path));
  hash.update('\0');
}

function sourceHash(mode: string): string {
  const hash = createHash('sha256');
  hash.update(mode);
  for (const input of INPUTS) addFiles(join(ROOT, input), hash);
  return hash.digest('hex').slice(0, 16);
}

export function buildAddin(mode: 'production' | 'development' = 'production'): string {
  const out = join(tmpdir(), `dangjian-addin-${mode}-${sourceHash(mode)}`);
  if (existsSync(join(out, 'taskpane.html'))) return out;
  const building = `${out}.building-${process.pid}`;
  rmSync(building, { recursive: true, force: true });
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  execFileSync(process.execPath, [cli, '--mode', mode, '--output-path', building], {
    cwd: ROOT,
    stdio: 'pipe',
    timeout: 900_000,
    env: { ...process.env, ADDIN_URL: 'https://localhost:3000/' },
  });
  // Only a finished build takes the shared name; builds of earlier source states go.
  const prefix = `dangjian-addin-${mode}-`;
  for (const name of readdirSync(tmpdir())) {
    if (name.startsWith(prefix) && !name.includes('.building-')) rmSync(join(tmpdir(), name), { recursive: true, force: true });
  }
  renameSync(building, out);
  return out;
}
