#!/usr/bin/env node
/**
 * Draws the add-in's icons (a red square with a white 党 glyph) in Chromium
 * and writes them to assets/icon-<size>.png. Run once after changing the
 * design; the PNGs are committed so builds need no browser.
 *
 *   node scripts/make-icons.js
 */
'use strict';
const path = require('node:path');
const { chromium } = require('playwright-core');

const SIZES = [16, 32, 64, 80, 128];
const OUT = path.join(__dirname, '..', 'assets');

function page(size) {
  const radius = Math.max(2, Math.round(size * 0.16));
  const glyph = Math.round(size * 0.78);
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    html,body{margin:0;padding:0;background:transparent}
    div{width:${size}px;height:${size}px;border-radius:${radius}px;background:#c8161d;color:#fff;
      display:flex;align-items:center;justify-content:center;font:700 ${glyph}px/1 "Noto Sans CJK SC","Noto Sans SC","WenQuanYi Zen Hei",sans-serif}
  </style></head><body><div>党</div></body></html>`;
}

async function main() {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    for (const size of SIZES) {
      const context = await browser.newContext({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const tab = await context.newPage();
      await tab.setContent(page(size));
      await tab.locator('div').screenshot({ path: path.join(OUT, `icon-${size}.png`), omitBackground: true });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  process.stdout.write(`icons written to ${OUT}: ${SIZES.join(', ')} px\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
