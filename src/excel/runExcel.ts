/**
 * The one place that calls `Excel.run`: adapter functions take the request context as a parameter so tests
 * can pass a mock context instead, and the batch (and its syncs) stays visible at the call. Where the host
 * has ExcelApi 1.20, a run is one undo step (`mergeUndoGroup`), so one click is undone with one Ctrl+Z.
 * @example runExcel((context) => readWorkbook(context, undefined, caps), { undoGroup: true })
 */
export function runExcel<T>(
  work: (context: Excel.RequestContext) => Promise<T>,
  options: { undoGroup?: boolean } = {},
): Promise<T> {
  return options.undoGroup ? Excel.run({ mergeUndoGroup: true }, work) : Excel.run(work);
}
