import type ExcelJS from 'exceljs';
import type { Appendix, CellGrid, SheetCandidate } from '../domain';
import { chooseSheet, parseAppendix, UnusableWorkbookError } from '../domain';
import { looseSheetName } from './findWorksheet';
import { worksheetToGrid } from './worksheetToGrid';

export interface ReadResult {
  appendix: Appendix;
  picked: 'named' | 'auto';
  candidates: SheetCandidate[];
}

/**
 * Reads the appendix from a workbook: the named sheet, or else the sheet that looks most like a task
 * appendix. Sheet names match exactly first, then ignoring case and surrounding spaces.
 */
export function readAppendix(workbook: ExcelJS.Workbook, sheetName?: string): ReadResult {
  const available = workbook.worksheets.map((sheet) => sheet.name);
  if (sheetName !== undefined) {
    // Only the named sheet is converted: a huge sheet elsewhere in the file does not stop the check.
    const sheet = findWorksheet(workbook.worksheets, sheetName);
    if (!sheet) throw new UnusableWorkbookError('no-such-sheet', { sheet: sheetName, available });
    const grid = worksheetToGrid(sheet);
    return { appendix: parseAppendix(grid), picked: 'named', candidates: chooseSheet([grid]).candidates };
  }
  // A sheet too large to read is no candidate; it is the reason only when no other sheet is left.
  const grids: CellGrid[] = [];
  let tooLarge: UnusableWorkbookError | undefined;
  for (const sheet of workbook.worksheets) {
    try {
      grids.push(worksheetToGrid(sheet));
    } catch (error) {
      if (!(error instanceof UnusableWorkbookError) || error.code !== 'too-large') throw error;
      tooLarge ??= error;
    }
  }
  if (grids.length === 0 && tooLarge) throw tooLarge;
  const { grid, candidates } = chooseSheet(grids);
  if (!grid) {
    // With a single sheet, its own "no header" message says more than "no appendix-like sheet".
    if (grids.length === 1 && !tooLarge)
      return { appendix: parseAppendix(grids[0] as CellGrid), picked: 'auto', candidates };
    throw tooLarge ?? new UnusableWorkbookError('no-such-sheet', { available });
  }
  return { appendix: parseAppendix(grid), picked: 'auto', candidates };
}

function findWorksheet(sheets: readonly ExcelJS.Worksheet[], name: string): ExcelJS.Worksheet | undefined {
  const loose = looseSheetName(name);
  return sheets.find((s) => s.name === name) ?? sheets.find((s) => looseSheetName(s.name) === loose);
}
