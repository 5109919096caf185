/**
 * `dangjian new` gives a branch secretary each official form as a .docx that
 * passes its own check and that other programs read with the profile's
 * fonts and exact 28 pt spacing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CATALOG } from '../../src/templates/catalog';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import { checkJson, dangjian } from '../support/cli';
import { describeWith, pythonDocxTool, runPython, sofficeConvert, sofficeTool, tempDir } from '../support/tools';

const dir = tempDir('dangjian-new');
const ids = CATALOG.map((template) => template.id);

describe('dangjian new', () => {
  test.each(ids)('%s is written with zero format errors, and as nobody has filled it in it is 未填写, not a pass (exit 1)', (id) => {
    const path = join(dir, `${id}.docx`);
    const run = dangjian(['new', id, '-o', path]);
    expect(run.status).toBe(0);
    expect(existsSync(path)).toBe(true);
    const { run: check, files } = checkJson([path]);
    expect(files[0].template).toBe(id);
    expect(files[0].findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(files[0].unfilled).toBe(true);
    expect(check.status).toBe(1);
  });

  test('a blank form says 未填写 in the stylish, JUnit and HTML reports too', () => {
    const path = join(dir, 'blank-application.docx');
    expect(dangjian(['new', 'shuji-application', '-o', path]).status).toBe(0);
    const stylish = dangjian(['check', path]);
    expect(stylish.status).toBe(1);
    expect(stylish.stdout).toContain('未填写  这是一份还没有填写的空白表格，不能算作通过');
    expect(stylish.stdout).toContain('✖ 1 个文件未填写');
    expect(stylish.stdout).not.toContain('全部通过');
    const junit = dangjian(['check', '--format', 'junit', path]);
    expect(junit.status).toBe(1);
    expect(junit.stdout).toMatch(/<testcase classname="[^"]*blank-application\.docx" name="unfilled">\s*<failure type="unfilled" message="这是一份还没有填写的空白表格/);
    expect(junit.stdout).toContain('<testsuites name="dangjian" failures="1" errors="0">');
    const html = dangjian(['check', '--format', 'html', path]);
    expect(html.status).toBe(1);
    expect(html.stdout).toContain('<td class="fail">未填写</td>');
    expect(html.stdout).not.toContain('>通过<');
  });

  test('a blank form draws no warning for the boxes the reviewing body fills, and 填表日期 is named once, as itself', () => {
    for (const id of ['shuji-application', 'activity-application', 'activity-midterm', 'activity-acceptance', 'brand-application']) {
      const path = join(dir, `reviewed-${id}.docx`);
      expect(dangjian(['new', id, '-o', path]).status).toBe(0);
      const { files } = checkJson([path]);
      const placeholders = files[0].findings.filter((finding) => finding.rule === 'placeholder');
      // Only the 000 附件1 box the applicant's own organisation signs keeps its seal date to fill.
      expect({ id, placeholders: placeholders.length }).toEqual({ id, placeholders: id === 'shuji-application' ? 1 : 0 });
      const template = CATALOG.find((candidate) => candidate.id === id);
      const reviewerLabels = (template?.fields ?? []).filter((field) => field.filledBy === 'reviewer').map((field) => field.label);
      for (const finding of files[0].findings) for (const label of reviewerLabels) expect(finding.message).not.toContain(label);
    }
    const { files } = checkJson([join(dir, 'reviewed-activity-application.docx')]);
    const fillDate = files[0].findings.filter((finding) => finding.message.includes('填表日期') || finding.actual.includes('年  月  日'));
    expect(fillDate.map((finding) => finding.rule)).toEqual(['required-field']);
  });

  test('with --lang en-US the findings, the 未填写 status and the HTML rule names are in English', () => {
    const path = join(dir, 'english-closing-report.docx');
    expect(dangjian(['new', 'shuji-closing-report', '-o', path]).status).toBe(0);
    const { run, files } = checkJson(['--lang', 'en-US', path]);
    expect(run.status).toBe(1);
    expect(files[0].findings.map((finding) => finding.message)).toContain('"项目简介" is not filled in yet (a blank template: 4 fields to fill)');
    const stylish = dangjian(['check', '--lang', 'en-US', path]);
    expect(stylish.stdout).toContain('Not filled in  This is a blank form nobody has filled in yet');
    const html = dangjian(['check', '--lang', 'en-US', '--format', 'html', path]);
    expect(html.stdout).toContain('Required fields: every required form field is filled in');
    expect(html.stdout).not.toContain('必填项');
  });

  test('an existing file is not overwritten without --force', () => {
    const path = join(dir, 'keep.docx');
    expect(dangjian(['new', 'brand-case', '-o', path]).status).toBe(0);
    const bytes = readFileSync(path);
    const again = dangjian(['new', 'shuji-filing', '-o', path]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('--force');
    expect(readFileSync(path).equals(bytes)).toBe(true);
  });

  test('an unknown id lists the ones that exist', () => {
    const run = dangjian(['new', 'no-such-form', '-o', join(dir, 'x.docx')]);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('shuji-closing-report');
  });
});

describeWith(pythonDocxTool, 'python-docx reads the written templates', () => {
  test.each(ids)('%s: East Asian fonts, sizes and exact 28 pt as the profile says', (id) => {
    const path = join(dir, `${id}-py.docx`);
    dangjian(['new', id, '-o', path]);
    const report = runPython(
      `
import sys, json
from docx import Document
from docx.oxml.ns import qn
doc = Document(sys.argv[1])
rows = []
for p in doc.paragraphs:
    if not p.text.strip():
        continue
    fonts = sorted({(r._element.rPr.rFonts.get(qn('w:eastAsia')) if r._element.rPr is not None and r._element.rPr.rFonts is not None else None) for r in p.runs})
    sizes = sorted({r.font.size.pt for r in p.runs if r.font.size is not None})
    pf = p.paragraph_format
    rows.append({'text': p.text, 'fonts': fonts, 'sizes': sizes, 'rule': str(pf.line_spacing_rule), 'line': pf.line_spacing.pt if pf.line_spacing is not None and hasattr(pf.line_spacing, 'pt') else None})
print(json.dumps(rows, ensure_ascii=False))
`,
      [path],
    );
    const rows = JSON.parse(report) as { text: string; fonts: (string | null)[]; sizes: number[]; rule: string; line: number | null }[];
    expect(rows.length).toBeGreaterThan(0);
    const roles = OFFICIAL_PROFILE.roles;
    const allowedFonts = new Set(
      [roles.title, roles.org, roles.h1, roles.h2, roles.body].flatMap((role) => [role.fonts.preferred]),
    );
    for (const row of rows) {
      expect(row.rule).toContain('EXACTLY');
      expect(row.line).toBe(28);
      for (const font of row.fonts) expect(allowedFonts.has(font ?? '')).toBe(true);
    }
    // The 附件 line ("附件1.") above a form's title is body text.
    const title = rows.find((row) => !/^附件/.test(row.text)) ?? rows[0];
    expect(title.fonts).toEqual([roles.title.fonts.preferred]);
    expect(title.sizes).toEqual([22]);
  });
});

describeWith(sofficeTool, 'LibreOffice opens the written templates', () => {
  test.each(ids)('%s converts to a PDF', (id) => {
    const path = join(dir, `${id}-lo.docx`);
    dangjian(['new', id, '-o', path]);
    const out = join(dir, `pdf-${id}`);
    sofficeConvert(path, 'pdf', out);
    const pdf = readFileSync(join(out, `${id}-lo.pdf`));
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(2000);
  });
});
