/**
 * The one place that calls `Excel.run`: adapter functions take the request context as a parameter so tests
 * can pass a mock context instead, and the batch (and its syncs) stays visible at the call. Where the host
 * has ExcelApi 1.20, a run is one undo step (`mergeUndoGroup`), so one click is undone with one Ctrl+Z.
 *
 * Every run sets `delayForCellEdit`: "When `false`, if the user is in cell edit when the batch request is
 * processed by the host, the batch automatically fails. When `true`, … the batch request is delayed until
 * the user exits cell edit mode" (https://learn.microsoft.com/javascript/api/excel/excel.runoptions). An
 * officer who clicks "Kiểm tra" while still typing in a cell then gets the check once the cell is
 * committed, not an error.
 * @example runExcel((context) => readWorkbook(context, undefined, caps), { undoGroup: true })
 */
export function runExcel<T>(
  work: (context: Excel.RequestContext) => Promise<T>,
  options: { undoGroup?: boolean } = {},
): Promise<T> {
  return Excel.run({ delayForCellEdit: true, ...(options.undoGroup ? { mergeUndoGroup: true } : {}) }, work);
}
