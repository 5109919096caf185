import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentModel, Paragraph } from '../../src/core/model';
import { readDocx } from '../../src/docx/read';
import { writeTemplateDocx } from '../../src/docx/write';
import { CATALOG } from '../../src/templates/catalog';
import { detectTemplate } from '../../src/templates/detect';
import { templateReason } from '../../src/templates/format-only';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import type { Template } from '../../src/templates/schema';
import { describeWith, pythonDocxTool, runPython, tempDir } from '../support/tools';

const templates = [...CATALOG];
const byId = (id: string) => templates.find((template) => template.id === id) as Template;

function modelOf(texts: readonly string[], marker: DocumentModel['marker'] = {}): DocumentModel {
  const paragraphs: Paragraph[] = texts.map((text, index) => ({ index, text, runs: [], format: {} }));
  return { paragraphs, contentControls: [], marker };
}

function detectedId(model: DocumentModel): string | undefined {
  return detectTemplate(model, templates)?.template.id;
}

describe('telling which template a document is', () => {
  test('a document carrying our marker is that template, whatever its title says', () => {
    const detection = detectTemplate(modelOf(['“书记项目”申报表'], { templateId: 'brand-case', projectId: 'p' }), templates);
    expect(detection).toEqual({ template: byId('brand-case'), by: 'marker', clues: [] });
  });

  test('a marker naming a template this catalog lacks falls back to the title', () => {
    expect(detectTemplate(modelOf(['基层党建“书记项目”结项报告'], { templateId: 'retired-form' }), templates)).toEqual({
      template: byId('shuji-closing-report'),
      by: 'title',
      clues: ['书记项目结项报告'],
    });
  });

  test.each([
    ['安庆职业技术学院2024年度“书记项目”申报表', 'shuji-application'],
    ['安庆职业技术学院基层党支部“书记项目”立项备案表', 'shuji-filing'],
    ['基层党建“书记项目” 结项报告', 'shuji-closing-report'],
    ['基层党建"书记项目"结项报告', 'shuji-closing-report'],
    ['某某学院党委书记项目立项书', 'shuji-proposal'],
    ['彩神党支部工作“立项活动”项目申报表', 'activity-application'],
    ['党支部工作“立项活动”中期检查表', 'activity-midterm'],
    ['彩神党支部工作“立项活动”验收评审表', 'activity-acceptance'],
    ['“一支部一特色”支部党建品牌项目立项申报书', 'brand-application'],
    ['“一支部一特色”党支部工作案例', 'brand-case'],
  ])('the title “%s” is a %s', (title, id) => {
    expect(detectedId(modelOf(['', title, '某某党总支', '一、项目简介']))).toBe(id);
  });

  test('a closing report is not taken for an application because both say 书记项目', () => {
    expect(detectedId(modelOf(['2024年度基层党建“书记项目”结项报告']))).toBe('shuji-closing-report');
  });

  test('a title split over two lines is read as one', () => {
    expect(detectedId(modelOf(['安庆职业技术学院基层党建', '“书记项目”结项报告', '机电工程学院党总支']))).toBe('shuji-closing-report');
  });

  test('a 案例 under its own title is known by its four parts, written in its own words', () => {
    const detection = detectTemplate(
      modelOf([
        '“红烛先锋”点亮乡村课堂',
        '数学与统计学院教工第二党支部',
        '一、背景和起因',
        '支部现有党员23名。',
        '二、主要做法与经过',
        '三、取得的成效及社会反响',
        '四、经验与启示',
      ]),
      templates,
    );
    expect(detection?.template.id).toBe('brand-case');
    expect(detection?.by).toBe('sections');
    expect(detection?.clues).toEqual(['背景和起因', '主要做法与经过', '取得的成效及社会反响', '经验与启示']);
    expect(templateReason(detection)).toBe(
      '各部分标题（背景和起因、主要做法与经过、取得的成效及社会反响、经验与启示）与““一支部一特色”党支部工作案例”相符，按此模板检查',
    );
  });

  test('a 立项书 titled with its project name is known by its 可行性分析 … 推进措施', () => {
    const detection = detectTemplate(
      modelOf(['“三会一课”提质增效工程', '一、项目可行性分析', '二、主要内容', '三、项目目标', '四、进度安排', '五、保障措施']),
      templates,
    );
    expect(detection?.template.id).toBe('shuji-proposal');
    expect(detection?.by).toBe('sections');
  });

  test('a closing report keeps its printed headings as its evidence', () => {
    const detection = detectTemplate(modelOf(['红色引擎工程总结', '一、项目简介', '二、推进情况', '三、主要成效']), templates);
    expect(detection).toMatchObject({ template: byId('shuji-closing-report'), by: 'sections', clues: ['项目简介', '推进情况', '主要成效'] });
  });

  test('a form with no title is known by its labels', () => {
    const cells = ['党支部名称', '机电党支部', '所属基层党委', '（党总支）', '机电学院党总支', '支部书记', '张三', '联系方式', '品牌名称', '品牌内涵', '长期规划'];
    const model = modelOf(cells);
    const paragraphs = model.paragraphs.map((paragraph, index) => ({
      ...paragraph,
      cell: { table: 0, row: index, column: index === 3 ? 1 : 0 },
    }));
    // 所属基层党委 / （党总支） are two paragraphs of one cell.
    paragraphs[3] = { ...paragraphs[3], cell: { table: 0, row: 2, column: 0 } };
    const detection = detectTemplate({ ...model, paragraphs }, templates);
    expect(detection?.template.id).toBe('brand-application');
    expect(detection?.by).toBe('labels');
    expect(templateReason(detection)).toContain('表格栏目（党支部名称、所属基层党委（党总支）、支部书记');
  });

  test('a document titled 党建品牌案例 is a 案例', () => {
    expect(detectTemplate(modelOf(['党建品牌案例', '一、基本情况']), templates)).toMatchObject({ template: byId('brand-case'), by: 'title', clues: ['品牌案例'] });
  });

  test('when nothing fits, the reason says only the format is checked', () => {
    expect(templateReason(detectTemplate(modelOf(['关于召开年度工作会议的通知', '各单位：']), templates))).toBe('未识别模板，仅检查格式');
  });

  test('an unrelated document, or an empty one, is no template', () => {
    expect(detectTemplate(modelOf(['关于召开年度工作会议的通知', '各单位：']), templates)).toBeUndefined();
    expect(detectTemplate(modelOf(['', '  ']), templates)).toBeUndefined();
  });
});

describeWith(pythonDocxTool, 'detecting documents as they arrive as files', () => {
  test('a closing report typed in Word without our template is found by its title', () => {
    const path = join(tempDir('dj-detect'), 'typed.docx');
    runPython(
      [
        'import sys',
        'from docx import Document',
        'd = Document()',
        'd.add_paragraph("基层党建“书记项目”结项报告")',
        'd.add_paragraph("机电工程学院党总支")',
        'd.add_paragraph("一、项目简介")',
        'd.add_paragraph("本项目名称为“书记项目”申报表填报指导。")',
        'd.save(sys.argv[1])',
      ].join('\n'),
      [path],
    );
    const read = readDocx(new Uint8Array(readFileSync(path)));
    if (!read.ok) throw new Error(read.error.message);
    expect(detectTemplate(read.value.model, templates)).toEqual({ template: byId('shuji-closing-report'), by: 'title', clues: ['书记项目结项报告'] });
  });

  test.each(CATALOG.map((template) => [template.id]))('a blank %s from `dangjian new` is known by its marker', (id) => {
    const path = join(tempDir('dj-detect-new'), `${id}.docx`);
    writeFileSync(path, writeTemplateDocx(byId(id), OFFICIAL_PROFILE, { projectId: 'a1b2c3d4-0000-4000-8000-000000000001' }));
    const read = readDocx(new Uint8Array(readFileSync(path)));
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.model.marker).toEqual({ templateId: id, projectId: 'a1b2c3d4-0000-4000-8000-000000000001' });
    expect(detectTemplate(read.value.model, templates)).toEqual({ template: byId(id), by: 'marker', clues: [] });
  });
});
