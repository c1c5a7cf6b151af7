import type { CellValue } from '../../src/domain';
import { emptyGrid } from '../../src/domain';
import { MERGED_AREAS_PER_CALL, readActiveSheetGrid, rowBlocks } from '../../src/excel';
import { fakeExcel } from './fakeExcel';

describe('readActiveSheetGrid', () => {
  it('reads the used range from B3 with its merged areas in two syncs', async () => {
    const excel = fakeExcel({
      name: 'Phụ lục 1',
      rows: [
        [],
        [],
        [null, 'PHỤ LỤC 1', null, null],
        [null, 'TT', 'Nhiệm vụ', 'Thời gian'],
        [null, 1, 'Việc A', 45292],
        [null, 2, 'Việc B', null],
      ],
      texts: { D5: '01/01/2024' },
      merges: ['B3:D3', 'D5:D6'],
    });

    const grid = await readActiveSheetGrid(excel.context);

    expect(grid).toEqual({
      sheetName: 'Phụ lục 1',
      top: 3,
      left: 2,
      values: [
        ['PHỤ LỤC 1', null, null],
        ['TT', 'Nhiệm vụ', 'Thời gian'],
        [1, 'Việc A', 45292],
        [2, 'Việc B', null],
      ],
      texts: [
        ['PHỤ LỤC 1', '', ''],
        ['TT', 'Nhiệm vụ', 'Thời gian'],
        ['1', 'Việc A', '01/01/2024'],
        ['2', 'Việc B', ''],
      ],
      merges: [
        { top: 3, left: 2, bottom: 3, right: 4 },
        { top: 5, left: 4, bottom: 6, right: 4 },
      ],
    });
    expect(excel.syncCount()).toBe(2);
  });

  it('gives an empty grid for a sheet without values, after one sync', async () => {
    const excel = fakeExcel({ name: 'Trang trống', rows: [[null, null]], merges: ['A1:B1'] });

    await expect(readActiveSheetGrid(excel.context)).resolves.toEqual(emptyGrid('Trang trống'));
    expect(excel.syncCount()).toBe(1);
    expect(excel.mergeQueries).toEqual([]);
  });

  it('collects more than 512 merged areas by asking in blocks, still in two syncs', async () => {
    // 1,200 rows whose column B is merged in pairs: 600 areas, more than one call may return.
    const rows: CellValue[][] = Array.from({ length: 1200 }, (_, i) => [
      i + 1,
      i % 2 === 0 ? `Nhóm ${i}` : null,
    ]);
    const merges = Array.from({ length: 600 }, (_, i) => `B${2 * i + 1}:B${2 * i + 2}`);
    const excel = fakeExcel({ name: 'Lớn', rows, merges });

    const grid = await readActiveSheetGrid(excel.context);

    expect(grid.merges).toHaveLength(600);
    expect(grid.merges[599]).toEqual({ top: 1199, left: 2, bottom: 1200, right: 2 });
    expect(excel.mergeQueries.length).toBeGreaterThan(1);
    expect(excel.syncCount()).toBe(2);
  });

  it('drops stale values Excel keeps hidden under a merged area, as the ExcelJS reader does', async () => {
    const excel = fakeExcel({ name: 'Sheet1', rows: [['Căn cứ', 'cũ']], merges: ['A1:B1'] });

    const grid = await readActiveSheetGrid(excel.context);

    expect(grid.values).toEqual([['Căn cứ', null]]);
    expect(grid.texts).toEqual([['Căn cứ', '']]);
  });
});

describe('rowBlocks', () => {
  it.each([
    [10, 6, [{ offset: 0, rows: 10 }]],
    [
      200,
      6,
      [
        { offset: 0, rows: 85 },
        { offset: 85, rows: 85 },
        { offset: 170, rows: 30 },
      ],
    ],
    [
      3,
      1000,
      [
        { offset: 0, rows: 1 },
        { offset: 1, rows: 1 },
        { offset: 2, rows: 1 },
      ],
    ],
  ])('splits %i rows × %i columns into blocks of at most 512 cells', (rowCount, columnCount, expected) => {
    const blocks = rowBlocks(rowCount, columnCount);
    expect(blocks).toEqual(expected);
    if (columnCount <= MERGED_AREAS_PER_CALL) {
      for (const block of blocks) expect(block.rows * columnCount).toBeLessThanOrEqual(MERGED_AREAS_PER_CALL);
    }
  });
});
