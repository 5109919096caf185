/**
 * Reading documents people make: what the checker sees must be what Word
 * shows — fonts through styles and themes, sizes, spacing, indents, table
 * paragraphs in Word's order, content controls and our marker.
 */
import { join } from 'node:path';
import type { DocumentModel } from '../../src/core/model';
import { readDocx } from '../../src/docx/read';
import { readBytes, runFixtureScript } from '../support/docx-fixtures';
import { describeWith, pythonDocxTool, tempDir } from '../support/tools';

function read(path: string): DocumentModel {
  const result = readDocx(readBytes(path));
  if (!result.ok) throw new Error(`${path}: ${result.error.code} ${result.error.detail ?? ''}`);
  return result.value.model;
}

function paragraph(model: DocumentModel, text: string) {
  const found = model.paragraphs.find((p) => p.text === text);
  if (!found) throw new Error(`no paragraph "${text}" in ${model.paragraphs.map((p) => p.text).join(' | ')}`);
  return found;
}

describeWith(pythonDocxTool, 'a document made with python-docx', () => {
  let dir: string;
  let model: DocumentModel;
  let themeEastAsia: string;

  beforeAll(() => {
    dir = tempDir('docx-read');
    themeEastAsia = JSON.parse(runFixtureScript('formatting.py', [dir])).themeEastAsia;
    model = read(join(dir, 'formatting.docx'));
  });

  test('a run set to 宋体 三号 by direct formatting reads as 宋体 16 pt', () => {
    const run = paragraph(model, '直接格式的宋体三号').runs[0];
    expect(run.format.eastAsiaFont).toBe('宋体');
    expect(run.format.sizePt).toBe(16);
  });

  test('a paragraph whose style inherits 仿宋_GB2312 from its base style reads as 仿宋_GB2312 at the derived size', () => {
    const p = paragraph(model, '样式继承的仿宋');
    expect(p.runs[0].format.eastAsiaFont).toBe('仿宋_GB2312');
    expect(p.runs[0].format.sizePt).toBe(15);
    expect(p.format.styleName).toBe('报告正文');
  });

  test('a paragraph with no font of its own shows the theme East Asian font the package names', () => {
    expect(themeEastAsia).toBeTruthy();
    expect(paragraph(model, '主题字体的正文').runs[0].format.eastAsiaFont).toBe(themeEastAsia);
  });

  test('empty paragraphs count, and table paragraphs come in reading order with their cell', () => {
    const texts = model.paragraphs.map((p) => p.text);
    const start = texts.indexOf('主题字体的正文');
    expect(texts.slice(start, start + 7)).toEqual(['主题字体的正文', '', '甲', '乙', '丙', '丁', '表后']);
    expect(paragraph(model, '丙').cell).toEqual({ table: 0, row: 1, column: 0 });
    expect(paragraph(model, '表后').cell).toBeUndefined();
    model.paragraphs.forEach((p, index) => expect(p.index).toBe(index));
  });

  test('exact, at-least and multiple line spacing read in points or lines', () => {
    expect(paragraph(model, '固定值二十八磅').format.lineSpacing).toEqual({ rule: 'exact', points: 28 });
    expect(paragraph(model, '最小值二十磅').format.lineSpacing).toEqual({ rule: 'atLeast', points: 20 });
    const multiple = paragraph(model, '一点五倍行距').format;
    expect(multiple.lineSpacing).toEqual({ rule: 'multiple', lines: 1.5 });
    expect(multiple.spaceBeforePt).toBe(6);
    expect(multiple.spaceAfterPt).toBe(12);
  });

  test('a first-line indent reads in points, or in characters when given in characters', () => {
    expect(paragraph(model, '首行缩进三十二磅').format.firstLineIndent).toEqual({ points: 32 });
    expect(paragraph(model, '首行缩进两字符').format.firstLineIndent?.chars).toBe(200);
    expect(paragraph(model, '表后').format.firstLineIndent).toBeUndefined();
  });

  test('alignment reads as Word shows it', () => {
    expect(paragraph(model, '居中').format.alignment).toBe('center');
    expect(paragraph(model, '两端对齐').format.alignment).toBe('both');
  });

  test('a document whose only font statement is its defaults reads those defaults', () => {
    const run = read(join(dir, 'defaults-only.docx')).paragraphs[0].runs[0];
    expect(run.format.eastAsiaFont).toBe('黑体');
    expect(run.format.asciiFont).toBe('Times New Roman');
    expect(run.format.sizePt).toBe(14);
  });
});

describeWith(pythonDocxTool, 'content controls and the project marker', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('docx-controls');
    runFixtureScript('controls.py', [dir]);
  });

  test('a block control and a run control are listed with tag, title, text, paragraph and placeholder state', () => {
    const model = read(join(dir, 'controls.docx'));
    expect(model.paragraphs.map((p) => p.text)).toEqual(['标题段', '请输入项目名称', '负责人：张三', '结尾段']);
    expect(model.contentControls).toEqual([
      { tag: 'projectName', title: '项目名称', text: '请输入项目名称', paragraph: 1, showingPlaceholder: true },
      { tag: 'leader', title: '负责人', text: '张三', paragraph: 2, showingPlaceholder: false },
    ]);
    expect(model.paragraphs.map((p) => p.contentControlTag)).toEqual([undefined, 'projectName', 'leader', undefined]);
  });

  test('the marker comes from the custom XML part when both copies exist', () => {
    expect(read(join(dir, 'controls.docx')).marker).toEqual({
      templateId: 'shuji-closing-report',
      projectId: '8f0c2a6e-1d2b-4c3d-9e8f-0a1b2c3d4e5f',
    });
  });

  test('the marker comes from custom document properties when there is no custom XML part', () => {
    expect(read(join(dir, 'props-only.docx')).marker).toEqual({
      templateId: 'activity-midterm',
      projectId: '11111111-2222-3333-4444-555555555555',
    });
  });
});
