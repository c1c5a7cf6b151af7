import type ExcelJS from 'exceljs';
import type { CellArea, CellGrid, CellValue } from '../domain';
import { emptyGrid, parseArea, UnusableWorkbookError } from '../domain';

/**
 * Cells of the dense grid a sheet may become: a stray value at XFD1048576 beside a table at A1 would
 * otherwise ask for 17 billion (issue 13). 5 million is 100,000 rows of 50 columns.
 */
export const GRID_CELL_LIMIT = 5_000_000;

/**
 * Reads an ExcelJS worksheet into the core's CellGrid, the same shape the Office.js reader produces:
 * the used range of cells with values, dates as Excel serial numbers, and each merged area's value in its
 * top-left cell only (ExcelJS copies it into every covered cell; those copies are blanked here).
 */
export function worksheetToGrid(worksheet: ExcelJS.Worksheet): CellGrid {
  const merges = worksheet.model.merges.map(parseArea);
  const covered = coveredBy(merges, worksheet.rowCount);
  const cells: Array<{ row: number; col: number; value: CellValue; text: string }> = [];
  let top = Number.POSITIVE_INFINITY;
  let left = Number.POSITIVE_INFINITY;
  let bottom = 0;
  let right = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (covered(rowNumber, col)) return;
      const value = plainValue(cell.value);
      if (value === null || value === '') return;
      cells.push({ row: rowNumber, col, value, text: displayText(cell.value, value, cell.numFmt) });
      top = Math.min(top, rowNumber);
      left = Math.min(left, col);
      bottom = Math.max(bottom, rowNumber);
      right = Math.max(right, col);
    });
  });
  if (cells.length === 0) return { ...emptyGrid(worksheet.name), merges };
  const rows = bottom - top + 1;
  const columns = right - left + 1;
  if (rows * columns > GRID_CELL_LIMIT)
    throw new UnusableWorkbookError('too-large', { sheet: worksheet.name, reason: 'cells', rows, columns });
  const values: CellValue[][] = [];
  const texts: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    values.push(new Array<CellValue>(right - left + 1).fill(null));
    texts.push(new Array<string>(right - left + 1).fill(''));
  }
  for (const cell of cells) {
    (values[cell.row - top] as CellValue[])[cell.col - left] = cell.value;
    (texts[cell.row - top] as string[])[cell.col - left] = cell.text;
  }
  return { sheetName: worksheet.name, top, left, values, texts, merges };
}

/**
 * Whether a cell lies inside a merged area without being its top-left cell. Areas are indexed by row, and
 * only over the rows the sheet has (`lastRow`): a merge over a million empty rows is never expanded, and a
 * cell is tested only against the few areas on its row.
 */
function coveredBy(merges: readonly CellArea[], lastRow: number): (row: number, col: number) => boolean {
  const byRow = new Map<number, CellArea[]>();
  for (const area of merges) {
    for (let row = area.top; row <= Math.min(area.bottom, lastRow); row++) {
      const list = byRow.get(row);
      if (list) list.push(area);
      else byRow.set(row, [area]);
    }
  }
  return (row, col) =>
    byRow.get(row)?.some((a) => col >= a.left && col <= a.right && (row !== a.top || col !== a.left)) ??
    false;
}

// Excel's serial day 0 is 1899-12-30 in the 1900 date system.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** The value Office.js would report: rich text and hyperlinks as their text, formulas as their result. */
function plainValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return (value.getTime() - EXCEL_EPOCH_MS) / DAY_MS;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result;
    if (result === undefined || result === null) return null;
    if (typeof result === 'object' && 'error' in result) return result.error;
    return plainValue(result as ExcelJS.CellValue);
  }
  if ('hyperlink' in value) return plainValue(value.text as ExcelJS.CellValue);
  if ('error' in value) return value.error;
  return null;
}

/**
 * Display text. ExcelJS does not apply number formats, so dates are shown dd/mm/yyyy (the Vietnamese
 * convention) and numbers plainly; Office.js returns Excel's own formatting (see docs/decisions.md). A
 * formula's result in a date format ("=DATE(2025;6;30)", "=E5+30") comes as a serial number, not a Date:
 * its format says it is a date.
 */
function displayText(raw: ExcelJS.CellValue, value: CellValue, numFmt: string | undefined): string {
  if (raw instanceof Date) return dayMonthYear(raw);
  if (typeof value === 'number' && isDateFormat(numFmt))
    return dayMonthYear(new Date(EXCEL_EPOCH_MS + Math.round(value * DAY_MS)));
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value === null ? '' : String(value);
}

function dayMonthYear(date: Date): string {
  return `${pad(date.getUTCDate())}/${pad(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}`;
}

/** A number format that shows a date: day, month or year codes outside quoted text and [brackets]. */
function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  const codes = numFmt
    .replace(/"[^"]*"|\[[^\]]*\]|\\./gu, '')
    // Minutes are "m" beside hours or seconds ("h:mm", "mm:ss"): not a month.
    .replace(/h+[^dmy]*?m+|m+(?=[^dmy]*s)/giu, '');
  return /[dym]/iu.test(codes);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
