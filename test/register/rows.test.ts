/**
 * What happens to a row over a project's life: someone else edits it while
 * you submit, 组织部 moves it forward and you resubmit an older document,
 * the network goes down half-way, the session expires.
 */
import { recordFromDocument } from '../../src/register/record';
import { submissionFor, type SubmitOutcome } from '../../src/register/submit';
import { Outbox, memoryStorage } from '../../src/register/outbox';
import { createRegisterGraph } from '../../src/register/graph/client';
import { findRowByProjectId } from '../../src/register/graph/list';
import { application, documentModel, fakeFiles, registerWorld, type RegisterWorld } from './support';

function applicationSubmission(projectId: string, filled: Record<string, string> = {}) {
  const model = documentModel(application, projectId, {
    year: '2024', projectName: '书香支部', org: '文学院党总支', leader: '张老师', phone: '123', position: '书记', level: '党支部', category: 'C', problems: '无',
    ...filled,
  });
  const built = recordFromDocument(model, application, { findings: [], wordCount: 800 }, { now: new Date('2024-05-02T00:00:00Z') });
  if (!built.ok) throw new Error(JSON.stringify(built.error));
  return submissionFor(built.value, application);
}

describe('a register row over a project’s life', () => {
  let world: RegisterWorld;
  beforeEach(async () => {
    world = registerWorld();
    await world.provision();
  });
  afterEach(() => world.close());
  const files = (id: string) => async () => fakeFiles(id, application.id);
  const rowOf = (id: string) => [...world.standin.store.findList('党建项目台账').items.values()].find((item) => item.fields.ProjectId === id);

  test('when 组织部 changed the leader while the 书记 was confirming, the 书记 sees both versions and chooses', async () => {
    const submitter = world.submitter();
    expect((await submitter.submit(applicationSubmission('00000000-0000-4000-8000-000000000001'), files('00000000-0000-4000-8000-000000000001'))).kind).toBe('done');
    // The 书记 opens the confirmation: the row as it is now is the base.
    const seen = await submitter.currentRow('00000000-0000-4000-8000-000000000001');
    // Meanwhile 组织部 corrects the leader's name in SharePoint.
    const list = world.standin.store.findList('党建项目台账');
    world.standin.store.updateItem(list, rowOf('00000000-0000-4000-8000-000000000001')!.id, { Leader: '张明' }, null);
    // The 书记 submits a document that says another leader and a new phone.
    const mine = { ...applicationSubmission('00000000-0000-4000-8000-000000000001', { leader: '张老师（代）', phone: '456' }), base: seen!.fields };
    const outcome = await submitter.submit(mine, files('00000000-0000-4000-8000-000000000001'));
    expect(outcome.kind).toBe('conflict');
    if (outcome.kind !== 'conflict') return;
    expect(outcome.conflicts).toEqual([{ field: 'Leader', mine: '张老师（代）', theirs: '张明' }]);
    expect(rowOf('00000000-0000-4000-8000-000000000001')!.fields.Leader).toBe('张明');
    expect(rowOf('00000000-0000-4000-8000-000000000001')!.fields.Phone).toBe('123');

    // 采用他人的: their leader stays, the rest of the submission goes in.
    const theirs = await submitter.submit({ ...outcome.submission, resolution: { Leader: 'theirs' } }, files('00000000-0000-4000-8000-000000000001'));
    expect(theirs.kind).toBe('done');
    expect(rowOf('00000000-0000-4000-8000-000000000001')!.fields).toMatchObject({ Leader: '张明', Phone: '456' });

    // 保留我的 on a later conflict overwrites, because the person said so.
    world.standin.store.updateItem(list, rowOf('00000000-0000-4000-8000-000000000001')!.id, { Leader: '张三' }, null);
    const again = await submitter.submit({ ...applicationSubmission('00000000-0000-4000-8000-000000000001', { leader: '张老师（代）', phone: '456' }), base: rowOf('00000000-0000-4000-8000-000000000001') && { ...rowOf('00000000-0000-4000-8000-000000000001')!.fields, Leader: '张明' } }, files('00000000-0000-4000-8000-000000000001'));
    expect(again.kind).toBe('conflict');
    if (again.kind !== 'conflict') return;
    const kept = await submitter.submit({ ...again.submission, resolution: { Leader: 'mine' } }, files('00000000-0000-4000-8000-000000000001'));
    expect(kept.kind).toBe('done');
    expect(rowOf('00000000-0000-4000-8000-000000000001')!.fields.Leader).toBe('张老师（代）');
    expect(world.standin.store.findList('党建项目台账').items.size).toBe(1);
  });

  test('a stale If-Match (412) whose fields do not overlap is merged without asking', async () => {
    const submitter = world.submitter();
    await submitter.submit(applicationSubmission('00000000-0000-4000-8000-000000000002'), files('00000000-0000-4000-8000-000000000002'));
    const seen = await submitter.currentRow('00000000-0000-4000-8000-000000000002');
    const list = world.standin.store.findList('党建项目台账');
    // 组织部 enters the score just between our read and our write.
    let scored = false;
    world.standin.faults.next('drop', {
      match: (request) => {
        if (request.method === 'PATCH' && !scored) {
          scored = true;
          world.standin.store.updateItem(list, rowOf('00000000-0000-4000-8000-000000000002')!.id, { Score: 91 }, null);
        }
        return false;
      },
    });
    const outcome = await submitter.submit({ ...applicationSubmission('00000000-0000-4000-8000-000000000002', { phone: '789' }), base: seen!.fields }, files('00000000-0000-4000-8000-000000000002'));
    expect(outcome.kind).toBe('done');
    expect(world.standin.stats.byStatus['412']).toBe(1);
    expect(rowOf('00000000-0000-4000-8000-000000000002')!.fields).toMatchObject({ Score: 91, Phone: '789' });
  });

  test('an application resubmitted after 立项 does not move the status back unless the person confirms', async () => {
    const submitter = world.submitter();
    await submitter.submit(applicationSubmission('00000000-0000-4000-8000-000000000003'), files('00000000-0000-4000-8000-000000000003'));
    const list = world.standin.store.findList('党建项目台账');
    world.standin.store.updateItem(list, rowOf('00000000-0000-4000-8000-000000000003')!.id, { Status: '已立项' }, null);
    const kept = await submitter.submit(applicationSubmission('00000000-0000-4000-8000-000000000003', { phone: '000' }), files('00000000-0000-4000-8000-000000000003'));
    expect(kept).toMatchObject({ kind: 'done', statusKept: '已立项' });
    expect(rowOf('00000000-0000-4000-8000-000000000003')!.fields).toMatchObject({ Status: '已立项', Phone: '000' });
    await submitter.submit({ ...applicationSubmission('00000000-0000-4000-8000-000000000003'), allowBackwards: true }, files('00000000-0000-4000-8000-000000000003'));
    expect(rowOf('00000000-0000-4000-8000-000000000003')!.fields.Status).toBe('已申报');
  });

  test('a double click submits once', async () => {
    const submitter = world.submitter();
    const first = submitter.submit(applicationSubmission('00000000-0000-4000-8000-000000000004'), files('00000000-0000-4000-8000-000000000004'));
    const second = submitter.submit(applicationSubmission('00000000-0000-4000-8000-000000000004'), files('00000000-0000-4000-8000-000000000004'));
    expect(submitter.isSubmitting('00000000-0000-4000-8000-000000000004')).toBe(true);
    expect(await second).toBe(await first);
    expect(world.standin.stats.byStatus['409']).toBeUndefined();
    expect(world.standin.store.findList('党建项目台账').items.size).toBe(1);
  });

  test('when the network goes down half-way the submission waits in the outbox, without bytes or tokens, and finishes later', async () => {
    const storage = memoryStorage();
    const outbox = new Outbox(storage);
    const submitter = world.submitter();
    // The files go up, then the connection is gone for good.
    world.standin.faults.next('drop', { match: (request) => request.url.pathname.includes('/lists/'), count: 1000 });
    const outcome: SubmitOutcome = await submitter.submit(applicationSubmission('00000000-0000-4000-8000-000000000005'), files('00000000-0000-4000-8000-000000000005'));
    expect(outcome).toMatchObject({ kind: 'failed', error: { code: 'network' } });
    await outbox.record(outcome);
    const [entry] = await outbox.entries();
    expect(entry).toMatchObject({ projectId: '00000000-0000-4000-8000-000000000005', reason: { code: 'network' }, submission: { uploaded: { docxUrl: expect.stringContaining('shuji-application.docx') } } });
    const stored = storage.data.get('dangjian.register.outbox.v1') ?? '';
    expect(stored).not.toMatch(/token/i);
    expect(stored.length).toBeLessThan(4000);

    // Back online, the document is closed: the files are already up, so the row goes in anyway.
    world.standin.faults.clear();
    await outbox.resume(submitter, () => undefined);
    expect(await outbox.entries()).toEqual([]);
    expect(rowOf('00000000-0000-4000-8000-000000000005')!.fields.ApplicationUrl).toContain('shuji-application.docx');

    // A submission whose files never went up waits for its document.
    world.standin.faults.next('drop', { count: 1000 });
    const early = await submitter.submit(applicationSubmission('00000000-0000-4000-8000-000000000006'), files('00000000-0000-4000-8000-000000000006'));
    await outbox.record(early);
    world.standin.faults.clear();
    await outbox.resume(submitter, () => undefined);
    expect((await outbox.entries())[0]).toMatchObject({ projectId: '00000000-0000-4000-8000-000000000006', reason: { code: 'document-not-open' } });
    await outbox.resume(submitter, (id) => (id === '00000000-0000-4000-8000-000000000006' ? files('00000000-0000-4000-8000-000000000006') : undefined));
    expect(await outbox.entries()).toEqual([]);
    expect(rowOf('00000000-0000-4000-8000-000000000006')).toBeDefined();
  });

  test('an expired session gets one silent refresh; a refused refresh says 登录已过期', async () => {
    const graph = createRegisterGraph({
      baseUrl: world.standin.graphOrigin,
      tokens: { getToken: async () => 'expired-forever' },
      scopes: ['Sites.Selected'],
      retry: { delaySeconds: 0 },
    });
    await expect(findRowByProjectId(graph, world.location, '00000000-0000-4000-8000-000000000001')).rejects.toMatchObject({
      error: { code: 'unauthorized', message: expect.stringContaining('登录已过期') },
    });
    expect(graph.metrics.tokenRefreshes).toBe(1);
  });

  test('throttling longer than the client will wait comes back as 服务繁忙 with the wait', async () => {
    world.standin.faults.retryAfterSeconds = 120;
    world.standin.faults.next('throttle');
    await expect(findRowByProjectId(world.graph(), world.location, '00000000-0000-4000-8000-000000000001')).rejects.toMatchObject({
      error: { code: 'busy', retryAfterSeconds: 120, message: expect.stringContaining('120 秒') },
    });
  });
});
