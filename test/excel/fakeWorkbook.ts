/**
 * An in-memory Excel workbook behind an `Excel.RequestContext`-shaped proxy layer, for the Office.js adapter's
 * tests (STYLE.md: "assert values and sync counts").
 *
 * Hand-rolled rather than built on office-addin-mock's OfficeMockObject, because the mock applies writes
 * immediately, has no address semantics, answers an unloaded read with a sentinel string instead of
 * throwing, and cannot order reads after writes in one batch — the things these tests exist to check.
 * Here, as in Office.js (learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model):
 * - method calls, property writes and `load()` are QUEUED on the context and run in order at `sync()`;
 *   a load reads the model as of its place in the queue and the values reach the proxy after the sync;
 * - reading a property that was not loaded and synced THROWS `PropertyNotLoaded` (`items` too);
 * - `getItem` of a missing sheet, note or format makes the sync reject with `{ code: 'ItemNotFound' }`;
 *   `*OrNullObject` gives `isNullObject` after the sync; an action on a null object rejects (Office does not
 *   document it, so the adapter must not rely on it);
 * - a failing action stops the batch: earlier actions stay applied, later ones are dropped;
 * - each sync measures its request and its response as JSON bytes in UTF-8 and rejects above 5,000,000
 *   bytes with `RequestPayloadSizeLimitExceeded` / `ResponsePayloadSizeLimitExceeded`, like Excel on the
 *   web. The request is shaped like Office.js's message (office-js dist/excel.debug.js, ActionFactory):
 *   "Actions" (Instantiate for every proxy created by a method or a navigation property, SetProperty,
 *   Method, Query, with their arguments) and the "ObjectPaths" they use, so per-call overhead counts; the
 *   response holds the loaded values;
 * - `Worksheet.notes` needs ExcelApi 1.18: with `{ notes: false }` a batch that touches it fails
 *   (`ApiNotFound`), so a test proves the adapter leaves notes alone on such a host;
 * - undo (excel-add-ins-undo-capabilities): on Windows and Mac (the default) `Worksheet.visibility` cannot
 *   be undone, so in a run with `mergeUndoGroup: true` it fails with `UndoNotSupported`, and outside one it
 *   clears the undo stack (counted by `undoStackClears()`);
 * - `getUsedRangeOrNullObject(true)` is the bounding box of cells with values; `getMergedAreasOrNullObject`
 *   reports areas whose top-left lies in the range and fails above 512; `getRanges` rejects address lists
 *   over 8,000 characters; a written string starting with = + - @ becomes a FORMULA unless it starts with an
 *   apostrophe (then it is text, without it); a number-like string becomes a number unless the cell is "@".
 * Only what the adapter uses is modelled; anything else throws "fake: not modelled" rather than guessing.
 */
import type { CellGrid, SheetTag } from '../../src/domain';
import { formatArea, ownedSheetTag, SHEET_TAG_PROPERTY, sheetTagValue } from '../../src/domain';
import type { CellModel, SheetModel, SheetSeed, TextCellTraits, WorkbookModel } from './fake/model';
import { deepCopy, findSheet, seedWorkbook, UNKIND_TEXT_CELLS } from './fake/model';
import type { HostTraits, SyncRecord } from './fake/session';
import { Session } from './fake/session';
import { FakeRequestContext } from './fake/sheetProxies';

export type { CellModel, ConditionalFormatModel, SheetModel, SheetSeed, WorkbookModel } from './fake/model';
export type { SyncRecord } from './fake/session';
export { FakeOfficeError } from './fake/errors';
export { PAYLOAD_LIMIT } from './fake/session';

/** The custom properties of a sheet the add-in wrote as `tag` under `name`, with `firstCell` in A1. */
export function taggedAs(tag: SheetTag, name: string, firstCell: string): Record<string, string> {
  return { [SHEET_TAG_PROPERTY]: sheetTagValue(tag, name, firstCell) };
}

/** The add-in's tag of a sheet in the fake, if the sheet is still the add-in's (name and A1 as tagged). */
export function tagOf(sheet: SheetModel): SheetTag | undefined {
  return ownedSheetTag(sheet.customProperties[SHEET_TAG_PROPERTY], sheet.name, sheet.cells['A1']?.value);
}

/** Both undocumented behaviours of cells formatted "@", each way: a writer must be right on all four. */
export const TEXT_CELL_HOSTS: TextCellTraits[] = (['hidden', 'kept'] as const).flatMap((quotePrefix) =>
  (['evaluated', 'text'] as const).map((formulas) => ({ quotePrefix, formulas })),
);

/** A formula made of string constants (and CHAR) only: the one kind the add-in writes, to keep text text. */
export const STRING_CONSTANT_FORMULA =
  /^=(?:"(?:[^"]|"")*"|CHAR\(\d+\))(?:&(?:"(?:[^"]|"")*"|CHAR\(\d+\)))*$/su;

/** Fails unless the cell shows exactly `text`, from a plain value or a string-constant formula. */
export function expectLiteral(cell: CellModel | undefined, text: string): void {
  expect({ value: cell?.value, quotePrefix: cell?.quotePrefix }).toEqual({
    value: text,
    quotePrefix: undefined,
  });
  if (cell?.formula !== undefined) expect(cell.formula).toMatch(STRING_CONSTANT_FORMULA);
}

export interface FakeWorkbook {
  /** The model; tests may read and change it between runs (not during one). */
  model: WorkbookModel;
  /** A fresh request context on the workbook, as `Excel.run` gives one per run. */
  newContext(run?: RunOptions): Excel.RequestContext;
  /** The first context (most tests need one). */
  context: Excel.RequestContext;
  /** Every sync so far, across contexts. */
  syncs: SyncRecord[];
  syncCount(): number;
  /** Queued actions not yet synced, across contexts (an adapter function should leave none). */
  pending(): number;
  /** Calls that cleared the officer's undo stack (not undoable on this platform, made outside a group). */
  undoStackClears(): number;
  sheet(name: string): SheetModel;
  /** A deep copy of a sheet's model, for before/after comparisons. */
  snapshot(name: string): SheetModel;
  /** The host's traits, which a test may change between batches. */
  host: HostTraits;
  /**
   * The officer closes the file and opens it again: temporary sheet views end ("removed when closing the
   * application", NamedSheetViewCollection.enterTemporary); what is saved in the file stays.
   */
  closeFile(): void;
  /** A stand-in for the `Excel` global: `run(work)` and `run(options, work)`, each with a fresh context; `runs` records the options. */
  excel: {
    run: (...args: unknown[]) => Promise<unknown>;
    runs: RunOptions[];
    /** `Excel.createWorkbook` (ExcelApi 1.8), absent when the host lacks it; `created` keeps the base64 given. */
    createWorkbook?: (base64?: string) => Promise<void>;
    created: string[];
  };
}

/** The `Excel.RunOptions` the fake models. */
export interface RunOptions {
  mergeUndoGroup?: boolean;
  delayForCellEdit?: boolean;
}

export interface FakeWorkbookOptions {
  /** The active sheet (the first by default). */
  active?: string;
  /** Whether the host has ExcelApi 1.18 (notes); without it, touching `Worksheet.notes` fails the sync. */
  notes?: boolean;
  /** Windows (the default, as Mac) cannot undo Worksheet.visibility; the web can. */
  platform?: 'windows' | 'web';
  /** The list separator of `getRanges` (regional settings on desktop): "," by default. */
  listSeparator?: ',' | ';';
  /** Named sheet views (ExcelApiOnline 1.1): Excel on the web has them. */
  sheetViews?: boolean;
  /** How cells formatted "@" take an apostrophe or a formula: the unkind side of both by default. */
  textCells?: TextCellTraits;
  /** Whether `Excel.createWorkbook` exists (ExcelApi 1.8): true by default. */
  createWorkbook?: boolean;
}

export function fakeWorkbook(sheets: readonly SheetSeed[], options: FakeWorkbookOptions = {}): FakeWorkbook {
  const model = seedWorkbook(sheets, options.active);
  const syncs: SyncRecord[] = [];
  const sessions: Session[] = [];
  const host: HostTraits = {
    notes: options.notes ?? true,
    platform: options.platform ?? 'windows',
    undo: { clears: 0 },
    listSeparator: options.listSeparator ?? ',',
    sheetViews: options.sheetViews ?? false,
    textCells: options.textCells ?? UNKIND_TEXT_CELLS,
  };
  const newContext = (run: RunOptions = {}) => {
    const session = new Session(
      model,
      syncs,
      host,
      run.mergeUndoGroup === true,
      run.delayForCellEdit === true,
    );
    sessions.push(session);
    return new FakeRequestContext(session) as unknown as Excel.RequestContext;
  };
  const runs: RunOptions[] = [];
  const run = async (...args: unknown[]) => {
    const work = args[args.length - 1] as (context: Excel.RequestContext) => Promise<unknown>;
    const options = args.length > 1 ? (args[0] as RunOptions) : {};
    runs.push(options);
    // What is still queued when the batch function ends stays visible through pending(), rather than the
    // fake guessing whether Excel.run would send it: an adapter function must end with its own sync.
    return work(newContext(options));
  };
  const sheet = (name: string) => {
    const found = findSheet(model, name);
    if (!found) throw new Error(`fake: no sheet ${name}`);
    return found;
  };
  return {
    model,
    newContext,
    context: newContext(),
    syncs,
    syncCount: () => syncs.length,
    pending: () => sessions.reduce((sum, session) => sum + session.pending(), 0),
    undoStackClears: () => host.undo.clears,
    sheet,
    snapshot: (name) => deepCopy(sheet(name)),
    host,
    closeFile: () => model.sheets.forEach((each) => delete each.sheetView),
    excel: { run, runs, ...createWorkbook(options.createWorkbook ?? true) },
  };
}

/** `Excel.createWorkbook`: opens a new workbook in another window; the fake only records what it was given. */
function createWorkbook(supported: boolean): Pick<FakeWorkbook['excel'], 'createWorkbook' | 'created'> {
  const created: string[] = [];
  if (!supported) return { created };
  return {
    created,
    createWorkbook: async (base64?: string) => {
      await Promise.resolve();
      created.push(base64 ?? '');
    },
  };
}

/** A seed holding a CellGrid as Excel would: values and display texts at the grid's place, its merges. */
export function seedFromGrid(grid: CellGrid, extra: Omit<SheetSeed, 'name' | 'rows'> = {}): SheetSeed {
  return {
    name: grid.sheetName,
    rows: grid.values,
    texts: grid.texts,
    top: grid.top,
    left: grid.left,
    merges: grid.merges.map(formatArea),
    ...extra,
  };
}
