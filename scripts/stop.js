#!/usr/bin/env node
/**
 * npm stop: stops the dev server npm start recorded, and on Windows/macOS
 * removes the sideloaded add-in from Word.
 */
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');
const { PID_FILE } = require('./dev-server-pid');

const ROOT = path.join(__dirname, '..');

if (process.platform === 'win32' || process.platform === 'darwin') {
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  spawnSync(npx, ['--yes', 'office-addin-debugging', 'stop', 'manifest.xml'], { cwd: ROOT, stdio: 'inherit' });
}

if (!fs.existsSync(PID_FILE)) {
  process.stdout.write('没有正在运行的开发服务器。\nNo dev server is running.\n');
} else {
  const pid = Number(fs.readFileSync(PID_FILE, 'utf8'));
  try {
    process.kill(pid, 'SIGTERM');
    process.stdout.write(`已停止开发服务器（进程 ${pid}）。\nStopped the dev server (process ${pid}).\n`);
  } catch (error) {
    if (!(error && error.code === 'ESRCH')) throw error;
    process.stdout.write(`开发服务器（进程 ${pid}）已不在运行。\nThe dev server (process ${pid}) was not running.\n`);
  }
  fs.unlinkSync(PID_FILE);
}
