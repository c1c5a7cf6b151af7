/**
 * How a list sheet prints, computed once for both renderers (Office.js inside Excel, ExcelJS for files),
 * with documented settings only:
 * - a print `scale` that fits the table to the width of an A4 landscape page. Office.js documents
 *   `PageLayoutZoomOptions.scale` "between 10 and 400"; a value of 0 for the fit-to-pages fields is not
 *   documented, and fit-to-pages is reported not to apply unless the Page Layout tab is open (office-js#1860).
 * - an explicit height for every row whose text wraps onto several lines: Excel does not fit merged cells
 *   to their text (KB 212010, "You cannot use the AutoFit feature for rows or columns that contain merged
 *   cells"), and a file without row heights prints with overlapping rows in other programs (LibreOffice).
 * Sources: docs/office-js-research.md §7.
 */
import type { ListRow } from './listSheetSpec';
import { maxOf } from '../arrays';

/** Page margins in inches (Office.js `setPrintMargins('Inches', …)`, ExcelJS `pageSetup.margins`). */
export const LIST_SHEET_MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };

/** Points per line of 12 pt Times New Roman, and characters of text per character of column width. */
const LINE_POINTS = 16;
const TEXT_PER_WIDTH = 1.1;
/** A4 landscape: 297 mm wide. */
const PAGE_WIDTH_POINTS = (297 / 25.4) * 72;

/**
 * A column width in characters as points: Excel's rule for the default font (7 px a character plus 5 px
 * of padding, 0.75 pt a pixel).
 * @example columnPoints(9) === 51 // Excel's default 8.43 characters give 48 pt, its 64 px
 */
export function columnPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

/**
 * The print scale (percent) at which the columns fit the printable width of an A4 landscape page: 100 when
 * they fit already, never below Excel's minimum of 10.
 * @example printScale([5, 60, 20]) === 100
 */
export function printScale(widths: readonly number[]): number {
  const printable = PAGE_WIDTH_POINTS - (LIST_SHEET_MARGINS.left + LIST_SHEET_MARGINS.right) * 72;
  const table = widths.reduce((sum, width) => sum + columnPoints(width), 0);
  if (table <= printable) return 100;
  return Math.max(10, Math.floor((printable / table) * 100));
}

/** Lines a text takes in a column (or merged columns) this many characters wide. */
function linesOf(text: string, width: number): number {
  return text
    .split('\n')
    .reduce(
      (sum, line) => sum + Math.max(1, Math.ceil((line.length * TEXT_PER_WIDTH) / Math.max(width, 1))),
      0,
    );
}

/**
 * The height of a line merged across the columns from `firstColumn`, when its text wraps; undefined for a
 * single line (Excel's default height).
 * @example mergedRowHeight('x'.repeat(200), [5, 60, 20]) === 48
 */
export function mergedRowHeight(
  text: string,
  widths: readonly number[],
  firstColumn = 0,
): number | undefined {
  const width = widths.slice(firstColumn).reduce((sum, w) => sum + w, 0);
  const lines = linesOf(text, width);
  return lines > 1 ? lines * LINE_POINTS : undefined;
}

/**
 * The height of a body row: the tallest of its wrapped cells, or of its merged line; undefined when every
 * cell holds on one line.
 * @example bodyRowHeight({ kind: 'task', cells: ['1', 'x'.repeat(100)] }, [5, 40]) === 48
 */
export function bodyRowHeight(row: ListRow, widths: readonly number[]): number | undefined {
  if (row.kind === 'part' || row.kind === 'note') return mergedRowHeight(row.text, widths);
  if (row.kind === 'closing') {
    const split = closingSplit(widths);
    const left = mergedRowHeight(row.left, widths.slice(0, split)) ?? 0;
    const right = mergedRowHeight(row.right, widths, split) ?? 0;
    return Math.max(left, right) || undefined;
  }
  if (row.kind === 'section') return mergedRowHeight(row.title, widths, 1);
  const lines = Math.max(
    1,
    maxOf(
      row.cells.map((cell, i) =>
        linesOf(typeof cell === 'object' ? cell.text : String(cell), widths[i] ?? 1),
      ),
    ),
  );
  return lines > 1 ? lines * LINE_POINTS : undefined;
}

/**
 * Where a closing line's right half (the signature block) begins: the first column past half the table's
 * width, so the recipients and the signature each get about half the page, as on a signed document; at
 * least one column each (a table of one column has no right half: 1).
 * @example closingSplit([5, 60, 20, 15, 40]) === 2 // TT and Nhiệm vụ on the left
 */
export function closingSplit(widths: readonly number[]): number {
  const total = widths.reduce((sum, width) => sum + width, 0);
  let left = 0;
  for (let i = 0; i < widths.length - 1; i++) {
    left += widths[i] ?? 0;
    if (left * 2 >= total) return i + 1;
  }
  return Math.max(1, widths.length - 1);
}
