/**
 * The organisation department's story: reports made by other programs
 * (python-docx, LibreOffice) are checked from the command line, judged right
 * at the right paragraph, and fixed into copies Word and python-docx agree on.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';
import { checkJson, dangjian, REPO } from '../support/cli';
import {
  describeWith,
  pythonDocxTool,
  runPython,
  sofficeConvert,
  sofficeTool,
  tempDir,
} from '../support/tools';

const MAKE_REPORTS = join(REPO, 'test', 'cli', 'fixtures', 'make_reports.py');

function makeReport(variant: string, path: string): string {
  return runPython(readFileSync(MAKE_REPORTS, 'utf8'), [variant, path]).trim();
}

const FORMAT_RULES = ['font', 'font-size', 'line-spacing'];

describeWith(pythonDocxTool, 'dangjian check on reports written by python-docx', () => {
  const dir = tempDir('dangjian-check');
  const broken = join(dir, '结项报告-待修改.docx');
  let songtiParagraphs: number[] = [];
  let pastedParagraph = 0;

  beforeAll(() => {
    const [songti, pasted] = makeReport('broken', broken).split(';');
    songtiParagraphs = songti.split(',').map(Number);
    pastedParagraph = Number(pasted);
    makeReport('compliant', join(dir, 'compliant.docx'));
    makeReport('compliant-styles', join(dir, 'compliant-styles.docx'));
  });

  test('a compliant closing report, formatted directly, has no errors and exits 0', () => {
    const { run, files } = checkJson(['--template', 'shuji-closing-report', join(dir, 'compliant.docx')]);
    expect(files[0].error).toBeNull();
    expect(files[0].findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(run.status).toBe(0);
  });

  test('the same report with its fonts carried by paragraph styles is judged the same', () => {
    const { run, files } = checkJson(['--template', 'shuji-closing-report', join(dir, 'compliant-styles.docx')]);
    expect(files[0].findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(run.status).toBe(0);
  });

  test('the closing report is recognised from its title without --template', () => {
    const { files } = checkJson([join(dir, 'compliant.docx')]);
    expect(files[0].template).toBe('shuji-closing-report');
  });

  test('a report with 宋体 小四 body at 1.5 lines shows font, size and spacing errors on those paragraphs', () => {
    const { run, files } = checkJson(['--template', 'shuji-closing-report', broken]);
    expect(run.status).toBe(1);
    const findings = files[0].findings;
    for (const rule of FORMAT_RULES) {
      const at = findings.filter((finding) => finding.rule === rule).map((finding) => finding.paragraph);
      expect(at).toEqual(songtiParagraphs);
    }
    const font = findings.find((finding) => finding.rule === 'font');
    expect(font?.message).toContain('方正仿宋_GBK');
    expect(font?.message).toContain('宋体');
    expect(font?.severity).toBe('error');
    expect(font?.fixable).toBe(true);
  });

  test('the missing 三、主要成效 is a required-section error', () => {
    const { files } = checkJson(['--template', 'shuji-closing-report', broken]);
    const missing = files[0].findings.filter((finding) => finding.rule === 'required-section');
    expect(missing).toHaveLength(1);
    expect(missing[0].message).toContain('主要成效');
  });

  test('text pasted from the web shows half-width punctuation and an emoji on its paragraph', () => {
    const { files } = checkJson(['--template', 'shuji-closing-report', broken]);
    const rulesAtPasted = files[0].findings
      .filter((finding) => finding.paragraph === pastedParagraph)
      .map((finding) => finding.rule);
    expect(rulesAtPasted).toEqual(expect.arrayContaining(['punctuation-width', 'stray-character']));
  });

  test('--fix writes a copy with no font, size or spacing errors that python-docx reads back, other parts untouched', () => {
    const out = join(dir, 'fixed');
    const run = dangjian(['check', '--template', 'shuji-closing-report', '--fix', '-o', out, broken]);
    expect(run.stderr).toContain('已写入修正后的副本');
    const fixed = join(out, '结项报告-待修改.docx');
    const after = checkJson(['--template', 'shuji-closing-report', fixed]).files[0];
    expect(after.findings.filter((finding) => FORMAT_RULES.includes(finding.rule))).toEqual([]);

    const readBack = runPython(
      `
import sys, json
from docx import Document
from docx.oxml.ns import qn
doc = Document(sys.argv[1])
out = []
for n in [int(x) for x in sys.argv[2].split(',')]:
    p = doc.paragraphs[n - 1]
    fonts = sorted({r._element.rPr.rFonts.get(qn('w:eastAsia')) for r in p.runs})
    sizes = sorted({r.font.size.pt for r in p.runs})
    out.append({'fonts': fonts, 'sizes': sizes, 'rule': str(p.paragraph_format.line_spacing_rule), 'line': p.paragraph_format.line_spacing.pt})
print(json.dumps(out, ensure_ascii=False))
`,
      [fixed, songtiParagraphs.join(',')],
    );
    for (const paragraph of JSON.parse(readBack) as { fonts: string[]; sizes: number[]; rule: string; line: number }[]) {
      expect(paragraph.fonts).toEqual(['方正仿宋_GBK']);
      expect(paragraph.sizes).toEqual([16]);
      expect(paragraph.rule).toContain('EXACTLY');
      expect(paragraph.line).toBe(28);
    }

    const before = unzipSync(readFileSync(broken));
    const afterParts = unzipSync(readFileSync(fixed));
    expect(Object.keys(afterParts).sort()).toEqual(Object.keys(before).sort());
    for (const name of Object.keys(before)) {
      if (name === 'word/document.xml') continue;
      expect(Buffer.from(afterParts[name]).equals(Buffer.from(before[name]))).toBe(true);
    }
  });

  test('the original file is never changed by --fix', () => {
    const copy = join(dir, 'original.docx');
    copyFileSync(broken, copy);
    const bytes = readFileSync(copy);
    dangjian(['check', '--template', 'shuji-closing-report', '--fix', '-o', join(dir, 'fixed-2'), copy]);
    expect(readFileSync(copy).equals(bytes)).toBe(true);
  });

  test('junit output is well-formed XML with one failure per error finding', () => {
    const run = dangjian(['check', '--format', 'junit', '--template', 'shuji-closing-report', broken]);
    expect(run.status).toBe(1);
    const errors = checkJson(['--template', 'shuji-closing-report', broken]).files[0].findings.filter(
      (finding) => finding.severity === 'error',
    ).length;
    let failures = 0;
    const parser = new SaxesParser();
    parser.on('opentag', (tag) => {
      if (tag.name === 'failure') failures += 1;
    });
    parser.write(run.stdout).close();
    expect(failures).toBe(errors);
  });

  test('html output is one self-contained page listing every file with pass or fail', () => {
    const run = dangjian(['check', '--format', 'html', '--template', 'shuji-closing-report', broken, join(dir, 'compliant.docx')]);
    expect(run.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(run.stdout).toContain('结项报告-待修改.docx');
    expect(run.stdout).toContain('未通过');
    expect(run.stdout).toContain('通过');
    expect(run.stdout).not.toMatch(/<script|<link|src="http/);
  });

  test('stylish output groups findings under the file and ends with a Chinese summary', () => {
    const run = dangjian(['check', '--template', 'shuji-closing-report', broken]);
    const lines = run.stdout.trim().split('\n');
    expect(lines[0]).toContain('结项报告-待修改.docx');
    expect(lines.some((line) => line.includes('错误') && line.includes('font'))).toBe(true);
    expect(run.stdout).toMatch(/共 \d+ 个问题（\d+ 个错误，\d+ 个警告）/);
  });

  test('a glob checks every matching file and skips Word owner files', () => {
    writeFileSync(join(dir, '~$compliant.docx'), 'owner file');
    const { run, files } = checkJson(['--template', 'shuji-closing-report', '*.docx'], dir);
    const paths = files.map((file) => file.path);
    expect(paths).toEqual(expect.arrayContaining(['compliant.docx', 'compliant-styles.docx', '结项报告-待修改.docx']));
    expect(paths.some((path) => path.startsWith('~$'))).toBe(false);
    expect(run.status).toBe(1);
  });

  test('a document whose template cannot be told is checked for format alone, not refused', () => {
    const plain = join(dir, 'plain.docx');
    runPython(
      `
import sys
from docx import Document
d = Document(); d.add_paragraph('会议纪要'); d.add_paragraph('今天开会。'); d.save(sys.argv[1])
`,
      [plain],
    );
    const { run, files } = checkJson([plain]);
    expect(files[0].error).toBeNull();
    expect(files[0].template).toBeNull();
    expect(files[0].findings.some((finding) => finding.rule === 'font')).toBe(true);
    expect(run.status).toBe(1);
  });
});

describeWith(sofficeTool, 'reports that passed through LibreOffice', () => {
  test('a compliant report saved again by LibreOffice still has no errors', () => {
    if (!pythonDocxTool.available) throw new Error('python3-docx is needed to make the report');
    const dir = tempDir('dangjian-lo');
    const source = join(dir, 'source.docx');
    makeReport('compliant', source);
    const odtDir = join(dir, 'odt');
    sofficeConvert(source, 'odt', odtDir);
    const backDir = join(dir, 'back');
    sofficeConvert(join(odtDir, 'source.odt'), 'docx:MS Word 2007 XML', backDir);
    const { files } = checkJson(['--template', 'shuji-closing-report', join(backDir, 'source.docx')]);
    expect(files[0].error).toBeNull();
    expect(files[0].findings.filter((finding) => finding.severity === 'error')).toEqual([]);
  });
});
