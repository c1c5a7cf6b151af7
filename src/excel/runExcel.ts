/**
 * The one place that calls `Excel.run`: adapter functions take the request context as a parameter so tests
 * can pass an office-addin-mock context instead, and the batch (and its syncs) stays visible at the call.
 * @example runExcel(readActiveSheetGrid) → Promise<CellGrid>
 */
export function runExcel<T>(work: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
  return Excel.run(work);
}
