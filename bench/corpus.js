#!/usr/bin/env node
'use strict';
/**
 * Checks the documents from outside listed in docs/corpus.md and prints, per
 * document, the template it was checked against (and why) and its findings
 * counted by rule. Usage: node bench/corpus.js [DIR] (default: $DANGJIAN_CORPUS,
 * else ./corpus). The documents are fetched by hand from the sources in
 * docs/corpus.md; without them this prints where to get them and stops.
 */
const { existsSync, readdirSync } = require('node:fs');
const { join, resolve } = require('node:path');
const { spawnSync } = require('node:child_process');

const dir = resolve(process.argv[2] ?? process.env.DANGJIAN_CORPUS ?? join(__dirname, '..', 'corpus'));
if (!existsSync(dir)) {
  process.stdout.write(`no corpus at ${dir}: fetch the documents listed in docs/corpus.md into it\n`);
  process.exit(0);
}
const files = readdirSync(dir).filter((name) => name.endsWith('.docx')).sort().map((name) => join(dir, name));
if (files.length === 0) {
  process.stdout.write(`no .docx in ${dir}\n`);
  process.exit(0);
}
const run = spawnSync(process.execPath, [join(__dirname, '..', 'bin', 'dangjian.js'), 'check', '--format', 'json', ...files], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
const { files: reports } = JSON.parse(run.stdout);
for (const report of reports) {
  const counts = new Map();
  for (const finding of report.findings) counts.set(finding.rule, (counts.get(finding.rule) ?? 0) + 1);
  const byRule = [...counts].map(([rule, count]) => `${rule} ${count}`).join(', ') || 'no findings';
  const name = report.path.slice(dir.length + 1);
  process.stdout.write(`${name}\n  ${report.error ? `${report.error.code}: ${report.error.message}` : `${report.template ?? '-'} (${report.templateReason})`}\n  ${byRule}\n`);
}
