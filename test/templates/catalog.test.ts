import { CATALOG } from '../../src/templates/catalog';
import { blockFieldTags, fieldByTag, fieldForColumn, fieldsInDocumentOrder, registerFieldProperty, registerOnlyFields, templateProblems } from '../../src/templates/fields';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import { templateSchema, templateSections } from '../../src/templates/schema';

const CONTRACT_IDS = [
  'shuji-application',
  'shuji-filing',
  'shuji-closing-report',
  'shuji-proposal',
  'activity-application',
  'activity-midterm',
  'activity-closing-report',
  'activity-acceptance',
  'brand-application',
  'brand-case',
];

describe('the built-in template catalog', () => {
  test('offers exactly the ten documents the CLI and register know by id', () => {
    expect(CATALOG.map((template) => template.id)).toEqual(CONTRACT_IDS);
  });

  test.each(CATALOG.map((template) => [template.id, template]))('%s is valid template data', (_id, template) => {
    expect(templateSchema.parse(template)).toEqual(template);
    expect(template.profile).toBe(OFFICIAL_PROFILE.id);
    expect(templateProblems(template)).toEqual([]);
  });

  test.each(CATALOG.map((template) => [template.id, template]))('%s places every field once and names only its own fields', (_id, template) => {
    const placed = blockFieldTags(template);
    expect(new Set(placed).size).toBe(placed.length);
    expect(new Set(template.fields.map((field) => field.tag)).size).toBe(template.fields.length);
    for (const tag of placed) expect(fieldByTag(template, tag)).toBeDefined();
    const printed = template.fields.filter((field) => field.printed).map((field) => field.tag);
    expect([...placed].sort()).toEqual(printed.sort());
  });

  test('register fields use the same tags everywhere', () => {
    const columnsByTag = new Map<string, Set<string>>();
    for (const template of CATALOG) {
      for (const field of template.fields) {
        if (!field.column) continue;
        const columns = columnsByTag.get(field.tag) ?? new Set<string>();
        columns.add(field.column);
        columnsByTag.set(field.tag, columns);
      }
    }
    expect(Object.fromEntries([...columnsByTag].map(([tag, columns]) => [tag, [...columns]]))).toEqual({
      projectName: ['Title'],
      org: ['Org'],
      leader: ['Leader'],
      position: ['Position'],
      phone: ['Phone'],
      category: ['Category'],
      level: ['Level'],
      year: ['Year'],
      score: ['Score'],
    });
  });

  test('the 书记项目 申报表 keeps the notice’s labels and offers the three categories', () => {
    const application = CATALOG.find((template) => template.id === 'shuji-application');
    const form = application?.blocks.find((block) => block.type === 'form');
    const labels = form && form.type === 'form' ? form.rows.flatMap((row) => row.cells.flatMap((cell) => ('label' in cell ? [cell.label] : []))) : [];
    expect(labels).toEqual(
      expect.arrayContaining([
        '项目名称',
        '申  报  人',
        '联系方式',
        '单位及职务',
        '项目类别',
        '拟解决的\n突出问题',
        '项目实施\n背景介绍',
        '项目的内容\n和措施',
        '项目进度安排',
        '实施项目的\n党组织意见',
        '上级党组织\n审核意见',
      ]),
    );
    expect(application && fieldByTag(application, 'category')?.options).toEqual(['A.创新探索型', 'B.典型示范型', 'C.制度推广型']);
    // The deadline is the school's, not the template code's.
    expect(application?.deadline).toBeUndefined();
  });

  test('reports carry the notices’ headings in order', () => {
    const headings = (id: string) => {
      const template = CATALOG.find((candidate) => candidate.id === id);
      return template ? templateSections(template).map((section) => section.title) : [];
    };
    expect(headings('shuji-closing-report')).toEqual(['项目简介', '推进情况', '主要成效']);
    expect(headings('shuji-proposal')).toEqual(['可行性分析', '主要内容', '主要目标', '进度安排', '推进措施']);
    expect(headings('brand-case')).toEqual(['背景与起因', '做法与经过', '成效与反响', '分析与评价']);
    expect(CATALOG.find((template) => template.id === 'brand-case')?.maxChars).toBe(2500);
  });

  test('a submitted document moves its project to the status the scheme expects', () => {
    expect(Object.fromEntries(CATALOG.map((template) => [template.id, template.submitStatus]))).toEqual({
      'shuji-application': '已申报',
      'shuji-filing': '已立项',
      'shuji-closing-report': '已结项',
      'shuji-proposal': '已申报',
      'activity-application': '已申报',
      'activity-midterm': '中期检查',
      'activity-closing-report': '已结项',
      'activity-acceptance': '已验收',
      'brand-application': '已申报',
      'brand-case': '已结项',
    });
  });

  test('the register finds a form’s project name, category and score by column', () => {
    const application = CATALOG.find((template) => template.id === 'shuji-application') as (typeof CATALOG)[number];
    const acceptance = CATALOG.find((template) => template.id === 'activity-acceptance') as (typeof CATALOG)[number];
    expect(fieldForColumn(application, 'Title')?.tag).toBe('projectName');
    expect(fieldForColumn(application, 'Category')?.kind).toBe('choice');
    expect(fieldForColumn(acceptance, 'Score')).toMatchObject({ tag: 'score', label: '总评', kind: 'number' });
    expect(fieldForColumn(acceptance, 'Year')).toBeUndefined();
    expect(fieldsInDocumentOrder(application).map((field) => field.tag).slice(0, 4)).toEqual(['projectName', 'leader', 'phone', 'position']);
  });

  test('a template whose blocks name a missing field, or show one twice, is reported', () => {
    const report = CATALOG.find((template) => template.id === 'shuji-closing-report') as (typeof CATALOG)[number];
    const broken = {
      ...report,
      blocks: [...report.blocks, { type: 'paragraph' as const, field: 'summary' }, { type: 'paragraph' as const, field: 'nowhere' }],
    };
    expect(templateProblems(broken)).toEqual([
      { kind: 'field-placed-twice', tag: 'summary' },
      { kind: 'unknown-field', tag: 'nowhere' },
    ]);
  });
});

describe('boxes the reviewing body fills', () => {
  test('are marked as the reviewer’s in every form, and the applicant’s own organisation’s opinion is not', () => {
    const byLabel = CATALOG.flatMap((template) => template.fields.map((field) => [template.id, field.label, field.filledBy] as const));
    const reviewers = byLabel.filter(([, , filledBy]) => filledBy === 'reviewer').map(([id, label]) => `${id}: ${label}`);
    expect(reviewers.sort()).toEqual(
      [
        'activity-acceptance: 评审组验收意见',
        'activity-application: 党总支意见',
        'activity-application: 学院评审组意见',
        'activity-midterm: 党总支意见',
        'activity-midterm: 学院评审组后续工作意见',
        'brand-application: 基层党委（总支）审核意见',
        'brand-application: 党委组织部意见',
        'shuji-application: 上级党组织审核意见',
      ].sort(),
    );
    expect(byLabel.find(([id, label]) => id === 'shuji-application' && label === '实施项目的党组织意见')?.[2]).toBe('applicant');
  });
});

describe('what the register keeps but the forms do not print', () => {
  const application = CATALOG.find((template) => template.id === 'shuji-application') as (typeof CATALOG)[number];

  test('the 书记项目 申报表 marks 党组织名称, 项目层级 and 年度 as register-only, read from the document or asked when submitting', () => {
    expect(registerOnlyFields(application).map((field) => [field.tag, field.column, field.required])).toEqual([
      ['year', 'Year', false],
      ['org', 'Org', false],
      ['level', 'Level', false],
    ]);
    expect(blockFieldTags(application)).not.toEqual(expect.arrayContaining(['org']));
    expect(blockFieldTags(application)).not.toContain('level');
    expect(registerFieldProperty('level')).toBe('DangjianField.level');
  });

  test('a pack template that marks a field as not printed and still shows it is reported', () => {
    const broken = { ...application, fields: application.fields.map((field) => (field.tag === 'phone' ? { ...field, printed: false } : field)) };
    expect(templateProblems(broken)).toEqual([{ kind: 'unprinted-field-placed', tag: 'phone' }]);
  });
});

describe('one person per register column', () => {
  test('a 立项活动 project’s 负责人 is its 项目执行者 in every form, never the 支部书记', () => {
    const leaders = CATALOG.filter((template) => template.scheme === 'activity').flatMap((template) =>
      template.fields.filter((field) => field.column === 'Leader').map((field) => `${template.id}: ${field.label}`),
    );
    expect(leaders).toEqual(['activity-application: 项目执行者']);
    for (const id of ['activity-application', 'activity-midterm', 'activity-acceptance']) {
      const template = CATALOG.find((candidate) => candidate.id === id) as (typeof CATALOG)[number];
      expect(template.fields.find((field) => field.label === '支部书记')).toMatchObject({ tag: 'secretary' });
      expect(template.fields.find((field) => field.label === '支部书记')?.column).toBeUndefined();
    }
  });
});
