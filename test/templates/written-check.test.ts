import { checkDocument } from '../../src/core/check';
import { readDocx } from '../../src/docx/read';
import { writeTemplateDocx } from '../../src/docx/write';
import { blockFieldTags } from '../../src/templates/fields';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import type { Template } from '../../src/templates/schema';
import { ISSUED_CATALOG, issued } from './support/school';

/** Rules about the form of the document, which a blank template must already satisfy. */
const FORMAT_RULES = ['font', 'font-size', 'line-spacing', 'first-line-indent', 'alignment', 'required-section', 'section-order', 'heading-numbering', 'punctuation-width', 'stray-character'];
const PROJECT_ID = 'b7e2c1d0-1111-4222-8333-944455556666';

function check(template: Template, values?: Readonly<Record<string, string>>) {
  const read = readDocx(writeTemplateDocx(template, OFFICIAL_PROFILE, { projectId: PROJECT_ID, values }));
  if (!read.ok) throw new Error(read.error.message);
  return checkDocument(read.value.model, template, OFFICIAL_PROFILE);
}

describe('a blank template passes our own format check', () => {
  test.each(ISSUED_CATALOG.map((template) => [template.id, template]))('%s has no format findings, only its unfilled fields', (_id, template) => {
    const result = check(template);
    const formatFindings = result.findings.filter((finding) => FORMAT_RULES.includes(finding.rule));
    expect(formatFindings.map((finding) => `${finding.rule} ¶${finding.paragraph}: ${finding.message}`)).toEqual([]);
    const unfilled = new Set(result.findings.filter((finding) => finding.rule === 'required-field').map((finding) => finding.paragraph));
    expect(unfilled.size).toBeGreaterThan(0);
  });
});

describe('the 立项活动 结题报告', () => {
  const report = issued('activity-closing-report');

  test('has the five content areas the 验收标准 look for, matched by meaning', () => {
    const sections = report.blocks.flatMap((block) => (block.type === 'section' ? [block] : []));
    expect(sections.map((section) => [section.title, section.match])).toEqual([
      ['项目完成情况', 'content'],
      ['活动开展过程', 'content'],
      ['党员参与情况', 'content'],
      ['党员受教育情况', 'content'],
      ['促进支部建设成效', 'content'],
    ]);
    expect(sections.every((section) => section.synonyms.length > 0)).toBe(true);
    expect(report.blocks[0]).toMatchObject({ type: 'title', text: '安庆职业技术学院党支部工作“立项活动”结题报告' });
  });

  test('checks clean once a branch has written it', () => {
    const values = Object.fromEntries(
      blockFieldTags(report).map((tag) => [tag, tag === 'org' ? '机电工程学院第一党支部' : '支部按计划开展了六次主题党日活动，党员全员参与并撰写心得体会。']),
    );
    const result = check(report, values);
    expect(result.findings.map((finding) => `${finding.rule} ¶${finding.paragraph}: ${finding.message}`)).toEqual([]);
  });
});

describe('what the form does not print', () => {
  test('检查 never asks for a register-only field, even one a pack marks as required', () => {
    const application = issued('shuji-application');
    const strict: Template = { ...application, fields: application.fields.map((field) => (field.printed ? field : { ...field, required: true })) };
    const messages = check(strict).findings.map((finding) => finding.message).join('\n');
    for (const label of ['党组织名称', '项目层级', '年度']) expect(messages).not.toContain(label);
  });
});
