#!/usr/bin/env node
'use strict';
/**
 * The task pane's first download and first render.
 *
 * - Size: the JavaScript a page loads at start (its entry chunks, not the
 *   lazy ones such as the 台账 panel), gzipped, for the pane, the harness
 *   and a bare React + Fluent UI v9 page (a provider and a button) built
 *   with the same webpack settings. office.js comes from Microsoft's CDN
 *   and is not counted.
 * - Time to first render: Word's pane page (taskpane.html, with a stand-in
 *   office.js that is ready at once, since Microsoft's CDN is out of reach),
 *   the harness and the bare page in Chromium, from navigation start to the
 *   `pane-first-render` performance mark (median of 5 loads each; the bare
 *   page sets the same mark). The targets compare the pane page with the
 *   bare page: initial JavaScript and first render each at most 1.5×.
 *
 *   node bench/pane-size.js
 */
const { readFileSync, mkdtempSync, createReadStream, existsSync } = require('node:fs');
const http = require('node:http');
const { tmpdir } = require('node:os');
const path = require('node:path');
const { gzipSync } = require('node:zlib');
const webpack = require('webpack');

const ROOT = path.join(__dirname, '..');
const RUNS = 5;
const TARGET = 1.5;
/** What the pane page needs of office.js: onReady, a display language and a theme. */
const OFFICE_STUB = `window.Office = { onReady: function (callback) { var info = { host: 'Word', platform: 'OfficeOnline' };
  setTimeout(function () { callback(info); }, 0); return Promise.resolve(info); },
  context: { displayLanguage: 'zh-CN', officeTheme: { bodyBackgroundColor: '#ffffff' } } };`;

async function build(out) {
  process.chdir(ROOT);
  const config = await require(path.join(ROOT, 'webpack.config.js'))({ bench: true }, { mode: 'production' });
  config.output.path = out;
  return new Promise((resolve, reject) => {
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats.hasErrors()) return reject(new Error(stats.toString({ all: false, errors: true })));
      resolve(stats.toJson({ all: false, entrypoints: true, chunks: true, chunkGroupAuxiliary: false }));
    });
  });
}

function entrySize(stats, out, entry) {
  const files = stats.entrypoints[entry].assets.map((asset) => asset.name).filter((name) => name.endsWith('.js'));
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(path.join(out, file));
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: files.length, raw, gzip };
}

function lazyChunks(stats, out) {
  return stats.chunks
    .filter((chunk) => !chunk.initial)
    .map((chunk) => {
      const file = chunk.files.find((name) => name.endsWith('.js'));
      return { name: chunk.names.join(',') || file, gzip: gzipSync(readFileSync(path.join(out, file)), { level: 9 }).length };
    });
}

function serve(root) {
  const server = http.createServer((request, response) => {
    const file = path.join(root, new URL(request.url, 'http://localhost').pathname);
    if (!file.startsWith(root) || !existsSync(file)) return response.writeHead(404).end();
    const type = file.endsWith('.html') ? 'text/html; charset=utf-8' : file.endsWith('.js') ? 'text/javascript' : 'application/octet-stream';
    response.writeHead(200, { 'Content-Type': type });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

async function firstRender(out, pageName) {
  const { chromium } = require('playwright-core');
  const server = await serve(out);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const times = [];
  try {
    for (let run = 0; run < RUNS; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await context.route(/appsforoffice\.microsoft\.com/, (route) => route.fulfill({ contentType: 'text/javascript', body: OFFICE_STUB }));
      const page = await context.newPage();
      await page.goto(`http://127.0.0.1:${server.address().port}/${pageName}`);
      await page.waitForFunction(() => performance.getEntriesByName('pane-first-render').length > 0);
      times.push(await page.evaluate(() => performance.getEntriesByName('pane-first-render')[0].startTime));
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1] };
}

const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

async function main() {
  const out = mkdtempSync(path.join(tmpdir(), 'pane-size-'));
  const stats = await build(out);
  const rows = [
    ['task pane (taskpane.html)', entrySize(stats, out, 'taskpane')],
    ['harness (harness.html)', entrySize(stats, out, 'harness')],
    ['bare React + Fluent UI v9', entrySize(stats, out, 'bareFluent')],
  ];
  process.stdout.write('initial JavaScript (entry chunks, lazy chunks excluded)\n');
  for (const [name, size] of rows) {
    process.stdout.write(`  ${name.padEnd(28)} ${kib(size.gzip).padStart(10)} gzip  ${kib(size.raw).padStart(11)} raw  (${size.files} files)\n`);
  }
  const pane = rows[0][1].gzip;
  const bare = rows[2][1].gzip;
  process.stdout.write(`  the pane adds ${kib(pane - bare)} gzip over the bare Fluent page (${((pane / bare - 1) * 100).toFixed(0)}%)\n`);
  process.stdout.write('lazy chunks (loaded on demand)\n');
  for (const chunk of lazyChunks(stats, out)) process.stdout.write(`  ${chunk.name.padEnd(28)} ${kib(chunk.gzip).padStart(10)} gzip\n`);
  process.stdout.write(`time to first render in headless Chromium (navigation start → first render mark, ${RUNS} loads)\n`);
  const renders = {};
  for (const [name, pageName] of [['task pane (taskpane.html)', 'taskpane.html'], ['harness (pane + document)', 'harness.html'], ['bare React + Fluent UI v9', 'bare-fluent.html']]) {
    const render = await firstRender(out, pageName);
    renders[pageName] = render.median;
    process.stdout.write(`  ${name.padEnd(28)} median ${render.median.toFixed(0)} ms (min ${render.min.toFixed(0)}, max ${render.max.toFixed(0)})\n`);
  }
  const sizeRatio = pane / bare;
  const renderRatio = renders['taskpane.html'] / renders['bare-fluent.html'];
  const verdict = (ratio) => (ratio <= TARGET ? 'met' : 'NOT met');
  process.stdout.write(`targets (pane ÷ bare page, at most ${TARGET}×)\n`);
  process.stdout.write(`  initial JavaScript (gzip)    ${sizeRatio.toFixed(2)}×  ${verdict(sizeRatio)}\n`);
  process.stdout.write(`  first render                 ${renderRatio.toFixed(2)}×  ${verdict(renderRatio)}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
