#!/usr/bin/env node
'use strict';
/**
 * How `check --fix` grows with a document's length.
 *
 *   npm run build:cli && node bench/fix-steps.js [PARAGRAPHS…]
 *
 * For each size (default 5,000, 10,000, 20,000 and 100,000 paragraphs) a
 * 结项报告 is made from the blank template with that many body paragraphs,
 * every one of them wrong four ways at once (宋体 小四, 1.5 lines, no
 * indent, a half-width comma between Chinese characters), so the plan holds
 * several edits per paragraph. A fresh Node process then times, from dist/:
 * reading, checking, planning the fix, writing the fixed .docx, and reading
 * and checking the fixed copy again (what `--fix` does). A size that takes
 * longer than LIMIT seconds is stopped and printed as "> LIMIT s".
 *
 * Linear work shows as a time per 1,000 paragraphs that stays about flat as
 * the size grows.
 */
const { spawnSync } = require('node:child_process');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');
const LIMIT = Number(process.env.FIX_BENCH_LIMIT ?? 300);

/** The timed work, in a child process of its own. */
function child(paragraphs) {
  const { unzipSync, zipSync } = require('fflate');
  const { writeTemplateDocx } = require(join(DIST, 'docx/write'));
  const { readDocx } = require(join(DIST, 'docx/read'));
  const { checkDocument } = require(join(DIST, 'core/check'));
  const { planFixes } = require(join(DIST, 'core/fix'));
  const { applyEditsToDocx, roleFormatsFromProfile } = require(join(DIST, 'docx/fix'));
  const { catalogTemplate } = require(join(DIST, 'templates/catalog'));
  const { OFFICIAL_PROFILE } = require(join(DIST, 'templates/profiles/official'));

  const template = catalogTemplate('shuji-closing-report');
  const blank = writeTemplateDocx(template, OFFICIAL_PROFILE, { projectId: '00000000-0000-4000-8000-000000000000' });
  const parts = unzipSync(blank);
  const documentXml = new TextDecoder().decode(parts['word/document.xml']);
  const body = [];
  for (let index = 0; index < paragraphs; index += 1) {
    body.push(
      '<w:p><w:pPr><w:spacing w:line="360" w:lineRule="auto"/></w:pPr>' +
        '<w:r><w:rPr><w:rFonts w:eastAsia="宋体"/><w:sz w:val="24"/></w:rPr>' +
        `<w:t>本支部第${index}次组织生活会,围绕主题开展学习讨论。</w:t></w:r></w:p>`,
    );
  }
  const at = documentXml.lastIndexOf('<w:sectPr');
  parts['word/document.xml'] = new TextEncoder().encode(documentXml.slice(0, at) + body.join('') + documentXml.slice(at));
  const bytes = zipSync(parts);

  const times = {};
  const time = (name, work) => {
    const start = process.hrtime.bigint();
    const value = work();
    times[name] = Number(process.hrtime.bigint() - start) / 1e6;
    return value;
  };
  const read = time('read', () => readDocx(bytes));
  if (!read.ok) throw new Error(read.error.message);
  const result = time('check', () => checkDocument(read.value.model, template, OFFICIAL_PROFILE));
  const plan = time('plan', () => planFixes(result.findings));
  const fixed = time('write', () => applyEditsToDocx(read.value, plan.edits, roleFormatsFromProfile(OFFICIAL_PROFILE)));
  if (!fixed.ok) throw new Error(fixed.error.message);
  const reread = time('re-read + re-check', () => {
    const again = readDocx(fixed.value);
    if (!again.ok) throw new Error(again.error.message);
    return checkDocument(again.value.model, template, OFFICIAL_PROFILE);
  });
  process.stdout.write(
    JSON.stringify({ findings: result.findings.length, edits: plan.edits.length, left: reread.findings.length, times }),
  );
}

function main() {
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const wanted = sizes.length > 0 ? sizes : [5000, 10000, 20000, 100000];
  const rows = [];
  for (const paragraphs of wanted) {
    const run = spawnSync(process.execPath, ['--max-old-space-size=4096', __filename, '--child', String(paragraphs)], {
      encoding: 'utf8',
      timeout: LIMIT * 1000,
      maxBuffer: 16 * 1024 * 1024,
    });
    if (run.error || run.status !== 0) {
      const why = run.error && run.error.code === 'ETIMEDOUT' ? `> ${LIMIT} s` : `failed: ${(run.stderr || String(run.error)).split('\n')[0]}`;
      rows.push({ paragraphs, note: why });
      process.stdout.write(`${String(paragraphs).padStart(7)} paragraphs  ${why}\n`);
      continue;
    }
    const figures = JSON.parse(run.stdout);
    const total = Object.values(figures.times).reduce((sum, ms) => sum + ms, 0);
    const parts = Object.entries(figures.times)
      .map(([name, ms]) => `${name} ${(ms / 1000).toFixed(2)} s`)
      .join(', ');
    process.stdout.write(
      `${String(paragraphs).padStart(7)} paragraphs  --fix ${(total / 1000).toFixed(2)} s ` +
        `(${(total / paragraphs).toFixed(2)} s per 1,000 paragraphs)  [${parts}]  ` +
        `${figures.findings} findings, ${figures.edits} edits, ${figures.left} left\n`,
    );
    rows.push({ paragraphs, ...figures });
  }
}

if (process.argv[2] === '--child') child(Number(process.argv[3]));
else main();
