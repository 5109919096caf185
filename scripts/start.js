#!/usr/bin/env node
/**
 * npm start: build the add-in, serve it, and open it in Word where Word
 * exists (Windows, macOS: sideloaded with office-addin-debugging). On Linux
 * there is no Word, so the browser harness is served instead and its
 * address printed.
 *
 *   node scripts/start.js            Word where available, else the harness
 *   node scripts/start.js --harness  the harness only, on any system
 */
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { PID_FILE } = require('./dev-server-pid');

const ROOT = path.join(__dirname, '..');
const PORT = Number(process.env.PORT || 3000);
const harnessOnly = process.argv.includes('--harness');
const hasWord = process.platform === 'win32' || process.platform === 'darwin';
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

function say(zh, en) {
  process.stdout.write(`${zh}\n${en}\n`);
}

function startDevServer() {
  const webpackCli = require.resolve('webpack-cli/bin/cli.js', { paths: [ROOT] });
  const server = spawn(process.execPath, [webpackCli, 'serve', '--mode', 'development'], {
    cwd: ROOT,
    stdio: 'inherit',
    env: { ...process.env, PORT: String(PORT) },
  });
  fs.mkdirSync(path.dirname(PID_FILE), { recursive: true });
  fs.writeFileSync(PID_FILE, String(server.pid));
  server.on('exit', (code) => {
    if (fs.existsSync(PID_FILE)) fs.unlinkSync(PID_FILE);
    process.exitCode = code ?? 0;
  });
  return server;
}

function sideload() {
  // Not a dependency: it builds a native keychain module that Linux build machines cannot build.
  const result = spawnSync(npx, ['--yes', 'office-addin-debugging', 'start', 'manifest.xml', '--no-debug', '--dev-server-port', String(PORT)], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (result.status !== 0) {
    say(
      '无法自动在 Word 中加载：请在 Word 中手动上传 manifest.xml（插入 → 加载项 → 上传我的加载项），详见 docs/manual-test.md。',
      'Could not sideload automatically: upload manifest.xml in Word (Insert → Add-ins → Upload My Add-in); see docs/manual-test.md.',
    );
  }
}

const server = startDevServer();
if (hasWord && !harnessOnly) {
  setTimeout(sideload, 8000);
} else {
  const scheme = hasWord ? 'https' : 'http';
  const url = `${scheme}://localhost:${PORT}/harness.html`;
  if (!hasWord) say('此系统没有 Word，无法加载加载项。', 'Word is not available on this system, so the add-in cannot be sideloaded here.');
  say(`浏览器演示（内存中的文档 + 真实的任务窗格）：${url}`, `Browser harness (in-memory document + the real task pane): ${url}`);
  say('停止：npm stop', 'Stop with: npm stop');
}
process.on('SIGINT', () => server.kill('SIGINT'));
process.on('SIGTERM', () => server.kill('SIGTERM'));
