#!/usr/bin/env node
/**
 * How fast a long report is read, against python-docx and a bare parse.
 *
 *   npm run build:cli && node bench/read-docx.js [PARAGRAPHS]
 *
 * Generates a report (default 5,000 paragraphs, with tables and hand-typed
 * headings) with python-docx into bench/out/, then times, in this run:
 *   (a) readDocx from dist/ (and readDocx + checkDocument with every rule,
 *       when dist/core/check.js provides it),
 *   (b) python-docx loading the file and walking doc.paragraphs, their runs
 *       and every table cell's paragraphs (timed inside Python),
 *   (c) a bare fflate unzip of word/document.xml + saxes parse, no model.
 * Prints the median of several runs of each and the ratios.
 */
const { execFileSync } = require('node:child_process');
const { existsSync, mkdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { unzipSync } = require('fflate');
const { SaxesParser } = require('saxes');

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');
const OUT = join(__dirname, 'out');
const PYTHON = '/usr/bin/python3';
const RUNS = 15;
const paragraphs = Number(process.argv[2] ?? 5000);

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Times each contender on its own: warm-up, then RUNS timed runs; returns each
 * one's median in ms. One after another, not interleaved, so that no contender
 * pays for the garbage another one left.
 */
function timeEach(contenders) {
  return contenders.map(([name, fn]) => {
    fn(); // warm-up
    const samples = [];
    for (let i = 0; i < RUNS; i++) {
      const start = process.hrtime.bigint();
      fn();
      samples.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
    return [name, median(samples)];
  });
}

if (!existsSync(join(DIST, 'docx', 'read.js'))) {
  process.stderr.write('dist/docx/read.js is missing: run `npm run build:cli` first\n');
  process.exit(2);
}
mkdirSync(OUT, { recursive: true });
const report = join(OUT, `report-${paragraphs}.docx`);
execFileSync(PYTHON, [join(ROOT, 'test', 'fixtures', 'python', 'report.py'), report, String(paragraphs)]);
const bytes = new Uint8Array(readFileSync(report));

const { readDocx } = require(join(DIST, 'docx', 'read.js'));
const first = readDocx(bytes);
if (!first.ok) throw new Error(`${first.error.code}: ${first.error.detail}`);
const model = first.value.model;

const contenders = [['readDocx (ours)', () => readDocx(bytes)]];

const checkPath = join(DIST, 'core', 'check.js');
const catalogPath = join(DIST, 'templates', 'catalog', 'index.js');
const profilePath = join(DIST, 'templates', 'profiles', 'official.js');
if (existsSync(checkPath) && existsSync(catalogPath) && existsSync(profilePath)) {
  const { checkDocument } = require(checkPath);
  const { catalogTemplate } = require(catalogPath);
  const { OFFICIAL_PROFILE } = require(profilePath);
  const template = catalogTemplate && catalogTemplate('shuji-closing-report');
  if (typeof checkDocument === 'function' && template) {
    contenders.push(['readDocx + checkDocument (all rules)', () => {
      const read = readDocx(bytes);
      if (read.ok) checkDocument(read.value.model, template, OFFICIAL_PROFILE);
    }]);
  }
}

const pythonWalk = `
import sys, time
t0 = time.perf_counter()
import docx
best = []
for _ in range(${RUNS}):
    t = time.perf_counter()
    d = docx.Document(sys.argv[1])
    n = 0
    for p in d.paragraphs:
        for r in p.runs:
            n += len(r.text)
    for table in d.tables:
        for row in table.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    for r in p.runs:
                        n += len(r.text)
    best.append((time.perf_counter() - t) * 1000)
best.sort()
print(best[len(best) // 2])
`;
const pythonRow = ['python-docx load + paragraph/run/cell walk', Number(execFileSync(PYTHON, ['-c', pythonWalk, report], { encoding: 'utf8' }).trim())];

contenders.push(['bare fflate unzip + saxes parse', () => {
  const xml = new TextDecoder().decode(unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml']);
  const parser = new SaxesParser();
  let elements = 0;
  parser.on('opentag', () => { elements++; });
  parser.write(xml).close();
}]);

const rows = [...timeEach(contenders), pythonRow];

const byName = new Map(rows);
const raw = byName.get('bare fflate unzip + saxes parse');
const python = byName.get('python-docx load + paragraph/run/cell walk');
process.stdout.write(`report: ${report}\n${model.paragraphs.length} paragraphs in the model, ${bytes.length} bytes\n\n`);
process.stdout.write(`${'what'.padEnd(42)} ${'ms (median)'.padStart(12)} ${'÷ raw parse'.padStart(12)} ${'÷ python-docx'.padStart(14)}\n`);
for (const [name, ms] of rows) {
  process.stdout.write(`${name.padEnd(42)} ${ms.toFixed(1).padStart(12)} ${(ms / raw).toFixed(2).padStart(12)} ${(ms / python).toFixed(2).padStart(14)}\n`);
}
const full = byName.get('readDocx + checkDocument (all rules)');
if (full !== undefined) {
  const verdict = (ok) => (ok ? 'met' : 'NOT met');
  process.stdout.write(
    `\ntargets for read + every rule: faster than python-docx (${(full / python).toFixed(2)}×: ${verdict(full < python)}), ` +
      `within 2× of the raw parse (${(full / raw).toFixed(2)}×: ${verdict(full <= 2 * raw)})\n`,
  );
}
