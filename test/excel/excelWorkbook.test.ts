import { checkWorkbook, DEFAULT_SETTINGS, settingsSheetSpec } from '../../src/domain';
import { isMarkFormula, MARK_FILLS } from '../../src/domain';
import { excelWorkbook, hostCapabilities } from '../../src/excel';
import type { FakeWorkbook } from './fakeWorkbook';
import { fakeWorkbook, seedFromGrid } from './fakeWorkbook';
import { fixtureGrid } from './workbooks';
import { gridFrom } from '../helpers/grid';

const SHEET = 'Phụ lục 1';
const global = globalThis as unknown as { Excel?: unknown };

/** The fixture behind the `Excel` global, as the task pane and the ribbon command see it. */
async function installFixture(): Promise<FakeWorkbook> {
  const fake = fakeWorkbook([seedFromGrid(await fixtureGrid())]);
  global.Excel = fake.excel;
  return fake;
}

afterEach(() => {
  delete global.Excel;
});

describe('checkWorkbook over the Office.js port', () => {
  it('finds missing-legal-basis on E110, marks it, and costs read (2) + separator probe (1, first write of a session) + write (1) syncs', async () => {
    const fake = await installFixture();

    const outcome = await checkWorkbook(excelWorkbook({ notes: true, undoGroup: true }), {
      checkedAt: '23/11/2026 09:15',
    });

    expect(outcome.findings).toContainEqual(
      expect.objectContaining({ code: 'missing-legal-basis', cell: 'E110', severity: 'error' }),
    );
    expect(outcome.appendix.sheet).toBe(SHEET);
    expect(outcome.sheetNames).toEqual([SHEET]);
    const marks = fake.sheet(SHEET).conditionalFormats.filter((f) => isMarkFormula(f.formula ?? ''));
    expect(marks.find((f) => f.fill === MARK_FILLS.error)?.appliesTo).toContain('E110');
    expect(fake.sheet(SHEET).notes['E110']).toMatch(/Nhiệm vụ chưa có căn cứ/);
    expect(outcome.written).toMatchObject({
      resultSheetName: 'Kết quả kiểm tra',
      notesWritten: expect.any(Number),
    });
    expect(fake.syncCount()).toBe(4);
    expect(fake.excel.runs).toEqual([
      { delayForCellEdit: true },
      { delayForCellEdit: true, mergeUndoGroup: true },
    ]);
    expect(fake.pending()).toBe(0);
  });

  it('waits while the officer is typing in a cell, then checks (Excel.RunOptions.delayForCellEdit)', async () => {
    const fake = await installFixture();
    let endEdit = () => {};
    fake.host.cellEdit = new Promise<void>((resolve) => (endEdit = resolve));
    let done = false;

    const checking = checkWorkbook(excelWorkbook({ notes: true, undoGroup: true }), {
      checkedAt: '23/11/2026 09:15',
    }).then((outcome) => ((done = true), outcome));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(done).toBe(false);
    expect(fake.syncCount()).toBe(0);

    endEdit();
    delete fake.host.cellEdit;
    expect((await checking).findings.length).toBeGreaterThan(0);
    expect(fake.syncs.every((sync) => sync.error === undefined)).toBe(true);
  });

  it('makes writes one undo step only where the host has ExcelApi 1.20', async () => {
    const fake = await installFixture();
    const host = hostCapabilities(
      (set, version) => set === 'ExcelApi' && Number(version.split('.')[1]) <= 18,
    );
    expect(host).toEqual({ notes: true, undoGroup: false, sheetViews: false });

    await checkWorkbook(excelWorkbook(host), { checkedAt: '23/11/2026 09:15' });

    expect(fake.excel.runs).toEqual([{ delayForCellEdit: true }, { delayForCellEdit: true }]);
  });

  it('applies settings saved through the port on the next check, and clears what the checks marked', async () => {
    const fake = await installFixture();
    const before = fake.snapshot(SHEET);
    const port = excelWorkbook({ notes: true, undoGroup: true });
    const rules = { ...DEFAULT_SETTINGS.rules, 'missing-legal-basis': { enabled: false } };

    await port.saveHiddenSheet(settingsSheetSpec({ rules }));
    const outcome = await checkWorkbook(port, { checkedAt: '23/11/2026 09:15' });
    await port.selectCell(SHEET, 'E110');
    const cleared = await port.clearMarks(SHEET);

    expect(outcome.settings.rules['missing-legal-basis']).toEqual({ enabled: false });
    expect(outcome.findings.some((f) => f.code === 'missing-legal-basis')).toBe(false);
    expect(outcome.sheetNames).toEqual([SHEET]);
    expect(fake.model.selection).toEqual({ sheet: SHEET, address: 'E110' });
    expect(cleared.marks).toBe(3);
    expect(fake.snapshot(SHEET)).toEqual(before);
    // save 3 + read 2 + write 1 + select 1 + clear 3
    expect(fake.syncCount()).toBe(10);
    // Saving settings is not one undo step: hiding a new sheet cannot be undone on Windows and Mac, and in
    // a group Excel would refuse it (UndoNotSupported). It clears the undo stack once, on the first save.
    expect(fake.excel.runs).toEqual([
      { delayForCellEdit: true },
      { delayForCellEdit: true },
      { delayForCellEdit: true, mergeUndoGroup: true },
      { delayForCellEdit: true },
      { delayForCellEdit: true, mergeUndoGroup: true },
    ]);
    expect(fake.undoStackClears()).toBe(1);
  });
});

// Sessions 22–23: a field written one column per value checked through the port — a timetable (an "x" under each
// year of the task) and funding by source (an amount under each source): the values read as the field, only
// the task with none flagged, and no cell of the officer's changed.
describe('checkWorkbook on a field written one column per value', () => {
  const TITLE = [
    ['PHỤ LỤC'],
    ['DANH MỤC NHIỆM VỤ GIAI ĐOẠN 2026 - 2030'],
    ['(Kèm theo Kế hoạch số 45/KH-UBND ngày 10/02/2026 của UBND tỉnh Quảng Ngãi)'],
  ];
  const MERGES = ['A4:A5', 'B4:B5', 'C4:C5', 'D4:F4'];

  it.each([
    {
      what: 'a timetable',
      parent: 'Thời gian thực hiện',
      children: ['2026', '2027', '2028'],
      values: [
        ['x', 'x', null],
        [null, null, 'x'],
      ],
      field: 'time' as const,
      read: ['2026, 2027', '2028', ''],
      flagged: 'missing-timeframe D8',
      kept: 'E6',
    },
    {
      what: 'funding by source',
      parent: 'Kinh phí (triệu đồng)',
      children: ['NSTW', 'Ngân sách tỉnh', 'Xã hội hóa'],
      values: [
        ['500', null, null],
        [null, null, '200'],
      ],
      field: 'funding' as const,
      read: ['NSTW: 500 triệu đồng', 'Xã hội hóa: 200 triệu đồng', ''],
      flagged: 'missing-funding D8',
      kept: 'F7',
    },
  ])('$what: flags only the task with no value, and leaves every cell as it was', async (c) => {
    const grid = gridFrom(
      [
        ...TITLE,
        ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', c.parent, null, null],
        [null, null, null, ...c.children],
        ['1', 'Rà soát văn bản', 'Sở Tư pháp', ...(c.values[0] as Array<string | null>)],
        ['2', 'Đào tạo cán bộ', 'Sở Nội vụ', ...(c.values[1] as Array<string | null>)],
        ['3', 'Kiểm tra', 'Thanh tra tỉnh', null, null, null],
      ],
      { sheetName: 'Phụ lục', merges: MERGES },
    );
    const fake = fakeWorkbook([seedFromGrid(grid)]);
    global.Excel = fake.excel;
    const before = fake.snapshot('Phụ lục').cells;
    const outcome = await checkWorkbook(excelWorkbook({ notes: true, undoGroup: true }), {
      checkedAt: '23/11/2026 09:15',
    });
    expect(outcome.appendix.tasks.map((t) => t[c.field] ?? '')).toEqual(c.read);
    expect(outcome.findings.filter((f) => f.severity !== 'info').map((f) => `${f.code} ${f.cell}`)).toEqual([
      c.flagged,
    ]);
    const after = fake.sheet('Phụ lục').cells;
    expect(Object.keys(before)).toContain(c.kept);
    for (const [address, cell] of Object.entries(before)) expect(after[address]?.value).toEqual(cell.value);
  });
});
