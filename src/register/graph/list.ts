/** The register list through Graph: look-up by project id, create, update with If-Match, pages by Org. */
import { encodePathSegment, encodeQueryValue, fieldEquals } from '../odata';
import type { RegisterGraph } from './client';

export interface ListLocation {
  readonly siteId: string;
  readonly listName: string;
}

export type RowFields = Record<string, unknown>;

export interface RegisterRow {
  readonly id: string;
  readonly eTag: string;
  readonly webUrl?: string;
  readonly fields: RowFields;
}

interface GraphListItem {
  id: string;
  eTag?: string;
  '@odata.etag'?: string;
  webUrl?: string;
  fields?: RowFields;
}

interface GraphPage<T> {
  value: T[];
  '@odata.nextLink'?: string;
}

/** SharePoint refuses filters on non-indexed columns without this; it must be re-sent on every page. */
export const NON_INDEXED_PREFER = { Prefer: 'HonorNonIndexedQueriesWarningMayFailRandomly' };

export function listPath(location: ListLocation): string {
  return `/sites/${location.siteId}/lists/${encodePathSegment(location.listName)}`;
}

function toRow(item: GraphListItem): RegisterRow {
  const fields = { ...(item.fields ?? {}) };
  const eTag = item.eTag ?? item['@odata.etag'] ?? String(fields['@odata.etag'] ?? '');
  return { id: item.id, eTag, webUrl: item.webUrl, fields };
}

/** The row of one project, or undefined. ProjectId is indexed, so no Prefer header is needed. */
export async function findRowByProjectId(graph: RegisterGraph, location: ListLocation, projectId: string): Promise<RegisterRow | undefined> {
  const filter = encodeQueryValue(fieldEquals('ProjectId', projectId));
  const page = await graph.send<GraphPage<GraphListItem>>({
    method: 'GET',
    path: `${listPath(location)}/items?$expand=fields&$filter=${filter}&$top=2`,
  });
  const matches = page.value.filter((item) => item.fields?.ProjectId === projectId);
  return matches.length > 0 ? toRow(matches[0]) : undefined;
}

export async function createRow(graph: RegisterGraph, location: ListLocation, fields: RowFields): Promise<RegisterRow> {
  const item = await graph.send<GraphListItem>({ method: 'POST', path: `${listPath(location)}/items`, body: { fields } });
  return toRow(item);
}

/** PATCH with If-Match: a 412 means someone wrote since `eTag` was read. */
export async function updateRow(graph: RegisterGraph, location: ListLocation, row: RegisterRow, fields: RowFields): Promise<RegisterRow> {
  const result = await graph.send<RowFields>({
    method: 'PATCH',
    path: `${listPath(location)}/items/${encodePathSegment(row.id)}/fields`,
    body: fields,
    headers: { 'If-Match': row.eTag },
  });
  const eTag = String(result['@odata.etag'] ?? '');
  return { id: row.id, eTag, webUrl: row.webUrl, fields: { ...row.fields, ...result } };
}

export async function readRow(graph: RegisterGraph, location: ListLocation, id: string): Promise<RegisterRow> {
  const item = await graph.send<GraphListItem>({ method: 'GET', path: `${listPath(location)}/items/${encodePathSegment(id)}?$expand=fields` });
  return toRow(item);
}

export interface RowPage {
  readonly rows: RegisterRow[];
  readonly nextLink?: string;
}

/** One page of an organisation's rows; pass `nextLink` back for the next one. */
export async function listRowsByOrg(
  graph: RegisterGraph,
  location: ListLocation,
  org: string,
  options: { top?: number; nextLink?: string } = {},
): Promise<RowPage> {
  const path =
    options.nextLink ??
    `${listPath(location)}/items?$expand=fields&$filter=${encodeQueryValue(fieldEquals('Org', org))}&$top=${options.top ?? 50}`;
  const page = await graph.send<GraphPage<GraphListItem>>({ method: 'GET', path, headers: NON_INDEXED_PREFER });
  return { rows: page.value.map(toRow), nextLink: page['@odata.nextLink'] };
}
