/**
 * Differential check of the .docx reader against an independent one:
 * LibreOffice's import. A fixed-seed generator writes documents that combine
 * every source of formatting Word resolves; LibreOffice converts them all in
 * one run to flat ODF; each paragraph's East Asian font and size, line
 * spacing, first-line indent, alignment and spacing before/after are compared
 * with what our reader resolves. Every disagreement must be a listed,
 * sourced exception (./exceptions.ts) or a pending reader fix; the figures
 * are printed. How it works: docs/differential.md.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compareCorpus, PROPERTIES, sortDisagreements, type Comparison, type Disagreement, type Sorted } from './compare';
import { EXCEPTIONS, PENDING_READER_FIXES } from './exceptions';
import { DOCUMENT_COUNT, generateCorpus, SEED, type GeneratedDocument } from './generate';
import { readFodt, type OdfParagraph } from './odf';
import { readOurs, type OurParagraph } from './ours';
import { describeWith, sofficeTool, tempDir } from '../support/tools';

/** Converts every document in one LibreOffice run (a start costs seconds; a document, a fraction of one). */
function convertAll(documents: readonly GeneratedDocument[], dir: string): string {
  const inputs = join(dir, 'docx');
  const outputs = join(dir, 'fodt');
  mkdirSync(inputs);
  mkdirSync(outputs);
  for (const document of documents) writeFileSync(join(inputs, document.name), document.bytes);
  const profile = join(dir, 'lo-profile');
  execFileSync(
    '/usr/bin/soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'fodt', '--outdir', outputs, ...documents.map((d) => join(inputs, d.name))],
    { stdio: 'pipe', timeout: 170000 },
  );
  rmSync(profile, { recursive: true, force: true });
  return outputs;
}

function example(d: Disagreement): string {
  return `${d.id} (${d.document}): ours ${d.ours} | LibreOffice ${d.libreOffice}`;
}

function report(comparison: Comparison, sorted: Sorted, seconds: { convert: number; compare: number }): string {
  const lines: string[] = [];
  const pct = (n: number) => `${((100 * n) / comparison.paragraphs).toFixed(1)}%`;
  lines.push(`Differential check against LibreOffice (seed ${SEED}): ${comparison.documents} documents, ${comparison.paragraphs} paragraphs compared`);
  lines.push(`  (${comparison.textBoxParagraphs} text-box paragraphs not compared: Word's paragraphs collection and our model leave them out)`);
  for (const property of PROPERTIES) lines.push(`  ${property.padEnd(16)} agree ${String(comparison.agree[property]).padStart(5)} / ${comparison.paragraphs}  ${pct(comparison.agree[property])}`);
  lines.push(`  ${'all properties'.padEnd(16)} agree ${String(comparison.agreeAll).padStart(5)} / ${comparison.paragraphs}  ${pct(comparison.agreeAll)}`);
  lines.push(`Disagreements: ${comparison.disagreements.length}`);
  for (const [name, list] of sorted.byException) {
    const exception = EXCEPTIONS.find((e) => e.name === name);
    lines.push(`  exception ${name}: ${list.length}${list[0] ? `  e.g. ${example(list[0])}` : ''}  [${exception?.source ?? ''}]`);
  }
  for (const [feature, list] of sorted.byPending) {
    const byProperty = PROPERTIES.map((p) => [p, list.filter((d) => d.property === p).length] as const).filter(([, n]) => n > 0);
    lines.push(`  PENDING ${feature}: ${list.length} (${byProperty.map(([p, n]) => `${p} ${n}`).join(', ')})${list[0] ? `  e.g. ${example(list[0])}` : ''}`);
  }
  lines.push(`  unexplained: ${sorted.unexplained.length}`);
  for (const d of sorted.unexplained.slice(0, 40)) lines.push(`    ${d.property}: ${example(d)}  [${d.features.join(',')}]`);
  lines.push(`Time: LibreOffice conversion ${seconds.convert.toFixed(1)} s, reading and comparing ${seconds.compare.toFixed(1)} s`);
  return lines.join('\n');
}

describeWith(sofficeTool, 'our reader agrees with LibreOffice on generated documents', () => {
  let documents: GeneratedDocument[];
  let comparison: Comparison;
  let sorted: Sorted;
  let dir: string;

  beforeAll(() => {
    documents = generateCorpus(SEED, DOCUMENT_COUNT);
    dir = tempDir('differential');
    let start = Date.now();
    const outputs = convertAll(documents, dir);
    const unconverted = documents.filter((d) => !existsSync(join(outputs, d.name.replace(/\.docx$/, '.fodt')))).map((d) => d.name);
    if (unconverted.length > 0) throw new Error(`LibreOffice did not convert: ${unconverted.join(', ')}`);
    const convert = (Date.now() - start) / 1000;
    start = Date.now();
    const ours = new Map<string, OurParagraph[]>();
    const libreOffice = new Map<string, OdfParagraph[]>();
    for (const document of documents) {
      ours.set(document.name, readOurs(document.bytes));
      libreOffice.set(document.name, readFodt(readFileSync(join(outputs, document.name.replace(/\.docx$/, '.fodt')), 'utf8')));
    }
    comparison = compareCorpus(documents, ours, libreOffice);
    sorted = sortDisagreements(comparison.disagreements, EXCEPTIONS, PENDING_READER_FIXES);
    const text = report(comparison, sorted, { convert, compare: (Date.now() - start) / 1000 });
    writeFileSync(join(dir, 'report.txt'), text);
    const kept = process.env.DIFFERENTIAL_KEEP === '1';
    process.stdout.write(`${text}\n${kept ? `(documents, .fodt files and report in ${dir})` : '(DIFFERENTIAL_KEEP=1 keeps the documents and .fodt files)'}\n`);
  }, 240000);

  afterAll(() => {
    if (dir && process.env.DIFFERENTIAL_KEEP !== '1') rmSync(dir, { recursive: true, force: true });
  });

  test('the corpus has at least 200 documents, and both readers find every paragraph', () => {
    expect(documents.length).toBeGreaterThanOrEqual(200);
    expect(comparison.paragraphs).toBeGreaterThanOrEqual(2000);
    expect(comparison.missing).toEqual([]);
  });

  test('every disagreement is a listed exception or a pending reader fix', () => {
    expect(sorted.unexplained.map((d) => `${d.property}: ${example(d)}`)).toEqual([]);
  });

  test('every pending reader fix still disagrees somewhere (delete the entry once its fix has landed)', () => {
    const stale = [...sorted.byPending].filter(([, list]) => list.length === 0).map(([feature]) => feature);
    expect(stale).toEqual([]);
  });

  test('every exception still occurs (an exception LibreOffice no longer makes is removed)', () => {
    const unused = [...new Set(EXCEPTIONS.map((e) => e.name))].filter((name) => (sorted.byException.get(name) ?? []).length === 0);
    expect(unused).toEqual([]);
  });
});
