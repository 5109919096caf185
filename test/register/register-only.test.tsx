/**
 * What the 申报表 does not print (党组织名称, 项目层级, 年度) still reaches the
 * register: taken from the document's properties when they hold it, asked
 * once in the pane otherwise (never a field the form prints), written back
 * into the document, and the year is the document's, else the row's, else
 * the school's round — never the calendar year.
 */
import { renderToStaticMarkup } from 'react-dom/server';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createInMemoryWord } from '../../src/dev/word-host';
import { recordFromDocument } from '../../src/register/record';
import { registerSchool } from '../../src/register/paperwork';
import { planRegisterOnly, registerOnlyProperties, registerOnlyPropertyNames, unansweredFields } from '../../src/register/register-only';
import { submissionFor } from '../../src/register/submit';
import { RegisterOnlyFields } from '../../src/register/ui/RegisterOnlyFields';
import { CATALOG } from '../../src/templates/catalog';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import { DEFAULT_SCHOOL } from '../../src/templates/school';
import { schoolSettingsSchema } from '../../src/templates/school-settings';
import { createWordDocumentHost } from '../../src/word/adapter';
import { documentModel, fakeFiles, registerWorld } from './support';

const PROJECT = '6f1c2a9e-3b7d-4c1e-9a2f-0d5e8b7c6a41';
const ORG = '中共安庆职业技术学院机电工程学院总支部委员会';
const TODAY = new Date('2026-12-03T08:00:00Z');
const PRINTED = { projectName: '“红色领航”学生党员先锋工程', leader: '王建华', phone: '0556-5500123', position: '党总支书记', category: 'A' };

function catalogTemplate(id: string) {
  const found = CATALOG.find((entry) => entry.id === id);
  if (!found) throw new Error(id);
  return found;
}
const application = catalogTemplate('shuji-application');

describe('the register-only fields of the 申报表', () => {
  test('properties that hold them: nothing is asked and the row takes their values', () => {
    const stored = { 'DangjianField.org': ORG, 'DangjianField.level': '党支部', 'DangjianField.year': '2025' };
    const plan = planRegisterOnly(application, stored, { roundYear: 2027 });
    expect(plan.ask).toEqual([]);
    expect(plan.values).toEqual({ org: ORG, level: '党支部', year: '2025' });

    const built = recordFromDocument(documentModel(application, PROJECT, PRINTED), application, { findings: [], wordCount: 800 }, { now: TODAY, registerOnly: plan.values, roundYear: 2027 });
    if (!built.ok) throw new Error(JSON.stringify(built.error));
    expect(built.value.record).toMatchObject({ Org: ORG, Level: '党支部', Year: 2025, Title: PRINTED.projectName });
    expect(built.value.yearFromDocument).toBe(true);
  });

  test('properties without them: the pane asks 党组织名称, 项目层级 and 年度 (from the school’s round), nothing the form prints', () => {
    const plan = planRegisterOnly(application, {}, { roundYear: 2027 });
    expect(plan.ask.map((field) => field.label)).toEqual(['党组织名称', '项目层级', '年度']);
    expect(plan.defaults).toEqual({ year: '2027' });
    expect(unansweredFields(plan.ask, plan.defaults)).toEqual(['党组织名称', '项目层级']);
    // Only what one property lacks is asked.
    expect(planRegisterOnly(application, { 'DangjianField.year': '2024', 'DangjianField.org': ORG }, { roundYear: 2027 }).ask.map((field) => field.label)).toEqual(['项目层级']);
    // A row already in the register starts the answers at its values.
    expect(planRegisterOnly(application, {}, { roundYear: 2027, row: { Year: 2024, Org: ORG, Level: '二级党组织' } }).defaults).toEqual({ year: '2024', org: ORG, level: '二级党组织' });
  });

  test('no template asks for a field its form prints', () => {
    for (const template of CATALOG) {
      const asked = planRegisterOnly(template, {}, { roundYear: 2027 }).ask;
      for (const field of asked) expect({ template: template.id, tag: field.tag, printed: field.printed }).toEqual({ template: template.id, tag: field.tag, printed: false });
    }
    expect(planRegisterOnly(catalogTemplate('shuji-closing-report'), {}, { roundYear: 2027 }).ask).toEqual([]);
  });

  test('without the answers the row is refused by the field’s own name, not with an internal message', () => {
    const built = recordFromDocument(documentModel(application, PROJECT, PRINTED), application, { findings: [], wordCount: 800 }, { now: TODAY, roundYear: 2027 });
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.error.map((error) => error.message)).toEqual(['“党组织名称”还没有填写，台账需要它。请在文档中填写后再提交。']);
  });

  test('the answers are written into the document’s properties and read back by the next submission, which asks nothing', async () => {
    const word = createInMemoryWord();
    const host = createWordDocumentHost(word.api);
    await host.insertTemplate(application, OFFICIAL_PROFILE, 'replace-body');
    const names = registerOnlyPropertyNames(application);
    expect(names).toEqual(['DangjianField.year', 'DangjianField.org', 'DangjianField.level']);
    expect(planRegisterOnly(application, await host.readProperties(names), { roundYear: 2027 }).ask).toHaveLength(3);

    await host.writeProperties(registerOnlyProperties({ org: ORG, level: '二级党组织', year: '2027' }));
    const again = planRegisterOnly(application, await host.readProperties(names), { roundYear: 2027 });
    expect(again.ask).toEqual([]);
    expect(again.values).toEqual({ year: '2027', org: ORG, level: '二级党组织' });
    const { unzipSync, strFromU8 } = await import('fflate');
    expect(strFromU8(unzipSync(word.saveDocx())['docProps/custom.xml'])).toContain(`name="DangjianField.org"><vt:lpwstr>${ORG}</vt:lpwstr>`);
  });

  test('the pane’s question: 项目层级 is a drop-down of the template’s choices, 年度 starts at the school’s round year', () => {
    const plan = planRegisterOnly(application, {}, { roundYear: 2027 });
    const html = renderToStaticMarkup(
      <FluentProvider theme={webLightTheme}>
        <RegisterOnlyFields needs={{ ask: plan.ask, defaults: plan.defaults, newRow: false }} locale="zh-CN" busy={false} onContinue={() => undefined} onCancel={() => undefined} />
      </FluentProvider>,
    );
    expect(html).toContain('<select');
    expect(html).toMatch(/<option value="二级党组织">二级党组织<\/option><option value="党支部">党支部<\/option>/);
    expect(html).toMatch(/type="number"[^>]*value="2027"|value="2027"[^>]*type="number"/);
    expect(html).toContain('党组织名称');
    expect(html).not.toContain('项目名称');
  });
});

describe('the year a row takes', () => {
  const report = catalogTemplate('shuji-closing-report');
  const reportModel = () => documentModel(report, PROJECT, { org: ORG, summary: '总结' });

  test('a document without a year of its own and no row takes the school’s round year, not the calendar year', () => {
    const built = recordFromDocument(reportModel(), report, { findings: [], wordCount: 500 }, { now: TODAY, currentTitle: '项目', roundYear: 2027 });
    if (!built.ok) throw new Error(JSON.stringify(built.error));
    expect(built.value.record.Year).toBe(2027);
    expect(built.value.yearFromDocument).toBe(false);
    expect(TODAY.getFullYear()).not.toBe(2027);
  });

  test('the school’s settings give the register its round year and checklist', () => {
    const school = registerSchool(schoolSettingsSchema.parse({ schoolName: '安庆职业技术学院', year: 2027 }));
    expect(school.year).toBe(2027);
    expect(school.submission).toMatchObject({ pdf: true, sealed: true, handInAt: '校综合楼410室' });
    expect(school.schemeSubmission?.brand).toMatchObject({ paperCopies: 5 });
    expect(registerSchool(DEFAULT_SCHOOL).year).toBeUndefined();
  });

  test('a document without a year keeps the row’s year when the row has one', async () => {
    const world = registerWorld();
    try {
      await world.provision();
      const submitter = world.submitter();
      const applied = recordFromDocument(documentModel(application, PROJECT, PRINTED), application, { findings: [], wordCount: 800 }, { now: TODAY, registerOnly: { org: ORG, level: '党支部', year: '2024' }, roundYear: 2027 });
      if (!applied.ok) throw new Error(JSON.stringify(applied.error));
      expect((await submitter.submit(submissionFor(applied.value, application), async () => fakeFiles(PROJECT, application.id))).kind).toBe('done');

      const built = recordFromDocument(reportModel(), report, { findings: [], wordCount: 500 }, { now: TODAY, currentTitle: PRINTED.projectName, roundYear: 2027 });
      if (!built.ok) throw new Error(JSON.stringify(built.error));
      const outcome = await submitter.submit(submissionFor(built.value, report), async () => fakeFiles(PROJECT, report.id));
      expect(outcome.kind).toBe('done');
      expect((await submitter.currentRow(PROJECT))?.fields).toMatchObject({ Year: 2024, Status: '已结项' });
    } finally {
      world.close();
    }
  });
});
