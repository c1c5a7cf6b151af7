import { FakeOfficeError, notLoaded } from './errors';
import type { Action, ObjectPath, PathNode, PathSpec, Session } from './session';
import { ACTION, PATH } from './session';

export type { PathSpec, Session } from './session';

type Resolved<T> = { done: false } | { done: true; target: T | null };

/** The scalar properties a proxy can load, each read from the model as of its place in the queue. */
export type PropertyReaders<T> = Record<string, (target: T) => unknown>;

/**
 * A proxy object. Created by a method (`getItem`, `getRange`…), it queues its own instantiation so a bad
 * argument or a missing item fails the sync in order, like Office.js; navigation properties (`format`,
 * `notes`) resolve when first used. It stays bound to the model object it resolved to.
 */
export abstract class FakeClientObject<T> implements PathNode {
  private resolved: Resolved<T> = { done: false };
  private readonly loaded = new Map<string, unknown>();
  private nullKnown = false;
  /** Not Office.js API: the fake's record of how the host reaches this object. */
  readonly objectPath: ObjectPath;
  readonly parentObject: PathNode | undefined;

  constructor(
    protected readonly session: Session,
    private readonly resolver: () => T | null,
    path: PathSpec,
  ) {
    const Id = session.pathId();
    if ('root' in path) {
      this.objectPath = { Id, ObjectPathType: PATH.global, Name: '' };
    } else {
      this.parentObject = path.parent;
      const ParentObjectPathId = path.parent.objectPath.Id;
      this.objectPath =
        'method' in path
          ? {
              Id,
              ObjectPathType: PATH.method,
              Name: path.method,
              ParentObjectPathId,
              ArgumentInfo: { Arguments: path.args },
            }
          : 'property' in path
            ? { Id, ObjectPathType: PATH.property, Name: path.property, ParentObjectPathId }
            : {
                Id,
                ObjectPathType: PATH.indexer,
                Name: '',
                ParentObjectPathId,
                ArgumentInfo: { Arguments: [path.item] },
              };
    }
    // Office.js queues an Instantiate action for every object it creates outside result processing, by a
    // method or a navigation property (ClientObject's constructor in office-js dist/excel.debug.js).
    if ('method' in path || 'property' in path) {
      this.enqueue(ACTION.instantiate, '', undefined, () => {
        this.resolve();
        return { data: { ActionId: Id }, apply: () => (this.nullKnown = true) };
      });
    }
  }

  private enqueue(
    type: number,
    name: string,
    info: Partial<Action['request']> | undefined,
    run: Action['run'],
  ): void {
    const request = {
      Id: this.session.pathId(),
      ActionType: type,
      Name: name,
      ObjectPathId: this.objectPath.Id,
      ...info,
    };
    this.session.enqueue({ owner: this, request, run });
  }

  protected abstract readonly properties: PropertyReaders<T>;

  private readonly navigation = new Map<string, unknown>();

  /** A navigation property's object, created (and instantiated) when first used, then the same each time. */
  protected nav<P>(name: string, make: (path: PathSpec) => P): P {
    if (!this.navigation.has(name)) this.navigation.set(name, make({ property: name, parent: this }));
    return this.navigation.get(name) as P;
  }

  get isNullObject(): boolean {
    if (!this.nullKnown) throw notLoaded('isNullObject');
    return this.resolve() === null;
  }

  /** Resolves the proxy (once); null for an *OrNullObject that found nothing. */
  protected resolve(): T | null {
    if (!this.resolved.done) this.resolved = { done: true, target: this.resolver() };
    return this.resolved.target;
  }

  /** The model object, for an action; an action on a null object fails the sync. */
  target(): T {
    const target = this.resolve();
    if (target === null) {
      throw new FakeOfficeError(
        'InvalidObjectPath',
        `fake: an action on a null object (${this.constructor.name})`,
      );
    }
    return this.check(target);
  }

  /** Subclasses refuse a target that no longer exists (a deleted format or note). */
  protected check(target: T): T {
    return target;
  }

  load(spec?: string | string[] | { select?: string }): this {
    const names = propertyNames(spec);
    this.enqueue(ACTION.query, '', { QueryInfo: { Select: names } }, () => {
      const target = this.resolve();
      if (target === null) return { data: null, apply: () => (this.nullKnown = true) };
      const { wire, value } = this.fetch(this.check(target), names);
      return { data: { ActionId: this.objectPath.Id, Value: wire }, apply: () => this.store(value) };
    });
    return this;
  }

  /** Reads the loaded names from the model now (in queue order): what travels, and what the proxy keeps. */
  protected fetch(target: T, names: string[]): { wire: unknown; value: unknown } {
    const wanted = names.length > 0 ? names : Object.keys(this.properties);
    const data: Record<string, unknown> = {};
    for (const name of wanted) {
      const reader = this.properties[name];
      if (!reader)
        throw new FakeOfficeError(
          'InvalidArgument',
          `fake: cannot load '${name}' on ${this.constructor.name}`,
        );
      data[name] = reader(target);
    }
    return { wire: data, value: data };
  }

  protected store(data: unknown): void {
    this.nullKnown = true;
    for (const [name, value] of Object.entries(data as Record<string, unknown>)) this.loaded.set(name, value);
  }

  /** A loaded property; throws like Office.js when it was not loaded and synced. */
  protected read<V>(name: string): V {
    if (!this.loaded.has(name)) throw notLoaded(name);
    return this.loaded.get(name) as V;
  }

  protected queueSet(name: string, value: unknown, apply: (target: T) => unknown): void {
    this.enqueue(ACTION.setProperty, name, { ArgumentInfo: { Arguments: [value] } }, () => {
      apply(this.target());
      return undefined;
    });
  }

  protected queueCall(name: string, args: unknown[], apply: (target: T) => unknown): void {
    this.enqueue(ACTION.method, name, { ArgumentInfo: { Arguments: args } }, () => {
      apply(this.target());
      return undefined;
    });
  }

  /** Fills a proxy a collection load returned for one of its items (not an Office.js method). */
  receiveLoaded(data: unknown): this {
    this.store(data);
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** "items/name,items/visibility" | ['values', 'text'] | { select } → property names (without "items/"). */
function propertyNames(spec: string | string[] | { select?: string } | undefined): string[] {
  const raw =
    spec === undefined
      ? []
      : typeof spec === 'string'
        ? [spec]
        : Array.isArray(spec)
          ? spec
          : [spec.select ?? ''];
  return raw
    .flatMap((part) => part.split(','))
    .map((name) => name.trim().replace(/^items\//, ''))
    .filter((name) => name !== '' && name !== 'items');
}

/**
 * A collection proxy: `load` returns its items, each a proxy bound to the model object with the loaded
 * properties. `items` throws until loaded and synced.
 */
export abstract class FakeCollection<
  T,
  Item,
  ItemProxy extends { receiveLoaded(data: unknown): ItemProxy },
> extends FakeClientObject<T> {
  private itemProxies: ItemProxy[] | undefined;
  protected readonly properties: PropertyReaders<T> = {};

  protected abstract itemsOf(target: T): Item[];
  protected abstract itemProperties(): PropertyReaders<Item>;
  protected abstract proxyFor(item: Item): ItemProxy;

  get items(): ItemProxy[] {
    if (!this.itemProxies) throw notLoaded('items');
    return this.itemProxies;
  }

  protected override fetch(target: T, names: string[]): { wire: unknown; value: unknown } {
    const readers = this.itemProperties();
    const wanted = names.length > 0 ? names : Object.keys(readers);
    const items = this.itemsOf(target).map((item) => {
      const data: Record<string, unknown> = {};
      for (const name of wanted) {
        const reader = readers[name];
        if (!reader)
          throw new FakeOfficeError(
            'InvalidArgument',
            `fake: cannot load '${name}' on ${this.constructor.name}`,
          );
        data[name] = reader(item);
      }
      return { item, data };
    });
    return { wire: { items: items.map(({ data }) => data) }, value: items };
  }

  protected override store(fetched: unknown): void {
    super.store({});
    const list = fetched as Array<{ item: Item; data: unknown }>;
    this.itemProxies = list.map(({ item, data }) => this.proxyFor(item).receiveLoaded(data));
  }
}
