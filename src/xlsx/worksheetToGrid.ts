import type ExcelJS from 'exceljs';
import type { CellArea, CellGrid, CellValue } from '../domain';
import { emptyGrid, parseArea } from '../domain';

/**
 * Reads an ExcelJS worksheet into the core's CellGrid, the same shape the Office.js reader produces:
 * the used range of cells with values, dates as Excel serial numbers, and each merged area's value in its
 * top-left cell only (ExcelJS copies it into every covered cell; those copies are blanked here).
 */
export function worksheetToGrid(worksheet: ExcelJS.Worksheet): CellGrid {
  const merges = worksheet.model.merges.map(parseArea);
  const covered = coveredCells(merges);
  const cells: Array<{ row: number; col: number; value: CellValue; text: string }> = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, col) => {
      if (covered.has(key(rowNumber, col))) return;
      const value = plainValue(cell.value);
      if (value === null || value === '') return;
      cells.push({ row: rowNumber, col, value, text: displayText(cell.value, value) });
    });
  });
  if (cells.length === 0) return { ...emptyGrid(worksheet.name), merges };
  const top = Math.min(...cells.map((c) => c.row));
  const left = Math.min(...cells.map((c) => c.col));
  const bottom = Math.max(...cells.map((c) => c.row));
  const right = Math.max(...cells.map((c) => c.col));
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

function coveredCells(merges: readonly CellArea[]): Set<number> {
  const covered = new Set<number>();
  for (const area of merges) {
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        if (r !== area.top || c !== area.left) covered.add(key(r, c));
      }
    }
  }
  return covered;
}

function key(row: number, col: number): number {
  return row * 20000 + col;
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
 * convention) and numbers plainly; Office.js returns Excel's own formatting (see docs/decisions.md).
 */
function displayText(raw: ExcelJS.CellValue, value: CellValue): string {
  if (raw instanceof Date) {
    const d = raw;
    return `${pad(d.getUTCDate())}/${pad(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value === null ? '' : String(value);
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
