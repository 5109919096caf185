/**
 * The service's "wait until" in either form HTTP allows gets the same answer:
 * a wait past the client's limit is 服务繁忙 at once (not twelve minutes of
 * silent retries), a date already past is retried straight away. And a
 * document whose project id is not an id is refused before anything is
 * uploaded: `..` would otherwise fold its folder into the year's folder,
 * shared by every such project.
 */
import { http, HttpResponse } from 'msw';
import { findRowByProjectId } from '../../src/register/graph/list';
import { retryAfterSeconds } from '../../src/register/graph/errors';
import { OUTBOX_KEY, Outbox, memoryStorage } from '../../src/register/outbox';
import { recordFromDocument } from '../../src/register/record';
import { application, documentModel, registerWorld, type RegisterWorld } from './support';

const PROJECT = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';

describe('Retry-After as an HTTP date', () => {
  let world: RegisterWorld;
  beforeAll(async () => {
    world = registerWorld();
    await world.provision();
  });
  afterAll(() => world.close());

  /** The next list request is throttled with this Retry-After; the stand-in answers the rest. */
  function throttleOnce(retryAfter: string): void {
    world.server.use(
      http.get(
        `${world.standin.graphOrigin}/v1.0/sites/*`,
        () => HttpResponse.json({ error: { code: 'TooManyRequests', message: 'Too many requests' } }, { status: 429, headers: { 'Retry-After': retryAfter } }),
        { once: true },
      ),
    );
  }

  test('ten minutes from now is past the limit: 服务繁忙 with the wait, and no retry', async () => {
    const graph = world.graph();
    throttleOnce(new Date(Date.now() + 600_000).toUTCString());
    const started = Date.now();
    await expect(findRowByProjectId(graph, world.location, PROJECT)).rejects.toMatchObject({
      error: { code: 'busy', message: expect.stringMatching(/约 (59\d|600) 秒后重试/) },
    });
    expect(Date.now() - started).toBeLessThan(3000);
    expect(graph.metrics.retries).toBe(0);
  });

  test('a date already past is retried at once, and the lookup succeeds', async () => {
    const graph = world.graph();
    throttleOnce(new Date(Date.now() - 3_600_000).toUTCString());
    const started = Date.now();
    await expect(findRowByProjectId(graph, world.location, PROJECT)).resolves.toBeUndefined();
    expect(Date.now() - started).toBeLessThan(3000);
    expect(graph.metrics.retries).toBe(1);
  });

  test('both forms read as the same number of seconds', () => {
    const now = Date.parse('2024-05-10T08:00:00Z');
    expect(retryAfterSeconds('120', now)).toBe(120);
    expect(retryAfterSeconds('Fri, 10 May 2024 08:02:00 GMT', now)).toBe(120);
    expect(retryAfterSeconds('Fri, 10 May 2024 07:00:00 GMT', now)).toBe(0);
    expect(retryAfterSeconds('-5', now)).toBe(0);
    expect(retryAfterSeconds('soon', now)).toBeUndefined();
    expect(retryAfterSeconds(null, now)).toBeUndefined();
  });
});

describe('a project id from a document marker that is not an id', () => {
  function recordWith(projectId: string) {
    const model = documentModel(application, projectId, {
      year: '2024', projectName: '书香支部', org: '文学院党总支', leader: '张老师', phone: '123', position: '书记', level: '党支部', category: 'C', problems: '无',
    });
    return recordFromDocument(model, application, { findings: [], wordCount: 800 }, { now: new Date('2024-05-02T00:00:00Z') });
  }

  test.each([
    ['..', '..'],
    ['a path', '../../other/x'],
    ['a slash', 'a/b'],
    ['a backslash', 'a\\b'],
    ['a control character', `${PROJECT.slice(0, -1)}\u0007`],
    ['a GUID with a line break after it', `${PROJECT}\n`],
  ])('%s is refused with a Chinese message and nothing is built', (_what, id) => {
    const built = recordWith(id);
    expect(built.ok).toBe(false);
    if (built.ok) return;
    expect(built.error).toHaveLength(1);
    expect(built.error[0].code).toBe('invalid-record');
    expect(built.error[0].message).toMatch(/^文档中的项目编号“.*”格式不对/);
    expect(built.error[0].message).not.toMatch(/[\u0000-\u001f]/);
  });

  test('a GUID, in either case, is accepted', () => {
    expect(recordWith(PROJECT).ok).toBe(true);
    expect(recordWith(PROJECT.toUpperCase()).ok).toBe(true);
  });

  test('an outbox entry kept from before with such an id is not resumed into an upload; the others stay', async () => {
    const storage = memoryStorage();
    const built = recordWith(PROJECT);
    if (!built.ok) throw new Error('expected a record');
    const entry = {
      projectId: '..',
      title: '书香支部',
      queuedAt: '2024-05-02T00:00:00Z',
      attempts: 1,
      reason: { code: 'timeout', message: '请求超时' },
      submission: { record: { ...built.value.record, ProjectId: '..' }, templateId: application.id, documentColumn: 'ApplicationUrl' },
    };
    const good = { ...entry, projectId: PROJECT, submission: { ...entry.submission, record: built.value.record } };
    await storage.setItem(OUTBOX_KEY, JSON.stringify([entry, good]));
    const outbox = new Outbox(storage);
    expect((await outbox.entries()).map((kept) => kept.projectId)).toEqual([PROJECT]);
  });
});
