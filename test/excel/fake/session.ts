import { FakeOfficeError } from './errors';
import type { TextCellTraits, WorkbookModel } from './model';

/** Excel on the web rejects a request or a response above 5 MB (resource-limits-and-performance-optimization). */
export const PAYLOAD_LIMIT = 5_000_000;

/** What the fake host can do, shared by its contexts. */
export interface HostTraits {
  /** ExcelApi 1.18 (notes). */
  notes: boolean;
  /** Where undo support differs: Windows and Mac cannot undo Worksheet.visibility, the web can. */
  platform: 'windows' | 'web';
  /** How often a call cleared the undo stack. */
  undo: { clears: number };
  /** The list separator `getRanges` takes: "," (en-US, the web), ";" on desktops with such a locale. */
  listSeparator?: ',' | ';';
  /**
   * The longest address list `getRanges` takes: about 8,000 characters in reports (office-js#5198; no
   * documented limit), lower in a test that needs a write to fail with InvalidArgument after the probe.
   */
  addressListLimit?: number;
  /**
   * While set, the officer is typing in a cell until the promise settles. A batch run without
   * `delayForCellEdit` fails with InvalidOperationInCellEditMode (the error table of
   * application-specific-api-error-handling; the how-to page says InvalidOperation); with it, the batch
   * waits for the edit to end (Excel.RunOptions).
   */
  cellEdit?: Promise<void>;
  /** Named sheet views (ExcelApiOnline 1.1, Excel on the web). */
  sheetViews?: boolean;
  /** How cells formatted "@" take an apostrophe or a formula (undocumented: both ways are modelled). */
  textCells?: TextCellTraits;
}

/** One `context.sync()`: what was sent and received, in JSON bytes (UTF-8), and how it ended. */
export interface SyncRecord {
  actions: number;
  requestBytes: number;
  responseBytes: number;
  error?: string;
}

interface Delivery {
  data: unknown;
  apply(): void;
}

/** What a request needs to know of a proxy: its path, and its parent's. */
export interface PathNode {
  readonly objectPath: ObjectPath;
  readonly parentObject: PathNode | undefined;
}

/** An action as Office.js sends it ("Actions" of the request message), and the object it acts on. */
export interface Action {
  owner: PathNode;
  request: {
    Id: number;
    ActionType: number;
    Name: string;
    ObjectPathId: number;
    ArgumentInfo?: unknown;
    QueryInfo?: unknown;
  };
  run(): Delivery | undefined;
}

/** An object path as Office.js sends it ("ObjectPaths"): how the host finds the object. */
export interface ObjectPath {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: { Arguments: unknown[] };
}

export const ACTION = { instantiate: 1, query: 2, method: 3, setProperty: 4 } as const;
export const PATH = { global: 1, method: 3, property: 4, indexer: 5 } as const;

/** How a proxy was reached: the root, a method call, a navigation property, or an item of a collection. */
export type PathSpec =
  | { root: true }
  | { method: string; args: unknown[]; parent: PathNode }
  | { property: string; parent: PathNode }
  | { item: unknown; parent: PathNode };

/**
 * The request message, shaped like Office.js's: the actions, and the path of every object they act on
 * (with its parents), so the size counts per-action overhead as well as the values written.
 */
function message(actions: Action[]): unknown {
  const paths: Record<number, ObjectPath> = {};
  for (const action of actions) {
    for (let object: PathNode | undefined = action.owner; object; object = object.parentObject) {
      if (paths[object.objectPath.Id]) break;
      paths[object.objectPath.Id] = object.objectPath;
    }
  }
  return { Actions: actions.map((action) => action.request), ObjectPaths: paths };
}

export function jsonBytes(value: unknown): number {
  return Buffer.byteLength(JSON.stringify(value) ?? '', 'utf8');
}

/**
 * One request context's queue, over the workbook model and the sync record its contexts share. Actions run in queue order at sync; the loaded values are handed to the proxies
 * only when the whole batch succeeded. A failing action stops the batch: the actions before it stay applied
 * (Excel does not roll back a batch), the ones after it are dropped, and nothing loaded is delivered.
 */
export class Session {
  private queue: Action[] = [];
  private nextPathId = 1;

  constructor(
    readonly model: WorkbookModel,
    readonly syncs: SyncRecord[],
    readonly host: HostTraits = { notes: true, platform: 'windows', undo: { clears: 0 } },
    /** The run was started with `mergeUndoGroup: true`. */
    readonly undoGroup = false,
    /** The run was started with `delayForCellEdit: true`. */
    readonly delayForCellEdit = false,
  ) {}

  /**
   * A call Excel cannot undo on this platform (excel-add-ins-undo-capabilities: Worksheet.visibility, name
   * and position on Windows and Mac): inside an undo group it fails with UndoNotSupported; outside one it
   * clears the officer's undo stack, which the fake counts.
   */
  notUndoable(api: string): void {
    if (this.host.platform === 'web') return;
    if (this.undoGroup)
      throw new FakeOfficeError('UndoNotSupported', `${api} cannot be undone, so it cannot be grouped`);
    this.host.undo.clears++;
  }

  pathId(): number {
    return this.nextPathId++;
  }

  enqueue(action: Action): void {
    this.queue.push(action);
  }

  pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    if (this.host.cellEdit) {
      if (!this.delayForCellEdit) {
        this.queue = [];
        this.syncs.push({
          actions: 0,
          requestBytes: 0,
          responseBytes: 0,
          error: 'InvalidOperationInCellEditMode',
        });
        throw new FakeOfficeError('InvalidOperationInCellEditMode', 'The cell is being edited');
      }
      await this.host.cellEdit;
    }
    const actions = this.queue;
    this.queue = [];
    const record: SyncRecord = {
      actions: actions.length,
      requestBytes: jsonBytes(message(actions)),
      responseBytes: 0,
    };
    this.syncs.push(record);
    const fail = (error: unknown): never => {
      record.error = error instanceof FakeOfficeError ? error.code : String(error);
      throw error;
    };
    if (record.requestBytes > PAYLOAD_LIMIT) {
      fail(new FakeOfficeError('RequestPayloadSizeLimitExceeded', `Request of ${record.requestBytes} bytes`));
    }
    const deliveries: Delivery[] = [];
    for (const action of actions) {
      try {
        const delivery = action.run();
        if (delivery) deliveries.push(delivery);
      } catch (error) {
        fail(error);
      }
    }
    // The host ran the batch (writes stay applied); only the answer is lost when it is too large.
    record.responseBytes = jsonBytes(deliveries.map((delivery) => delivery.data));
    if (record.responseBytes > PAYLOAD_LIMIT) {
      fail(
        new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `Response of ${record.responseBytes} bytes`),
      );
    }
    for (const delivery of deliveries) delivery.apply();
  }
}
