/**
 * A 党总支 files its 立项备案表 (000 附件2) listing three 党支部 projects.
 * Each gets one register row — the one its 支部 already made with the
 * 申报表 is updated, not doubled — and filing it again, twice at once, or
 * through a flaky connection still leaves exactly three rows.
 */
import { filedProjectId, filedProjects, findFiledProjects, listsProjects, planFiling, submitFiling } from '../../src/register/filing';
import { Outbox, memoryStorage } from '../../src/register/outbox';
import { recordFromDocument } from '../../src/register/record';
import { submissionFor } from '../../src/register/submit';
import { CATALOG } from '../../src/templates/catalog';
import { application, documentModel, fakeFiles, registerWorld, type RegisterWorld } from './support';

const filingTemplate = CATALOG.find((entry) => entry.id === 'shuji-filing') ?? (() => { throw new Error('shuji-filing'); })();
const FILING = '3c9d8e7f-6a5b-4c3d-8e2f-1a0b9c8d7e6f';
const EXISTING = '6f1c2a9e-3b7d-4c1e-9a2f-0d5e8b7c6a41';
const LISTED = {
  branch1: '机电学生第一党支部', secretary1: '李明', project1: '“红色领航”学生党员先锋工程',
  branch2: '机电教工党支部', secretary2: '赵华', project2: '党建+专业 双融合',
  branch3: '机电学生第二党支部', secretary3: '孙丽', project3: '宿舍党员先锋岗',
  org: '机电工程学院党总支',
};

function filingModel(filled: Record<string, string> = LISTED) {
  return documentModel(filingTemplate, FILING, filled);
}

async function plan(world: RegisterWorld, model = filingModel()) {
  const listed = filedProjects(model, filingTemplate);
  if (!listed.ok) throw new Error(JSON.stringify(listed.error));
  const existing = await findFiledProjects(world.graph(), world.location, listed.value);
  const planned = planFiling(model, filingTemplate, { findings: [], wordCount: 120 }, { now: new Date('2024-05-14T03:00:00Z'), submittedBy: 'zongzhi@aqvtc.edu.cn' }, existing);
  if (!planned.ok) throw new Error(JSON.stringify(planned.error));
  return planned.value;
}

describe('the 立项备案表 gives each listed project its row', () => {
  let world: RegisterWorld;
  beforeEach(async () => {
    world = registerWorld();
    await world.provision();
    // The first 支部 had already submitted its own 申报表.
    const model = documentModel(application, EXISTING, {
      year: '2024', projectName: '“红色领航”学生党员先锋工程', org: '机电学生第一党支部', leader: '李明', phone: '123', position: '书记',
      level: '党支部', category: 'A', problems: '问题',
    });
    const built = recordFromDocument(model, application, { findings: [], wordCount: 1500 }, { now: new Date('2024-05-10T08:00:00Z') });
    if (!built.ok) throw new Error(JSON.stringify(built.error));
    expect((await world.submitter().submit(submissionFor(built.value, application), async () => fakeFiles(EXISTING, application.id))).kind).toBe('done');
  });
  afterEach(() => world.close());
  const rows = () => [...world.standin.store.findList('党建项目台账').items.values()].map((item) => item.fields);

  test('three listed projects: the existing row moves to 已立项 and keeps its own data, two new rows appear; filed again, still three', async () => {
    expect(listsProjects(filingTemplate)).toBe(true);
    const filing = await plan(world);
    expect(filing.rows.map((row) => row.record.ProjectId)).toEqual([EXISTING, filedProjectId(FILING, 2), filedProjectId(FILING, 3)]);
    const outcomes = await submitFiling(world.submitter(), filing, async () => fakeFiles(FILING, filingTemplate.id));
    expect(outcomes.map((outcome) => outcome.kind)).toEqual(['done', 'done', 'done']);

    const folder = `党建项目/2024/${FILING}`;
    const filingUrl = world.standin.store.fileWebUrl(`${folder}/shuji-filing.docx`);
    const appFolder = `党建项目/2024/${EXISTING}`;
    expect(rows()).toHaveLength(3);
    const byTitle = new Map(rows().map((row) => [row.Title, row]));
    expect(byTitle.get('“红色领航”学生党员先锋工程')).toMatchObject({
      ProjectId: EXISTING, Status: '已立项', FilingUrl: filingUrl, WordCount: 1500, Category: 'A.创新探索型',
      ApplicationUrl: world.standin.store.fileWebUrl(`${appFolder}/shuji-application.docx`),
      PdfUrl: world.standin.store.fileWebUrl(`${appFolder}/shuji-application.pdf`),
    });
    expect(byTitle.get('党建+专业 双融合')).toMatchObject({
      ProjectId: filedProjectId(FILING, 2), Org: '机电教工党支部', Leader: '赵华', Level: '党支部', Scheme: '书记项目', Status: '已立项', Year: 2024, FilingUrl: filingUrl,
    });
    expect(byTitle.get('宿舍党员先锋岗')).toMatchObject({ Org: '机电学生第二党支部', Leader: '孙丽', Status: '已立项' });
    expect(byTitle.get('宿舍党员先锋岗')?.PdfUrl ?? null).toBeNull();
    // The 备案表's own files, once, in its own folder.
    expect([...world.standin.store.files.keys()].filter((path) => path.startsWith(folder)).sort()).toEqual([`${folder}/shuji-filing.docx`, `${folder}/shuji-filing.pdf`]);

    // Filed again (a second click, a corrected 备案表 resent): the same three rows.
    const again = await plan(world);
    expect((await submitFiling(world.submitter(), again, async () => fakeFiles(FILING, filingTemplate.id))).every((outcome) => outcome.kind === 'done')).toBe(true);
    expect(rows()).toHaveLength(3);
    expect(world.standin.store.files.size).toBe(4);
  });

  test('a row with a 党支部 but no 项目名称 is named; empty rows are skipped', () => {
    const result = filedProjects(filingModel({ ...LISTED, project3: '' , branch4: '', secretary4: '' }), filingTemplate);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.map((error) => error.message)).toEqual(['“第3行项目名称”还没有填写，台账需要它。请在文档中填写后再提交。']);
    const two = filedProjects(filingModel({ branch1: LISTED.branch1, secretary1: LISTED.secretary1, project1: LISTED.project1, branch2: LISTED.branch2, project2: LISTED.project2 }), filingTemplate);
    expect(two.ok && two.value.map((project) => project.number)).toEqual([1, 2]);
  });

  test('filed twice at once by two people through throttling and dropped connections: exactly three rows', async () => {
    world.standin.faults.retryAfterSeconds = 0;
    world.standin.faults.randomly({ seed: 20240514, rates: { throttle: 0.1, unavailable: 0.08, drop: 0.06, 'drop-after-write': 0.1 } });
    const filing = await plan(world);
    const files = async () => fakeFiles(FILING, filingTemplate.id);
    // An upload that gave up throws: the person presses 提交台账 again.
    const attempt = (who: ReturnType<RegisterWorld['submitter']>) => submitFiling(who, filing, files).catch(() => submitFiling(who, filing, files));
    const [first, second] = await Promise.all([attempt(world.submitter()), attempt(world.submitter())]);
    const outbox = new Outbox(memoryStorage());
    for (const outcome of [...first, ...second]) await outbox.record(outcome);
    for (let round = 0; round < 10 && (await outbox.entries()).length > 0; round += 1) {
      await outbox.resume(world.submitter(), () => undefined);
    }
    const injected = Object.values(world.standin.faults.injected).reduce((sum, count) => sum + count, 0);
    world.standin.faults.clear();
    expect(injected).toBeGreaterThan(0);
    expect(await outbox.entries()).toEqual([]);
    expect(rows()).toHaveLength(3);
    expect(rows().every((row) => row.Status === '已立项')).toBe(true);
    expect(new Set(rows().map((row) => row.ProjectId))).toEqual(new Set([EXISTING, filedProjectId(FILING, 2), filedProjectId(FILING, 3)]));
  });

  test('a listed project’s 项目编号 is a GUID, stable for the same 备案表 and 序号, different otherwise', () => {
    expect(filedProjectId(FILING, 2)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(filedProjectId(FILING, 2)).toBe(filedProjectId(FILING.toUpperCase(), 2));
    expect(new Set([1, 2, 3, 4, 5].map((n) => filedProjectId(FILING, n))).size).toBe(5);
    expect(filedProjectId(FILING, 2)).not.toBe(filedProjectId(EXISTING, 2));
  });
});
