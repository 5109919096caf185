import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { writeTemplateDocx } from '../../src/docx/write';
import { blockFieldTags } from '../../src/templates/fields';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import type { Template } from '../../src/templates/schema';
import { describeWith, hasPdftoppm, pythonDocxTool, sofficeConvert, sofficeTool, tempDir } from '../support/tools';
import { expectedRole, inspectDocx, roleFont, type InspectedDocx } from './support/inspect';
import { ISSUED_CATALOG as CATALOG } from './support/school';

const PROJECT_ID = '6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f';

/** One LibreOffice start for all nine files (each start costs seconds). */
function convertAll(inputs: readonly string[], outDir: string): void {
  const profile = tempDir('lo-profile');
  execFileSync(
    '/usr/bin/soffice',
    [`-env:UserInstallation=file://${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...inputs],
    { stdio: 'pipe', timeout: 300000 },
  );
}

function writeAll(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const template of CATALOG) {
    const path = join(dir, `${template.id}.docx`);
    writeFileSync(path, writeTemplateDocx(template, OFFICIAL_PROFILE, { projectId: PROJECT_ID }));
    files.set(template.id, path);
  }
  return files;
}

interface FormattingScope {
  /** Check runs inside content controls too (not after LibreOffice 7.4 re-saves them: see below). */
  readonly controlRuns: boolean;
}

/** Every run and paragraph mark in the role's preferred East Asian font and size; text outside tables at exactly 28 pt. */
function expectOfficialFormatting(template: Template, docx: InspectedDocx, scope: FormattingScope = { controlRuns: true }): void {
  docx.paragraphs.forEach((paragraph, index) => {
    const role = expectedRole(template, docx.paragraphs, index);
    const { font, halfPoints } = roleFont(OFFICIAL_PROFILE, role);
    const where = `${template.id} paragraph ${index + 1} (${role}) “${paragraph.text}”`;
    for (const run of paragraph.runs) {
      if (run.inControl && !scope.controlRuns) continue;
      // A table cell may be in one of the role's other accepted sizes (a signature line's 五号).
      const accepted = role === 'table-cell' && OFFICIAL_PROFILE.roles[role].acceptedSizesPt.some((size) => String(size * 2) === run.sz);
      const size = accepted ? run.sz : halfPoints;
      expect({ where, font: run.eastAsia, size: run.sz, latin: run.ascii }).toEqual({ where, font, size, latin: 'Times New Roman' });
    }
    expect({ where, mark: paragraph.markEastAsia }).toEqual({ where, mark: font });
    if (!paragraph.inTable) {
      expect({ where, rule: paragraph.lineRule, points: paragraph.linePt }).toEqual({ where, rule: 'EXACTLY', points: 28 });
    }
    if (role === 'body' && !paragraph.inTable && !/^附件/.test(paragraph.text)) {
      // Two characters: 200 hundredths, or 640 twips (2 × 16 pt) where a writer keeps only the absolute indent.
      const indent = paragraph.firstLineChars === '200' || (paragraph.firstLineChars === null && paragraph.firstLine === '640');
      expect({ where, indentedTwoCharacters: indent }).toEqual({ where, indentedTwoCharacters: true });
    }
    if (role === 'title' || role === 'org') expect({ where, alignment: paragraph.alignment }).toEqual({ where, alignment: 'center' });
  });
}

describeWith(pythonDocxTool, 'a blank template written as .docx and read back by python-docx', () => {
  let files: Map<string, string>;
  beforeAll(() => {
    files = writeAll(tempDir('dj-write'));
  });

  test.each(CATALOG.map((template) => [template.id, template]))('%s is in the official fonts, sizes and exact 28 pt spacing', (id, template) => {
    const docx = inspectDocx(files.get(id) as string);
    expect(docx.paragraphs.length).toBeGreaterThan(2);
    const first = template.blocks[0];
    const title = first.type === 'title' ? first.text.replace(/\n/g, '') : '';
    const mark = first.type === 'title' ? first.mark : undefined;
    expect(docx.paragraphs[mark === undefined ? 0 : 1].text).toContain(title);
    if (mark !== undefined) expect(docx.paragraphs[0].text).toBe(mark);
    expectOfficialFormatting(template, docx);
  });

  test.each(CATALOG.map((template) => [template.id, template]))('%s has a tagged content control for every field, each showing its placeholder', (id, template) => {
    const docx = inspectDocx(files.get(id) as string);
    expect(docx.tags).toEqual(blockFieldTags(template));
    expect(docx.placeholders).toBe(blockFieldTags(template).length);
  });

  test.each(CATALOG.map((template) => [template.id, template]))('%s is on A4 with the 公文 margins and carries its marker', (id) => {
    const docx = inspectDocx(files.get(id) as string);
    expect(docx.page).toEqual({ widthMm: 210, heightMm: 297, topMm: 37, bottomMm: 35, leftMm: 28, rightMm: 26 });
    expect(docx.parts['/customXml/item1.xml']).toContain(
      `<dj:project xmlns:dj="urn:dangjian:project"><dj:templateId>${id}</dj:templateId><dj:projectId>${PROJECT_ID}</dj:projectId></dj:project>`,
    );
    expect(docx.parts['/docProps/custom.xml']).toContain(`name="DangjianTemplateId"><vt:lpwstr>${id}</vt:lpwstr>`);
    expect(docx.parts['/docProps/custom.xml']).toContain(`name="DangjianProjectId"><vt:lpwstr>${PROJECT_ID}</vt:lpwstr>`);
  });

  test('the closing report reads as the notice lays it out: title, org line, 一、二、三 with guidance', () => {
    const template = CATALOG.find((candidate) => candidate.id === 'shuji-closing-report') as Template;
    const texts = inspectDocx(files.get(template.id) as string).paragraphs.map((paragraph) => paragraph.text);
    expect(texts).toEqual([
      '基层党建“书记项目”结项报告',
      '基层党组织名称',
      '一、项目简介',
      '主要包括项目名称、拟解决的突出问题、目标任务等。',
      '二、推进情况',
      expect.stringContaining('推进措施'),
      '三、主要成效',
      expect.stringContaining('成效'),
    ]);
  });

  test('filled values replace placeholders and keep the official fonts', () => {
    const template = CATALOG.find((candidate) => candidate.id === 'shuji-application') as Template;
    const path = join(tempDir('dj-write-values'), 'filled.docx');
    const values = { projectName: '“红色引擎”党建工作法', category: 'A.创新探索型', problems: '第一段\n第二段' };
    writeFileSync(path, writeTemplateDocx(template, OFFICIAL_PROFILE, { projectId: PROJECT_ID, values }));
    const docx = inspectDocx(path);
    expect(docx.paragraphs.slice(0, 2).map((paragraph) => paragraph.text)).toEqual(['附件1.', '安庆职业技术学院2024年度“书记项目”申报表']);
    expect(docx.placeholders).toBe(blockFieldTags(template).length - Object.keys(values).length);
    expect(docx.paragraphs.map((paragraph) => paragraph.text)).toContain('“红色引擎”党建工作法');
    expectOfficialFormatting(template, docx);
  });
});

describeWith(sofficeTool, 'LibreOffice opens every template', () => {
  let files: Map<string, string>;
  let pdfDir: string;
  beforeAll(() => {
    const dir = tempDir('dj-soffice');
    files = writeAll(dir);
    pdfDir = join(dir, 'pdf');
    mkdirSync(pdfDir);
    convertAll([...files.values()], pdfDir);
  }, 300000);

  test.each(CATALOG.map((template) => [template.id]))('%s converts to a non-empty PDF', (id) => {
    const pdf = join(pdfDir, `${id}.pdf`);
    expect(statSync(pdf).size).toBeGreaterThan(5000);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });

  (hasPdftoppm() ? test : test.skip)('page 1 of each template is rendered to test-output/templates for review', () => {
    const out = join(__dirname, '..', '..', 'test-output', 'templates');
    mkdirSync(out, { recursive: true });
    for (const id of files.keys()) {
      execFileSync('/usr/bin/pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', join(pdfDir, `${id}.pdf`), join(out, id)]);
      expect(statSync(join(out, `${id}.png`)).size).toBeGreaterThan(1000);
    }
  });

  // LibreOffice 7.4 writes content controls back out damaged (each one tripled, its runs without
  // properties, its tag dropped), so this checks what a re-save must keep outside them: every
  // paragraph's spacing and paragraph-mark font, and the fonts of the title and headings.
  (pythonDocxTool.available ? test : test.skip)('a closing report saved again by LibreOffice keeps its fonts and exact 28 pt spacing', () => {
    const template = CATALOG.find((candidate) => candidate.id === 'shuji-closing-report') as Template;
    const roundTrip = join(tempDir('dj-roundtrip'), 'out');
    mkdirSync(roundTrip);
    sofficeConvert(files.get(template.id) as string, 'docx', roundTrip);
    const docx = inspectDocx(join(roundTrip, `${template.id}.docx`));
    expect(docx.paragraphs.map((paragraph) => paragraph.text)).toEqual(
      expect.arrayContaining(['基层党建“书记项目”结项报告', '一、项目简介', '二、推进情况', '三、主要成效']),
    );
    expectOfficialFormatting(template, docx, { controlRuns: false });
  }, 120000);
});
