/**
 * CellGrid: what every workbook reader produces (ExcelJS in Node and the browser, Office.js in Excel).
 *
 * It mirrors Office.js: `values` and `texts` are parallel 2-D arrays of the sheet's used range, and a
 * merged area's value lives only in its top-left cell (ExcelJS copies it into every covered cell; its
 * reader blanks those copies). Merged areas are listed explicitly so the core can decide what a merge means.
 */
export type CellValue = string | number | boolean | null;

/** A rectangle of cells in sheet coordinates, 1-based and inclusive, as Excel numbers rows and columns. */
export interface CellArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface CellGrid {
  sheetName: string;
  /** Row number (1-based) of `values[0]`. */
  top: number;
  /** Column number (1-based, A = 1) of `values[r][0]`. */
  left: number;
  /** Raw values: numbers (dates as Excel serials), strings, booleans, or null for an empty cell. */
  values: CellValue[][];
  /** Display text of each cell ('' when empty). */
  texts: string[][];
  merges: CellArea[];
}

/** @example columnLetter(1) === 'A'; columnLetter(28) === 'AB' */
export function columnLetter(columnNumber: number): string {
  let n = columnNumber;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** @example columnNumber('AB') === 28 */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const LETTERS = Array.from({ length: 256 }, (_, i) => columnLetter(i));

/** @example cellAddress(110, 5) === 'E110' */
export function cellAddress(rowNumber: number, column: number): string {
  return (LETTERS[column] ?? columnLetter(column)) + rowNumber;
}

/** @example parseArea('E59:E62') → { top: 59, left: 5, bottom: 62, right: 5 }; parseArea('B7') is one cell. */
export function parseArea(address: string): CellArea {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?$/.exec(address.trim());
  if (!match) throw new RangeError(`Not an A1 range address: ${address}`);
  const [, c1 = '', r1 = '', c2 = c1, r2 = r1] = match;
  const a = { row: Number(r1), col: columnNumber(c1) };
  const b = { row: Number(r2), col: columnNumber(c2) };
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** @example formatArea({ top: 59, left: 5, bottom: 62, right: 5 }) === 'E59:E62' */
export function formatArea(area: CellArea): string {
  const start = cellAddress(area.top, area.left);
  const end = cellAddress(area.bottom, area.right);
  return start === end ? start : `${start}:${end}`;
}

/**
 * Where an area lies after `count` whole rows are inserted at row `at`, as Excel moves merged areas,
 * notes, validation and formats: below the insertion it moves down, across it it grows, above it stays.
 * @example areaAfterRowsInserted(parseArea('A5:A9'), 7, 1) → A5:A10
 */
export function areaAfterRowsInserted(area: CellArea, at: number, count: number): CellArea {
  if (area.top >= at) return { ...area, top: area.top + count, bottom: area.bottom + count };
  if (area.bottom >= at) return { ...area, bottom: area.bottom + count };
  return area;
}

export function lastRow(grid: CellGrid): number {
  return grid.top + grid.values.length - 1;
}

export function lastColumn(grid: CellGrid): number {
  return grid.left + (grid.values[0]?.length ?? 0) - 1;
}

/** Display text of one cell by sheet coordinates; '' outside the grid. */
export function cellText(grid: CellGrid, rowNumber: number, column: number): string {
  return grid.texts[rowNumber - grid.top]?.[column - grid.left] ?? '';
}

export function cellValue(grid: CellGrid, rowNumber: number, column: number): CellValue {
  return grid.values[rowNumber - grid.top]?.[column - grid.left] ?? null;
}

/** An empty grid for a sheet with no used cells. */
export function emptyGrid(sheetName: string): CellGrid {
  return { sheetName, top: 1, left: 1, values: [], texts: [], merges: [] };
}
