/**
 * What the register tests share: the Graph stand-in served by msw/node, a
 * token provider that can hand out an expired token, a Graph client against
 * the stand-in, templates and document models like the ones the pane reads.
 */
import { setupServer, type SetupServer } from 'msw/node';
import { createGraphStandin, type GraphStandin } from '../../src/dev/graph-standin';
import type { TokenProvider, TokenRequestOptions } from '../../src/register/auth/token-provider';
import { createRegisterGraph, type RegisterGraph } from '../../src/register/graph/client';
import { provisionRegister } from '../../src/register/provision';
import { RegisterSubmitter, type RegisterLocation } from '../../src/register/submit';
import type { ContentControl, DocumentModel } from '../../src/core/model';
import { templateSchema, type Template } from '../../src/templates/schema';

export class FakeTokens implements TokenProvider {
  calls = 0;
  forced = 0;
  /** Tokens handed out before the fresh ones: e.g. one that expired in the cache. */
  readonly stale: string[] = [];

  async getToken(_scopes: readonly string[], options?: TokenRequestOptions): Promise<string> {
    this.calls += 1;
    if (options?.forceRefresh) {
      this.forced += 1;
      return `fresh-token-${this.calls}`;
    }
    return this.stale.shift() ?? 'cached-token';
  }
}

export interface RegisterWorld {
  readonly standin: GraphStandin;
  readonly server: SetupServer;
  readonly tokens: FakeTokens;
  readonly location: RegisterLocation;
  graph(options?: { timeoutMs?: number }): RegisterGraph;
  submitter(graph?: RegisterGraph): RegisterSubmitter;
  provision(): Promise<void>;
  close(): void;
}

export function registerWorld(): RegisterWorld {
  const standin = createGraphStandin({ clock: () => new Date('2024-05-10T08:00:00Z') });
  const server = setupServer(...standin.handlers);
  server.listen({ onUnhandledRequest: 'error' });
  const tokens = new FakeTokens();
  const location: RegisterLocation = { siteId: standin.siteId, listName: '党建项目台账', libraryFolder: '党建项目' };
  const graph = (options: { timeoutMs?: number } = {}): RegisterGraph =>
    createRegisterGraph({
      baseUrl: standin.graphOrigin,
      tokens,
      scopes: ['Sites.Selected'],
      retry: { maxRetries: 4, delaySeconds: 0, maxDelaySeconds: 5 },
      timeoutMs: options.timeoutMs ?? 10000,
    });
  return {
    standin,
    server,
    tokens,
    location,
    graph,
    submitter: (client) => new RegisterSubmitter(client ?? graph(), location, { retryDelayMs: 2, maxAttempts: 6 }),
    provision: async () => {
      await provisionRegister(graph(), { siteId: standin.siteId, listName: location.listName, libraryFolder: location.libraryFolder });
    },
    close: () => server.close(),
  };
}

/** The 书记项目 application and closing report, as far as the register reads them. */
export const application: Template = templateSchema.parse({
  id: 'shuji-application',
  name: '基层党建“书记项目”申报表',
  shortName: '书记项目申报表',
  scheme: 'shuji',
  kind: 'form',
  profile: 'official',
  description: '申报表',
  source: '000 附件1',
  titleKeywords: ['书记项目申报表'],
  submitStatus: '已申报',
  deadline: '2024-05-15',
  fields: [
    { tag: 'year', label: '年度', placeholder: '20XX', kind: 'number', column: 'Year' },
    { tag: 'projectName', label: '项目名称', placeholder: '填写项目名称', column: 'Title' },
    { tag: 'leader', label: '申报人', placeholder: '填写姓名', column: 'Leader' },
    { tag: 'phone', label: '联系方式', placeholder: '填写电话', column: 'Phone' },
    { tag: 'position', label: '单位及职务', placeholder: '填写职务', column: 'Position' },
    { tag: 'org', label: '党组织名称', placeholder: '填写党组织', column: 'Org' },
    { tag: 'level', label: '项目层级', placeholder: '选择层级', kind: 'choice', options: ['二级党组织', '党支部'], column: 'Level' },
    { tag: 'category', label: '项目类别', placeholder: 'A/B/C', kind: 'choice', options: ['A.创新探索型', 'B.典型示范型', 'C.制度推广型'], column: 'Category' },
    { tag: 'problems', label: '拟解决的突出问题', placeholder: '写明问题', kind: 'multiline' },
  ],
  blocks: [{ type: 'title', text: '书记项目申报表' }],
});

export const closingReport: Template = templateSchema.parse({
  id: 'shuji-closing-report',
  name: '基层党建“书记项目”结项报告',
  shortName: '结项报告',
  scheme: 'shuji',
  kind: 'report',
  profile: 'official',
  description: '结项报告',
  source: '000 附件3',
  titleKeywords: ['结项报告'],
  submitStatus: '已结项',
  deadline: '2025-05-10',
  fields: [
    { tag: 'projectName', label: '项目名称', placeholder: '填写项目名称', column: 'Title' },
    { tag: 'org', label: '基层党组织名称', placeholder: '填写党组织', column: 'Org' },
  ],
  blocks: [{ type: 'title', text: '结项报告' }],
});

export interface Filled {
  readonly [tag: string]: string;
}

/** A document as the pane's reader returns it: content controls filled in, the marker from insertion. */
export function documentModel(template: Template, projectId: string, filled: Filled): DocumentModel {
  const contentControls: ContentControl[] = template.fields.map((field, index) => ({
    tag: field.tag,
    title: field.label,
    text: filled[field.tag] ?? field.placeholder,
    paragraph: index,
    showingPlaceholder: filled[field.tag] === undefined,
  }));
  return { paragraphs: [], contentControls, marker: { templateId: template.id, projectId } };
}

/** Bytes that stand for the document's .docx and PDF, distinct per project and template. */
export function fakeFiles(projectId: string, templateId: string, size = 2048): { docx: Uint8Array; pdf: Uint8Array } {
  const make = (kind: string): Uint8Array => {
    const bytes = new Uint8Array(size);
    const label = new TextEncoder().encode(`${kind}:${templateId}:${projectId}`);
    bytes.set(label.subarray(0, size));
    for (let i = label.length; i < size; i += 1) bytes[i] = (i * 31 + projectId.length) % 251;
    return bytes;
  };
  return { docx: make('docx'), pdf: make('pdf') };
}
