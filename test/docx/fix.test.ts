/**
 * Fixing a report: the edits a fix plan carries land in the file so that an
 * independent reader (python-docx) sees them, and nothing else in the file
 * changes — other parts byte for byte, untouched paragraphs byte for byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Edit } from '../../src/core/edits';
import { applyEditsToDocx } from '../../src/docx/fix';
import { readDocx, type DocxFile } from '../../src/docx/read';
import { runFixtureScript, unzipParts } from '../support/docx-fixtures';
import { describeWith, pythonDocxTool, tempDir } from '../support/tools';

interface Inspected {
  text: string;
  lineRule: string | null;
  linePt: number | null;
  firstLineChars: string | null;
  firstLinePt: number | null;
  alignment: string | null;
  runs: { text: string; eastAsia: string | null; eastAsiaTheme: string | null; sizePt: number | null }[];
}

function load(path: string): DocxFile {
  const result = readDocx(new Uint8Array(readFileSync(path)));
  if (!result.ok) throw new Error(result.error.detail);
  return result.value;
}

/** The XML of every w:p of the body, in order (as a comparison key for untouched paragraphs). */
function paragraphXml(file: DocxFile): string[] {
  const source = file.source.document.source;
  return file.model.paragraphs.map((_, index) => {
    const p = file.source.paragraph(index);
    return source.slice(p.elementStart, p.elementEnd);
  });
}

describeWith(pythonDocxTool, 'fixing a closing report written in 宋体 at 1.5 lines', () => {
  let dir: string;
  let original: DocxFile;
  let fixedPath: string;
  let fixed: DocxFile;
  const BODY = 3;
  const HEADING = 2;

  beforeAll(() => {
    dir = tempDir('docx-fix');
    const path = join(dir, 'report.docx');
    runFixtureScript('report.py', [path]);
    original = load(path);
    const edits: Edit[] = [
      { kind: 'set-run-format', paragraph: BODY, eastAsiaFont: '方正仿宋_GBK', sizePt: 16 },
      { kind: 'set-paragraph-format', paragraph: BODY, lineSpacing: { rule: 'exact', points: 28 }, firstLineChars: 200, alignment: 'both', spaceBeforePt: 0, spaceAfterPt: 0 },
      { kind: 'set-run-format', paragraph: HEADING, eastAsiaFont: '方正黑体_GBK' },
      { kind: 'set-paragraph-format', paragraph: HEADING, lineSpacing: { rule: 'exact', points: 28 } },
      { kind: 'replace-text', paragraph: BODY, start: 0, end: 2, text: '我们' },
    ];
    const result = applyEditsToDocx(original, edits);
    if (!result.ok) throw new Error(result.error.detail);
    fixedPath = join(dir, 'report-fixed.docx');
    writeFileSync(fixedPath, result.value);
    fixed = load(fixedPath);
  });

  test('python-docx reads the body paragraph as 方正仿宋_GBK 16 pt, exactly 28 pt, indented 2 characters', () => {
    const body: Inspected = JSON.parse(runFixtureScript('read_back.py', [fixedPath]))[BODY];
    expect(body.runs.map((run) => run.eastAsia)).toEqual(body.runs.map(() => '方正仿宋_GBK'));
    expect(body.runs.every((run) => run.sizePt === 16 && run.eastAsiaTheme === null)).toBe(true);
    expect(body.lineRule).toMatch(/^EXACTLY/);
    expect(body.linePt).toBe(28);
    expect(body.firstLineChars).toBe('200');
    expect(body.firstLinePt).toBe(32);
    expect(body.alignment).toMatch(/^JUSTIFY/);
    expect(body.text.startsWith('我们坚持把党的政治建设')).toBe(true);
  });

  test('our own reader agrees with python-docx on the fixed paragraphs', () => {
    const body = fixed.model.paragraphs[BODY];
    expect(body.runs.map((run) => [run.format.eastAsiaFont, run.format.sizePt])).toEqual(body.runs.map(() => ['方正仿宋_GBK', 16]));
    expect(body.format.lineSpacing).toEqual({ rule: 'exact', points: 28 });
    expect(body.format.firstLineIndent).toEqual({ chars: 200, points: 32 });
    expect(body.format.spaceAfterPt).toBe(0);
    const heading = fixed.model.paragraphs[HEADING];
    expect(heading.runs[0].format.eastAsiaFont).toBe('方正黑体_GBK');
    expect(heading.runs[0].format.sizePt).toBe(16);
    expect(heading.runs[0].format.bold).toBe(original.model.paragraphs[HEADING].runs[0].format.bold);
  });

  test('every other part of the package is byte-identical', () => {
    const before = unzipParts(original.source.pkg.bytes);
    const after = unzipParts(fixed.source.pkg.bytes);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const name of Object.keys(before)) {
      if (name === 'word/document.xml') continue;
      expect([name, Buffer.compare(Buffer.from(after[name]), Buffer.from(before[name]))]).toEqual([name, 0]);
    }
  });

  test('untouched paragraphs are byte-identical, and the text outside the paragraphs too', () => {
    const before = paragraphXml(original);
    const after = paragraphXml(fixed);
    expect(after.length).toBe(before.length);
    before.forEach((xml, index) => {
      if (index === BODY || index === HEADING) expect(after[index]).not.toBe(xml);
      else expect(after[index]).toBe(xml);
    });
    const outside = (file: DocxFile) => {
      const source = file.source.document.source;
      const first = file.source.paragraph(0).elementStart;
      const last = file.source.paragraph(file.model.paragraphs.length - 1).elementEnd;
      return [source.slice(0, first), source.slice(last)];
    };
    expect(outside(fixed)).toEqual(outside(original));
  });
});

describeWith(pythonDocxTool, 'edits that change the text and the paragraph list', () => {
  let original: DocxFile;
  beforeAll(() => {
    const path = join(tempDir('docx-fix-text'), 'report.docx');
    runFixtureScript('report.py', [path]);
    original = load(path);
  });

  function apply(edits: Edit[]): DocxFile {
    const result = applyEditsToDocx(original, edits);
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.detail}`);
    const reread = readDocx(result.value);
    if (!reread.ok) throw new Error(reread.error.detail);
    return reread.value;
  }

  test('several replacements in one paragraph apply together, keeping the run formatting', () => {
    const text = original.model.paragraphs[3].text;
    const fixed = apply([
      { kind: 'replace-text', paragraph: 3, start: text.indexOf('“书记项目”'), end: text.indexOf('“书记项目”') + 6, text: '"书记项目"' },
      { kind: 'replace-text', paragraph: 3, start: 0, end: 2, text: '' },
      { kind: 'replace-text', paragraph: 3, start: text.length, end: text.length, text: '  末尾' },
    ]);
    const expected = text.slice(2).replace('“书记项目”', '"书记项目"') + '  末尾';
    expect(fixed.model.paragraphs[3].text).toBe(expected);
    expect(fixed.model.paragraphs[3].runs.every((run) => run.format.eastAsiaFont === '宋体')).toBe(true);
  });

  test('a missing heading is inserted with its role formatting before the paragraph it precedes', () => {
    const fixed = apply([{ kind: 'insert-paragraph', before: 3, text: '一、项目简介', role: 'h1' }]);
    expect(fixed.model.paragraphs.length).toBe(original.model.paragraphs.length + 1);
    const inserted = fixed.model.paragraphs[3];
    expect(inserted.text).toBe('一、项目简介');
    expect(inserted.runs[0].format).toMatchObject({ eastAsiaFont: '方正黑体_GBK', sizePt: 16 });
    expect(inserted.format.lineSpacing).toEqual({ rule: 'exact', points: 28 });
    expect(fixed.model.paragraphs[4].text).toBe(original.model.paragraphs[3].text);
  });

  test('a paragraph appended at the end lands before the section properties', () => {
    const count = original.model.paragraphs.length;
    const fixed = apply([{ kind: 'insert-paragraph', before: count, text: '附：活动照片', role: 'body' }]);
    expect(fixed.model.paragraphs[count].text).toBe('附：活动照片');
    expect(fixed.model.paragraphs[count].format.firstLineIndent).toEqual({ chars: 200, points: 32 });
  });

  test('edits that do not fit the document are refused, not half-applied', () => {
    const outside = applyEditsToDocx(original, [{ kind: 'set-run-format', paragraph: 9999, sizePt: 16 }]);
    expect(outside.ok ? 'applied' : outside.error.code).toBe('invalid-edit');
    const overlapping = applyEditsToDocx(original, [
      { kind: 'replace-text', paragraph: 3, start: 0, end: 5, text: 'x' },
      { kind: 'replace-text', paragraph: 3, start: 3, end: 8, text: 'y' },
    ]);
    expect(overlapping.ok ? 'applied' : overlapping.error.code).toBe('invalid-edit');
    expect(overlapping.ok ? '' : overlapping.error.message).toMatch(/重新检查/);
  });
});
