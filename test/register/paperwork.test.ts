/**
 * After 提交台账: the checklist the school's settings ask for (PDF, copies,
 * seal, where to hand in), the 支部's sealed scan attached to the same row
 * later, and 组织部 marking the paper copies received.
 */
import { attachSealedScan, markPaperReceived, requirementsFor, submissionChecklist } from '../../src/register/paperwork';
import { recordFromDocument } from '../../src/register/record';
import { submissionFor } from '../../src/register/submit';
import { application, documentModel, fakeFiles, registerWorld, type RegisterWorld } from './support';

const PROJECT = '6f1c2a9e-3b7d-4c1e-9a2f-0d5e8b7c6a41';
/** 000: 纸质版加盖公章报校综合楼410室，电子版（pdf版本）; 004: 一式五份. */
const SCHOOL = { pdf: true, sealed: true, paperCopies: 5, handInAt: '校综合楼410室' };

describe('the paperwork after a submission', () => {
  let world: RegisterWorld;
  beforeEach(async () => {
    world = registerWorld();
    await world.provision();
    const model = documentModel(application, PROJECT, {
      year: '2024', projectName: '书香支部', org: '文学院党总支', leader: '张老师', phone: '123', position: '书记', level: '党支部', category: 'C', problems: '无',
    });
    const built = recordFromDocument(model, application, { findings: [], wordCount: 800 }, { now: new Date('2024-05-02T00:00:00Z') });
    if (!built.ok) throw new Error(JSON.stringify(built.error));
    expect((await world.submitter().submit(submissionFor(built.value, application), async () => fakeFiles(PROJECT, application.id))).kind).toBe('done');
  });
  afterEach(() => world.close());
  const row = () => [...world.standin.store.findList('党建项目台账').items.values()][0].fields;

  test('right after submitting: the PDF is ticked, copies, seal, scan, hand-in and receipt are still to do', () => {
    expect(submissionChecklist(SCHOOL, row())).toEqual([
      { kind: 'pdf', done: true },
      { kind: 'copies', done: false, copies: 5 },
      { kind: 'seal', done: false },
      { kind: 'sealed-scan', done: false },
      { kind: 'hand-in', done: false, place: '校综合楼410室' },
      { kind: 'paper-received', done: false },
    ]);
    // A school that has not said what it wants on paper: the 书记 is told to ask, nothing is invented.
    expect(submissionChecklist(undefined, row())).toEqual([{ kind: 'pdf', done: true }, { kind: 'ask', done: false }]);
  });

  test('a scheme whose notice asks otherwise has its own list (004: 一式五份), with where to e-mail and whom to ask', () => {
    const school = {
      submission: { pdf: true, sealed: true, handInAt: '校综合楼410室' },
      schemeSubmission: { brand: { pdf: true, sealed: true, paperCopies: 5, email: 'zzb@aqvtc.edu.cn', contact: '组织科 王老师 0556-5500000' } },
    };
    expect(requirementsFor(school, 'shuji')).toBe(school.submission);
    expect(requirementsFor(school, 'brand')).toBe(school.schemeSubmission.brand);
    expect(requirementsFor(undefined, 'brand')).toBeUndefined();
    expect(submissionChecklist(requirementsFor(school, 'brand'), row()).map((item) => [item.kind, item.copies ?? item.place ?? null])).toEqual([
      ['pdf', null],
      ['email', 'zzb@aqvtc.edu.cn'],
      ['copies', 5],
      ['seal', null],
      ['sealed-scan', null],
      ['paper-received', null],
      ['contact', '组织科 王老师 0556-5500000'],
    ]);
  });

  test('the sealed scan lands next to the project’s files and is linked from the same row; a second scan replaces it', async () => {
    const scan = new TextEncoder().encode('%PDF-1.4 sealed scan');
    const updated = await attachSealedScan(world.graph(), world.location, PROJECT, { bytes: scan, type: 'application/pdf' });
    const path = `党建项目/2024/${PROJECT}/sealed-scan.pdf`;
    expect(updated.fields.SealedScanUrl).toBe(world.standin.store.fileWebUrl(path));
    expect(row().SealedScanUrl).toBe(world.standin.store.fileWebUrl(path));
    expect(world.standin.store.findFile(path).bytes).toEqual(scan);
    await attachSealedScan(world.graph(), world.location, PROJECT, { bytes: new TextEncoder().encode('%PDF-1.4 again'), type: 'application/pdf' });
    expect(world.standin.store.files.size).toBe(3);
    expect(world.standin.store.findList('党建项目台账').items.size).toBe(1);
    expect(submissionChecklist(SCHOOL, row()).filter((item) => item.done).map((item) => item.kind)).toEqual(['pdf', 'seal', 'sealed-scan']);
  });

  test('组织部 marks the paper received, even when someone edited the row a moment before', async () => {
    const list = world.standin.store.findList('党建项目台账');
    const graph = world.graph();
    // Someone changes the row between our read and our write: the stale eTag is refused once, then read again.
    let raced = false;
    world.server.events.on('request:start', ({ request }) => {
      if (!raced && request.method === 'PATCH') {
        raced = true;
        const item = [...list.items.values()][0];
        world.standin.store.updateItem(list, item.id, { Phone: '0556-1' }, null);
      }
    });
    await markPaperReceived(graph, world.location, PROJECT, true);
    expect(row()).toMatchObject({ PaperReceived: true, Phone: '0556-1' });
    expect(submissionChecklist(SCHOOL, row()).find((item) => item.kind === 'paper-received')?.done).toBe(true);
  });

  test('a project the register does not have is named, not created', async () => {
    await expect(markPaperReceived(world.graph(), world.location, '00000000-0000-4000-8000-000000000009', true)).rejects.toMatchObject({
      error: { code: 'not-found', message: '台账中没有这份文件所属的项目：请先选择项目，或先提交它的申报表。' },
    });
  });
});
