#!/usr/bin/env node
'use strict';
/**
 * What people wait for: whole processes, from a shell, as they are run.
 *
 *   npm run build:cli && node bench/whole-process.js
 *
 * Documents (made once with python-docx into bench/out/, see
 * bench/generate/reports.py): one long report (6,305 paragraphs, about
 * 1.4 MB) and a batch of 200 submitted reports of 11 paragraphs each.
 * For each, timed as whole processes (hyperfine, warm-up then RUNS runs,
 * the median printed): `dangjian check`, python-docx loading each file and
 * walking its paragraphs, runs and table cells (the bare walk, no checking),
 * and a bare Node unzip + XML parse of word/document.xml; the batch also on
 * one thread (DANGJIAN_JOBS=1), beside all of the machine's. Then `dangjian
 * templates` and `--help` against `node -e 0`, and `check --fix` of the long
 * report against its check.
 *
 * Targets: python-docx ÷ dangjian check ≥ 3 on both jobs; templates and
 * --help ≤ 1.5 × node -e 0; --fix ≤ 2 × check. On a shared machine wall
 * times wander; the CPU time (user + system) is printed beside them.
 */
const { execFileSync, spawnSync } = require('node:child_process');
const { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const { availableParallelism } = require('node:os');

const ROOT = join(__dirname, '..');
const OUT = join(__dirname, 'out');
const BIN = join(ROOT, 'bin', 'dangjian.js');
const PYTHON = '/usr/bin/python3';
const RUNS = Number(process.env.WHOLE_RUNS ?? 7);
const NODE = process.execPath;

function quote(arg) {
  return `'${String(arg).replace(/'/g, `'\\''`)}'`;
}

function command(args) {
  return args.map(quote).join(' ');
}

function hasHyperfine() {
  return spawnSync('hyperfine', ['--version']).status === 0;
}

/** Median wall and mean CPU (ms) of a command line, via hyperfine. */
function time(line, options = {}) {
  const json = join(OUT, 'hyperfine.json');
  const args = ['-N', '-i', '-w', '1', '-r', String(options.runs ?? RUNS), '--export-json', json];
  if (options.prepare) args.push('--prepare', options.prepare);
  if (options.prepare) args.splice(args.indexOf('-N'), 1);
  const run = spawnSync('hyperfine', [...args, line], { encoding: 'utf8', cwd: OUT });
  if (run.status !== 0) throw new Error(`hyperfine failed on ${line}: ${run.stderr}`);
  const result = JSON.parse(readFileSync(json, 'utf8')).results[0];
  return { wall: result.median * 1000, cpu: (result.user + result.system) * 1000 };
}

/** A bare walk with python-docx: load each file, visit every paragraph's runs and every table cell's. */
const PYTHON_WALK = `
import sys
import docx
n = 0
for path in sys.argv[1:]:
    d = docx.Document(path)
    for p in d.paragraphs:
        for r in p.runs:
            n += len(r.text)
    for table in d.tables:
        for row in table.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    for r in p.runs:
                        n += len(r.text)
print(n)
`;

/** The least a Node program can do: unzip word/document.xml (fflate, as the reader) and parse it (saxes). */
const RAW_PARSE = `
const { readFileSync } = require('node:fs');
const { unzipSync } = require(${JSON.stringify(require.resolve('fflate'))});
const { SaxesParser } = require(${JSON.stringify(require.resolve('saxes'))});
let elements = 0;
for (const path of process.argv.slice(2)) {
  const parts = unzipSync(readFileSync(path), { filter: (file) => file.name === 'word/document.xml' });
  const parser = new SaxesParser();
  parser.on('opentag', () => { elements++; });
  parser.write(new TextDecoder().decode(parts['word/document.xml'])).close();
}
process.stdout.write(String(elements));
`;

function documents() {
  mkdirSync(OUT, { recursive: true });
  const generator = join(__dirname, 'generate', 'reports.py');
  const big = join(OUT, 'whole-big.docx');
  const batch = join(OUT, 'whole-batch');
  if (!existsSync(big)) {
    process.stdout.write('making the long report with python-docx…\n');
    execFileSync(PYTHON, [generator, 'big', big]);
  }
  if (!existsSync(batch) || readdirSync(batch).length !== 200) {
    process.stdout.write('making 200 short reports with python-docx…\n');
    rmSync(batch, { recursive: true, force: true });
    execFileSync(PYTHON, [generator, 'batch', batch, '200']);
  }
  const files = readdirSync(batch).filter((name) => name.endsWith('.docx')).sort().map((name) => join(batch, name));
  return { big, files };
}

function verdict(met) {
  return met ? 'met' : 'NOT met';
}

function row(name, figures, against) {
  const ratio = against ? `${(against.wall / figures.wall).toFixed(2)}×`.padStart(9) : ''.padStart(9);
  return `  ${name.padEnd(44)} ${figures.wall.toFixed(0).padStart(7)} ms ${figures.cpu.toFixed(0).padStart(9)} ms ${ratio}\n`;
}

function main() {
  if (!existsSync(join(ROOT, 'dist', 'dangjian.js'))) {
    process.stderr.write('dist/dangjian.js is missing: run `npm run build:cli` first\n');
    process.exit(2);
  }
  if (!hasHyperfine()) {
    process.stdout.write('hyperfine is not installed: whole-process figures need it (apt-get install hyperfine)\n');
    return;
  }
  const { big, files } = documents();
  const walk = join(OUT, 'python-walk.py');
  const raw = join(OUT, 'raw-parse.js');
  writeFileSync(walk, PYTHON_WALK);
  writeFileSync(raw, RAW_PARSE);
  const bytes = readFileSync(big).length;
  process.stdout.write(`median wall time of ${RUNS} runs (after a warm-up), mean CPU time (user + system)\n`);
  const header = `  ${'what'.padEnd(44)} ${'wall'.padStart(10)} ${'CPU'.padStart(12)} ${'python ÷'.padStart(9)}\n`;
  const verdicts = [];

  for (const [job, inputs] of [
    [`one long report (${(bytes / 1024 / 1024).toFixed(2)} MB)`, [big]],
    [`${files.length} short reports, one call`, files],
  ]) {
    process.stdout.write(`\n${job}\n${header}`);
    const python = time(command([PYTHON, walk, ...inputs]));
    const ours = time(command([NODE, BIN, 'check', '--format', 'json', ...inputs]));
    const single = inputs.length > 1 ? time(command(['env', 'DANGJIAN_JOBS=1', NODE, BIN, 'check', '--format', 'json', ...inputs])) : undefined;
    const bare = time(command([NODE, raw, ...inputs]));
    process.stdout.write(row('python-docx load + paragraph/run/cell walk', python));
    process.stdout.write(row(`dangjian check (every rule, JSON report${inputs.length > 1 ? `, ${availableParallelism() >= 4 ? availableParallelism() : 1} thread(s) by default` : ''})`, ours, python));
    if (single) process.stdout.write(row('dangjian check, one thread (DANGJIAN_JOBS=1)', single, python));
    process.stdout.write(row('bare unzip + XML parse (Node, no model)', bare, python));
    const ratio = python.wall / ours.wall;
    verdicts.push(`${job}: python-docx ÷ dangjian check ${ratio.toFixed(2)}× (target ≥ 3: ${verdict(ratio >= 3)}; CPU ${(python.cpu / ours.cpu).toFixed(2)}×)`);
  }

  process.stdout.write(`\nstart-up\n${header}`);
  const bare = time(command([NODE, '-e', '0']), { runs: RUNS * 2 });
  process.stdout.write(row('node -e 0', bare));
  for (const args of [['templates'], ['--help']]) {
    const figures = time(command([NODE, BIN, ...args]), { runs: RUNS * 2 });
    process.stdout.write(row(`dangjian ${args.join(' ')}`, figures));
    const ratio = figures.wall / bare.wall;
    verdicts.push(`dangjian ${args.join(' ')}: ${ratio.toFixed(2)} × node -e 0 (target ≤ 1.5: ${verdict(ratio <= 1.5)}; CPU ${(figures.cpu / bare.cpu).toFixed(2)}×)`);
  }

  process.stdout.write(`\n--fix of the long report\n${header}`);
  const fixed = join(OUT, 'whole-fixed');
  const check = time(command([NODE, BIN, 'check', '--format', 'json', big]), { runs: 3 });
  const fix = time(command([NODE, BIN, 'check', '--format', 'json', '--fix', '-o', fixed, big]), { runs: 3, prepare: command(['rm', '-rf', fixed]) });
  process.stdout.write(row('dangjian check', check));
  process.stdout.write(row('dangjian check --fix -o DIR', fix));
  const fixRatio = fix.wall / check.wall;
  verdicts.push(`check --fix: ${fixRatio.toFixed(2)} × its check (target ≤ 2: ${verdict(fixRatio <= 2)}; CPU ${(fix.cpu / check.cpu).toFixed(2)}×)`);

  process.stdout.write(`\ntargets\n${verdicts.map((line) => `  ${line}\n`).join('')}`);
}

main();
