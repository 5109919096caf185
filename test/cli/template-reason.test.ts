/**
 * Documents that arrive with their own titles: the checker finds their
 * template from the whole document and says why, or checks their format
 * alone and says so — it never calls a file it has read 无法读取.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkJson, dangjian } from '../support/cli';
import { makeDocument, type DocParagraph } from '../support/make-document';
import { describeWith, pythonDocxTool, tempDir } from '../support/tools';

/** A 案例 written like those in seed 002: own title, own unnumbered headings, no template words. */
const SEED_002_STYLE: DocParagraph[] = [
  { role: 'title', text: '“党旗领航·情智增辉”党建特色品牌' },
  { role: 'body', text: '某小学以实施“情智·精彩”教育为发力点，深耕党建特色品牌，把党的建设融入学校教育教学和立德树人全过程。' },
  { role: 'h1', text: '“一个理念”引领学校现代航向' },
  { role: 'body', text: '学校党总支秉承“党建引领学校高质量发展”理念，不断优化学校教育教学工作途径。' },
  { role: 'h1', text: '“一支队伍”凝聚学校发展力量' },
  { role: 'body', text: '加强思想建设，保持队伍先进性。学校党总支推出“书本+网络”同时学的新思路。' },
];

/** A 案例 with its own title whose four parts are the notice's, in the writer's words. */
const OWN_TITLE_CASE: DocParagraph[] = [
  { role: 'title', text: '“红烛先锋”点亮乡村课堂' },
  { role: 'org', text: '数学与统计学院教工第二党支部' },
  { role: 'h1', text: '一、背景和起因' },
  { role: 'body', text: '支部现有党员23名，其中高级职称党员15名。' },
  { role: 'h1', text: '二、做法和经过' },
  { role: 'body', text: '支部组织党员每周赴乡村学校开展线上线下结合的辅导。' },
  { role: 'h1', text: '三、成效及反响' },
  { role: 'body', text: '两年来累计辅导学生六百余人次，获评校级优秀党建品牌。' },
  { role: 'h1', text: '四、分析和评价' },
  { role: 'body', text: '品牌建设要与专业优势结合，持续建设还需形成长效机制。' },
];

describeWith(pythonDocxTool, 'dangjian check on documents with their own titles', () => {
  const dir = tempDir('dangjian-reason');
  const seedStyle = makeDocument(SEED_002_STYLE, join(dir, '党建特色品牌.docx'));
  const ownTitle = makeDocument(OWN_TITLE_CASE, join(dir, '红烛先锋.docx'));
  const brandTitled = makeDocument([{ role: 'title', text: '党建品牌案例' }, ...OWN_TITLE_CASE.slice(1)], join(dir, '党建品牌案例.docx'));

  test('a 案例 written like seed 002 is read and checked for format alone, and says so', () => {
    const { run, files } = checkJson([seedStyle]);
    expect(files[0].error).toBeNull();
    expect(files[0].template).toBeNull();
    expect(files[0].templateReason).toBe('未识别模板，仅检查格式');
    const errors = files[0].findings.filter((finding) => finding.severity === 'error');
    expect(run.status).toBe(errors.length > 0 ? 1 : 0);
    expect(files[0].findings.some((finding) => finding.rule === 'required-section')).toBe(false);
  });

  test('a 案例 under its own title is a 案例 by its four parts, with no required-section finding', () => {
    const { run, files } = checkJson([ownTitle]);
    expect(files[0].template).toBe('brand-case');
    expect(files[0].templateReason).toContain('各部分标题（背景和起因、做法和经过、成效及反响、分析和评价）');
    expect(files[0].findings.filter((finding) => finding.rule === 'required-section')).toEqual([]);
    expect(files[0].findings.filter((finding) => finding.severity === 'error')).toEqual([]);
    expect(run.status).toBe(0);
  });

  test('a fixture titled 党建品牌案例 is a 案例 by its title', () => {
    const { files } = checkJson([brandTitled]);
    expect(files[0].template).toBe('brand-case');
    expect(files[0].templateReason).toBe('标题含“品牌案例”，按““一支部一特色”党支部工作案例”检查');
  });

  test('the stylish report names the template and why, and a format-only file is not unreadable', () => {
    const run = dangjian(['check', seedStyle, ownTitle]);
    expect(run.stdout).toContain('各部分标题（背景和起因');
    expect(run.stdout).toContain('未识别模板，仅检查格式');
    expect(run.stdout).not.toContain('无法读取');
    expect(run.status).toBeLessThan(2);
  });

  test('the HTML report shows each reason and lists no file as 无法读取', () => {
    const run = dangjian(['check', '--format', 'html', seedStyle, ownTitle, brandTitled]);
    expect(run.stdout).toContain('未识别模板，仅检查格式');
    expect(run.stdout).toContain('仅检查格式</span>');
    expect(run.stdout).toContain('标题含“品牌案例”');
    expect(run.stdout).not.toContain('无法读取');
  });

  test('--template says the template was chosen', () => {
    const { files } = checkJson(['--template', 'brand-case', seedStyle]);
    expect(files[0].templateReason).toBe('按指定的模板““一支部一特色”党支部工作案例”检查');
  });

  test('a file that is not a document still cannot be read and exits 2', () => {
    const broken = join(dir, '损坏.docx');
    writeFileSync(broken, 'not a zip');
    const { run, files } = checkJson([broken, ownTitle]);
    expect(files[0].error).not.toBeNull();
    expect(files[0].templateReason).toBeNull();
    expect(files[1].error).toBeNull();
    expect(run.status).toBe(2);
  });
});
