import type { CellGrid } from '../grid';
import { MergeLookup } from '../mergeLookup';
import { findTableHeader } from '../table';
import { APPENDIX_TABLE } from './appendixTable';

export interface SheetCandidate {
  sheet: string;
  /** Number of known columns in the sheet's best header row; 0 when it has no appendix header. */
  score: number;
}

/**
 * The sheet that looks most like a task appendix: the one whose header names the most known columns
 * (a delegations table has no task or legal-basis column, so it scores lower or not at all). Ties go to
 * the first sheet, as the officer ordered them.
 * @example chooseSheet([phuLuc1, phuLuc2]).grid?.sheetName === 'Phụ lục 1'
 */
export function chooseSheet(grids: readonly CellGrid[]): { grid?: CellGrid; candidates: SheetCandidate[] } {
  let best: { grid: CellGrid; score: number } | undefined;
  const candidates = grids.map((grid) => {
    const score = findTableHeader(APPENDIX_TABLE, grid, new MergeLookup(grid))?.score ?? 0;
    if (score > 0 && (!best || score > best.score)) best = { grid, score };
    return { sheet: grid.sheetName, score };
  });
  return { ...(best ? { grid: best.grid } : {}), candidates };
}
