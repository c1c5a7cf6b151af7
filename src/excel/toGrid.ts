import type { CellArea, CellGrid, CellValue } from '../domain';
import { emptyGrid } from '../domain';

/**
 * The core's CellGrid from what Office.js returns for a range: values, display texts and merged areas in
 * sheet coordinates. `extent` undefined means an empty sheet.
 */
export function toGrid(
  sheetName: string,
  extent: CellArea | undefined,
  values: unknown[][],
  text: string[][],
  merges: CellArea[],
): CellGrid {
  if (!extent) return emptyGrid(sheetName);
  const grid: CellGrid = {
    sheetName,
    top: extent.top,
    left: extent.left,
    values: values.map((row) => row.map(toCellValue)),
    texts: text.map((row) => row.map((cell) => String(cell ?? ''))),
    merges,
  };
  blankCoveredCells(grid);
  return grid;
}

/** Office.js reports an empty cell as ''; the core says null. Numbers include dates (Excel serials). */
function toCellValue(value: unknown): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/**
 * Excel shows only the top-left value of a merged area, but a file written by another tool can keep stale
 * values in the covered cells. The ExcelJS reader drops them; so does this one, so both readers agree.
 */
function blankCoveredCells(grid: CellGrid): void {
  for (const area of grid.merges) {
    for (let rowNumber = area.top; rowNumber <= area.bottom; rowNumber++) {
      const values = grid.values[rowNumber - grid.top];
      const texts = grid.texts[rowNumber - grid.top];
      if (!values || !texts) continue;
      for (let column = area.left; column <= area.right; column++) {
        if (rowNumber === area.top && column === area.left) continue;
        const index = column - grid.left;
        if (index < 0 || index >= values.length) continue;
        values[index] = null;
        texts[index] = '';
      }
    }
  }
}
