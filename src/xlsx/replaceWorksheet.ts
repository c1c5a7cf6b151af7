import type ExcelJS from 'exceljs';
import { worksheetInternals } from './worksheetInternals';

/**
 * Draws a sheet in place of `old`, if given, keeping its tab position; `draw` adds the new worksheet. Inside Excel a generated sheet is cleared and reused because deleting a sheet clears the undo
 * stack; a workbook in memory has no undo, and a fresh sheet leaves nothing of the old one behind (merges,
 * widths, frozen panes).
 */
export function replaceWorksheet(
  workbook: ExcelJS.Workbook,
  old: ExcelJS.Worksheet | undefined,
  draw: () => ExcelJS.Worksheet,
): { sheet: ExcelJS.Worksheet; previous?: { state: ExcelJS.WorksheetState } } {
  const position = old ? worksheetInternals(old).orderNo : undefined;
  const previous = old ? { state: old.state } : undefined;
  if (old) workbook.removeWorksheet(old.id);
  const sheet = draw();
  if (position !== undefined) worksheetInternals(sheet).orderNo = position;
  return { sheet, ...(previous ? { previous } : {}) };
}
