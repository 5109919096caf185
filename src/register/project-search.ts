/**
 * Finding a project in the register by part of its name, for a later
 * document (结项报告, 中期检查表, 验收评审表, 立项书) whose form has no 项目名称
 * of its own or that was started in a new file.
 *
 * SharePoint list items through Graph accept `eq`/`ne` comparisons on
 * fields; string functions are not dependable there (`startswith` on list
 * items answers with an error: microsoftgraph/microsoft-graph-explorer#170),
 * and even where a prefix match works it finds only names that begin with
 * what was typed, while a 书记 types any part ("先锋" for "“红色领航”学生
 * 党员先锋工程"). So the rows are fetched with plain filters — the
 * organisation's rows (`fields/Org eq …`, with the non-indexed Prefer header
 * on every page), and when none of them matches, the whole list, a few
 * columns only — and matched here, page by page.
 */
import type { Template } from '../templates/schema';
import { stepForDocument } from './status';
import type { RegisterGraph } from './graph/client';
import { listPath, listRowsByOrg, type ListLocation, type RegisterRow } from './graph/list';

export interface ProjectChoice {
  readonly projectId: string;
  readonly title: string;
  readonly org: string;
  readonly status: string;
  readonly year?: number;
  readonly level?: string;
}

/** Columns the picker shows and matches on. */
const PICKER_COLUMNS = ['ProjectId', 'Title', 'Org', 'Status', 'Year', 'Level'];
/** Rows read at most while looking (a school's register holds hundreds, not tens of thousands). */
const MAX_ROWS_SCANNED = 5000;
const PAGE_SIZE = 200;

/** A form with no 项目名称 field cannot name its project: the project comes from the register. */
export function formNamesItsProject(template: Pick<Template, 'fields'>): boolean {
  return template.fields.some((field) => field.column === 'Title');
}

/**
 * Where a submission's project comes from:
 * - `register-row`: the document's 项目编号 is in the register;
 * - `choose`: the form cannot name its project (结项报告, 立项书, 案例): the writer picks it;
 * - `choose-or-create`: a later document (中期检查表, 验收评审表) that names its project but whose
 *   项目编号 the register does not know: pick the project, or start a row when it truly has none;
 * - `document`: a first document (申报表): it starts the project's row.
 */
export type ProjectSource = 'register-row' | 'choose' | 'choose-or-create' | 'document';

export function projectSourceFor(template: Pick<Template, 'fields' | 'submitStatus'>, rowExists: boolean): ProjectSource {
  if (rowExists) return 'register-row';
  if (!formNamesItsProject(template)) return 'choose';
  const step = stepForDocument(template.submitStatus);
  return step && step.action !== 'apply' ? 'choose-or-create' : 'document';
}

/** Spaces, quotes and brackets do not count; Latin letters match either case. */
export function searchKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s"'“”‘’「」『』《》〈〉()（）【】[\]·•・]/g, '');
}

/** Does the name contain what was typed (after `searchKey`)? Empty text matches nothing. */
export function nameMatches(name: string, typed: string): boolean {
  const wanted = searchKey(typed);
  return wanted !== '' && searchKey(name).includes(wanted);
}

function choiceOf(row: RegisterRow): ProjectChoice | undefined {
  const fields = row.fields;
  if (typeof fields.ProjectId !== 'string' || typeof fields.Title !== 'string') return undefined;
  return {
    projectId: fields.ProjectId,
    title: fields.Title,
    org: typeof fields.Org === 'string' ? fields.Org : '',
    status: typeof fields.Status === 'string' ? fields.Status : '',
    year: typeof fields.Year === 'number' ? fields.Year : undefined,
    level: typeof fields.Level === 'string' ? fields.Level : undefined,
  };
}

/** Names that begin with the typed text first, then the most recent year, then by name. */
function ranked(choices: ProjectChoice[], typed: string): ProjectChoice[] {
  const wanted = searchKey(typed);
  const begins = (choice: ProjectChoice) => (searchKey(choice.title).startsWith(wanted) ? 0 : 1);
  return [...choices].sort((a, b) => begins(a) - begins(b) || (b.year ?? 0) - (a.year ?? 0) || a.title.localeCompare(b.title, 'zh-CN'));
}

async function scan(pages: (nextLink?: string) => Promise<{ rows: RegisterRow[]; nextLink?: string }>, typed: string): Promise<ProjectChoice[]> {
  const found: ProjectChoice[] = [];
  let scanned = 0;
  let nextLink: string | undefined;
  do {
    const page = await pages(nextLink);
    scanned += page.rows.length;
    for (const row of page.rows) {
      const choice = choiceOf(row);
      if (choice && nameMatches(choice.title, typed)) found.push(choice);
    }
    nextLink = page.nextLink;
  } while (nextLink && scanned < MAX_ROWS_SCANNED);
  return found;
}

interface GraphPage {
  value: { id: string; eTag?: string; '@odata.etag'?: string; fields?: Record<string, unknown> }[];
  '@odata.nextLink'?: string;
}

/** The whole list, a few columns, page by page (no filter: no index or Prefer header needed). */
async function wholeListPage(graph: RegisterGraph, location: ListLocation, nextLink?: string): Promise<{ rows: RegisterRow[]; nextLink?: string }> {
  const path = nextLink ?? `${listPath(location)}/items?$expand=fields($select=${PICKER_COLUMNS.join(',')})&$top=${PAGE_SIZE}`;
  const page = await graph.send<GraphPage>({ method: 'GET', path });
  return {
    rows: page.value.map((item) => ({ id: item.id, eTag: item.eTag ?? item['@odata.etag'] ?? '', fields: { ...(item.fields ?? {}) } })),
    nextLink: page['@odata.nextLink'],
  };
}

export interface ProjectSearch {
  readonly choices: ProjectChoice[];
  /** True when the organisation's rows held no match and the whole register was searched. */
  readonly searchedEverywhere: boolean;
}

/** Projects whose name contains `typed`: the organisation's first, the whole register when they hold none. */
export async function searchProjects(graph: RegisterGraph, location: ListLocation, query: { typed: string; org?: string }): Promise<ProjectSearch> {
  if (searchKey(query.typed) === '') return { choices: [], searchedEverywhere: false };
  const org = query.org?.trim();
  if (org) {
    const mine = await scan((nextLink) => listRowsByOrg(graph, location, org, { top: PAGE_SIZE, nextLink }), query.typed);
    if (mine.length > 0) return { choices: ranked(mine, query.typed), searchedEverywhere: false };
  }
  const all = await scan((nextLink) => wholeListPage(graph, location, nextLink), query.typed);
  return { choices: ranked(all, query.typed), searchedEverywhere: Boolean(org) };
}
