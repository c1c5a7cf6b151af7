import type { CellArea, CellGrid, CellValue } from '../domain';
import { emptyGrid } from '../domain';
import { mergedAreas } from './mergedAreas';

/**
 * `Range.getMergedAreasOrNullObject()` "will fail to return the result" above 512 merged areas
 * (@types/office-js, ExcelApi 1.13). It reports the areas whose top-left cell lies in the range
 * (office-js#3611), and distinct areas have distinct top-left cells, so a block of at most 512 cells can
 * never exceed the limit (a sheet wider than 512 columns gets one-row blocks, which could in theory).
 * Large appendices have hundreds of merges; the blocks keep them readable.
 */
export const MERGED_AREAS_PER_CALL = 512;

/**
 * Reads the active worksheet into the core's CellGrid in two round trips:
 * 1. the sheet's name and the size of its used range (cells with values only, as the ExcelJS reader does);
 * 2. values and display text of that range, and its merged areas, asked block by block in the same batch.
 * The second trip needs the first: the blocks are cut from the used range's size, and Office documents no
 * behaviour for methods called on a null object (an empty sheet) in the batch that produced it.
 * A merged area's value arrives in its top-left cell only, as the CellGrid contract wants.
 * @example await runExcel(readActiveSheetGrid) → { sheetName: 'Phụ lục 1', top: 1, left: 1, values, texts, merges }
 */
export async function readActiveSheetGrid(context: Excel.RequestContext): Promise<CellGrid> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load('name');
  const used = sheet.getUsedRangeOrNullObject(true);
  used.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
  await context.sync();
  if (used.isNullObject) return emptyGrid(sheet.name);

  used.load(['values', 'text']);
  const blocks = rowBlocks(used.rowCount, used.columnCount).map(({ offset, rows }) => {
    const block = sheet.getRangeByIndexes(used.rowIndex + offset, used.columnIndex, rows, used.columnCount);
    const areas = block.getMergedAreasOrNullObject();
    areas.load('address');
    return areas;
  });
  await context.sync();

  const extent: CellArea = {
    top: used.rowIndex + 1,
    left: used.columnIndex + 1,
    bottom: used.rowIndex + used.rowCount,
    right: used.columnIndex + used.columnCount,
  };
  const merges = blocks.flatMap((areas) => (areas.isNullObject ? [] : mergedAreas(areas.address, extent)));
  return toGrid(sheet.name, extent, used.values, used.text, merges);
}

/** Consecutive row blocks covering `rowCount` rows, each with at most MERGED_AREAS_PER_CALL cells. */
export function rowBlocks(rowCount: number, columnCount: number): Array<{ offset: number; rows: number }> {
  const size = Math.max(1, Math.floor(MERGED_AREAS_PER_CALL / Math.max(1, columnCount)));
  const blocks: Array<{ offset: number; rows: number }> = [];
  for (let offset = 0; offset < rowCount; offset += size) {
    blocks.push({ offset, rows: Math.min(size, rowCount - offset) });
  }
  return blocks;
}

function toGrid(
  sheetName: string,
  extent: CellArea,
  values: unknown[][],
  text: string[][],
  merges: CellArea[],
): CellGrid {
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
