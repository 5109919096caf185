/** The school's settings: the example the 组织部 copies is valid, and wrong settings are named in Chinese. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPack } from '../../src/templates/pack';
import { DEFAULT_SCHOOL, committeeName, submissionChecklist } from '../../src/templates/school';
import { loadSchoolSettings, schoolSettingsSchema } from '../../src/templates/school-settings';

describe('school settings', () => {
  test('config/school.example.json is valid and says what 000 asks', () => {
    const loaded = loadSchoolSettings(readFileSync(join(__dirname, '../../config/school.example.json'), 'utf8'), 'config/school.example.json');
    if (!loaded.ok) throw new Error(loaded.error.message);
    expect(committeeName(loaded.value)).toBe('中共安庆职业技术学院委员会');
    expect(submissionChecklist('shuji', loaded.value)).toMatchObject({ sealed: true, handInAt: '校综合楼410室', pdf: true });
    expect(submissionChecklist('brand', loaded.value)).toMatchObject({ paperCopies: 5 });
  });

  test('without settings: 000’s school and checklist, 004’s five sealed copies for a 品牌 申报书', () => {
    expect(committeeName(DEFAULT_SCHOOL)).toBe('中共安庆职业技术学院委员会');
    expect(submissionChecklist('shuji', DEFAULT_SCHOOL)).toMatchObject({ pdf: true, email: 'zwj@aqvtc.cn' });
    expect(submissionChecklist('brand', DEFAULT_SCHOOL)).toMatchObject({ paperCopies: 5, sealed: true });
  });

  test('a wrong value is named by its place, in Chinese', () => {
    const loaded = loadSchoolSettings({ schoolName: '某某学院', deadlines: { 'shuji-application': '5月15日' } }, 'school.json');
    expect(loaded.ok).toBe(false);
    if (loaded.ok) return;
    expect(loaded.error.message).toContain('学校设置 school.json 第 deadlines.shuji-application 处');
    expect(loadSchoolSettings('{', 'school.json')).toMatchObject({ ok: false, error: { code: 'school-not-json' } });
  });

  test('a pack may carry the school’s settings', () => {
    const pack = loadPack({ school: { schoolName: '彩神', year: 2024 } }, 'pack.json');
    expect(pack.ok && pack.value.school?.schoolName).toBe('彩神');
    expect(loadPack({ school: { year: 2024 } }, 'pack.json').ok).toBe(false);
  });
});

describe('year-bound wording', () => {
  test('the 申报表’s and 申报书’s periods follow the round, not the year the notices were issued', async () => {
    const { CATALOG } = await import('../../src/templates/catalog');
    const { applySchoolToCatalog } = await import('../../src/templates/school');
    const issued = applySchoolToCatalog(CATALOG, schoolSettingsSchema.parse({ schoolName: '某某学院', year: 2027 }), new Date(2027, 3, 1));
    const placeholder = (id: string, tag: string) => issued.find((template) => template.id === id)?.fields.find((field) => field.tag === tag)?.placeholder;
    expect(placeholder('shuji-application', 'schedule')).toContain('按2027年5月至2028年4月的执行期限');
    expect(placeholder('brand-application', 'annualPlan')).toContain('2027年11月—2028年8月');
    const text = JSON.stringify(issued);
    expect(text).not.toMatch(/\{(school|committee|year|nextYear)\}/);
    expect(text).not.toMatch(/202[3-5]年/);
  });
});

describe('the defaults without validation', () => {
  test('DEFAULT_SCHOOL, written out so the pane and the CLI need no zod to start, is what validating the notices’ school gives', () => {
    expect(DEFAULT_SCHOOL).toEqual(schoolSettingsSchema.parse({ schoolName: '安庆职业技术学院' }));
  });
});
