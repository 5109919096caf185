/**
 * Names are data, never code: a project name full of quotes, markup and
 * emoji comes back exactly as typed; a document whose project id is not an
 * id is refused before anything is sent; and a project id built to widen a
 * $filter (typed into the list by hand) matches only itself.
 */
import { recordFromDocument } from '../../src/register/record';
import { submissionFor } from '../../src/register/submit';
import { createRow, findRowByProjectId } from '../../src/register/graph/list';
import { fieldEquals, encodeQueryValue, odataStringLiteral } from '../../src/register/odata';
import { application, documentModel, fakeFiles, registerWorld, type RegisterWorld } from './support';

const NASTY_NAME = `“红旗”支部's "先锋" <script>alert('x')</script> 🚩✊ 项目`;
const NASTY_ID = `x' or 1 eq 1 or fields/ProjectId eq '`;
const PLAIN_1 = '0f8fad5b-d9cb-469f-a165-70867728950e';
const PLAIN_2 = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
const NASTY_NAMED = '1b4e28ba-2fa1-41d2-883f-0016d3cca427';

describe('a project name with quotes, markup and emoji', () => {
  let world: RegisterWorld;
  beforeAll(async () => {
    world = registerWorld();
    await world.provision();
  });
  afterAll(() => world.close());

  async function submit(projectId: string, name: string) {
    const model = documentModel(application, projectId, { year: '2024', projectName: name, org: '第一党总支', leader: '李', phone: '1', position: '书记', level: '党支部', category: 'B', problems: '无' });
    const built = recordFromDocument(model, application, { findings: [], wordCount: 10 }, { now: new Date('2024-05-01T00:00:00Z') });
    if (!built.ok) throw new Error(JSON.stringify(built.error));
    return world.submitter().submit(submissionFor(built.value, application), async () => fakeFiles(projectId, application.id));
  }

  test('round-trips intact, and an id written to break the $filter matches only itself', async () => {
    expect((await submit(PLAIN_1, '普通项目一')).kind).toBe('done');
    expect((await submit(PLAIN_2, '普通项目二')).kind).toBe('done');
    expect((await submit(NASTY_NAMED, NASTY_NAME)).kind).toBe('done');
    const graph = world.graph();
    expect((await findRowByProjectId(graph, world.location, NASTY_NAMED))?.fields.Title).toBe(NASTY_NAME);
    // A document cannot carry such an id into the register; a row typed into the list by hand can.
    await createRow(graph, world.location, { Title: '手工录入', ProjectId: NASTY_ID, Scheme: '书记项目', Year: 2024, Org: '第一党总支', Status: '已申报' });

    const list = world.standin.store.findList('党建项目台账');
    expect(list.items.size).toBe(4);
    const found = await findRowByProjectId(graph, world.location, NASTY_ID);
    expect(found?.fields.Title).toBe('手工录入');
    expect(found?.fields.ProjectId).toBe(NASTY_ID);
    // Looking up a similar-looking id finds nothing: the quote was doubled, not interpreted.
    expect(await findRowByProjectId(graph, world.location, `x' or 1 eq 1`)).toBeUndefined();
    expect(await findRowByProjectId(graph, world.location, `${PLAIN_1}' or '1' eq '1`)).toBeUndefined();
    // Resubmitting the project named with quotes updates its one row.
    expect((await submit(NASTY_NAMED, `${NASTY_NAME}（修订）`)).kind).toBe('done');
    expect(list.items.size).toBe(4);
  });

  test('the same value pasted into a $filter without escaping would have matched every row', async () => {
    const graph = world.graph();
    const path = (filter: string) =>
      `/sites/${world.standin.siteId}/lists/${encodeURIComponent('党建项目台账')}/items?$expand=fields&$filter=${encodeQueryValue(filter)}`;
    const unescaped = await graph.send<{ value: unknown[] }>({ method: 'GET', path: path(`fields/ProjectId eq '${NASTY_ID}'`) });
    expect(unescaped.value).toHaveLength(4);
    const escaped = await graph.send<{ value: unknown[] }>({ method: 'GET', path: path(fieldEquals('ProjectId', NASTY_ID)) });
    expect(escaped.value).toHaveLength(1);
    // A stray quote without its pair is a syntax error on the service, never a wider query.
    await expect(graph.send({ method: 'GET', path: path(`fields/ProjectId eq 'it's'`) })).rejects.toMatchObject({ error: { code: 'bad-request' } });
    expect(odataStringLiteral("it's")).toBe("'it''s'");
    expect(encodeQueryValue("fields/Org eq 'a&b#c'")).toBe('fields%2FOrg%20eq%20%27a%26b%23c%27');
  });
});
