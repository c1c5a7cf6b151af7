import type { CellArea, CellGrid } from './grid';
import { cellText, cellAddress } from './grid';

/** Where a cell's effective text comes from. */
export interface CellSource {
  text: string;
  /** Address of the cell that holds the text (the merged area's top-left cell when merged). */
  cell: string;
  rowNumber: number;
  column: number;
  /** The cell lies inside a merged area and is not its top-left cell: the value is inherited. */
  inherited: boolean;
  /** The merged area containing the cell, if any. */
  area?: CellArea;
}

/**
 * Finds the merged area covering a cell in O(1). A value merged over several rows applies to each of
 * them (Excel shows it once; the officer means it for every row it covers).
 */
export class MergeLookup {
  private readonly byCell = new Map<number, CellArea>();

  constructor(private readonly grid: CellGrid) {
    // Only the cells inside the grid are ever asked about: an area reaching far beyond it (a merge down to
    // row 1,048,576) is indexed over the grid's cells only, never expanded over the empty sheet.
    const lastRow = grid.top + grid.values.length - 1;
    const lastColumn = grid.left + (grid.values[0]?.length ?? 0) - 1;
    for (const area of grid.merges) {
      for (let r = Math.max(area.top, grid.top); r <= Math.min(area.bottom, lastRow); r++) {
        for (let c = Math.max(area.left, grid.left); c <= Math.min(area.right, lastColumn); c++)
          this.byCell.set(key(r, c), area);
      }
    }
  }

  areaAt(rowNumber: number, column: number): CellArea | undefined {
    return this.byCell.size === 0 ? undefined : this.byCell.get(key(rowNumber, column));
  }

  /**
   * The text shown for the cell's area when it belongs to this column: the cell's own text, or the text
   * merged down from a row above in the same column; '' for a cell inside an area that starts in another
   * column (a section title merged across B:F is not a lead agency). Allocation-free: the parser's hot path,
   * which passes the area it has already looked up.
   */
  columnText(
    rowNumber: number,
    column: number,
    area: CellArea | undefined = this.areaAt(rowNumber, column),
  ): string {
    if (!area) return cellText(this.grid, rowNumber, column);
    return area.left === column ? cellText(this.grid, area.top, column) : '';
  }

  /** True when the cell holds a value of its own (it is not covered by a merged area's top-left cell). */
  ownsValue(rowNumber: number, column: number): boolean {
    const area = this.areaAt(rowNumber, column);
    return !area || (area.top === rowNumber && area.left === column);
  }

  /** The text Excel shows for this cell's area, with where it came from. */
  source(rowNumber: number, column: number): CellSource {
    const area = this.areaAt(rowNumber, column);
    if (!area) {
      return {
        text: cellText(this.grid, rowNumber, column),
        cell: cellAddress(rowNumber, column),
        rowNumber,
        column,
        inherited: false,
      };
    }
    const inherited = area.top !== rowNumber || area.left !== column;
    return {
      text: cellText(this.grid, area.top, area.left),
      cell: cellAddress(area.top, area.left),
      rowNumber: area.top,
      column: area.left,
      inherited,
      area,
    };
  }
}

function key(rowNumber: number, column: number): number {
  return rowNumber * 20000 + column;
}
