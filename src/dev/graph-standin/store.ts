/**
 * The state behind the Graph stand-in: one SharePoint site with its lists,
 * list items and document library. It behaves like SharePoint where the
 * register depends on it: unique columns refuse duplicates (409), every
 * write changes the item's eTag and a stale If-Match is refused (412),
 * filters on non-indexed columns need the Prefer header, uploads replace.
 * No Node or DOM imports: it runs under msw in Node and in the browser.
 */

export type ColumnType = 'text' | 'number' | 'boolean' | 'dateTime' | 'choice';

export interface StoredColumn {
  readonly name: string;
  readonly displayName: string;
  readonly type: ColumnType;
  readonly choices?: readonly string[];
  readonly indexed: boolean;
  readonly enforceUniqueValues: boolean;
  readonly readOnly?: boolean;
}

export type FieldValue = string | number | boolean | null;

export interface StoredItem {
  readonly id: string;
  fields: Record<string, FieldValue>;
  version: number;
  readonly createdDateTime: string;
  lastModifiedDateTime: string;
}

export interface StoredList {
  readonly id: string;
  readonly name: string;
  readonly displayName: string;
  readonly template: string;
  readonly columns: StoredColumn[];
  readonly items: Map<string, StoredItem>;
  nextItemId: number;
}

export interface StoredFile {
  readonly id: string;
  readonly path: string;
  bytes: Uint8Array;
  version: number;
  lastModifiedDateTime: string;
}

export class StandinHttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'StandinHttpError';
  }
}

/** Columns every SharePoint custom list has before any are added. */
const BUILT_IN_COLUMNS: StoredColumn[] = [
  { name: 'Title', displayName: 'Title', type: 'text', indexed: false, enforceUniqueValues: false },
  { name: 'Created', displayName: 'Created', type: 'dateTime', indexed: false, enforceUniqueValues: false, readOnly: true },
  { name: 'Modified', displayName: 'Modified', type: 'dateTime', indexed: false, enforceUniqueValues: false, readOnly: true },
];

/** Everything a site holds, as plain data (structured-cloneable: a page keeps it in IndexedDB across reloads). */
export interface SiteSnapshot {
  readonly lists: (Omit<StoredList, 'items'> & { readonly items: StoredItem[] })[];
  readonly files: StoredFile[];
  readonly folders: string[];
  readonly counter: number;
}

export class SiteStore {
  readonly lists = new Map<string, StoredList>();
  readonly files = new Map<string, StoredFile>();
  readonly folders = new Set<string>();
  private counter = 0;
  private clock: () => Date;
  /** Called after every write (a page that keeps the site across reloads saves then). */
  onWrite?: () => void;

  constructor(
    readonly siteId: string,
    readonly webUrl: string,
    clock?: () => Date,
  ) {
    this.clock = clock ?? (() => new Date());
  }

  now(): string {
    return this.clock().toISOString();
  }

  snapshot(): SiteSnapshot {
    return {
      lists: [...this.lists.values()].map((list) => ({ ...list, columns: [...list.columns], items: [...list.items.values()].map((item) => ({ ...item, fields: { ...item.fields } })) })),
      files: [...this.files.values()].map((file) => ({ ...file })),
      folders: [...this.folders],
      counter: this.counter,
    };
  }

  /** Replaces the site's contents with a snapshot's. */
  restore(snapshot: SiteSnapshot): void {
    this.lists.clear();
    this.files.clear();
    this.folders.clear();
    for (const list of snapshot.lists) this.lists.set(list.id, { ...list, items: new Map(list.items.map((item) => [item.id, item])) });
    for (const file of snapshot.files) this.files.set(file.path, file);
    for (const folder of snapshot.folders) this.folders.add(folder);
    this.counter = snapshot.counter;
  }

  private written<T>(value: T): T {
    this.onWrite?.();
    return value;
  }

  newId(prefix: string): string {
    this.counter += 1;
    const hex = this.counter.toString(16).padStart(12, '0');
    return `${prefix}${'0'.repeat(Math.max(0, 8 - prefix.length))}-0000-4000-8000-${hex}`;
  }

  findList(key: string): StoredList {
    for (const list of this.lists.values()) {
      if (list.id === key || list.name === key || list.displayName === key) return list;
    }
    throw new StandinHttpError(404, 'itemNotFound', `List '${key}' does not exist at site with URL '${this.webUrl}'.`);
  }

  createList(displayName: string, template: string, columns: StoredColumn[]): StoredList {
    for (const list of this.lists.values()) {
      if (list.displayName === displayName) {
        throw new StandinHttpError(409, 'nameAlreadyExists', `A list, survey, discussion board, or document library with the specified title already exists.`);
      }
    }
    for (const column of columns) {
      if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(column.name)) {
        throw new StandinHttpError(400, 'invalidRequest', `Invalid column name '${column.name}'.`);
      }
      if (column.enforceUniqueValues && !column.indexed) {
        throw new StandinHttpError(400, 'invalidRequest', `Column '${column.name}' must be indexed to enforce unique values.`);
      }
    }
    const list: StoredList = {
      id: this.newId('1157'),
      name: displayName,
      displayName,
      template,
      columns: [...BUILT_IN_COLUMNS, ...columns],
      items: new Map(),
      nextItemId: 1,
    };
    this.lists.set(list.id, list);
    return this.written(list);
  }

  eTagOf(list: StoredList, item: StoredItem): string {
    return `"${list.id.slice(0, 8)}-${item.id},${item.version}"`;
  }

  private checkFields(list: StoredList, fields: Record<string, unknown>): Record<string, FieldValue> {
    const checked: Record<string, FieldValue> = {};
    for (const [name, value] of Object.entries(fields)) {
      if (name.startsWith('@')) continue;
      const column = list.columns.find((candidate) => candidate.name === name);
      if (!column || column.readOnly) {
        throw new StandinHttpError(400, 'invalidRequest', `Field '${name}' is not recognized`);
      }
      if (value === null) {
        checked[name] = null;
        continue;
      }
      const fail = (): never => {
        throw new StandinHttpError(400, 'invalidRequest', `Invalid value for field '${name}' of type ${column.type}`);
      };
      switch (column.type) {
        case 'text':
          if (typeof value !== 'string' || value.length > 255) fail();
          break;
        case 'number':
          if (typeof value !== 'number' || !Number.isFinite(value)) fail();
          break;
        case 'boolean':
          if (typeof value !== 'boolean') fail();
          break;
        case 'dateTime':
          if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) fail();
          break;
        case 'choice':
          if (typeof value !== 'string' || !(column.choices ?? []).includes(value)) fail();
          break;
      }
      checked[name] = value as FieldValue;
    }
    return checked;
  }

  private checkUnique(list: StoredList, fields: Record<string, FieldValue>, exceptId?: string): void {
    for (const column of list.columns) {
      if (!column.enforceUniqueValues || !(column.name in fields)) continue;
      const value = fields[column.name];
      for (const other of list.items.values()) {
        if (other.id !== exceptId && other.fields[column.name] === value) {
          throw new StandinHttpError(
            409,
            'nameAlreadyExists',
            `The list item could not be added or updated because duplicate values were found in the following field(s) in the list: [${column.name}].`,
          );
        }
      }
    }
  }

  createItem(list: StoredList, fields: Record<string, unknown>): StoredItem {
    const checked = this.checkFields(list, fields);
    this.checkUnique(list, checked);
    const now = this.now();
    const item: StoredItem = {
      id: String(list.nextItemId),
      fields: { ...checked, Created: now, Modified: now },
      version: 1,
      createdDateTime: now,
      lastModifiedDateTime: now,
    };
    list.nextItemId += 1;
    list.items.set(item.id, item);
    return this.written(item);
  }

  findItem(list: StoredList, id: string): StoredItem {
    const item = list.items.get(id);
    if (!item) throw new StandinHttpError(404, 'itemNotFound', 'The specified list item was not found');
    return item;
  }

  updateItem(list: StoredList, id: string, fields: Record<string, unknown>, ifMatch: string | null): StoredItem {
    const item = this.findItem(list, id);
    if (ifMatch !== null && ifMatch !== '*' && ifMatch !== this.eTagOf(list, item)) {
      throw new StandinHttpError(412, 'resourceModified', 'The request ETag value does not match the object\'s ETag value');
    }
    const checked = this.checkFields(list, fields);
    this.checkUnique(list, { ...item.fields, ...checked }, item.id);
    const now = this.now();
    item.fields = { ...item.fields, ...checked, Modified: now };
    item.version += 1;
    item.lastModifiedDateTime = now;
    return this.written(item);
  }

  fileWebUrl(path: string): string {
    return `${this.webUrl}/Shared%20Documents/${path.split('/').map(encodeURIComponent).join('/')}`;
  }

  putFile(path: string, bytes: Uint8Array, conflictBehavior: string): { file: StoredFile; created: boolean } {
    const existing = this.files.get(path);
    const now = this.now();
    if (existing) {
      if (conflictBehavior === 'fail') throw new StandinHttpError(409, 'nameAlreadyExists', 'The specified item name already exists.');
      existing.bytes = bytes;
      existing.version += 1;
      existing.lastModifiedDateTime = now;
      return this.written({ file: existing, created: false });
    }
    const file: StoredFile = { id: this.newId('01d0'), path, bytes, version: 1, lastModifiedDateTime: now };
    this.files.set(path, file);
    return this.written({ file, created: true });
  }

  findFile(path: string): StoredFile {
    const file = this.files.get(path);
    if (!file) throw new StandinHttpError(404, 'itemNotFound', 'The resource could not be found.');
    return file;
  }

  createFolder(path: string, conflictBehavior: string): { path: string; created: boolean } {
    if (this.hasFolder(path)) {
      if (conflictBehavior === 'fail') throw new StandinHttpError(409, 'nameAlreadyExists', 'The specified item name already exists.');
      return { path, created: false };
    }
    this.folders.add(path);
    return this.written({ path, created: true });
  }

  /** Folders exist explicitly (created) or implicitly above files. */
  hasFolder(path: string): boolean {
    const prefix = `${path}/`;
    return this.folders.has(path) || [...this.files.keys()].some((key) => key.startsWith(prefix));
  }
}
