/**
 * The administrator sets the register up once, from the pane or with
 * `dangjian register provision`; a list someone built by hand is checked
 * and every problem named.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runRegisterCommand } from '../../src/register/cli';
import { provisionRegister, columnDefinition } from '../../src/register/provision';
import { REGISTER_COLUMNS } from '../../src/register/columns';
import { loadRegisterPage, deadlines } from '../../src/register/list-view';
import { parseRegisterSettings } from '../../src/register/settings';
import { application, closingReport, registerWorld, type RegisterWorld } from './support';

function capture() {
  let text = '';
  return { write: (chunk: string) => (text += chunk), get text() { return text; } };
}

describe('setting up the register', () => {
  let world: RegisterWorld;
  beforeEach(() => {
    world = registerWorld();
  });
  afterEach(() => world.close());

  test('dangjian register provision creates the list with every column, then verifies it; the token is never printed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'register-'));
    const config = join(dir, 'register.json');
    writeFileSync(config, JSON.stringify({
      tenantId: 'aqvtc.partner.onmschina.cn', clientId: '11111111-2222-4333-8444-555555555555',
      siteId: world.standin.siteId, graphBaseUrl: world.standin.graphOrigin,
    }));
    const env = { DJ_TOKEN: 'secret-admin-token' };
    const out = capture();
    const err = capture();
    expect(await runRegisterCommand(['provision', '--config', config, '--token-env', 'DJ_TOKEN'], { stdout: out, stderr: err, env })).toBe(0);
    expect(out.text).toContain('已创建列表“党建项目台账”和文件夹“党建项目”');
    const list = world.standin.store.findList('党建项目台账');
    expect(list.template).toBe('genericList');
    for (const column of REGISTER_COLUMNS) {
      const made = list.columns.find((candidate) => candidate.name === column.name);
      expect(made).toMatchObject({ type: column.type });
      if (!column.builtIn) expect(made?.displayName).toBe(column.displayName);
    }
    expect(list.columns.find((c) => c.name === 'ProjectId')).toMatchObject({ indexed: true, enforceUniqueValues: true });
    expect(list.columns.find((c) => c.name === 'Status')?.choices).toEqual(['草稿', '已申报', '已立项', '中期检查', '已结项', '已验收', '优秀']);
    expect(world.standin.store.hasFolder('党建项目')).toBe(true);

    const again = capture();
    expect(await runRegisterCommand(['provision', '--config', config, '--token-env', 'DJ_TOKEN'], { stdout: again, stderr: err, env })).toBe(0);
    expect(again.text).toContain('栏目齐全、类型正确');
    expect(out.text + again.text + err.text).not.toContain('secret-admin-token');

    const noToken = capture();
    expect(await runRegisterCommand(['provision', '--config', config], { stdout: capture(), stderr: noToken, env: {} })).toBe(2);
    expect(noToken.text).toContain('DANGJIAN_GRAPH_TOKEN');
    expect(await runRegisterCommand(['provision'], { stdout: capture(), stderr: capture(), env })).toBe(2);
    expect(await runRegisterCommand(['nonsense'], { stdout: capture(), stderr: capture(), env })).toBe(2);
  });

  test('a hand-made list is checked: each missing column, wrong type and missing unique index is named', async () => {
    const columns = REGISTER_COLUMNS.filter((c) => !c.builtIn && c.name !== 'Phone' && c.name !== 'Year' && c.name !== 'ProjectId').map(columnDefinition);
    columns.push({ name: 'Year', displayName: '年度', text: {} });
    columns.push({ name: 'ProjectId', displayName: '项目编号', text: {} });
    const graph = world.graph();
    await graph.send({ method: 'POST', path: `/sites/${world.standin.siteId}/lists`, body: { displayName: '党建项目台账', list: { template: 'genericList' }, columns } });
    const report = await provisionRegister(graph, { siteId: world.standin.siteId, listName: '党建项目台账', libraryFolder: '党建项目' });
    expect(report.created).toBe(false);
    expect(report.messages).toEqual(expect.arrayContaining([
      '缺少栏目 Phone（联系方式，类型：单行文本）。',
      '栏目 Year 的类型应为“数字”，实为“单行文本”。',
      '栏目 ProjectId 应编入索引并要求唯一值，否则无法保证一个项目只有一行。',
      '列表存在 3 个问题，请按上面的提示在 SharePoint 中修正，或删除列表后重新创建。',
    ]));
  });

  test('the 台账 view pages through an organisation’s rows (re-sending Prefer for a non-indexed filter) and marks this document', async () => {
    await world.provision();
    const list = world.standin.store.findList('党建项目台账');
    for (let i = 1; i <= 7; i += 1) {
      world.standin.store.createItem(list, {
        Title: `项目${i}`, ProjectId: `id-${i}`, Org: i <= 5 ? '机电学院党总支' : '文学院党总支', Status: '已申报', Year: 2024, Scheme: '书记项目',
        ApplicationUrl: i === 2 ? 'javascript:alert(1)' : `https://example.invalid/${i}.docx`,
      });
    }
    const graph = world.graph();
    const first = await loadRegisterPage(graph, world.location, { org: '机电学院党总支', currentProjectId: 'id-3', top: 2 });
    expect(first.rows.map((row) => row.title)).toEqual(['项目1', '项目2']);
    expect(first.rows[1].applicationUrl).toBeUndefined();
    const rows = [...first.rows];
    let next = first.nextLink;
    while (next) {
      const page = await loadRegisterPage(graph, world.location, { org: '机电学院党总支', currentProjectId: 'id-3', nextLink: next });
      rows.push(...page.rows);
      next = page.nextLink;
    }
    expect(rows.map((row) => row.title)).toEqual(['项目1', '项目2', '项目3', '项目4', '项目5']);
    expect(rows.filter((row) => row.isCurrentDocument).map((row) => row.projectId)).toEqual(['id-3']);
  });

  test('deadlines count the days left; settings choose the cloud', () => {
    expect(deadlines([closingReport, application], new Date(2024, 4, 10))).toEqual([
      { templateId: 'shuji-application', name: '书记项目申报表', date: '2024-05-15', daysLeft: 5 },
      { templateId: 'shuji-closing-report', name: '结项报告', date: '2025-05-10', daysLeft: 365 },
    ]);
    const china = parseRegisterSettings({ cloud: 'china', tenantId: 'contoso.partner.onmschina.cn', clientId: '11111111-2222-4333-8444-555555555555', siteId: 's' });
    expect(china).toMatchObject({ ok: true, value: { graphBaseUrl: 'https://microsoftgraph.chinacloudapi.cn', authority: 'https://login.chinacloudapi.cn/contoso.partner.onmschina.cn', listName: '党建项目台账' } });
    const broken = parseRegisterSettings({ tenantId: '', clientId: 'nope', siteId: 's', graphBaseUrl: 'http://plain.example' });
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error.message).toMatch(/台账设置不完整或有误.*应用（客户端）ID 应为 GUID.*https/);
  });
});
