#!/usr/bin/env node
/**
 * How fast a long report is read, against python-docx and a bare parse.
 *
 *   npm run build:cli && node bench/read-docx.js [PARAGRAPHS]
 *
 * Generates a report (default 5,000 paragraphs, with tables and hand-typed
 * headings) with python-docx into bench/out/, then times:
 *   (a) readDocx from dist/, and readDocx + checkDocument with every rule,
 *   (b) python-docx loading the file and walking doc.paragraphs, their runs
 *       and every table cell's paragraphs (timed inside Python),
 *   (c) a bare fflate unzip of word/document.xml + saxes parse, no model.
 * Each contender runs in a fresh Node process of its own (warm-up, then RUNS
 * timed runs), so none pays for garbage another one left in the heap. The
 * whole comparison is made ROUNDS times, the contenders' order turning each
 * round, so that a slow spell of a shared machine falls on all of them; each
 * figure printed is the median over every timed run of every round, and the
 * ratios compare those.
 *
 * A change made for speed must leave every result as it was:
 * bench/same-results.js compares two builds on this report, the fixtures,
 * every template and the generated documents.
 */
const { execFileSync } = require('node:child_process');
const { existsSync, mkdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const ROOT = join(__dirname, '..');
const DIST = join(ROOT, 'dist');
const OUT = join(__dirname, 'out');
const PYTHON = '/usr/bin/python3';
const RUNS = 10;
const WARM_UP = 5;
const ROUNDS = 6;

const READ = 'readDocx (ours)';
const CHECK = 'readDocx + checkDocument (all rules)';
const RAW = 'bare fflate unzip + saxes parse';
const PYTHON_WALK = 'python-docx load + paragraph/run/cell walk';

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** What one contender does once, in the child process that times it. */
function contender(name, bytes) {
  if (name === RAW) {
    const { unzipSync } = require('fflate');
    const { SaxesParser } = require('saxes');
    return () => {
      const xml = new TextDecoder().decode(unzipSync(bytes, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml']);
      const parser = new SaxesParser();
      let elements = 0;
      parser.on('opentag', () => {
        elements++;
      });
      parser.write(xml).close();
    };
  }
  const { readDocx } = require(join(DIST, 'docx', 'read.js'));
  if (name === READ) return () => readDocx(bytes);
  const { checkDocument } = require(join(DIST, 'core', 'check.js'));
  const { catalogTemplate } = require(join(DIST, 'templates', 'catalog', 'index.js'));
  const { OFFICIAL_PROFILE } = require(join(DIST, 'templates', 'profiles', 'official.js'));
  const template = catalogTemplate('shuji-closing-report');
  return () => {
    const read = readDocx(bytes);
    if (!read.ok) throw new Error(`${read.error.code}: ${read.error.detail}`);
    checkDocument(read.value.model, template, OFFICIAL_PROFILE);
  };
}

// Child: node read-docx.js --time NAME FILE → prints its samples as JSON.
if (process.argv[2] === '--time') {
  const run = contender(process.argv[3], new Uint8Array(readFileSync(process.argv[4])));
  for (let i = 0; i < WARM_UP; i++) run();
  const samples = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    run();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  process.stdout.write(JSON.stringify(samples));
  process.exit(0);
}

const paragraphs = Number(process.argv[2] ?? 5000);
if (!existsSync(join(DIST, 'docx', 'read.js'))) {
  process.stderr.write('dist/docx/read.js is missing: run `npm run build:cli` first\n');
  process.exit(2);
}
mkdirSync(OUT, { recursive: true });
const report = join(OUT, `report-${paragraphs}.docx`);
execFileSync(PYTHON, [join(ROOT, 'test', 'fixtures', 'python', 'report.py'), report, String(paragraphs)]);
const bytes = new Uint8Array(readFileSync(report));
const first = require(join(DIST, 'docx', 'read.js')).readDocx(bytes);
if (!first.ok) throw new Error(`${first.error.code}: ${first.error.detail}`);

const pythonWalk = `
import sys, time
import docx
times = []
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
    times.append((time.perf_counter() - t) * 1000)
print(times)
`;

const names = [READ, CHECK, RAW, PYTHON_WALK];
const samples = new Map(names.map((name) => [name, []]));
for (let round = 0; round < ROUNDS; round++) {
  const order = [READ, CHECK, RAW];
  for (const name of [...order.slice(round % 3), ...order.slice(0, round % 3)]) {
    const out = execFileSync(process.execPath, [__filename, '--time', name, report], { encoding: 'utf8', cwd: ROOT });
    samples.get(name).push(...JSON.parse(out));
  }
  samples.get(PYTHON_WALK).push(...JSON.parse(execFileSync(PYTHON, ['-c', pythonWalk, report], { encoding: 'utf8' }).trim()));
}

const ms = new Map(names.map((name) => [name, median(samples.get(name))]));
const raw = ms.get(RAW);
const python = ms.get(PYTHON_WALK);
process.stdout.write(`report: ${report}\n${first.value.model.paragraphs.length} paragraphs in the model, ${bytes.length} bytes\n`);
process.stdout.write(`median of ${ROUNDS} × ${RUNS} runs, each contender in a fresh process\n\n`);
process.stdout.write(`${'what'.padEnd(42)} ${'ms (median)'.padStart(12)} ${'÷ raw parse'.padStart(12)} ${'÷ python-docx'.padStart(14)}\n`);
for (const name of names) {
  const value = ms.get(name);
  process.stdout.write(`${name.padEnd(42)} ${value.toFixed(1).padStart(12)} ${(value / raw).toFixed(2).padStart(12)} ${(value / python).toFixed(2).padStart(14)}\n`);
}
const full = ms.get(CHECK);
const verdict = (met) => (met ? 'met' : 'NOT met');
process.stdout.write(
  `\ntargets for read + every rule: faster than python-docx (${(full / python).toFixed(2)}×: ${verdict(full < python)}), ` +
    `within 2× of the raw parse (${(full / raw).toFixed(2)}×: ${verdict(full <= 2 * raw)})\n`,
);
