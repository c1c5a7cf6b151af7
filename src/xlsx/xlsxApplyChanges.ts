import type ExcelJS from 'exceljs';
import type { ApplyOutcome, CellChange, CellNow } from '../domain';
import { sortOutChanges } from '../domain';

/**
 * The workbench's `applyChanges`: the preview's changes written into the workbook in memory, each only
 * where the cell still holds the text the preview showed, no formula and no words formatted apart (a rich
 * text one string would flatten). The cell keeps its style.
 */
export function xlsxApplyChanges(workbook: ExcelJS.Workbook, changes: readonly CellChange[]): ApplyOutcome {
  const cellOf = (change: CellChange) => workbook.getWorksheet(change.sheet)?.getCell(change.cell);
  const { write, skipped } = sortOutChanges(changes, (change) => {
    const cell = cellOf(change);
    return cell && cellNow(cell);
  });
  for (const change of write) {
    const cell = cellOf(change) as ExcelJS.Cell;
    // A number stays a number (a TT renumbered), as Excel itself types "8" into a number cell.
    cell.value =
      typeof cell.value === 'number' && /^\d+$/u.test(change.after) ? Number(change.after) : change.after;
  }
  return { written: write, skipped };
}

function cellNow(cell: ExcelJS.Cell): CellNow {
  const value = cell.value;
  if (cell.formula || (typeof value === 'object' && value !== null && 'sharedFormula' in value))
    return { value: null, formula: true };
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return { value, formula: false };
  if (typeof value === 'object' && value !== null && 'richText' in value)
    return { value: value.richText.map((run) => run.text).join(''), formula: false, formatted: true };
  return { value: null, formula: false };
}
