import type ExcelJS from 'exceljs';
import type { Appendix, CellGrid, SheetCandidate } from '../domain';
import {
  APPENDIX_TABLE,
  chooseSheet,
  companionSheet,
  DELEGATION_TABLE,
  parseAppendix,
  UnusableWorkbookError,
} from '../domain';
import { looseSheetName } from './findWorksheet';
import { worksheetToGrid } from './worksheetToGrid';

export interface ReadResult {
  appendix: Appendix;
  /** The sheet as read (what a fix preview compares its cells with). */
  grid: CellGrid;
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
    return {
      appendix: parseAppendix(grid),
      grid,
      picked: 'named',
      candidates: chooseSheet([grid]).candidates,
    };
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
      return {
        appendix: parseAppendix(grids[0] as CellGrid),
        grid: grids[0] as CellGrid,
        picked: 'auto',
        candidates,
      };
    throw tooLarge ?? new UnusableWorkbookError('no-such-sheet', { available });
  }
  return { appendix: parseAppendix(grid), grid, picked: 'auto', candidates };
}

function findWorksheet(sheets: readonly ExcelJS.Worksheet[], name: string): ExcelJS.Worksheet | undefined {
  const loose = looseSheetName(name);
  return sheets.find((s) => s.name === name) ?? sheets.find((s) => looseSheetName(s.name) === loose);
}

export interface PlanAppendices extends ReadResult {
  /** The plan's delegations list ("Phụ lục 2: đoàn ra") from another sheet of the workbook, if it has one. */
  delegations?: Appendix;
}

/**
 * The plan's task matrix and, from another sheet, its delegations list: what the per-agency lists are drawn
 * from. A delegations sheet named or chosen is paired with the workbook's task sheet, which then leads;
 * without one, the delegations appendix is returned alone (its kind says so). A sheet too large to read is
 * no companion.
 * @example readPlanAppendices(workbook) // { appendix: Phụ lục 1, delegations: Phụ lục 2, … } for Kế hoạch 58
 */
export function readPlanAppendices(workbook: ExcelJS.Workbook, sheetName?: string): PlanAppendices {
  const result = readAppendix(workbook, sheetName);
  const others: CellGrid[] = [];
  for (const sheet of workbook.worksheets) {
    if (sheet.name === result.appendix.sheet) continue;
    try {
      others.push(worksheetToGrid(sheet));
    } catch (error) {
      if (!(error instanceof UnusableWorkbookError)) throw error;
    }
  }
  if (result.appendix.kind === 'tasks') {
    const grid = companionSheet(others, result.appendix.sheet, 'delegations');
    return grid ? { ...result, delegations: parseAppendix(grid, DELEGATION_TABLE) } : result;
  }
  const tasks = companionSheet(others, result.appendix.sheet, 'tasks');
  if (!tasks) return result;
  // The task sheet was not the one named: say which was taken, as for a sheet chosen.
  return {
    ...result,
    appendix: parseAppendix(tasks, APPENDIX_TABLE),
    grid: tasks,
    delegations: result.appendix,
    picked: 'auto',
  };
}
