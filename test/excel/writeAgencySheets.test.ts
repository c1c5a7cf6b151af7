import type { AgencySheetsResult, Appendix } from '../../src/domain';
import {
  agencyWorkbookExport,
  generateAgencySheets,
  columnPoints,
  parseAppendix,
  printScale,
  sheetReference,
} from '../../src/domain';
import { excelWorkbook, PAYLOAD_BUDGET } from '../../src/excel';
import type { Expected } from '../helpers/fixtureLists';
import { LIEN_HIEP, SO_KE_HOACH_DAU_TU, SO_NGOAI_VU } from '../helpers/fixtureLists';
import { fixtureGrids, sampleGrid } from '../helpers/grid';
import { mergedRows, sheetValues, taskRows } from './agencySheets';
import type { FakeWorkbook, FakeWorkbookOptions, SheetSeed } from './fakeWorkbook';
import {
  expectLiteral,
  fakeWorkbook,
  seedFromGrid,
  taggedAs,
  tagOf,
  STRING_CONSTANT_FORMULA,
  TEXT_CELL_HOSTS,
} from './fakeWorkbook';

const SHEET = 'Phụ lục 1';
const INDEX = 'Tổng hợp theo cơ quan';
const HOST = { notes: true, undoGroup: true };
const global = globalThis as unknown as { Excel?: unknown };

/** Both sheets of the fixture (and any others) behind the `Excel` global. */
async function installFixture(
  extra: SheetSeed[] = [],
  options: FakeWorkbookOptions = {},
): Promise<FakeWorkbook> {
  const grids = await fixtureGrids();
  const fake = fakeWorkbook([...grids.map((grid) => seedFromGrid(grid)), ...extra], options);
  global.Excel = fake.excel;
  return fake;
}

async function generate(options: { activateIndex?: boolean } = {}): Promise<AgencySheetsResult> {
  return generateAgencySheets(excelWorkbook(HOST), { sheetName: SHEET, ...options });
}

/** The sheet name a list got, by registry id. */
const sheetOf = (outcome: AgencySheetsResult, key: string): string => {
  const name = outcome.names.lists.find((n) => n.key === key)?.name;
  if (!name) throw new Error(`no sheet for ${key}`);
  return name;
};

/** What the domain tests expect of a list, as its sheet shows it: TT, task, role. */
function expectedRows(appendix: Appendix, expected: Expected): string[][] {
  return expected.map(([rowNumber, tt, ...others]) => [
    tt,
    appendix.tasks.find((task) => task.rows[0] === rowNumber)?.task ?? `(no task on row ${rowNumber})`,
    others.length > 0 ? `Cùng chủ trì với: ${others.join('; ')}` : 'Chủ trì',
  ]);
}

/** The delegations of "Phụ lục 2" each list ends with, by TT (read by hand from its lead column). */
const DELEGATION_TTS: Record<string, string[]> = { 'so-ngoai-vu': ['3', '5', '6', '7'] };

afterEach(() => {
  delete global.Excel;
});

describe('writeAgencySheets on the fixture, through the Office.js port', () => {
  it('writes the index and one tagged sheet per agency in read 2 + delegations sheet 2 + write 1 syncs, as one undo step, leaving the appendices as they were', async () => {
    const fake = await installFixture();
    const before = [fake.snapshot(SHEET), fake.snapshot('Phụ lục 2')];

    const outcome = await generate();

    // The second read is "Phụ lục 2", the delegations list whose part each agency's list gains.
    expect(fake.syncCount()).toBe(5);
    expect(fake.excel.runs).toEqual([
      { delayForCellEdit: true },
      { delayForCellEdit: true },
      { delayForCellEdit: true, mergeUndoGroup: true },
    ]);
    expect(outcome.lists.delegationCount).toBe(15);
    expect(fake.pending()).toBe(0);
    expect(fake.undoStackClears()).toBe(0);
    for (const sync of fake.syncs) {
      expect(sync.error).toBeUndefined();
      expect(sync.requestBytes).toBeLessThan(PAYLOAD_BUDGET);
    }
    expect([fake.snapshot(SHEET), fake.snapshot('Phụ lục 2')]).toEqual(before);
    const names = fake.model.sheets.map((sheet) => sheet.name);
    expect(names).toEqual([SHEET, 'Phụ lục 2', ...outcome.written.written]);
    expect(outcome.written.written).toHaveLength(outcome.lists.lists.length + 1);
    expect(outcome.written.removed).toEqual([]);
    expect(tagOf(fake.sheet(INDEX))).toBe('agency-index');
    for (const name of outcome.written.written.slice(1)) expect(tagOf(fake.sheet(name))).toBe('agency-list');
  });

  it.each([
    ['Sở Ngoại vụ', 'so-ngoai-vu', SO_NGOAI_VU],
    ['Liên hiệp các tổ chức hữu nghị tỉnh', 'lien-hiep-cac-to-chuc-huu-nghi', LIEN_HIEP],
    ['Sở Kế hoạch và Đầu tư', 'so-ke-hoach-dau-tu', SO_KE_HOACH_DAU_TU],
  ])(
    'the sheet of %s holds exactly its tasks, in appendix order, with the co-leads',
    async (agency, key, expected) => {
      const fake = await installFixture();
      const outcome = await generate();
      const appendix = parseAppendix(await sampleGrid());
      const sheet = fake.sheet(sheetOf(outcome, key));

      expect(sheet.cells['A1']?.value).toBe(`DANH SÁCH NHIỆM VỤ – ${agency}`);
      expect(sheet.cells['A2']?.value).toBe(
        'Kèm theo Kế hoạch số 58/KH-UBND ngày 11/03/2024 của Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu',
      );
      expect(sheetValues(sheet)[4]?.slice(0, 3)).toEqual(['TT', 'Nhiệm vụ', 'Vai trò']);
      const rows = taskRows(sheet, 5);
      expect(rows.slice(0, expected.length)).toEqual(expectedRows(appendix, expected));
      // Then the delegations it leads ("Phụ lục 2"), by their TT.
      expect(rows.slice(expected.length).map((row) => row[0])).toEqual(DELEGATION_TTS[key] ?? []);
    },
  );

  it('counts on the index add up, and every agency row links to its sheet', async () => {
    const fake = await installFixture();
    const outcome = await generate();
    const rows = sheetValues(fake.sheet(INDEX));
    const header = rows[3] ?? [];
    expect(header).toEqual([
      'STT',
      'Cơ quan',
      'Trang tính',
      'Chủ trì',
      'Cùng chủ trì',
      'Quý I',
      'Quý II',
      'Quý III',
      'Quý IV',
      'Khác/cả năm',
      'Thiếu căn cứ',
      'Đoàn ra',
      'Biểu đồ chủ trì',
    ]);
    const agencies = rows.slice(4, 4 + outcome.lists.lists.length);
    const total = rows[4 + outcome.lists.lists.length] ?? [];
    expect(total[1]).toBe('Tổng cộng');
    // Every count column sums to the Total row; the last column is the picture (a bar per agency).
    for (let c = 3; c < header.length - 1; c++) {
      expect(agencies.reduce((sum, row) => sum + Number(row[c]), 0)).toBe(total[c]);
    }
    for (const row of [...agencies, total]) {
      const quarters = [5, 6, 7, 8, 9].reduce((sum, c) => sum + Number(row[c]), 0);
      expect(quarters).toBe(Number(row[3]) + Number(row[4]));
    }
    // 84 tasks led alone + 13 shared = 97 (each shared task once per lead in the columns).
    expect(rows.flat()).toContain(
      'Phụ lục có 97 nhiệm vụ: 84 do một cơ quan chủ trì, 13 do nhiều cơ quan cùng chủ trì (tính ở mỗi cơ quan).',
    );
    expect(total[10]).toBe(1);
    const index = fake.sheet(INDEX);
    outcome.written.written.slice(1).forEach((name, i) => {
      for (const column of ['B', 'C']) {
        const cell = index.cells[`${column}${5 + i}`];
        expect(cell?.hyperlink).toEqual({
          documentReference: sheetReference(name, 'A1'),
          textToDisplay: column === 'B' ? outcome.lists.lists[i]?.entry?.name : name,
        });
        expect(cell?.underline).toBe('Single');
      }
      expect(fake.model.sheets.some((sheet) => sheet.name === name)).toBe(true);
    });
  });

  it('regenerates idempotently: the same sheets, cleared and reused, the same content, nothing added', async () => {
    const fake = await installFixture();
    const first = await generate();
    const after = structuredClone(fake.model.sheets);
    const syncs = fake.syncCount();

    const second = await generate();

    expect(second.written).toEqual(first.written);
    expect(fake.model.sheets).toEqual(after);
    expect(fake.syncCount() - syncs).toBe(5);
    expect(fake.excel.runs.slice(3)).toEqual([
      { delayForCellEdit: true },
      { delayForCellEdit: true },
      { delayForCellEdit: true, mergeUndoGroup: true },
    ]);
    expect(fake.undoStackClears()).toBe(0);
  });

  it('leaves an officer’s sheet named like an agency’s sheet untouched, and names the agency’s sheet otherwise', async () => {
    const officers: SheetSeed = {
      name: 'Sở Ngoại vụ',
      rows: [['Ghi chép của chị Lan']],
      fills: { A1: '#FFFF00' },
    };
    const fake = await installFixture([officers]);
    const before = fake.snapshot('Sở Ngoại vụ');

    const outcome = await generate();

    expect(fake.snapshot('Sở Ngoại vụ')).toEqual(before);
    expect(outcome.renamed).toEqual([{ wanted: 'Sở Ngoại vụ', name: 'Sở Ngoại vụ (2)' }]);
    expect(fake.sheet('Sở Ngoại vụ (2)').cells['A1']?.value).toBe('DANH SÁCH NHIỆM VỤ – Sở Ngoại vụ');
    const links = Object.values(fake.sheet(INDEX).cells).map((cell) => cell.hyperlink?.documentReference);
    expect(links).toContain("'Sở Ngoại vụ (2)'!A1");
    expect(links).not.toContain("'Sở Ngoại vụ'!A1");
  });

  it('never removes or reuses a sheet the officer renamed, copied or rewrote at the top: it is theirs now', async () => {
    const fake = await installFixture();
    const first = await generate();
    const foreign = sheetOf(first, 'so-ngoai-vu');
    const planning = sheetOf(first, 'so-ke-hoach-dau-tu');
    // Renamed in Excel: the tag (a custom property) follows the sheet.
    fake.sheet(foreign).name = `${foreign} - đã rà soát`;
    // Copied: Excel copies the custom properties too.
    const copy = JSON.parse(JSON.stringify(fake.sheet(planning))) as (typeof fake.model.sheets)[number];
    fake.model.sheets.push({ ...copy, name: `${planning} (bản sao)` });
    // Rewritten at the top by the officer, under the add-in's name.
    const index = fake.sheet(INDEX);
    index.cells['A1'] = { value: 'Tổng hợp của tôi' };
    const renamed = fake.snapshot(`${foreign} - đã rà soát`);
    const copied = fake.snapshot(`${planning} (bản sao)`);

    const second = await generate();

    expect(fake.snapshot(`${foreign} - đã rà soát`)).toEqual(renamed);
    expect(fake.snapshot(`${planning} (bản sao)`)).toEqual(copied);
    expect(fake.sheet(INDEX).cells['A1']).toEqual({ value: 'Tổng hợp của tôi' });
    expect(second.written.removed).toEqual([]);
    // The new index went beside the officer's; the agency's list was written afresh under its name.
    expect(second.names.index.name).not.toBe(INDEX);
    expect(tagOf(fake.sheet(second.names.index.name))).toBe('agency-index');
    expect(tagOf(fake.sheet(foreign))).toBe('agency-list');
    expect(tagOf(fake.sheet(`${foreign} - đã rà soát`))).toBeUndefined();
  });

  it('removes the agency sheets an earlier run wrote that are no longer needed, outside an undo group', async () => {
    const earlier: SheetSeed = {
      name: 'Sở Giải thể',
      rows: [['DANH SÁCH NHIỆM VỤ – Sở Giải thể']],
      customProperties: taggedAs('agency-list', 'Sở Giải thể', 'DANH SÁCH NHIỆM VỤ – Sở Giải thể'),
    };
    const fake = await installFixture([earlier]);

    const outcome = await generate();

    expect(outcome.written.removed).toEqual(['Sở Giải thể']);
    expect(fake.model.sheets.some((sheet) => sheet.name === 'Sở Giải thể')).toBe(false);
    // Deleting a sheet cannot be undone anywhere: in a group Excel would refuse it, so the run is not grouped.
    expect(fake.excel.runs).toEqual([
      { delayForCellEdit: true },
      { delayForCellEdit: true },
      { delayForCellEdit: true },
    ]);
    expect(fake.undoStackClears()).toBe(1);
    expect(fake.syncCount()).toBe(5);
  });

  it('shows the index when the ribbon asks, unhiding it outside an undo group if the officer hid it', async () => {
    const fake = await installFixture();
    await generate();
    fake.sheet(INDEX).visibility = 'Hidden';

    await generate({ activateIndex: true });

    expect(fake.model.activeSheet).toBe(INDEX);
    expect(fake.model.selection).toEqual({ sheet: INDEX, address: 'A1' });
    expect(fake.sheet(INDEX).visibility).toBe('Visible');
    expect(fake.excel.runs.slice(3)).toEqual([
      { delayForCellEdit: true },
      { delayForCellEdit: true },
      { delayForCellEdit: true },
    ]);
  });

  it('keeps a task that starts with "=" as literal text, never a formula', async () => {
    const [grid, second] = await fixtureGrids();
    if (!grid || !second) throw new Error('fixture sheets missing');
    const formula = '=HYPERLINK("http://example.com","bấm") Tổ chức hội nghị';
    for (const rows of [grid.values, grid.texts]) {
      const row = rows[25 - grid.top];
      if (row) row[1] = formula;
    }
    for (const textCells of TEXT_CELL_HOSTS) {
      const fake = fakeWorkbook([seedFromGrid(grid), seedFromGrid(second)], { textCells });
      global.Excel = fake.excel;

      const outcome = await generate();

      const sheet = fake.sheet(sheetOf(outcome, 'so-ke-hoach-dau-tu'));
      const cell = Object.values(sheet.cells).find((c) => String(c.value).startsWith('=HYPERLINK'));
      expectLiteral(cell, formula);
      for (const each of Object.values(sheet.cells)) {
        if (each.formula !== undefined) expect(each.formula).toMatch(STRING_CONSTANT_FORMULA);
        expect(String(each.value ?? '')).not.toMatch(/^'/);
      }
    }
  });

  it('draws each agency sheet ready to print: A4 landscape one page wide, header repeated and frozen, Times New Roman, borders, widths', async () => {
    const fake = await installFixture();
    const outcome = await generate();
    const sheet = fake.sheet(sheetOf(outcome, 'so-ngoai-vu'));

    expect(sheet.pageLayout).toEqual({
      orientation: 'Landscape',
      paperSize: 'A4',
      zoom: { scale: expect.any(Number) },
      centerHorizontally: true,
      leftMargin: 36,
      rightMargin: 36,
      topMargin: 43.2,
      bottomMargin: 43.2,
      headerMargin: 21.6,
      footerMargin: 21.6,
      printTitleRows: '$5:$5',
      centerFooter: 'Trang &P/&N',
    });
    expect(sheet.frozenRows).toBe(5);
    const rows = sheetValues(sheet);
    const last = rows.length;
    for (let r = 1; r <= last; r++) {
      for (const column of ['A', 'B', 'C', 'D', 'E', 'F']) {
        const cell = sheet.cells[`${column}${r}`];
        expect(cell?.fontName).toBe('Times New Roman');
        if (r >= 5) {
          expect(cell?.borders).toEqual({
            top: { style: 'Continuous' },
            bottom: { style: 'Continuous' },
            left: { style: 'Continuous' },
            right: { style: 'Continuous' },
          });
          expect(cell?.wrapText).toBe(true);
        }
      }
    }
    expect(sheet.cells['A1']).toMatchObject({ bold: true, fontSize: 14, horizontalAlignment: 'Center' });
    expect(sheet.cells['A2']).toMatchObject({ italic: true, fontSize: 12 });
    expect(sheet.cells['A5']).toMatchObject({ bold: true, fill: '#F2F2F2', horizontalAlignment: 'Center' });
    expect(sheet.cells['A6']).toMatchObject({ value: 'A. NHIỆM VỤ CHỦ TRÌ (41)', bold: true });
    expect(sheet.cells['A6']?.horizontalAlignment).toBeUndefined();
    expect(sheet.merges).toEqual(expect.arrayContaining(['A1:F1', 'A2:F2', 'A3:F3', 'A6:F6']));
    // Sections: TT in A, the title merged across B–F, both bold.
    expect(sheet.cells['A7']).toMatchObject({ value: 'I', bold: true, horizontalAlignment: 'Center' });
    expect(sheet.cells['B7']?.bold).toBe(true);
    expect(sheet.merges).toContain('B7:F7');
    const delegations = DELEGATION_TTS['so-ngoai-vu']?.length ?? 0;
    expect(mergedRows(sheet).size).toBe(rows.length - 5 - SO_NGOAI_VU.length - delegations + 3);
    const { spec } = agencyWorkbookExport(outcome.lists, 'so-ngoai-vu');
    expect(sheet.columnWidths).toEqual(
      Object.fromEntries(spec.widths.map((chars, c) => [String.fromCharCode(65 + c), columnPoints(chars)])),
    );
    // One page wide by a documented scale: the columns, scaled, fit A4 landscape within its margins.
    const scale = sheet.pageLayout?.zoom?.scale ?? 0;
    expect(scale).toBe(printScale(spec.widths));
    const table = Object.values(sheet.columnWidths).reduce((sum, points) => sum + points, 0);
    expect((table * scale) / 100).toBeLessThanOrEqual((297 / 25.4) * 72 - 72);
    // Every row whose text wraps has its height, so a printout never overlaps (merged cells do not grow).
    expect(Object.keys(sheet.rowHeights ?? {}).length).toBeGreaterThan(SO_NGOAI_VU.length / 2);
  });
});
