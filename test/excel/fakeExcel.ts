import { OfficeMockObject } from 'office-addin-mock';
import type { CellArea, CellValue } from '../../src/domain';
import { formatArea, parseArea } from '../../src/domain';

/**
 * A worksheet as Excel holds it: rows from A1 (null = empty cell), display texts where they differ from
 * String(value), and merged areas. Covered cells of a merge are normally null, as Excel keeps them.
 */
export interface SheetSeed {
  name: string;
  rows: ReadonlyArray<ReadonlyArray<CellValue>>;
  texts?: Record<string, string>;
  merges?: string[];
}

export interface FakeExcel {
  context: Excel.RequestContext;
  syncCount(): number;
  /** The blocks whose merged areas were asked for, as A1 ranges. */
  mergeQueries: string[];
}

/**
 * An office-addin-mock request context that answers like Office.js for what the reader uses:
 * `getActiveWorksheet`, `getUsedRangeOrNullObject(true)` (bounding box of cells with values; '' for empty
 * cells), `getRangeByIndexes`, and `getMergedAreasOrNullObject` (areas whose top-left cell lies in the
 * range, as "Sheet!A1:B2, Sheet!C3" — failing above 512 areas like the real API).
 */
export function fakeExcel(seed: SheetSeed): FakeExcel {
  const merges = (seed.merges ?? []).map(parseArea);
  const used = usedArea(seed.rows);
  const extraMocks: OfficeMockObject[] = [];
  const mergeQueries: string[] = [];
  let syncs = 0;

  const sheet = {
    name: seed.name,
    getUsedRangeOrNullObject: (valuesOnly?: boolean) => {
      if (valuesOnly !== true) throw new Error('fake supports only getUsedRangeOrNullObject(true)');
      return usedRange;
    },
    getRangeByIndexes: (rowIndex: number, columnIndex: number, rowCount: number, columnCount: number) => {
      for (const n of [rowIndex, columnIndex, rowCount, columnCount]) {
        // Catches reading a proxy property before sync: the mock returns an error string then.
        if (!Number.isInteger(n)) throw new Error(`getRangeByIndexes got ${String(n)}`);
      }
      const area = {
        top: rowIndex + 1,
        left: columnIndex + 1,
        bottom: rowIndex + rowCount,
        right: columnIndex + columnCount,
      };
      return { getMergedAreasOrNullObject: () => mergedAreasOf(area) };
    },
  };

  const mergedAreasOf = (area: CellArea) => {
    mergeQueries.push(formatArea(area));
    const inside = merges.filter(
      (m) => m.top >= area.top && m.top <= area.bottom && m.left >= area.left && m.left <= area.right,
    );
    if (inside.length > 512) throw new Error('RichApi.Error: more than 512 merged areas');
    const prefix = /^[A-Za-z0-9_]+$/.test(seed.name) ? seed.name : `'${seed.name.replace(/'/g, "''")}'`;
    const mock = new OfficeMockObject({
      address: inside.map((m) => `${prefix}!${formatArea(m)}`).join(', '),
    });
    mock.isNullObject = inside.length === 0;
    extraMocks.push(mock);
    return mock;
  };

  const usedRange = new OfficeMockObject(usedRangeSeed(seed, used));
  usedRange.isNullObject = used === null;
  extraMocks.push(usedRange);

  const sheetMock = new OfficeMockObject(sheet);
  const context = new OfficeMockObject({
    workbook: { worksheets: { getActiveWorksheet: () => sheetMock } },
  });
  const syncContext = context.sync.bind(context);
  const sync = async () => {
    syncs++;
    await syncContext();
    await sheetMock.sync();
    for (const mock of extraMocks) await mock.sync();
  };
  context.sync = sync;
  return { context: context as unknown as Excel.RequestContext, syncCount: () => syncs, mergeQueries };
}

function usedArea(rows: ReadonlyArray<ReadonlyArray<CellValue>>): CellArea | null {
  let area: CellArea | null = null;
  rows.forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null || value === '') return;
      area = area
        ? {
            top: Math.min(area.top, r + 1),
            left: Math.min(area.left, c + 1),
            bottom: Math.max(area.bottom, r + 1),
            right: Math.max(area.right, c + 1),
          }
        : { top: r + 1, left: c + 1, bottom: r + 1, right: c + 1 };
    }),
  );
  return area;
}

function usedRangeSeed(seed: SheetSeed, used: CellArea | null) {
  // A null object still has proxy properties; Office fills them with defaults nobody should read.
  if (!used) return { rowIndex: 0, columnIndex: 0, rowCount: 0, columnCount: 0, values: [], text: [] };
  const values: Array<Array<string | number | boolean>> = [];
  const text: string[][] = [];
  for (let row = used.top; row <= used.bottom; row++) {
    const valueRow: Array<string | number | boolean> = [];
    const textRow: string[] = [];
    for (let column = used.left; column <= used.right; column++) {
      const value = seed.rows[row - 1]?.[column - 1] ?? null;
      const cell = formatArea({ top: row, left: column, bottom: row, right: column });
      valueRow.push(value ?? '');
      textRow.push(seed.texts?.[cell] ?? (value === null ? '' : String(value)));
    }
    values.push(valueRow);
    text.push(textRow);
  }
  return {
    rowIndex: used.top - 1,
    columnIndex: used.left - 1,
    rowCount: used.bottom - used.top + 1,
    columnCount: used.right - used.left + 1,
    values,
    text,
  };
}
