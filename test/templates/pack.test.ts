import { CATALOG } from '../../src/templates/catalog';
import { loadPack, resolveCatalog } from '../../src/templates/pack';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import type { Pack, Template } from '../../src/templates/schema';

function loaded(json: unknown): Pack {
  const result = loadPack(json, 'pack.json');
  if (!result.ok) throw new Error(`expected the pack to load: ${result.error.message}`);
  return result.value;
}

function resolved(pack?: Pack): { templates: Template[]; profiles: typeof OFFICIAL_PROFILE[] } {
  const result = resolveCatalog(pack);
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

function failure(json: unknown): { code: string; message: string } {
  const result = loadPack(json, 'pack.json');
  if (result.ok) throw new Error('expected the pack to be refused');
  return result.error;
}

const closingReport = CATALOG.find((template) => template.id === 'shuji-closing-report') as Template;

describe('a university’s template pack over the built-in catalog', () => {
  test('without a pack the catalog and the official profile are what is used', () => {
    const catalog = resolved();
    expect(catalog.templates.map((template) => template.id)).toEqual(CATALOG.map((template) => template.id));
    expect(catalog.profiles.map((profile) => profile.id)).toEqual(['official']);
  });

  test('a partial override changes the deadline and the title, and keeps everything else from the catalog', () => {
    const pack = loaded({
      name: '某某大学党委组织部 2025 年度',
      templates: [
        {
          id: 'shuji-closing-report',
          deadline: '2026-05-10',
          blocks: [{ type: 'title', text: '某某大学基层党建“书记项目”结项报告' }, ...closingReport.blocks.slice(1)],
        },
      ],
    });
    const report = resolved(pack).templates.find((template) => template.id === 'shuji-closing-report') as Template;
    expect(report.deadline).toBe('2026-05-10');
    expect(report.blocks[0]).toEqual({ type: 'title', text: '某某大学基层党建“书记项目”结项报告' });
    expect(report.fields).toEqual(closingReport.fields);
    expect(report.name).toBe(closingReport.name);
    expect(resolved(pack).templates).toHaveLength(CATALOG.length);
  });

  test('an override’s fields replace the catalog’s wholesale', () => {
    const pack = loaded({
      templates: [
        {
          id: 'brand-case',
          fields: [{ tag: 'org', label: '党支部名称', placeholder: '党支部名称', column: 'Org' }],
          blocks: [
            { type: 'title', text: '党支部工作案例' },
            { type: 'org', field: 'org' },
            { type: 'section', id: 'story', level: 1, title: '案例正文', guidance: '纪实叙事，2500字以内。' },
          ],
        },
      ],
    });
    const brandCase = resolved(pack).templates.find((template) => template.id === 'brand-case') as Template;
    expect(brandCase.fields.map((field) => field.tag)).toEqual(['org']);
    expect(brandCase.maxChars).toBe(2500);
  });

  test('a complete new template with its own profile is added after the catalog', () => {
    const newTemplate = { ...closingReport, id: 'school-summary', name: '年度党建工作总结', shortName: '党建工作总结', profile: 'school' };
    const pack = loaded({ profiles: [{ ...OFFICIAL_PROFILE, id: 'school', name: '本校格式' }], templates: [newTemplate] });
    const catalog = resolved(pack);
    expect(catalog.templates.map((template) => template.id)).toEqual([...CATALOG.map((template) => template.id), 'school-summary']);
    expect(catalog.profiles.map((profile) => profile.id)).toEqual(['official', 'school']);
  });

  test('a pack’s profile with the same id replaces the official one', () => {
    const pack = loaded({ profiles: [{ ...OFFICIAL_PROFILE, name: '本校公文格式', lineSpacing: { rule: 'exact', points: 29 } }] });
    const profiles = resolved(pack).profiles;
    expect(profiles).toHaveLength(1);
    expect(profiles[0].lineSpacing).toEqual({ rule: 'exact', points: 29 });
  });

  test('a heading title that is not text is refused with its JSON path', () => {
    const blocks = closingReport.blocks.map((block, index) => (index === 3 ? { ...block, title: 42 } : block));
    const error = failure({ templates: [{ ...closingReport, blocks }] });
    expect(error.code).toBe('pack-invalid');
    expect(error.message).toBe('模板包 pack.json 第 templates[0].blocks[3].title 处：应为文字。请改正模板包后重试。');
  });

  test('a missing key and a bad id say so in Chinese', () => {
    const { name: _name, ...withoutName } = closingReport;
    const missing = failure({ templates: [{ ...withoutName, id: 'new-report' }] });
    expect(missing.message).toContain('templates[0]');
    expect(missing.message).toContain('内置目录中没有 id 为“new-report”的模板');
    const badId = failure({ profiles: [{ ...OFFICIAL_PROFILE, id: 'School Format' }] });
    expect(badId.message).toBe('模板包 pack.json 第 profiles[0].id 处：只能用小写字母、数字和连字符，并以字母开头（如 shuji-application）。请改正模板包后重试。');
    const missingName = failure({ profiles: [{ ...OFFICIAL_PROFILE, name: undefined }] });
    expect(missingName.message).toContain('第 profiles[0].name 处：缺少此项');
  });

  test('a wrong status or scheme lists the values allowed', () => {
    const error = failure({ templates: [{ id: 'brand-case', submitStatus: '完成' }] });
    expect(error.message).toContain('第 templates[0].submitStatus 处：应为以下之一：草稿、已申报、已立项、中期检查、已结项、已验收、优秀');
  });

  test('an override that names a field no block shows, or a block naming a missing field, is refused', () => {
    const error = failure({ templates: [{ id: 'brand-case', blocks: [{ type: 'title', text: '案例' }, { type: 'org', field: 'unit' }] }] });
    expect(error.code).toBe('pack-template-invalid');
    expect(error.message).toContain('第 templates[0] 处：版块引用了不存在的字段“unit”');
  });

  test('a template naming a profile nobody defined is refused', () => {
    const error = failure({ templates: [{ id: 'shuji-application', profile: 'school' }] });
    expect(error.code).toBe('pack-unknown-profile');
    expect(error.message).toBe('模板包 pack.json 第 templates[0].profile 处：格式配置“school”不存在（可用：official）。请改正模板包后重试。');
  });

  test('a pack file that is not JSON, or not an object, is an error value, never an exception', () => {
    expect(failure('{ "templates": [ }').code).toBe('pack-not-json');
    expect(failure('{ "templates": [ }').message).toContain('不是有效的 JSON');
    expect(failure([1, 2]).message).toBe('模板包 pack.json：应为对象（{…}）。请改正模板包后重试。');
    expect(loadPack('{"name":"某某大学"}', 'pack.json').ok).toBe(true);
  });
});
