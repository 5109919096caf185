/**
 * 组织部's worst day: 50 projects submitted at once, some twice and at the
 * same time (a double click, two people with the same document), while the
 * service throttles, fails, drops connections — some after the write was
 * applied — and one cached token has expired. The register must end with
 * exactly one complete row per project and every file in place.
 */
import { recordFromDocument } from '../../src/register/record';
import { submissionFor, type SubmitOutcome } from '../../src/register/submit';
import { Outbox, memoryStorage } from '../../src/register/outbox';
import { seededRandom } from '../../src/dev/graph-standin/faults';
import { application, documentModel, fakeFiles, registerWorld, type RegisterWorld } from './support';

const PROJECTS = Number(process.env.REGISTER_FAULT_PROJECTS ?? 50);
const SEED = 20240515;

/** Byte-for-byte, without asking jest to diff megabytes. */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((value, i) => value === b[i]);
}

function projectId(n: number): string {
  return `a${String(n).padStart(7, '0')}-1111-4222-8333-${String(n * 7919).padStart(12, '0')}`;
}

function projectDocument(n: number) {
  const id = projectId(n);
  const model = documentModel(application, id, {
    year: '2024',
    projectName: `党建引领项目${n}号：“${['红色', '先锋', '服务'][n % 3]}”工程`,
    leader: `负责人${n}`,
    phone: `1380000${String(n).padStart(4, '0')}`,
    position: `第${n}党支部书记`,
    org: `第${(n % 5) + 1}党总支`,
    level: n % 2 === 0 ? '党支部' : '二级党组织',
    category: ['A', 'B', 'C'][n % 3],
    problems: '问题',
  });
  const built = recordFromDocument(model, application, { findings: [], wordCount: 1000 + n }, { now: new Date('2024-05-10T08:00:00Z') });
  if (!built.ok) throw new Error(JSON.stringify(built.error));
  return { id, submission: submissionFor(built.value, application), files: fakeFiles(id, application.id, n % 10 === 0 ? 5 * 1024 * 1024 + 17 : 4096) };
}

describe('50 projects submitted through throttling, outages, dropped connections and an expired token', () => {
  let world: RegisterWorld;
  beforeAll(async () => {
    world = registerWorld();
    await world.provision();
  });
  afterAll(() => world.close());

  test('the list ends with exactly 50 complete rows and every file present', async () => {
    const { standin, tokens } = world;
    if (process.env.REGISTER_TRACE) world.server.events.on('request:start', ({ request }) => { process.stderr.write(`${request.method} ${decodeURIComponent(request.url).replace(/^.*\/v1.0\/sites\/[^/]+/, '').slice(0, 120)}\n`); });
    standin.faults.retryAfterSeconds = 0;
    standin.faults.randomly({
      seed: SEED,
      rates: { throttle: 0.06, unavailable: 0.05, drop: 0.04, 'drop-after-write': 0.05, 'timeout-after-write': 0.02 },
    });
    tokens.stale.push('expired-token-from-cache');

    const documents = Array.from({ length: PROJECTS }, (_, i) => projectDocument(i + 1));
    // Two people (two panes) and a double click in each.
    const aliceGraph = world.graph();
    const bobGraph = world.graph();
    const alice = world.submitter(aliceGraph);
    const bob = world.submitter(bobGraph);
    const outbox = new Outbox(memoryStorage());
    const random = seededRandom(SEED + 1);
    const runs: Promise<SubmitOutcome>[] = [];
    let doubleClicks = 0;
    let twoPeople = 0;
    for (const doc of documents) {
      const files = async () => doc.files;
      runs.push(alice.submit(doc.submission, files));
      const roll = random();
      if (roll < 0.2) {
        doubleClicks += 1;
        runs.push(alice.submit(doc.submission, files));
      } else if (roll < 0.4) {
        twoPeople += 1;
        runs.push(bob.submit({ ...doc.submission, record: { ...doc.submission.record, SubmittedAt: '2024-05-10T08:00:05.000Z' } }, files));
      }
    }
    const outcomes = await Promise.all(runs);
    for (const outcome of outcomes) await outbox.record(outcome);

    // Whatever could not finish waits in the outbox; 重试 until it is empty (the documents are still open).
    let rounds = 0;
    while ((await outbox.entries()).length > 0 && rounds < 10) {
      rounds += 1;
      await outbox.resume(alice, (id) => {
        const doc = documents.find((candidate) => candidate.id === id);
        return doc ? async () => doc.files : undefined;
      });
    }
    const leftInOutbox = (await outbox.entries()).length;
    standin.faults.clear();

    const list = standin.store.findList('党建项目台账');
    const rows = [...list.items.values()].map((item) => item.fields);
    const byProject = new Map(rows.map((row) => [row.ProjectId, row]));
    for (const doc of documents) {
      const row = byProject.get(doc.id);
      const folder = `党建项目/2024/${doc.id}`;
      expect(row).toMatchObject({
        Title: doc.submission.record.Title,
        Org: doc.submission.record.Org,
        Leader: doc.submission.record.Leader,
        Phone: doc.submission.record.Phone,
        Level: doc.submission.record.Level,
        Category: doc.submission.record.Category,
        Scheme: '书记项目',
        Status: '已申报',
        Year: 2024,
        WordCount: doc.submission.record.WordCount,
        CheckPassed: true,
        ApplicationUrl: standin.store.fileWebUrl(`${folder}/shuji-application.docx`),
        PdfUrl: standin.store.fileWebUrl(`${folder}/shuji-application.pdf`),
      });
      expect(sameBytes(standin.store.findFile(`${folder}/shuji-application.docx`).bytes, doc.files.docx)).toBe(true);
      expect(sameBytes(standin.store.findFile(`${folder}/shuji-application.pdf`).bytes, doc.files.pdf)).toBe(true);
    }

    const counts = {
      submissions: runs.length,
      doubleClicks,
      twoPeopleAtOnce: twoPeople,
      requests: standin.stats.requests,
      clientRequests: aliceGraph.metrics.requests + bobGraph.metrics.requests,
      retriesByRetryHandler: aliceGraph.metrics.retries + bobGraph.metrics.retries,
      retriesSeenByService: standin.stats.retryAttempts,
      responsesByStatus: standin.stats.byStatus,
      faultsInjected: { ...standin.faults.injected },
      tokenRefreshes: tokens.forced,
      outboxRounds: rounds,
      leftInOutbox,
      rows: list.items.size,
      files: standin.store.files.size,
      tokensSentToUploadHost: standin.stats.tokensSentToUploadHost,
    };
    process.stdout.write(`register fault run (seed ${SEED}): ${JSON.stringify(counts, null, 2)}\n`);

    expect(list.items.size).toBe(PROJECTS);
    expect(standin.store.files.size).toBe(PROJECTS * 2);
    expect(leftInOutbox).toBe(0);
    expect(tokens.forced).toBeGreaterThanOrEqual(1);
    expect(standin.faults.injected['drop-after-write']).toBeGreaterThan(0);
    expect(standin.stats.tokensSentToUploadHost).toBe(0);
  });
});
