/**
 * A form the notice prints is reproduced exactly: the same rows, labels and
 * order, under the notice's 附件 mark and title with the school's name and
 * year. Compared with the notices' own text (test/fixtures/notices, as the
 * notices were published), and with the .docx we write.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { withoutStrayCharacters } from '../../src/core/stray-characters';
import { readDocx } from '../../src/docx/read';
import { writeTemplateDocx } from '../../src/docx/write';
import { CATALOG } from '../../src/templates/catalog';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import type { Block, Cell, Field, Template } from '../../src/templates/schema';
import { applySchool } from '../../src/templates/school';
import { schoolSettingsSchema } from '../../src/templates/school-settings';
import { IN_ROUND, issued } from './support/school';

const notice = (name: string): string[] => readFileSync(join(__dirname, '../fixtures/notices', name), 'utf8').split(/\r?\n/);
const SHUJI_NOTICE = notice('000-shuji-notice.txt');
const ACTIVITY_NOTICE = notice('003-activity-notice.txt');

/** The lines of one attachment: after its "附件N" line, up to the next attachment's. */
function attachment(lines: readonly string[], mark: string, next?: string): string[] {
  const start = lines.findIndex((line) => line.trim() === mark);
  const end = next === undefined ? lines.length : lines.findIndex((line, index) => index > start && line.trim() === next);
  if (start < 0 || end < 0) throw new Error(`notice has no ${mark}`);
  return lines.slice(start + 1, end);
}

/** A cell as compared: each line trimmed, empty lines dropped. */
function cellText(lines: readonly string[]): string {
  return lines
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * A table as the notice's text carries it: each cell starts with a tab; a
 * cell right after another is in the same row, one after a blank line
 * starts a row; untabbed lines continue the cell (a label's second line,
 * the （签  章） and 年 月 日 under an opinion). Stops at `stop`.
 */
function noticeRows(lines: readonly string[], stop?: RegExp): string[][] {
  const rows: string[][][] = [];
  let row: string[][] | undefined;
  let cell: string[] | undefined;
  let afterBlank = true;
  for (const line of lines) {
    if (stop?.test(line.trim())) break;
    if (line.startsWith('\t')) {
      if (row === undefined || afterBlank) {
        row = [];
        rows.push(row);
      }
      cell = [line.slice(1)];
      row.push(cell);
      afterBlank = false;
    } else if (line.trim() === '') {
      afterBlank = true;
    } else if (cell !== undefined) {
      cell.push(line);
      afterBlank = false;
    }
  }
  return rows.map((cells) => cells.map(cellText));
}

/** What a field prints on a blank form: the options of a choice and the 年 月 日 of a date, as the notices do; nothing else. */
function printedValue(field: Field): string {
  return field.kind === 'choice' || field.kind === 'date' ? field.placeholder : '';
}

function fieldNamed(template: Template, tag: string): Field {
  const field = template.fields.find((candidate) => candidate.tag === tag);
  if (!field) throw new Error(`${template.id} has no field ${tag}`);
  return field;
}

function templateCell(template: Template, cell: Cell): string {
  if ('label' in cell) return cellText(cell.label.split('\n'));
  if ('text' in cell) return cellText(cell.text.split('\n'));
  return cellText([printedValue(fieldNamed(template, cell.field)), ...(cell.signature ?? '').split('\n')]);
}

function formOf(template: Template): Extract<Block, { type: 'form' }> {
  const form = template.blocks.find((block) => block.type === 'form');
  if (!form || form.type !== 'form') throw new Error(`${template.id} has no form`);
  return form;
}

function templateRows(template: Template): string[][] {
  return formOf(template).rows.map((row) => row.cells.map((cell) => templateCell(template, cell)));
}

/** The title block's 附件 line and title, as printed. */
function titleLines(template: Template): string[] {
  const title = template.blocks[0];
  if (title.type !== 'title') return [];
  return [...(title.mark === undefined ? [] : [title.mark]), title.text];
}

/** The .docx we write, read back: paragraphs outside tables, and the first table's rows with each cell's text. */
function written(template: Template): { lines: string[]; rows: string[][]; tables: Map<number, string[][]> } {
  const read = readDocx(writeTemplateDocx(template, OFFICIAL_PROFILE, { projectId: '6f1c2a4e-8d3b-4c5a-9e7f-0a1b2c3d4e5f' }));
  if (!read.ok) throw new Error(read.error.message);
  const lines: string[] = [];
  const tables = new Map<number, string[][]>();
  for (const paragraph of read.value.model.paragraphs) {
    if (!paragraph.cell) {
      if (paragraph.text.trim() !== '') lines.push(paragraph.text);
      continue;
    }
    const { table, row, column } = paragraph.cell;
    const rows = tables.get(table) ?? [];
    tables.set(table, rows);
    rows[row] = rows[row] ?? [];
    rows[row][column] = rows[row][column] === undefined ? paragraph.text : `${rows[row][column]}\n${paragraph.text}`;
  }
  const cleaned = new Map([...tables].map(([index, rows]) => [index, rows.map((cells) => cells.map((text) => cellText(text.split('\n'))))]));
  return { lines, rows: cleaned.get(0) ?? [], tables: cleaned };
}

/** What the .docx shows in a blank form's cell: labels and text, a field's placeholder, its seal lines. */
function blankCell(template: Template, cell: Cell): string {
  if (!('field' in cell)) return templateCell(template, cell);
  return cellText([fieldNamed(template, cell.field).placeholder, ...(cell.signature ?? '').split('\n')]);
}

describe('000 附件1: the 书记项目 申报表 is the notice’s form', () => {
  const lines = attachment(SHUJI_NOTICE, '附件1.', '附件2.');
  const template = issued('shuji-application');

  test('the notice’s table is what we read from it (the comparison’s own check)', () => {
    const rows = noticeRows(lines);
    expect(rows.map((row) => row[0])).toEqual([
      '项目名称',
      '申  报  人',
      '单位及职务',
      '项目类别',
      '拟解决的\n突出问题',
      '项目实施\n背景介绍',
      '项目的内容\n和措施',
      '项目进度安排',
      '实施项目的\n党组织意见',
      '上级党组织\n审核意见',
    ]);
  });

  test('has the notice’s rows, labels and order — no row added for the register, none missing', () => {
    expect(templateRows(template)).toEqual(noticeRows(lines));
  });

  test('a form with a row added or one left out no longer matches', () => {
    const form = formOf(template);
    const added = { ...form, rows: [form.rows[0], { cells: [{ label: '党组织名称' }, { field: 'org' }, { label: '项目层级' }, { field: 'level' }] }, ...form.rows.slice(1)] };
    const missing = { ...form, rows: form.rows.slice(1) };
    for (const changed of [added, missing]) {
      const variant = { ...template, blocks: template.blocks.map((block) => (block.type === 'form' ? changed : block)) };
      expect(templateRows(variant)).not.toEqual(noticeRows(lines));
    }
  });

  test('carries "附件1." and the title with the school’s name and year, as the notice prints them', () => {
    const printed = lines.map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('\t'));
    expect(titleLines(template)).toEqual(['附件1.', printed[0]]);
    expect(printed[0]).toBe('安庆职业技术学院2024年度“书记项目”申报表');
  });

  test('the .docx we write shows the same title and rows', () => {
    const docx = written(template);
    expect(docx.lines.slice(0, 2)).toEqual(['附件1.', '安庆职业技术学院2024年度“书记项目”申报表']);
    expect(docx.rows).toEqual(formOf(template).rows.map((row) => row.cells.map((cell) => blankCell(template, cell))));
    expect(docx.rows.map((row) => row[0])).toEqual(noticeRows(lines).map((row) => row[0]));
  });
});

describe('000 附件2: the 立项备案表 is the notice’s table', () => {
  const lines = attachment(SHUJI_NOTICE, '附件2.', '附件3');
  const template = issued('shuji-filing');
  const footer = lines.find((line) => line.trim().startsWith('党总支名称')) ?? '';
  const compact = (text: string): string => text.replace(/\s+/g, '');

  test('has the notice’s header row and its five numbered rows', () => {
    const rows = noticeRows(lines, /^党总支名称/);
    expect(rows[0]).toEqual(['序号', '党支部', '支部书记', '项目名称']);
    expect(templateRows(template)).toEqual(rows);
  });

  test('carries "附件2." and the title with the school’s name', () => {
    const printed = lines.map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('\t'));
    expect(titleLines(template)).toEqual(['附件2.', printed[0]]);
  });

  test('prints 党总支名称（盖章）, 党总支书记（签字） and 日期 on one line, as the notice does', () => {
    const signature = template.blocks.find((block) => block.type === 'signature');
    const parts = signature?.type === 'signature' ? [signature.text, ...(signature.more ?? []).map((part) => part.text)] : [];
    expect(compact(parts.join(''))).toBe(compact(footer));
    // In the .docx: one row of one borderless table after the form, holding all three.
    const docx = written(template);
    const line = docx.tables.get(1);
    expect(line).toHaveLength(1);
    expect(compact((line?.[0] ?? []).join(''))).toBe(compact(`党总支名称（盖章）：${fieldNamed(template, 'org').placeholder}党总支书记（签字）：日期：${fieldNamed(template, 'filingDate').placeholder}`));
    expect(docx.lines.filter((text) => text.includes('党总支书记'))).toEqual([]);
  });
});

describe('000 附件3: the 结项报告 has the sample’s title, 署名 line and headings', () => {
  const lines = attachment(SHUJI_NOTICE, '附件3')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  // The sample notes each line's font in brackets and labels its title "标题：".
  const withoutNotes = (line: string): string => line.replace(/^标题：/, '').replace(/（[^（）]*(?:号|GB|GBK)[^（）]*）$/, '').replace(/\s+/g, '');
  const template = issued('shuji-closing-report');

  test('title, 基层党组织名称 and 一、二、三 as the notice prints them', () => {
    const headings = lines.filter((line) => /^[一二三]、/.test(line)).map(withoutNotes);
    const sections = template.blocks.flatMap((block) => (block.type === 'section' ? [block] : []));
    expect(sections.map((section, index) => `${'一二三'[index]}、${section.title}`)).toEqual(headings);
    expect(titleLines(template)).toEqual([withoutNotes(lines[0])]);
    const org = template.blocks[1];
    expect(org.type === 'org' && org.field !== undefined ? fieldNamed(template, org.field).placeholder : '').toBe(withoutNotes(lines[1]));
    expect(sections[0].guidance).toBe(lines[lines.findIndex((line) => line.startsWith('一、')) + 1].replace(/（[^（）]*）$/, ''));
  });
});

describe('003 附1: the 立项活动 申报表’s cover is the notice’s', () => {
  const school = schoolSettingsSchema.parse({ schoolName: '彩神', year: 2024 });
  const template = applySchool(CATALOG.find((candidate) => candidate.id === 'activity-application') as Template, school, IN_ROUND);
  /** As a reader sees it: no emoji pasted from the web, full-width ：（）, spaces collapsed. */
  const normalise = (line: string): string =>
    withoutStrayCharacters(line)
      .text.replace(/:/g, '：')
      .replace(/\(/g, '（')
      .replace(/\)/g, '）')
      .replace(/\s+/g, ' ')
      .replace(/ ?： ?/g, '：')
      .trim();
  const start = ACTIVITY_NOTICE.findIndex((line) => line.trim() === '彩神党支部工作“立项活动”项目申报表');
  const cover = ACTIVITY_NOTICE.slice(start).map(normalise).filter((line) => line !== '');

  test('title, the six cover lines and "中共彩神委员会印制", in order', () => {
    const printed: string[] = [];
    for (const block of template.blocks) {
      if (block.type === 'form') break;
      if (block.type === 'title') printed.push(block.text);
      if (block.type !== 'paragraph') continue;
      const value = block.field === undefined ? '' : printedValue(fieldNamed(template, block.field));
      const line = normalise(`${block.text ?? ''}${value}`);
      if (line !== '') printed.push(line);
    }
    expect(cover).toHaveLength(8);
    expect(printed).toEqual(cover);
    expect(printed[printed.length - 1]).toBe('中共彩神委员会印制');
  });

  test('the school’s names come from its settings: another school prints its own', () => {
    const other = applySchool(
      CATALOG.find((candidate) => candidate.id === 'activity-application') as Template,
      schoolSettingsSchema.parse({ schoolName: '某某学院', committeeName: '中共某某学院委员会', year: 2025 }),
      IN_ROUND,
    );
    const docx = written(other);
    expect(docx.lines[0]).toBe('某某学院党支部工作“立项活动”项目申报表');
    expect(docx.lines).toContain('中共某某学院委员会印制');
    expect(docx.lines.join('')).not.toContain('彩神');
  });
});
