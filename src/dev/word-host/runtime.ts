/**
 * The proxy rules of Office.js, enforced: `load()` only queues, values
 * arrive on `context.sync()`, reading a property that was not loaded (or
 * not yet synced) throws Word's PropertyNotLoaded error, writes and method
 * calls are queued and carried out in order on `sync()`, and every
 * `sync()` is counted. Code that passes here has no read-before-sync bug
 * and no hidden round trip.
 */
import { zh } from '../../i18n';

export class OfficeLikeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string };

  constructor(code: string, message: string) {
    super(message);
    this.name = 'RichApi.Error';
    this.code = code;
    this.debugInfo = { code, message };
  }
}

export function propertyNotLoaded(property: string): OfficeLikeError {
  return new OfficeLikeError(
    'PropertyNotLoaded',
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function notEmulated(what: string): OfficeLikeError {
  return new OfficeLikeError('NotEmulated', `${zh.word.errors.notEmulated}: ${what}`);
}

export function invalidArgument(what: string): OfficeLikeError {
  return new OfficeLikeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (${what})`);
}

export function itemNotFound(what: string): OfficeLikeError {
  return new OfficeLikeError('ItemNotFound', `The requested resource doesn't exist. (${what})`);
}

/** One request context's queue. */
export class Batch {
  private queue: (() => void)[] = [];
  syncs = 0;

  constructor(private readonly onSync: () => void) {}

  enqueue(action: () => void): void {
    this.queue.push(action);
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  /** Carries out everything queued, in order. The first failure rejects the sync, as Office.js does. */
  sync(): Promise<void> {
    this.syncs += 1;
    this.onSync();
    const actions = this.queue;
    this.queue = [];
    try {
      for (const action of actions) action();
    } catch (error) {
      return Promise.reject(error);
    }
    return Promise.resolve();
  }
}

/** `OfficeExtension.ClientResult`: `value` throws until the sync that fills it. */
export class HostClientResult<T> {
  private filled = false;
  private stored: T | undefined;

  set(value: T): void {
    this.stored = value;
    this.filled = true;
  }

  get value(): T {
    if (!this.filled) throw propertyNotLoaded('value');
    return this.stored as T;
  }
}

type LoadArgument = string | string[] | { select?: string | string[]; expand?: string | string[] } | undefined;

/** `"text, font/name"`, `["text"]`, `{select: "text"}` → `["text", "font/name"]`. Empty means "all scalar properties". */
export function loadPaths(argument: LoadArgument): string[] {
  if (argument === undefined) return [];
  if (typeof argument === 'string') return argument.split(',').map((part) => part.trim()).filter(Boolean);
  if (Array.isArray(argument)) return argument.flatMap((part) => loadPaths(part));
  return [...loadPaths(argument.select), ...loadPaths(argument.expand)];
}

/**
 * Base of every proxy. `target()` is what the proxy stands for, resolved in
 * queue order; `readValue` says how to read a scalar from it; `child`
 * returns navigation properties (`font`, `paragraphs`).
 */
export abstract class HostObject<T> {
  private readonly values = new Map<string, unknown>();
  private resolved: T | undefined;
  private hasTarget = false;
  private isNull = false;

  protected constructor(
    protected readonly batch: Batch,
    private readonly derive?: () => T,
  ) {}

  /** Scalar properties `load()` with no argument loads. */
  protected abstract readonly scalarNames: readonly string[];
  protected abstract readValue(name: string, target: T): unknown;
  protected child(_name: string): HostObject<unknown> | undefined {
    return undefined;
  }

  /** Binds the proxy to what it stands for (called by the queued action that creates it). */
  bind(target: T): void {
    this.resolved = target;
    this.hasTarget = true;
  }

  /** For `…OrNullObject` methods that found nothing. */
  markNull(): void {
    this.isNull = true;
  }

  /** Known after the sync that ran the method returning this object. */
  get isNullObject(): boolean {
    if (this.isNull) return true;
    if (this.hasTarget || this.derive) return false;
    throw propertyNotLoaded('isNullObject');
  }

  target(): T {
    if (this.isNull) throw itemNotFound('the object is a null object');
    if (this.hasTarget) return this.resolved as T;
    if (this.derive) return this.derive();
    throw new OfficeLikeError('GeneralException', 'The object was used before the request that creates it ran.');
  }

  load(argument?: LoadArgument): this {
    const paths = loadPaths(argument);
    this.batch.enqueue(() => this.fill(paths));
    return this;
  }

  /** Runs at sync time: snapshots the requested values. */
  fill(paths: readonly string[]): void {
    if (this.isNull) return;
    const target = this.target();
    const names = paths.length === 0 ? this.scalarNames : paths;
    for (const path of names) {
      const slash = path.indexOf('/');
      if (slash >= 0) {
        const nested = this.child(path.slice(0, slash));
        if (!nested) throw invalidArgument(`load path ${path}`);
        nested.fill([path.slice(slash + 1)]);
        continue;
      }
      const nested = this.child(path);
      if (nested) {
        nested.fill([]);
        continue;
      }
      if (!this.scalarNames.includes(path)) throw invalidArgument(`unknown property ${path}`);
      this.values.set(path, this.readValue(path, target));
    }
  }

  protected loaded<V>(name: string): V {
    if (this.isNull) return null as V;
    if (!this.values.has(name)) throw propertyNotLoaded(name);
    return this.values.get(name) as V;
  }

  /** Queues a property write; it takes effect on the next sync. */
  protected write(action: (target: T) => void): void {
    this.batch.enqueue(() => action(this.target()));
  }

  track(): this {
    return this;
  }

  untrack(): this {
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.values);
  }
}

/** A collection proxy: `items` throws until loaded. */
export abstract class HostCollection<T, P extends HostObject<T>> extends HostObject<T[]> {
  private loadedItems: P[] | undefined;
  protected readonly scalarNames: readonly string[] = [];

  protected abstract makeItem(target: T): P;

  protected readValue(): unknown {
    return undefined;
  }

  override fill(paths: readonly string[]): void {
    if (this.isNullObject) return;
    const itemPaths = paths.map((path) => (path.startsWith('items/') ? path.slice(6) : path)).filter((path) => path !== 'items');
    this.loadedItems = this.target().map((target) => {
      const item = this.makeItem(target);
      item.bind(target);
      item.fill(itemPaths);
      return item;
    });
  }

  get items(): P[] {
    if (!this.loadedItems) throw propertyNotLoaded('items');
    return this.loadedItems;
  }

  /** A proxy for the first item, resolved when the queue reaches it. */
  protected firstProxy(orNull: boolean, make: (target: T | undefined) => P): P {
    const proxy = make(undefined);
    this.batch.enqueue(() => {
      const first = this.target()[0];
      if (first === undefined && !orNull) throw itemNotFound('collection is empty');
      if (first !== undefined) proxy.bind(first);
      else proxy.markNull();
    });
    return proxy;
  }
}
