import ExcelJS from 'exceljs';
import type { CellGrid, ListSheetDrawing } from '../domain';
import { LIST_SHEET_STYLE } from '../domain';
import { writeListSheet } from './writeListSheet';

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDERS: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * A new workbook for what `task-matrix import` read: the matrix built from the plan's text (when it has
 * one) and each appendix table of the Word file copied cell by cell, merged cells included. Nothing of the
 * add-in's is in it (no tag): it is the officer's document from the start.
 */
export function importedWorkbook(
  matrix: ListSheetDrawing | undefined,
  tables: ReadonlyArray<{ grid: CellGrid; titleRows: number }>,
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'task-matrix';
  if (matrix) writeListSheet(workbook, matrix);
  for (const table of tables) writeGridSheet(workbook, table.grid, table.titleRows);
  return workbook;
}

/** A grid as a sheet: text as text, its merged areas, the table below its title rows bordered and wrapped. */
function writeGridSheet(workbook: ExcelJS.Workbook, grid: CellGrid, titleRows: number): void {
  const sheet = workbook.addWorksheet(grid.sheetName);
  const columns = grid.texts[0]?.length ?? 0;
  for (let c = 0; c < columns; c++) sheet.getColumn(c + 1).width = columnWidth(grid, c, titleRows);
  grid.texts.forEach((row, r) =>
    row.forEach((text, c) => {
      const cell = sheet.getCell(grid.top + r, grid.left + c);
      if (text !== '') cell.value = text;
      cell.font = { name: LIST_SHEET_STYLE.font, size: LIST_SHEET_STYLE.fontSize, bold: r < titleRows };
      cell.alignment = {
        vertical: 'top',
        wrapText: true,
        ...(r < titleRows ? { horizontal: 'center' } : {}),
      };
      if (r >= titleRows) cell.border = BORDERS;
    }),
  );
  for (const area of grid.merges) sheet.mergeCells(area.top, area.left, area.bottom, area.right);
}

// As wide as the column's longest line below the title, within bounds that keep a page readable.
function columnWidth(grid: CellGrid, column: number, titleRows: number): number {
  let longest = 4;
  for (const row of grid.texts.slice(titleRows))
    for (const line of (row[column] ?? '').split('\n')) longest = Math.max(longest, line.length);
  return Math.min(50, Math.max(6, longest + 2));
}
