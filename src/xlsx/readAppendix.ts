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
  const grids = workbook.worksheets.map(worksheetToGrid);
  const available = grids.map((grid) => grid.sheetName);
  if (sheetName !== undefined) {
    const grid = findSheet(grids, sheetName);
    if (!grid) throw new UnusableWorkbookError('no-such-sheet', { sheet: sheetName, available });
    return { appendix: parseAppendix(grid), picked: 'named', candidates: chooseSheet([grid]).candidates };
  }
  const { grid, candidates } = chooseSheet(grids);
  if (!grid) {
    // With a single sheet, its own "no header" message says more than "no appendix-like sheet".
    if (grids.length === 1)
      return { appendix: parseAppendix(grids[0] as CellGrid), picked: 'auto', candidates };
    throw new UnusableWorkbookError('no-such-sheet', { available });
  }
  return { appendix: parseAppendix(grid), picked: 'auto', candidates };
}

function findSheet(grids: readonly CellGrid[], name: string): CellGrid | undefined {
  const loose = looseSheetName(name);
  return grids.find((g) => g.sheetName === name) ?? grids.find((g) => looseSheetName(g.sheetName) === loose);
}
