import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CellGrid, CellValue } from '../../src/domain';
import { parseArea } from '../../src/domain';
import { loadWorkbook, worksheetToGrid } from '../../src/xlsx';

export const FIXTURES = join(__dirname, '..', 'fixtures');
export const SAMPLE = join(FIXTURES, 'ke-hoach-58-2024-phu-luc.xlsx');

/**
 * A grid from rows written as in a sheet starting at A1 (or at `top`/`left`). Strings and numbers are
 * values; their display text is String(value). Merged areas are given as A1 ranges; their covered cells
 * must be left null, as Office.js and the ExcelJS reader deliver them.
 */
export function gridFrom(
  rows: ReadonlyArray<ReadonlyArray<CellValue | undefined>>,
  options: { sheetName?: string; merges?: string[]; top?: number; left?: number } = {},
): CellGrid {
  const width = Math.max(1, ...rows.map((row) => row.length));
  const values = rows.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? null));
  return {
    sheetName: options.sheetName ?? 'Phụ lục',
    top: options.top ?? 1,
    left: options.left ?? 1,
    values,
    texts: values.map((row) => row.map((v) => (v === null ? '' : String(v)))),
    merges: (options.merges ?? []).map(parseArea),
  };
}

/** The standard six-column header used by synthetic sheets. */
export const HEADER = [
  'TT',
  'Nhiệm vụ',
  'Cơ quan chủ trì',
  'Thời gian thực hiện',
  'Căn cứ',
  'Nguồn kinh phí',
];

/** Grids of every sheet of a fixture workbook, read with the ExcelJS adapter. */
export async function fixtureGrids(path = SAMPLE): Promise<CellGrid[]> {
  const workbook = await loadWorkbook(readFileSync(path), path);
  return workbook.worksheets.map(worksheetToGrid);
}

export async function sampleGrid(): Promise<CellGrid> {
  const grids = await fixtureGrids();
  const grid = grids.find((g) => g.sheetName === 'Phụ lục 1');
  if (!grid) throw new Error('fixture sheet "Phụ lục 1" missing');
  return grid;
}
