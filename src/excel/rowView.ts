import type { HostCapabilities, RestoreOutcome, RowView, RowViewOutcome } from '../domain';
import { fingerprint } from '../domain';

/**
 * "Lọc theo cơ quan" in place: the appendix sheet shows only an agency's rows, by Excel's own row hiding —
 * no value changes, and the officer's AutoFilter is left as it is. What was hidden before is kept in the
 * workbook's add-in settings (Excel.SettingCollection, ExcelApi 1.4: stored in the file, private to this
 * add-in) under one key per sheet, so "Bỏ lọc" puts back exactly those rows even after the task pane was
 * closed. Switching from one agency to another keeps the first record: it is the officer's own state.
 * Where the host has named sheet views (Excel on the web), the rows are hidden in a temporary view, so
 * colleagues working in the same workbook are not disturbed; elsewhere the view is shared, and the pane
 * says so (RowViewOutcome.shared).
 */
const RECORDS_KEY = 'MaTranNhiemVu.rowViews';

interface SavedRows {
  /** Worksheet.id: stays when the officer renames the sheet. */
  sheetId: string;
  /** The sheet's name when filtered (what the pane still calls it after a rename). */
  sheetName: string;
  firstRow: number;
  lastRow: number;
  /** Rows hidden before the first filter, as [from, to] runs. */
  hidden: Array<[number, number]>;
  /** The filter was made in a temporary sheet view, to be left again. */
  sheetView: boolean;
  /** Fingerprint of the first column's texts over the rows: rows inserted or deleted since change it. */
  rowsPrint: string;
}

/** Every filter in force, by sheet id, in one setting (Excel.SettingCollection, ExcelApi 1.4). */
type SavedViews = Record<string, SavedRows>;

function recordsOf(setting: Excel.Setting): SavedViews {
  return setting.isNullObject ? {} : (JSON.parse(String(setting.value)) as SavedViews);
}

function saveRecords(context: Excel.RequestContext, setting: Excel.Setting, records: SavedViews): void {
  // SettingCollection.add "sets or adds"; no filter left, no setting.
  if (Object.keys(records).length > 0) context.workbook.settings.add(RECORDS_KEY, JSON.stringify(records));
  else if (!setting.isNullObject) setting.delete();
}

/** The first column's texts over the table's rows, as one fingerprint. */
function rowsPrintOf(range: Excel.Range): string {
  return fingerprint(range.text.map((row) => String(row[0] ?? '')).join('\n'));
}

/**
 * Two round trips: the rows now visible, the sheet's id and first column, the filters recorded and, where
 * the host has sheet views, whether a temporary view is live; then the record (first time) and the row
 * changes, one call per run of rows. A record of a temporary view that has ended (the file was closed, the
 * officer switched view: the view's hidden rows went with it, NamedSheetViewCollection.enterTemporary) is
 * stale: the filter starts afresh from the rows visible now, in a new temporary view.
 * @example await runExcel((context) => showOnlyRows(context, agencyRowView(appendix, list), host))
 */
export async function showOnlyRows(
  context: Excel.RequestContext,
  view: RowView,
  capabilities: HostCapabilities,
): Promise<RowViewOutcome> {
  const sheet = context.workbook.worksheets.getItem(view.sheetName).load('id');
  const count = view.lastRow - view.firstRow + 1;
  const firstColumn = sheet.getRangeByIndexes(view.firstRow - 1, 0, count, 1);
  const visibleNow = firstColumn.getVisibleView().load('cellAddresses');
  firstColumn.load('text');
  const saved = context.workbook.settings.getItemOrNullObject(RECORDS_KEY).load('value');
  const liveView = temporaryViewProbe(sheet, capabilities);
  await context.sync();

  const records = recordsOf(saved);
  let record = records[sheet.id];
  if (record?.sheetView === true && !liveView()) record = undefined;
  if (!record) {
    const visible = new Set(visibleNow.cellAddresses.flat().map((address) => rowOf(String(address))));
    const hidden = rowsBetween(view.firstRow, view.lastRow).filter((row) => !visible.has(row));
    record = {
      sheetId: sheet.id,
      sheetName: view.sheetName,
      firstRow: view.firstRow,
      lastRow: view.lastRow,
      hidden: toRuns(hidden),
      sheetView: capabilities.sheetViews === true,
      rowsPrint: rowsPrintOf(firstColumn),
    };
    saveRecords(context, saved, { ...records, [sheet.id]: record });
    if (record.sheetView) sheet.namedSheetViews.enterTemporary();
  }
  const keep = new Set(view.visibleRows);
  const hide = rowsBetween(view.firstRow, view.lastRow).filter((row) => !keep.has(row));
  setHidden(sheet, view.firstRow, view.lastRow, new Set(hide));
  await context.sync();
  return { hiddenRows: hide.length, shared: !record.sheetView };
}

/**
 * "Bỏ lọc" for the sheet the pane knows by `sheetName` — found by its id even if the officer renamed it
 * since. In the shared view, the rows hidden and shown exactly as before the first filter; if rows were
 * inserted or deleted since (the first column's texts moved), those positions mean nothing any more, so
 * every row of the table is shown and the outcome says so (`exact: false`). In a temporary view still
 * live, the view is left (its hidden rows go with it); a temporary view that has already ended needs
 * nothing but the record removed — no row of the shared view is touched, and `exit` is never called where
 * the host has no sheet views. Three round trips; one when no filter is recorded.
 * @example await runExcel((context) => restoreRows(context, 'Phụ lục 1', host))
 */
export async function restoreRows(
  context: Excel.RequestContext,
  sheetName: string,
  capabilities: HostCapabilities,
): Promise<RestoreOutcome> {
  const named = context.workbook.worksheets.getItemOrNullObject(sheetName).load('id');
  const saved = context.workbook.settings.getItemOrNullObject(RECORDS_KEY).load('value');
  await context.sync();
  const records = recordsOf(saved);
  const record =
    (named.isNullObject ? undefined : records[named.id]) ??
    Object.values(records).find((each) => each.sheetName === sheetName);
  if (!record) return { exact: true };
  const sheet = context.workbook.worksheets.getItem(record.sheetId);
  const liveView = temporaryViewProbe(sheet, capabilities);
  const count = record.lastRow - record.firstRow + 1;
  const firstColumn = sheet.getRangeByIndexes(record.firstRow - 1, 0, count, 1).load('text');
  const used = sheet.getUsedRangeOrNullObject(true).load('rowIndex,rowCount');
  await context.sync();

  let exact = true;
  if (!record.sheetView) {
    if (rowsPrintOf(firstColumn) === record.rowsPrint) {
      const hidden = new Set(record.hidden.flatMap(([from, to]) => rowsBetween(from, to)));
      setHidden(sheet, record.firstRow, record.lastRow, hidden);
    } else {
      exact = false;
      const last = used.isNullObject
        ? record.lastRow
        : Math.max(record.lastRow, used.rowIndex + used.rowCount);
      setHidden(sheet, record.firstRow, last, new Set());
    }
  } else if (liveView()) {
    sheet.namedSheetViews.exit();
  }
  const { [record.sheetId]: _done, ...rest } = records;
  saveRecords(context, saved, rest);
  await context.sync();
  return { exact };
}

/**
 * Queues, where the host has sheet views, a load of the sheet's views; after the sync, whether the
 * temporary one (named "", NamedSheetView.name) is among them. The collection's items are read rather than
 * `getItem("")`, which fails the whole batch with ItemNotFound when there is none, and `getActive()`, whose
 * behaviour with no active view is not documented.
 */
function temporaryViewProbe(sheet: Excel.Worksheet, capabilities: HostCapabilities): () => boolean {
  if (capabilities.sheetViews !== true) return () => false;
  const views = sheet.namedSheetViews.load('items/name');
  return () => views.items.some((each) => each.name === '');
}

/** One `rowHidden` write per run of rows that share the wanted state. */
function setHidden(sheet: Excel.Worksheet, firstRow: number, lastRow: number, hidden: Set<number>): void {
  let start = firstRow;
  for (let row = firstRow; row <= lastRow + 1; row++) {
    if (row <= lastRow && hidden.has(row) === hidden.has(start)) continue;
    sheet.getRangeByIndexes(start - 1, 0, row - start, 1).rowHidden = hidden.has(start);
    start = row;
  }
}

function rowsBetween(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/** "'Phụ lục 1'!$A$12" → 12. */
function rowOf(address: string): number {
  return Number(/(\d+)$/.exec(address)?.[1] ?? Number.NaN);
}

function toRuns(rows: number[]): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (const row of rows) {
    const last = runs[runs.length - 1];
    if (last && row === last[1] + 1) last[1] = row;
    else runs.push([row, row]);
  }
  return runs;
}
