import type { CellGrid } from '../grid';
import { MergeLookup } from '../mergeLookup';
import type { AppendixKindId } from '../schema';
import { detectKind } from './appendixKinds';

export interface SheetCandidate {
  sheet: string;
  /** Number of known columns in the sheet's best header row; 0 when it has no appendix header. */
  score: number;
  /** The kind of appendix that header belongs to, when it has one. */
  kind?: AppendixKindId;
}

/**
 * The sheet that looks most like a task appendix: the one whose header names the most known columns. A
 * sheet of another kind (a delegations list) is chosen only when no sheet holds a task matrix. Ties go
 * to the first sheet, as the officer ordered them.
 * @example chooseSheet([phuLuc1, phuLuc2]).grid?.sheetName === 'Phụ lục 1'
 */
export function chooseSheet(grids: readonly CellGrid[]): { grid?: CellGrid; candidates: SheetCandidate[] } {
  let best: { grid: CellGrid; score: number; tasks: boolean } | undefined;
  const candidates = grids.map((grid): SheetCandidate => {
    const found = detectKind(grid, new MergeLookup(grid));
    if (!found) return { sheet: grid.sheetName, score: 0 };
    const { score } = found.header;
    const tasks = found.kind.id === 'tasks';
    if (!best || (tasks && !best.tasks) || (tasks === best.tasks && score > best.score))
      best = { grid, score, tasks };
    return { sheet: grid.sheetName, score, kind: found.kind.id };
  });
  return { ...(best ? { grid: best.grid } : {}), candidates };
}

/**
 * The sheet of a workbook that holds the other appendix of a plan: its delegations list beside the task
 * matrix, or the task matrix beside a delegations list. The best header of that kind wins; the sheet
 * already read is never its own companion.
 * @example companionSheet([phuLuc1, phuLuc2], 'Phụ lục 1', 'delegations')?.sheetName === 'Phụ lục 2'
 */
export function companionSheet(
  grids: readonly CellGrid[],
  exclude: string,
  kind: AppendixKindId,
): CellGrid | undefined {
  let best: { grid: CellGrid; score: number } | undefined;
  for (const grid of grids) {
    if (grid.sheetName === exclude) continue;
    const found = detectKind(grid, new MergeLookup(grid));
    if (found?.kind.id === kind && (!best || found.header.score > best.score))
      best = { grid, score: found.header.score };
  }
  return best?.grid;
}
