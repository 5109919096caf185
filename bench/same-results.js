#!/usr/bin/env node
'use strict';
/**
 * Whether a speed change left every result as it was: reads and checks the
 * same documents with two builds of the reader and checker and compares,
 * document by document, the model read, each paragraph's role and heading,
 * the 字数, the findings (with their planned fixes) and the bytes of the
 * fixed copy.
 *
 *   npm run build:cli && cp -r dist /tmp/dist-before    (before the change)
 *   … change, npm run build:cli …
 *   node bench/same-results.js /tmp/dist-before [dist]
 *
 * Documents: the read benchmark's long report (bench/out, made by
 * bench/read-docx.js), the python-docx fixtures of test/fixtures/python,
 * every catalog template as `dangjian new` writes it, and the differential
 * suite's generated documents. Each is checked against the template the CLI
 * would pick (or the profile alone) and, the small ones, against every
 * catalog template. Prints each difference and exits 1 when there is one.
 */
const { execFileSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');
const Module = require('node:module');

const ROOT = join(__dirname, '..');
const PYTHON = '/usr/bin/python3';
const PROJECT_ID = '00000000-0000-4000-8000-000000000000';
const CREATED_AT = new Date('2026-01-01T00:00:00Z');

/** Loads a TypeScript module of the test suite (the differential generator) without a build step. */
function loadTypeScript(path) {
  const ts = require('typescript');
  const { outputText } = ts.transpileModule(readFileSync(path, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true },
  });
  const loaded = new Module(path, module);
  loaded.filename = path;
  loaded.paths = Module._nodeModulePaths(ROOT);
  loaded._compile(outputText, path);
  return loaded.exports;
}

/** Every document to compare: [name, bytes, small]. */
function documents(dist) {
  const found = [];
  const out = join(__dirname, 'out');
  if (existsSync(out)) {
    for (const name of readdirSync(out).filter((file) => file.endsWith('.docx')).sort()) {
      found.push([`bench/out/${name}`, new Uint8Array(readFileSync(join(out, name))), false]);
    }
  }
  const scratch = mkdtempSync(join(tmpdir(), 'same-results-'));
  try {
    const fixtures = join(ROOT, 'test', 'fixtures', 'python');
    execFileSync(PYTHON, [join(fixtures, 'report.py'), join(scratch, 'report-12.docx'), '12']);
    execFileSync(PYTHON, [join(fixtures, 'report.py'), join(scratch, 'report-300.docx'), '300']);
    for (const script of ['formatting.py', 'controls.py', 'theme_lang.py']) {
      execFileSync(PYTHON, [join(fixtures, script), scratch], { stdio: ['ignore', 'ignore', 'inherit'] });
    }
    for (const name of readdirSync(scratch).filter((file) => file.endsWith('.docx')).sort()) {
      found.push([`fixtures/${name}`, new Uint8Array(readFileSync(join(scratch, name))), true]);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const { writeTemplateDocx } = require(join(dist, 'docx', 'write.js'));
  const { resolveCatalog } = require(join(dist, 'templates', 'pack.js'));
  const catalog = resolveCatalog().value;
  for (const template of catalog.templates) {
    const profile = catalog.profiles.find((candidate) => candidate.id === template.profile);
    found.push([`new/${template.id}.docx`, writeTemplateDocx(template, profile, { projectId: PROJECT_ID, createdAt: CREATED_AT }), true]);
  }
  const { generateCorpus } = loadTypeScript(join(ROOT, 'test', 'differential', 'generate.ts'));
  for (const generated of generateCorpus()) {
    found.push([`differential/${generated.name}`, generated.bytes, true]);
  }
  return found;
}

function digest(value) {
  return createHash('sha256').update(typeof value === 'string' ? value : Buffer.from(value)).digest('hex').slice(0, 16);
}

/** What one build makes of one document, as comparable strings. */
function results(dist, bytes, small) {
  const { readDocx } = require(join(dist, 'docx', 'read.js'));
  const { checkDocument } = require(join(dist, 'core', 'check.js'));
  const { planFixes } = require(join(dist, 'core', 'fix.js'));
  const { applyEditsToDocx, roleFormatsFromProfile } = require(join(dist, 'docx', 'fix.js'));
  const { detectTemplate } = require(join(dist, 'templates', 'detect.js'));
  const { formatOnlyTemplate } = require(join(dist, 'templates', 'format-only.js'));
  const { OFFICIAL_PROFILE } = require(join(dist, 'templates', 'profiles', 'official.js'));
  const { resolveCatalog } = require(join(dist, 'templates', 'pack.js'));
  const catalog = resolveCatalog().value;
  const out = {};
  const read = readDocx(bytes);
  if (!read.ok) return { read: JSON.stringify(read.error) };
  out.model = digest(JSON.stringify(read.value.model));
  const detection = detectTemplate(read.value.model, catalog.templates);
  const chosen = detection?.template ?? formatOnlyTemplate(OFFICIAL_PROFILE.id);
  const templates = [chosen];
  if (small) templates.push(...catalog.templates.filter((template) => template !== chosen));
  else {
    const report = catalog.templates.find((template) => template.id === 'shuji-closing-report');
    if (report && report !== chosen) templates.push(report);
  }
  out.detected = JSON.stringify(detection ? { id: detection.template.id, by: detection.by, clues: detection.clues } : null);
  for (const template of templates) {
    const profile = catalog.profiles.find((candidate) => candidate.id === template.profile) ?? OFFICIAL_PROFILE;
    const result = checkDocument(read.value.model, template, profile);
    const key = template.id;
    out[`${key} 字数`] = String(result.wordCount);
    out[`${key} unfilled`] = String(result.unfilled);
    out[`${key} roles`] = digest(JSON.stringify(result.paragraphs.map((p) => [p.role, p.heading ?? null])));
    out[`${key} findings`] = digest(JSON.stringify(result.findings));
    out[`${key} finding count`] = String(result.findings.length);
    const plan = planFixes(result.findings);
    if (plan.edits.length > 0) {
      const fixed = applyEditsToDocx(read.value, plan.edits, roleFormatsFromProfile(profile));
      out[`${key} fixed`] = fixed.ok ? digest(fixed.value) : JSON.stringify(fixed.error);
    }
  }
  return out;
}

const before = resolve(process.argv[2] ?? '');
const after = resolve(process.argv[3] ?? join(ROOT, 'dist'));
if (!process.argv[2] || !existsSync(join(before, 'docx', 'read.js')) || !existsSync(join(after, 'docx', 'read.js'))) {
  process.stderr.write('usage: node bench/same-results.js BEFORE_DIST [AFTER_DIST]\n');
  process.exit(2);
}
let differences = 0;
let compared = 0;
const docs = documents(after);
for (const [name, bytes, small] of docs) {
  const a = results(before, bytes, small);
  const b = results(after, bytes, small);
  for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
    compared += 1;
    if (a[key] !== b[key]) {
      differences += 1;
      process.stdout.write(`${name}: ${key}: ${a[key]} → ${b[key]}\n`);
    }
  }
}
process.stdout.write(`${docs.length} documents, ${compared} results compared, ${differences} different\n`);
process.exit(differences === 0 ? 0 : 1);
