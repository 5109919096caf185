/**
 * Graph v1.0 routes the register uses, against the site store. Each route
 * returns a plain response description; handlers.ts turns it into msw's
 * HttpResponse (and injects faults around it).
 */
import { evaluateFilter, filterProperties, FilterSyntaxError, parseFilter } from './odata-filter';
import { StandinHttpError, type SiteStore, type StoredColumn, type StoredItem, type StoredList, type ColumnType } from './store';
import type { UploadSessions } from './uploads';

export interface RouteRequest {
  readonly method: string;
  readonly url: URL;
  /** Path after the version segment, decoded (`sites/{id}/lists/…`). */
  readonly path: string;
  readonly headers: Headers;
  readonly json: () => Promise<Record<string, unknown>>;
  readonly bytes: () => Promise<Uint8Array>;
}

export interface RouteResponse {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

const PAGE_SIZE_DEFAULT = 200;
const NON_INDEXED_PREFER = 'HonorNonIndexedQueriesWarningMayFailRandomly';

function columnJson(column: StoredColumn): Record<string, unknown> {
  const facet: Record<ColumnType, unknown> = {
    text: { allowMultipleLines: false, maxLength: 255 },
    number: { decimalPlaces: 'automatic' },
    boolean: {},
    dateTime: { format: 'dateTime' },
    choice: { choices: column.choices ?? [], displayAs: 'dropDownMenu', allowTextEntry: false },
  };
  return {
    id: `col-${column.name}`,
    name: column.name,
    displayName: column.displayName,
    indexed: column.indexed,
    enforceUniqueValues: column.enforceUniqueValues,
    readOnly: column.readOnly ?? false,
    [column.type]: facet[column.type],
  };
}

function columnFromJson(input: Record<string, unknown>): StoredColumn {
  const types: ColumnType[] = ['text', 'number', 'boolean', 'dateTime', 'choice'];
  const type = types.find((candidate) => candidate in input);
  const name = input.name;
  if (!type || typeof name !== 'string') throw new StandinHttpError(400, 'invalidRequest', 'A column needs a name and a type facet.');
  const choiceFacet = input.choice as { choices?: unknown } | undefined;
  const choices = Array.isArray(choiceFacet?.choices) ? choiceFacet.choices.map(String) : undefined;
  return {
    name,
    displayName: typeof input.displayName === 'string' ? input.displayName : name,
    type,
    choices,
    indexed: input.indexed === true,
    enforceUniqueValues: input.enforceUniqueValues === true,
  };
}

function listJson(store: SiteStore, list: StoredList): Record<string, unknown> {
  return {
    id: list.id,
    name: list.name,
    displayName: list.displayName,
    webUrl: `${store.webUrl}/Lists/${encodeURIComponent(list.name)}`,
    list: { template: list.template, hidden: false, contentTypesEnabled: false },
  };
}

function itemJson(store: SiteStore, list: StoredList, item: StoredItem, expandFields: boolean, select?: string[]): Record<string, unknown> {
  const eTag = store.eTagOf(list, item);
  const json: Record<string, unknown> = {
    '@odata.etag': eTag,
    eTag,
    id: item.id,
    createdDateTime: item.createdDateTime,
    lastModifiedDateTime: item.lastModifiedDateTime,
    webUrl: `${store.webUrl}/Lists/${encodeURIComponent(list.name)}/DispForm.aspx?ID=${item.id}`,
  };
  if (expandFields) json.fields = fieldsJson(store, list, item, select);
  return json;
}

function fieldsJson(store: SiteStore, list: StoredList, item: StoredItem, select?: string[]): Record<string, unknown> {
  const fields: Record<string, unknown> = { '@odata.etag': store.eTagOf(list, item), id: item.id };
  for (const [name, value] of Object.entries(item.fields)) {
    if (!select || select.includes(name)) fields[name] = value;
  }
  return fields;
}

/** `fields` or `fields($select=A,B)` → which fields to return. */
function parseExpand(expand: string | null): { expand: boolean; select?: string[] } {
  if (!expand) return { expand: false };
  const match = /^fields(?:\(\$select=([^)]*)\))?$/.exec(expand.trim());
  if (!match) throw new StandinHttpError(400, 'invalidRequest', `Unsupported $expand '${expand}'`);
  return { expand: true, select: match[1] ? match[1].split(',').map((name) => name.trim()) : undefined };
}

export function driveItemJson(store: SiteStore, path: string): Record<string, unknown> {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const file = store.files.get(path);
  if (file) {
    return {
      id: file.id,
      name,
      eTag: `"{${file.id}},${file.version}"`,
      size: file.bytes.length,
      webUrl: store.fileWebUrl(path),
      lastModifiedDateTime: file.lastModifiedDateTime,
      file: { mimeType: name.endsWith('.pdf') ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
      parentReference: { path: `/drive/root:/${path.slice(0, path.lastIndexOf('/'))}` },
    };
  }
  if (store.hasFolder(path)) {
    return { id: `folder-${path}`, name, webUrl: store.fileWebUrl(path), folder: { childCount: 0 } };
  }
  throw new StandinHttpError(404, 'itemNotFound', 'The resource could not be found.');
}

function listItemsPage(store: SiteStore, list: StoredList, request: RouteRequest): RouteResponse {
  const query = request.url.searchParams;
  const filterText = query.get('$filter');
  let items = [...list.items.values()];
  if (filterText) {
    let tree;
    try {
      tree = parseFilter(filterText);
    } catch (error: unknown) {
      if (error instanceof FilterSyntaxError) throw new StandinHttpError(400, 'invalidRequest', `Invalid filter clause: ${error.message}`);
      throw error;
    }
    const prefer = request.headers.get('Prefer') ?? '';
    for (const property of filterProperties(tree)) {
      const name = property.startsWith('fields/') ? property.slice('fields/'.length) : property;
      const column = list.columns.find((candidate) => candidate.name === name);
      if (!column) throw new StandinHttpError(400, 'invalidRequest', `Field '${name}' is not recognized`);
      if (!column.indexed && !prefer.includes(NON_INDEXED_PREFER)) {
        throw new StandinHttpError(
          400,
          'invalidRequest',
          `Field '${name}' cannot be referenced in filter or orderby as it is not indexed. Provide the 'Prefer: ${NON_INDEXED_PREFER}' header to allow this, but be warned that such queries may fail on large lists.`,
        );
      }
    }
    items = items.filter((item) =>
      evaluateFilter(tree, (path) => {
        if (path === 'id') return item.id;
        if (!path.startsWith('fields/')) return undefined;
        const value = item.fields[path.slice('fields/'.length)];
        return value === undefined ? null : value;
      }),
    );
  }
  const top = Math.max(1, Math.min(Number(query.get('$top') ?? PAGE_SIZE_DEFAULT) || PAGE_SIZE_DEFAULT, 5000));
  const skip = Number(query.get('$skiptoken')?.replace(/^Paged=TRUE&p_ID=/, '') ?? '0') || 0;
  const page = items.slice(skip, skip + top);
  const { expand, select } = parseExpand(query.get('$expand'));
  const body: Record<string, unknown> = { value: page.map((item) => itemJson(store, list, item, expand, select)) };
  if (skip + top < items.length) {
    const next = new URL(request.url.toString());
    next.searchParams.set('$skiptoken', String(skip + top));
    body['@odata.nextLink'] = next.toString();
  }
  return { status: 200, body };
}

export async function routeGraph(store: SiteStore, uploads: UploadSessions, request: RouteRequest): Promise<RouteResponse> {
  const sitePrefix = `sites/${store.siteId}`;
  if (request.path !== sitePrefix && !request.path.startsWith(`${sitePrefix}/`)) {
    throw new StandinHttpError(404, 'itemNotFound', 'Requested site could not be found');
  }
  const rest = request.path.slice(sitePrefix.length).replace(/^\//, '');
  const method = request.method;

  if (rest === '' && method === 'GET') {
    return { status: 200, body: { id: store.siteId, webUrl: store.webUrl, displayName: '党委组织部' } };
  }

  const drive = /^drive\/root(?::\/(.+?))?(?::\/(content|createUploadSession|children)|\/children)?:?$/.exec(rest);
  if (drive) {
    const path = drive[1] ?? '';
    const action = drive[2] ?? (rest.endsWith('/children') ? 'children' : undefined);
    if (action === 'content' && method === 'PUT') {
      const behavior = request.url.searchParams.get('@microsoft.graph.conflictBehavior') ?? 'replace';
      const { created } = store.putFile(path, await request.bytes(), behavior);
      return { status: created ? 201 : 200, body: driveItemJson(store, path) };
    }
    if (action === 'createUploadSession' && method === 'POST') {
      const body = await request.json();
      const item = (body.item ?? {}) as Record<string, unknown>;
      const behavior = String(item['@microsoft.graph.conflictBehavior'] ?? 'replace');
      return { status: 200, body: uploads.create(path, behavior) };
    }
    if (action === 'children' && method === 'POST') {
      const body = await request.json();
      const name = String(body.name ?? '');
      if (!name || !('folder' in body)) throw new StandinHttpError(400, 'invalidRequest', 'Only folders can be created here.');
      const folderPath = path ? `${path}/${name}` : name;
      const behavior = String(body['@microsoft.graph.conflictBehavior'] ?? 'fail');
      const { created } = store.createFolder(folderPath, behavior);
      return { status: created ? 201 : 200, body: driveItemJson(store, folderPath) };
    }
    if (action === undefined && method === 'GET' && path) {
      return { status: 200, body: driveItemJson(store, path) };
    }
  }

  if (rest === 'lists' && method === 'GET') {
    return { status: 200, body: { value: [...store.lists.values()].map((list) => listJson(store, list)) } };
  }
  if (rest === 'lists' && method === 'POST') {
    const body = await request.json();
    const displayName = body.displayName;
    if (typeof displayName !== 'string' || !displayName) throw new StandinHttpError(400, 'invalidRequest', 'displayName is required');
    const template = String(((body.list ?? {}) as Record<string, unknown>).template ?? 'genericList');
    const columns = Array.isArray(body.columns) ? body.columns.map((column) => columnFromJson(column as Record<string, unknown>)) : [];
    const list = store.createList(displayName, template, columns);
    return { status: 201, body: listJson(store, list) };
  }

  const listRoute = /^lists\/([^/]+)(?:\/(columns|items)(?:\/([^/]+)(?:\/(fields))?)?)?$/.exec(rest);
  if (listRoute) {
    const list = store.findList(listRoute[1]);
    const [, , collection, itemId, fieldsSegment] = listRoute;
    if (!collection && method === 'GET') return { status: 200, body: listJson(store, list) };
    if (collection === 'columns' && !itemId && method === 'GET') {
      return { status: 200, body: { value: list.columns.map(columnJson) } };
    }
    if (collection === 'items' && !itemId && method === 'GET') return listItemsPage(store, list, request);
    if (collection === 'items' && !itemId && method === 'POST') {
      const body = await request.json();
      const fields = (body.fields ?? {}) as Record<string, unknown>;
      const item = store.createItem(list, fields);
      return { status: 201, body: itemJson(store, list, item, true) };
    }
    if (collection === 'items' && itemId && !fieldsSegment && method === 'GET') {
      const { expand, select } = parseExpand(request.url.searchParams.get('$expand'));
      return { status: 200, body: itemJson(store, list, store.findItem(list, itemId), expand, select) };
    }
    if (collection === 'items' && itemId && fieldsSegment && method === 'PATCH') {
      const item = store.updateItem(list, itemId, await request.json(), request.headers.get('If-Match'));
      return { status: 200, body: fieldsJson(store, list, item) };
    }
  }
  throw new StandinHttpError(400, 'invalidRequest', `Unsupported request: ${method} ${request.path}`);
}
