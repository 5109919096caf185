/** Builds the add-in (pane, harness) once into a temporary folder, with the project's own webpack config. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { tempDir } from '../support/tools';

const ROOT = join(__dirname, '..', '..');

export function buildAddin(mode: 'production' | 'development' = 'production'): string {
  const out = tempDir('addin-build');
  const cli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  execFileSync(process.execPath, [cli, '--mode', mode, '--output-path', out], {
    cwd: ROOT,
    stdio: 'pipe',
    timeout: 600_000,
    env: { ...process.env, ADDIN_URL: 'https://localhost:3000/' },
  });
  return out;
}
