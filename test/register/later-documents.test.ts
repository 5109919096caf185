/**
 * A project's later documents reach its row: the 结项报告 started in a new
 * file has no 项目名称 of its own, so the 书记 finds the project by typing
 * part of its name, the document keeps that project's 项目编号, and the
 * submission moves the same row — never asking for a field the form lacks.
 */
import { readDocx } from '../../src/docx/read';
import { createInMemoryWord } from '../../src/dev/word-host';
import { createRegisterGraph } from '../../src/register/graph/client';
import { formNamesItsProject, nameMatches, projectSourceFor, searchProjects } from '../../src/register/project-search';
import { recordFromDocument } from '../../src/register/record';
import { submissionFor } from '../../src/register/submit';
import { CATALOG } from '../../src/templates/catalog';
import { OFFICIAL_PROFILE } from '../../src/templates/profiles/official';
import { createWordDocumentHost } from '../../src/word/adapter';
import { application, closingReport, documentModel, fakeFiles, registerWorld, type RegisterWorld } from './support';

const RED = '6f1c2a9e-3b7d-4c1e-9a2f-0d5e8b7c6a41';
const BOOK = '7a2d3b0f-4c8e-4d2f-8b3a-1e6f9c8d7b52';
const OTHER = '8b3e4c1a-5d9f-4e3a-9c4b-2f7a0d9e8c63';
const ORG = '中共安庆职业技术学院机电工程学院总支部委员会';

function catalogTemplate(id: string) {
  const found = CATALOG.find((entry) => entry.id === id);
  if (!found) throw new Error(id);
  return found;
}

describe('a later document finds its project in the register', () => {
  let world: RegisterWorld;
  beforeEach(async () => {
    world = registerWorld();
    await world.provision();
    const submitter = world.submitter();
    const apply = async (id: string, projectName: string, org: string) => {
      const model = documentModel(application, id, { year: '2024', projectName, org, leader: '王建国', phone: '123', position: '书记', level: '党支部', category: 'A', problems: '问题' });
      const built = recordFromDocument(model, application, { findings: [], wordCount: 900 }, { now: new Date('2024-05-10T08:00:00Z') });
      if (!built.ok) throw new Error(JSON.stringify(built.error));
      const outcome = await submitter.submit(submissionFor(built.value, application), async () => fakeFiles(id, application.id));
      expect(outcome.kind).toBe('done');
    };
    await apply(RED, '“红色领航”学生党员先锋工程', ORG);
    await apply(BOOK, '书香支部 读书会', ORG);
    await apply(OTHER, '先锋课堂', '文学院党总支');
  });
  afterEach(() => world.close());

  test('typing 先锋 (the middle of the name) finds the organisation’s project; quotes and spaces do not matter', async () => {
    const found = await searchProjects(world.graph(), world.location, { typed: '先锋', org: ORG });
    expect(found.choices.map((choice) => choice.title)).toEqual(['“红色领航”学生党员先锋工程']);
    expect(found.choices[0]).toMatchObject({ projectId: RED, org: ORG, status: '已申报', year: 2024 });
    expect(found.searchedEverywhere).toBe(false);
    expect(nameMatches('“红色领航”学生党员先锋工程', '红色 领航')).toBe(true);
    expect(nameMatches('书香支部 读书会', '支部读书')).toBe(true);
  });

  test('when the organisation name in the document differs from the register’s, the whole register is searched', async () => {
    const found = await searchProjects(world.graph(), world.location, { typed: '先锋', org: '机电工程学院党总支' });
    expect(found.searchedEverywhere).toBe(true);
    // Names that begin with what was typed come first.
    expect(found.choices.map((choice) => choice.projectId)).toEqual([OTHER, RED]);
    await expect(searchProjects(world.graph(), world.location, { typed: '  ', org: ORG })).resolves.toEqual({ choices: [], searchedEverywhere: false });
  });

  test('an organisation with more rows than one page is searched to its last page', async () => {
    const list = world.standin.store.findList('党建项目台账');
    for (let n = 1; n <= 230; n += 1) {
      world.standin.store.createItem(list, {
        Title: n === 229 ? '第229号 志愿服务品牌' : `项目${n}`,
        ProjectId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
        Scheme: '书记项目',
        Org: ORG,
        Year: 2024,
        Status: '已申报',
        WordCount: 1,
        CheckPassed: true,
        SubmittedAt: '2024-05-10T08:00:00Z',
      });
    }
    const found = await searchProjects(world.graph(), world.location, { typed: '志愿服务', org: ORG });
    expect(found.choices.map((choice) => choice.title)).toEqual(['第229号 志愿服务品牌']);
  });

  test('which documents start a row, which must choose their project, which may do either', () => {
    const source = (id: string, rowExists = false) => projectSourceFor(catalogTemplate(id), rowExists);
    // First documents start the project's row.
    expect(['shuji-application', 'activity-application', 'brand-application'].map((id) => source(id))).toEqual(['document', 'document', 'document']);
    // Forms with no 项目名称 always take it from the register.
    expect(['shuji-closing-report', 'shuji-proposal', 'brand-case'].map((id) => source(id))).toEqual(['choose', 'choose', 'choose']);
    // Later forms that print a 项目名称 choose first, and may start a row when the register truly has none.
    expect(['activity-midterm', 'activity-acceptance'].map((id) => source(id))).toEqual(['choose-or-create', 'choose-or-create']);
    // Once the register knows the 项目编号, nothing is asked.
    expect(source('shuji-closing-report', true)).toBe('register-row');
  });

  test('the stand-in refuses string functions in $filter with 400, as SharePoint list items do', async () => {
    const graph = createRegisterGraph({ baseUrl: world.standin.graphOrigin, tokens: world.tokens, scopes: ['Sites.Selected'], retry: { maxRetries: 0, delaySeconds: 0, maxDelaySeconds: 0 } });
    for (const filter of ["startswith(fields/Title,'红色')", "contains(fields/Title,'先锋')", "substringof('先锋',fields/Title)"]) {
      await expect(
        graph.send({ method: 'GET', path: `/sites/${world.standin.siteId}/lists/${encodeURIComponent('党建项目台账')}/items?$expand=fields&$filter=${encodeURIComponent(filter)}` }),
      ).rejects.toMatchObject({ error: { status: 400 } });
    }
  });

  test('the 结项报告 in a new document, tied to the chosen project, moves the same row to 已结项 without asking for 项目名称', async () => {
    // The report's form has no 项目名称: the project comes from the register.
    expect(formNamesItsProject(catalogTemplate('shuji-closing-report'))).toBe(false);
    expect(formNamesItsProject(catalogTemplate('shuji-application'))).toBe(true);

    // A new Word document: the report gets a fresh 项目编号 the register does not know.
    const word = createInMemoryWord();
    const host = createWordDocumentHost(word.api);
    const inserted = await host.insertTemplate(catalogTemplate('shuji-closing-report'), OFFICIAL_PROFILE, 'replace-body');
    const submitter = world.submitter();
    expect(await submitter.currentRow(inserted.projectId as string)).toBeUndefined();

    // The 书记 picks the project; the document now carries its 项目编号, in both copies of the marker.
    const choice = (await searchProjects(world.graph(), world.location, { typed: '红色领航', org: ORG })).choices[0];
    await expect(host.linkProject(choice.projectId)).resolves.toEqual({ templateId: 'shuji-closing-report', projectId: RED });
    const saved = readDocx(word.saveDocx());
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.value.model.marker).toEqual({ templateId: 'shuji-closing-report', projectId: RED });
    const { unzipSync, strFromU8 } = await import('fflate');
    const custom = strFromU8(unzipSync(word.saveDocx())['docProps/custom.xml']);
    expect(custom).toContain(RED);
    expect(custom).not.toContain(inserted.projectId as string);

    // A report form without a 党组织 field either: both come from the row.
    const bare = { ...closingReport, fields: [] };
    const row = await submitter.currentRow(RED);
    const model = { ...documentModel(bare, RED, {}), marker: { templateId: bare.id, projectId: RED } };
    const built = recordFromDocument(model, bare, { findings: [], wordCount: 2300 }, {
      now: new Date('2025-05-08T02:00:00Z'),
      currentTitle: String(row?.fields.Title),
      currentOrg: String(row?.fields.Org),
    });
    if (!built.ok) throw new Error(JSON.stringify(built.error));
    const outcome = await submitter.submit(submissionFor(built.value, bare), async () => fakeFiles(RED, bare.id));
    expect(outcome.kind).toBe('done');
    const list = world.standin.store.findList('党建项目台账');
    expect(list.items.size).toBe(3);
    expect([...list.items.values()].find((item) => item.fields.ProjectId === RED)?.fields).toMatchObject({
      Title: '“红色领航”学生党员先锋工程',
      Org: ORG,
      Status: '已结项',
      Year: 2024,
    });
  });

  test('a Word without custom XML parts (WordApi 1.3) keeps the chosen project in the document property', async () => {
    const word = createInMemoryWord({ wordApiVersion: '1.3' });
    const host = createWordDocumentHost(word.api);
    await host.insertTemplate(catalogTemplate('shuji-proposal'), OFFICIAL_PROFILE, 'replace-body');
    await host.linkProject(BOOK);
    const reopened = createWordDocumentHost(createInMemoryWord({ docx: word.saveDocx(), wordApiVersion: '1.3' }).api);
    expect(await reopened.readMarker()).toEqual({ templateId: 'shuji-proposal', projectId: BOOK });
  });
});
