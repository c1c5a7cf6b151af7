import type { CellGrid } from '../../src/domain';
import {
  markNoteText,
  markFormula,
  parseAppendix,
  SHEET_TAG_PROPERTY,
  UnusableWorkbookError,
} from '../../src/domain';
import { PAYLOAD_BUDGET, readWorkbook } from '../../src/excel';
import { fixtureGrids } from '../helpers/grid';
import type { FakeWorkbook, SheetSeed } from './fakeWorkbook';
import { fakeWorkbook, seedFromGrid, taggedAs } from './fakeWorkbook';
import { fixtureGrid, plainGrid, repeatedFixture } from './workbooks';

const NOTES = { notes: true };
const SHEET = 'Phụ lục 1';

/** Every round trip that Excel accepted stayed within the adapter's budget, and nothing was left queued. */
function expectWithinBudget(fake: FakeWorkbook): void {
  for (const sync of fake.syncs.filter((s) => !s.error)) {
    expect(sync.requestBytes).toBeLessThanOrEqual(PAYLOAD_BUDGET);
    expect(sync.responseBytes).toBeLessThanOrEqual(PAYLOAD_BUDGET);
  }
  expect(fake.pending()).toBe(0);
}

const registrySeed: SheetSeed = {
  name: 'Danh mục cơ quan',
  rows: [
    ['DANH MỤC CƠ QUAN'],
    [],
    ['Tên chuẩn', 'Tên khác / viết tắt', 'Hiệu lực từ', 'Hiệu lực đến', 'Thay thế bởi'],
    ['Sở Ngoại vụ', 'SNgV'],
    ['Hội Doanh nhân trẻ tỉnh', 'Hội DNT', 45658],
  ],
  texts: [[], [], [], [], ['', '', '01/01/2025']],
};

const settingsRows = [['CÀI ĐẶT KIỂM TRA'], ['Mục', 'Giá trị', 'Ghi chú'], ['missing-funding', 'tắt']];

describe('readWorkbook on the fixture', () => {
  it('reads "Phụ lục 1" into the grid the ExcelJS reader gives, with the same appendix, in 2 syncs', async () => {
    const grids = await fixtureGrids();
    const fake = fakeWorkbook(grids.map((grid) => seedFromGrid(grid)));
    const exceljs = grids.find((grid) => grid.sheetName === 'Phụ lục 1') as CellGrid;

    const snapshot = await readWorkbook(fake.context, 'Phụ lục 1', NOTES);

    expect(snapshot.grid).toEqual(exceljs);
    expect(parseAppendix(snapshot.grid)).toEqual(parseAppendix(exceljs));
    expect(snapshot.grid.merges).toHaveLength(22);
    expect(snapshot.sheetNames).toEqual(['Phụ lục 1', 'Phụ lục 2']);
    expect(snapshot.existing).toEqual({
      sheets: [{ name: 'Phụ lục 1' }, { name: 'Phụ lục 2' }],
      markIds: [],
      notes: [],
    });
    expect(snapshot.registry).toBeUndefined();
    expect(snapshot.settings).toBeUndefined();
    expect(fake.syncCount()).toBe(2);
    expectWithinBudget(fake);
  });

  it('drops stale values a file keeps in the covered cells of merged areas, as the ExcelJS reader does', async () => {
    const grid = await fixtureGrid();
    const stale = (r: number, c: number) =>
      grid.merges.some(
        (m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && (r > m.top || c > m.left),
      );
    const rows = grid.values.map((row, i) =>
      row.map((v, j) => (stale(i + grid.top, j + grid.left) ? 'bản sao cũ' : v)),
    );
    const fake = fakeWorkbook([{ ...seedFromGrid(grid), rows }]);

    const snapshot = await readWorkbook(fake.context, SHEET, NOTES);

    expect(fake.sheet(SHEET).cells['E60']?.value).toBe('bản sao cũ');
    expect(snapshot.grid).toEqual(grid);
  });

  it('reads the active sheet when no sheet is named', async () => {
    const grids = await fixtureGrids();
    const fake = fakeWorkbook(
      grids.map((grid) => seedFromGrid(grid)),
      { active: 'Phụ lục 2' },
    );
    const snapshot = await readWorkbook(fake.context, undefined, NOTES);
    expect(snapshot.grid).toEqual(grids.find((grid) => grid.sheetName === 'Phụ lục 2'));
    expect(fake.syncCount()).toBe(2);
  });
});

describe('readWorkbook sync counts and payloads', () => {
  it('reads a 100-row sheet in 2 syncs', async () => {
    const grid = plainGrid('Trang', 100);
    const fake = fakeWorkbook([seedFromGrid(grid)]);
    const snapshot = await readWorkbook(fake.context, undefined, NOTES);
    expect(snapshot.grid).toEqual(grid);
    expect(fake.syncCount()).toBe(2);
    expectWithinBudget(fake);
  });

  // Measured: the responses weigh 13.7 MB in all (values and display texts, merged areas), so at least 4
  // chunks; the reader takes 5 (the first sized by the first guess: 5,555 rows, about 3.8 MB; the next ones
  // by the measured bytes per row plus a 25 % margin), so 6 syncs in all.
  it('reads a 20,000-row appendix in 6 syncs, each response at most 4 MB', async () => {
    const grid = await repeatedFixture(20_000);
    const fake = fakeWorkbook([seedFromGrid(grid)]);

    const snapshot = await readWorkbook(fake.context, undefined, NOTES);

    expect(snapshot.grid).toEqual(grid);
    expect(snapshot.grid.merges.length).toBeGreaterThan(3000);
    expectWithinBudget(fake);
    const content = fake.syncs.reduce((sum, s) => sum + s.responseBytes, 0);
    const chunksNeeded = Math.ceil(content / PAYLOAD_BUDGET);
    expect(fake.syncCount()).toBeLessThanOrEqual(2 + chunksNeeded);
    expect(fake.syncCount()).toBe(6);
    expect(fake.syncs.every((s) => !s.error)).toBe(true);
  }, 30_000);

  // Measured: the first chunk (1,300 rows, sized by the first guess) is refused at 9.6 MB, then 650, 325 and
  // 162 rows (9.5, 9.5, 5.1 MB); 81 rows pass (2.6 MB); later chunks are sized from what was measured.
  // 11 syncs in all, 4 of them refused.
  it('asks again at half the rows when the first rows are too large for one response', async () => {
    const huge = 'Triển khai thực hiện nhiệm vụ đối ngoại của tỉnh năm 2024; '.repeat(40); // about 3 KB in UTF-8
    const plain = plainGrid('Trang', 1300);
    const values = plain.values.map((row, r) =>
      r < 300 ? row.map((v, c) => (c === 0 ? v : `${huge}${r}`)) : row,
    );
    const grid = { ...plain, values, texts: values.map((row) => row.map((v) => String(v))) };
    const fake = fakeWorkbook([seedFromGrid(grid)]);

    const snapshot = await readWorkbook(fake.context, undefined, NOTES);

    expect(snapshot.grid).toEqual(grid);
    const failed = fake.syncs.filter((s) => s.error);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((s) => s.error === 'ResponsePayloadSizeLimitExceeded')).toBe(true);
    expect(failed).toHaveLength(4);
    expect(fake.syncCount()).toBe(11);
    expectWithinBudget(fake);
  });

  it('reads an empty sheet as an empty grid in 2 syncs', async () => {
    const fake = fakeWorkbook([{ name: 'Trống' }]);
    const snapshot = await readWorkbook(fake.context, 'Trống', NOTES);
    expect(snapshot.grid).toEqual({ sheetName: 'Trống', top: 1, left: 1, values: [], texts: [], merges: [] });
    expect(fake.syncCount()).toBe(2);
    expect(fake.pending()).toBe(0);
  });

  it('asks for merged areas in blocks Excel can answer (at most 512 areas per call)', async () => {
    // 900 areas B1:B2, B3:B4 … (their covered cells empty, as Excel keeps them).
    const plain = plainGrid('Trang', 2000);
    const covered = (r: number, c: number) => c === 1 && r % 2 === 1 && r < 1800;
    const grid = {
      ...plain,
      values: plain.values.map((row, r) => row.map((v, c) => (covered(r, c) ? null : v))),
      texts: plain.texts.map((row, r) => row.map((t, c) => (covered(r, c) ? '' : t))),
      merges: Array.from({ length: 900 }, (_, i) => ({
        top: 2 * i + 1,
        left: 2,
        bottom: 2 * i + 2,
        right: 2,
      })),
    };
    const fake = fakeWorkbook([seedFromGrid(grid)]);
    const snapshot = await readWorkbook(fake.context, undefined, NOTES);
    expect(snapshot.grid.merges).toEqual(grid.merges);
    expect(fake.syncCount()).toBe(2);
  });
});

describe('readWorkbook and the sheets around the appendix', () => {
  it('throws no-such-sheet for a named sheet that does not exist, after 1 sync', async () => {
    const fake = fakeWorkbook([{ name: 'Phụ lục 1', rows: [['x']] }]);
    const reading = readWorkbook(fake.context, 'Phụ lục 9', NOTES);
    await expect(reading).rejects.toBeInstanceOf(UnusableWorkbookError);
    await expect(reading).rejects.toMatchObject({ code: 'no-such-sheet', data: { sheet: 'Phụ lục 9' } });
    expect(fake.syncCount()).toBe(1);
  });

  it('returns the registry sheet and the tagged hidden settings sheet, and lists only the officer’s visible sheets', async () => {
    const grid = await fixtureGrid();
    const fake = fakeWorkbook([
      seedFromGrid(grid),
      registrySeed,
      {
        name: 'Cài đặt kiểm tra',
        rows: settingsRows,
        visibility: 'Hidden',
        customProperties: taggedAs('settings', 'Cài đặt kiểm tra', String(settingsRows[0]?.[0])),
      },
      {
        name: 'Kết quả kiểm tra',
        rows: [['KẾT QUẢ']],
        customProperties: taggedAs('result', 'Kết quả kiểm tra', 'KẾT QUẢ'),
      },
      { name: 'Nháp', rows: [['ẩn']], visibility: 'Hidden' },
      { name: 'Ghi chú', rows: [['ghi chú']] },
    ]);

    const snapshot = await readWorkbook(fake.context, 'Phụ lục 1', NOTES);

    expect(snapshot.sheetNames).toEqual(['Phụ lục 1', 'Danh mục cơ quan', 'Ghi chú']);
    expect(snapshot.existing.sheets).toEqual([
      { name: 'Phụ lục 1' },
      { name: 'Danh mục cơ quan' },
      { name: 'Cài đặt kiểm tra', tag: 'settings', hidden: true },
      { name: 'Kết quả kiểm tra', tag: 'result' },
      { name: 'Nháp', hidden: true },
      { name: 'Ghi chú' },
    ]);
    expect(snapshot.registry?.sheetName).toBe('Danh mục cơ quan');
    expect(snapshot.registry?.values[4]).toEqual(['Hội Doanh nhân trẻ tỉnh', 'Hội DNT', 45658, null, null]);
    expect(snapshot.registry?.texts[4]).toEqual(['Hội Doanh nhân trẻ tỉnh', 'Hội DNT', '01/01/2025', '', '']);
    expect(snapshot.settings?.values).toEqual([
      ['CÀI ĐẶT KIỂM TRA', null, null],
      ['Mục', 'Giá trị', 'Ghi chú'],
      ['missing-funding', 'tắt', null],
    ]);
    expect(fake.syncCount()).toBe(2);
  });

  it('ignores an untagged sheet named like the settings sheet, and finds the tagged one under another name', async () => {
    const fake = fakeWorkbook([
      { name: 'Phụ lục 1', rows: [['x']] },
      {
        name: 'Cài đặt kiểm tra',
        rows: [
          ['Mục', 'Giá trị'],
          ['missing-funding', 'bật'],
        ],
      },
      {
        name: 'Cài đặt kiểm tra (2)',
        rows: settingsRows,
        visibility: 'Hidden',
        customProperties: taggedAs('settings', 'Cài đặt kiểm tra (2)', String(settingsRows[0]?.[0])),
      },
    ]);
    const snapshot = await readWorkbook(fake.context, 'Phụ lục 1', NOTES);
    expect(snapshot.settings?.sheetName).toBe('Cài đặt kiểm tra (2)');

    const untaggedOnly = fakeWorkbook([
      { name: 'Phụ lục 1', rows: [['x']] },
      {
        name: 'cài đặt kiểm tra',
        rows: settingsRows,
        customProperties: { [SHEET_TAG_PROPERTY]: 'không phải' },
      },
    ]);
    const plain = await readWorkbook(untaggedOnly.context, 'Phụ lục 1', NOTES);
    expect(plain.settings).toBeUndefined();
    expect(plain.existing.sheets).toEqual([{ name: 'Phụ lục 1' }, { name: 'cài đặt kiểm tra' }]);
  });

  it('reports the marks and notes of earlier runs, telling the add-in’s from the officer’s', async () => {
    const fake = fakeWorkbook([
      {
        name: 'Phụ lục 1',
        rows: [
          ['TT', 'Nhiệm vụ'],
          [1, 'Hội nghị'],
          [2, 'Đón đoàn'],
        ],
        conditionalFormats: [
          { type: 'Custom', formula: markFormula('error'), fill: '#FFC7CE', appliesTo: ['B2'] },
          { type: 'Custom', formula: '=$A2>1', fill: '#00FF00', appliesTo: ['A2:B3'] },
          { type: 'CellValue', appliesTo: ['A1:A3'] },
          { type: 'Custom', formula: markFormula('warning'), fill: '#FFEB9C', appliesTo: ['B3', 'A1'] },
        ],
        notes: {
          B3: markNoteText(['• [Cảnh báo] …']),
          A2: 'Ghi chú của chuyên viên',
          B2: markNoteText(['• [Lỗi] …']),
        },
      },
    ]);
    const snapshot = await readWorkbook(fake.context, 'Phụ lục 1', NOTES);

    // Ids are priorities: positions in the collection (see the fake's ConditionalFormatModel).
    expect(snapshot.existing.markIds).toEqual(['0', '3']);
    expect(snapshot.existing.notes).toEqual([
      { cell: 'A2', ours: false },
      { cell: 'B2', ours: true },
      { cell: 'B3', ours: true },
    ]);
    expect(fake.syncCount()).toBe(2);
  });

  it('leaves notes alone on a host without ExcelApi 1.18 (touching them would fail the read)', async () => {
    const fake = fakeWorkbook([{ name: 'Phụ lục 1', rows: [['x']], notes: { A1: markNoteText(['…']) } }], {
      notes: false,
    });
    const snapshot = await readWorkbook(fake.context, 'Phụ lục 1', { notes: false });
    expect(snapshot.existing.notes).toEqual([]);
    expect(snapshot.capabilities).toEqual({ notes: false });
    expect(fake.syncCount()).toBe(2);
  });
});
