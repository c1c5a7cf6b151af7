import type { Appendix, AgencyList, HostCapabilities } from '../../src/domain';
import { agencyRowView, buildAgencyLists, parseAppendix } from '../../src/domain';
import { restoreRows, showOnlyRows } from '../../src/excel';
import type { FakeWorkbook } from './fakeWorkbook';
import { fakeWorkbook, seedFromGrid } from './fakeWorkbook';
import { fixtureGrid } from './workbooks';

const SHEET = 'Phụ lục 1';
const DESKTOP: HostCapabilities = { notes: true };
const WEB: HostCapabilities = { notes: true, sheetViews: true };

/** The rows of the sheet's table (below the header, row 5) that are not hidden. */
function visibleTableRows(fake: FakeWorkbook, lastRow = 127): number[] {
  const hidden = new Set(fake.sheet(SHEET).hiddenRows ?? []);
  return Array.from({ length: lastRow - 5 }, (_, i) => 6 + i).filter((row) => !hidden.has(row));
}

describe('Lọc theo cơ quan on the fixture (row hiding, then Bỏ lọc)', () => {
  let appendix: Appendix;
  let listOf: (name: string) => AgencyList;
  beforeAll(async () => {
    appendix = parseAppendix(await fixtureGrid());
    const lists = buildAgencyLists(appendix, { planDate: appendix.plan.date });
    listOf = (name) => {
      const list = lists.lists.find((l) => l.entry?.name === name);
      if (!list) throw new Error(`no list ${name}`);
      return list;
    };
  });

  /** The fixture with two rows the officer had hidden before (a blank row and a task row). */
  async function officerSheet(options: { sheetViews?: boolean } = {}) {
    return fakeWorkbook([seedFromGrid(await fixtureGrid(), { hiddenRows: [23, 50] })], options);
  }

  it('shows only the five tasks of Sở Kế hoạch và Đầu tư with their sections, in 2 syncs, changing no value', async () => {
    const fake = await officerSheet();
    const before = fake.snapshot(SHEET);
    const outcome = await showOnlyRows(
      fake.context,
      agencyRowView(appendix, listOf('Sở Kế hoạch và Đầu tư')),
      DESKTOP,
    );

    // Rows 24, 25 and 31 ("Sở Kế hoạch - Đầu tư" on C31) under II › II.I (rows 8, 9); 84 ("Sở Kế hoạch-Đầu
    // tư") and 89 under IV (row 80). Title and header rows 1–5 are never hidden.
    expect(visibleTableRows(fake)).toEqual([8, 9, 24, 25, 31, 80, 84, 89]);
    expect(fake.sheet(SHEET).hiddenRows?.some((row) => row <= 5)).toBe(false);
    expect(outcome).toEqual({ hiddenRows: 122 - 8, shared: true });
    expect(fake.syncCount()).toBe(2);
    expect(fake.sheet(SHEET).cells).toEqual(before.cells);
    expect(fake.pending()).toBe(0);
  });

  it('restores exactly the rows the officer had hidden, even after switching agency, in 3 syncs', async () => {
    const fake = await officerSheet();
    const before = fake.snapshot(SHEET);
    await showOnlyRows(fake.newContext(), agencyRowView(appendix, listOf('Sở Kế hoạch và Đầu tư')), DESKTOP);
    await showOnlyRows(fake.newContext(), agencyRowView(appendix, listOf('Sở Ngoại vụ')), DESKTOP);
    expect(visibleTableRows(fake)).toContain(7);
    expect(visibleTableRows(fake)).not.toContain(24);

    const syncs = fake.syncCount();
    const outcome = await restoreRows(fake.newContext(), SHEET, DESKTOP);

    // The record and the sheet's id; the sheet's first column (were rows inserted?); the rows.
    expect(fake.syncCount() - syncs).toBe(3);
    expect(outcome).toEqual({ exact: true });
    expect(fake.snapshot(SHEET)).toEqual(before);
    expect(fake.sheet(SHEET).hiddenRows).toEqual([23, 50]);
    expect(fake.model.settings).toBeUndefined();
  });

  it('keeps the record in the workbook, so Bỏ lọc works from a new session too', async () => {
    const fake = await officerSheet();
    await showOnlyRows(fake.newContext(), agencyRowView(appendix, listOf('Sở Ngoại vụ')), DESKTOP);
    expect(Object.keys(fake.model.settings ?? {})).toEqual(['MaTranNhiemVu.rowViews']);
    await restoreRows(fake.newContext(), SHEET, DESKTOP);
    expect(fake.sheet(SHEET).hiddenRows).toEqual([23, 50]);
  });

  it('uses a temporary sheet view where the host has one (Excel on the web), and leaves it on Bỏ lọc', async () => {
    const fake = await officerSheet({ sheetViews: true });
    const outcome = await showOnlyRows(
      fake.newContext(),
      agencyRowView(appendix, listOf('Sở Ngoại vụ')),
      WEB,
    );
    expect(outcome.shared).toBe(false);
    expect(fake.sheet(SHEET).sheetView?.hiddenRows).toContain(24);
    // The shared view, which colleagues see, keeps the officer's two hidden rows only.
    expect(fake.sheet(SHEET).hiddenRows).toEqual([23, 50]);
    await restoreRows(fake.newContext(), SHEET, WEB);
    expect(fake.sheet(SHEET).sheetView).toBeUndefined();
    expect(fake.sheet(SHEET).hiddenRows).toEqual([23, 50]);
    expect(fake.model.settings).toBeUndefined();
  });

  it('filters in a new temporary view when the first one ended with the file, never in the shared view', async () => {
    const fake = await officerSheet({ sheetViews: true });
    await showOnlyRows(fake.newContext(), agencyRowView(appendix, listOf('Sở Ngoại vụ')), WEB);
    fake.closeFile();
    const outcome = await showOnlyRows(
      fake.newContext(),
      agencyRowView(appendix, listOf('Sở Kế hoạch và Đầu tư')),
      WEB,
    );
    expect(outcome.shared).toBe(false);
    expect(fake.sheet(SHEET).sheetView?.hiddenRows).toContain(7);
    expect(fake.sheet(SHEET).hiddenRows).toEqual([23, 50]);
  });

  it('leaves the shared view alone on Bỏ lọc once the temporary view has ended', async () => {
    const fake = await officerSheet({ sheetViews: true });
    await showOnlyRows(fake.newContext(), agencyRowView(appendix, listOf('Sở Ngoại vụ')), WEB);
    fake.closeFile();
    fake.sheet(SHEET).hiddenRows = [23, 50, 60]; // the officer hid one more row since
    await restoreRows(fake.newContext(), SHEET, WEB);
    expect(fake.sheet(SHEET).hiddenRows).toEqual([23, 50, 60]);
    expect(fake.model.settings).toBeUndefined();
    expect(fake.pending()).toBe(0);
  });

  it('on a desktop, a record left by Excel on the web neither fails Bỏ lọc nor keeps the filter private', async () => {
    const fake = await officerSheet({ sheetViews: true });
    await showOnlyRows(fake.newContext(), agencyRowView(appendix, listOf('Sở Ngoại vụ')), WEB);
    fake.closeFile();
    fake.host.sheetViews = false; // the same file, opened in Excel for Windows

    await expect(restoreRows(fake.newContext(), SHEET, DESKTOP)).resolves.toEqual({ exact: true });
    expect(fake.syncs.every((sync) => sync.error === undefined)).toBe(true);
    expect(fake.model.settings).toBeUndefined();

    fake.host.sheetViews = true;
    await showOnlyRows(fake.newContext(), agencyRowView(appendix, listOf('Sở Ngoại vụ')), WEB);
    fake.closeFile();
    fake.host.sheetViews = false;
    const outcome = await showOnlyRows(
      fake.newContext(),
      agencyRowView(appendix, listOf('Sở Ngoại vụ')),
      DESKTOP,
    );
    expect(outcome.shared).toBe(true);
    expect(fake.sheet(SHEET).hiddenRows).toContain(24);
    await restoreRows(fake.newContext(), SHEET, DESKTOP);
    expect(fake.sheet(SHEET).hiddenRows).toEqual([23, 50]);
  });

  it('restores the rows of a sheet the officer renamed while it was filtered (found by its id)', async () => {
    const fake = await officerSheet();
    await showOnlyRows(fake.newContext(), agencyRowView(appendix, listOf('Sở Ngoại vụ')), DESKTOP);
    fake.sheet(SHEET).name = 'Phụ lục 1 - bản trình';

    // The pane still knows the sheet by the name it was checked under.
    expect(await restoreRows(fake.newContext(), SHEET, DESKTOP)).toEqual({ exact: true });
    expect(fake.sheet('Phụ lục 1 - bản trình').hiddenRows).toEqual([23, 50]);
    expect(fake.model.settings).toBeUndefined();
  });

  it('shows every row of the table, and says so, when rows were inserted while it was filtered', async () => {
    const fake = await officerSheet();
    await showOnlyRows(fake.newContext(), agencyRowView(appendix, listOf('Sở Ngoại vụ')), DESKTOP);
    // A row inserted above the table's row 10: everything below moves down one.
    const sheet = fake.sheet(SHEET);
    const moved: typeof sheet.cells = {};
    for (const [address, cell] of Object.entries(sheet.cells)) {
      const [, column = '', row = '0'] = /^([A-Z]+)(\d+)$/u.exec(address) ?? [];
      moved[Number(row) >= 10 ? `${column}${Number(row) + 1}` : address] = cell;
    }
    sheet.cells = moved;

    expect(await restoreRows(fake.newContext(), SHEET, DESKTOP)).toEqual({ exact: false });
    expect(fake.sheet(SHEET).hiddenRows).toBeUndefined();
    expect(fake.model.settings).toBeUndefined();
  });

  it('does nothing on Bỏ lọc when no filter was made (1 sync)', async () => {
    const fake = await officerSheet();
    const before = fake.snapshot(SHEET);
    await restoreRows(fake.context, SHEET, DESKTOP);
    expect(fake.syncCount()).toBe(1);
    expect(fake.snapshot(SHEET)).toEqual(before);
  });
});
