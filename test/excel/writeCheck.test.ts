import type { CellMark, CheckWrite, HostCapabilities, SheetSpec, Severity } from '../../src/domain';
import {
  formatArea,
  formatFinding,
  isMarkFormula,
  MARK_FILLS,
  markNoteText,
  markFormula,
  parseAppendix,
  parseArea,
  repeatedFindings,
  SHEET_STRINGS,
} from '../../src/domain';
import {
  listSeparator,
  PAYLOAD_BUDGET,
  readWorkbook,
  resetListSeparator,
  resultNeedsUnhiding,
  writeCheck,
} from '../../src/excel';
import type { ConditionalFormatModel, FakeWorkbook, SheetModel, SheetSeed } from './fakeWorkbook';
import { expectLiteral, fakeWorkbook, seedFromGrid, tagOf, TEXT_CELL_HOSTS } from './fakeWorkbook';
import { fixtureGrid, manyFindings, planCheck, repeatedFixture, writeFor } from './workbooks';

const NOTES: HostCapabilities = { notes: true };
const SHEET = 'Phụ lục 1';
const RESULT = SHEET_STRINGS.vi.resultSheet;

/** The fixture as an officer left it: their own fills, conditional formats and notes. */
async function officerFixture(extra: SheetSeed[] = []): Promise<FakeWorkbook> {
  const grid = await fixtureGrid();
  return fakeWorkbook([
    seedFromGrid(grid, {
      fills: { B7: '#FFFF00', E110: '#FFFF00' },
      notes: { C31: 'Chị Lan: kiểm tra lại tên cơ quan', A1: 'Bản trình ngày 10/3' },
      conditionalFormats: [
        { type: 'CellValue', appliesTo: ['A6:A127'] },
        { type: 'Custom', formula: '=LEN($B7)>500', fill: '#E2EFDA', appliesTo: ['B7:B127'] },
      ],
    }),
    ...extra,
  ]);
}

/** Reads as the use case does, then runs writeCheck alone; returns its sync count. */
async function check(fake: FakeWorkbook, capabilities = NOTES, options: { activateResult?: boolean } = {}) {
  const snapshot = await readWorkbook(fake.newContext(), SHEET, capabilities);
  const { findings, write } = planCheck(snapshot, options);
  const before = fake.syncCount();
  const outcome = await writeCheck(fake.newContext(), write, capabilities);
  return { findings, write, outcome, syncs: fake.syncCount() - before };
}

const ours = (sheet: SheetModel) => sheet.conditionalFormats.filter((f) => isMarkFormula(f.formula ?? ''));
const officers = (sheet: SheetModel) =>
  sheet.conditionalFormats.filter((f) => !isMarkFormula(f.formula ?? ''));

/** "E60:E62" → E60, E61, E62. */
function cellsOf(formats: ConditionalFormatModel[]): string[] {
  return formats
    .flatMap((f) => f.appliesTo)
    .flatMap((address) => {
      const a = parseArea(address);
      const cells: string[] = [];
      for (let r = a.top; r <= a.bottom; r++)
        for (let c = a.left; c <= a.right; c++)
          cells.push(formatArea({ top: r, left: c, bottom: r, right: c }));
      return cells;
    })
    .sort();
}

const cellsWith = (marks: CellMark[], severity: Severity) =>
  marks
    .filter((m) => m.severity === severity)
    .map((m) => m.cell)
    .sort();

function expectWithinBudget(fake: FakeWorkbook): void {
  for (const sync of fake.syncs) {
    expect(sync.error).toBeUndefined();
    expect(sync.requestBytes).toBeLessThanOrEqual(PAYLOAD_BUDGET);
    expect(sync.responseBytes).toBeLessThanOrEqual(PAYLOAD_BUDGET);
  }
  expect(fake.pending()).toBe(0);
}

describe('writeCheck marks', () => {
  it('marks the fixture’s findings with one conditional format per severity, in 1 sync after the separator probe, changing nothing of the officer’s', async () => {
    resetListSeparator();
    const fake = await officerFixture();
    const before = fake.snapshot(SHEET);

    const { findings, write, outcome, syncs } = await check(fake);

    expect(syncs).toBe(2);
    expect(findings).toContainEqual(expect.objectContaining({ code: 'missing-legal-basis', cell: 'E110' }));
    const after = fake.sheet(SHEET);
    expect(after.cells).toEqual(before.cells);
    expect(after.merges).toEqual(before.merges);
    expect(officers(after)).toEqual(before.conditionalFormats);
    expect(ours(after).map((f) => [f.type, f.formula, f.fill])).toEqual(
      (['info', 'warning', 'error'] as const).map((s) => ['Custom', markFormula(s), MARK_FILLS[s]]),
    );
    for (const severity of ['error', 'warning', 'info'] as const) {
      expect(cellsOf(ours(after).filter((f) => f.fill === MARK_FILLS[severity]))).toEqual(
        cellsWith(write.marks, severity),
      );
    }
    expect(cellsOf(ours(after).filter((f) => f.fill === MARK_FILLS.error))).toContain('E110');

    // Notes: one per marked cell, except the officer's own on C31, which stays as written.
    expect(after.notes['C31']).toBe(before.notes['C31']);
    expect(after.notes['A1']).toBe(before.notes['A1']);
    for (const mark of write.marks.filter((m) => m.cell !== 'C31'))
      expect(after.notes[mark.cell]).toBe(mark.note);
    expect(after.notes['E110']).toBe(markNoteText(['• [lỗi] Nhiệm vụ chưa có căn cứ.']));
    expect(outcome).toEqual({
      resultSheetName: RESULT,
      resultSheetRenamed: false,
      notesWritten: write.marks.length - 1,
      notesKept: 1,
    });
  });

  it('replaces the marks of the last check exactly on a re-check (no accumulation), and a third check changes nothing', async () => {
    const fake = await officerFixture();
    const first = await check(fake);
    const firstFormats = ours(fake.sheet(SHEET));
    expect(first.write.marks.map((m) => m.cell)).toContain('F67');

    fake.sheet(SHEET).cells['F67'] = { value: 'Ngân sách tỉnh' }; // the officer fills in the missing funding
    const second = await check(fake);
    const afterSecond = fake.snapshot(SHEET);

    expect(second.syncs).toBe(1);
    expect(ours(afterSecond)).toHaveLength(3);
    expect(ours(fake.sheet(SHEET)).filter((f) => firstFormats.includes(f))).toEqual([]);
    expect(cellsOf(ours(afterSecond))).toEqual(second.write.marks.map((m) => m.cell).sort());
    expect(cellsOf(ours(afterSecond))).not.toContain('F67');
    expect(afterSecond.notes['F67']).toBeUndefined();
    expect(Object.keys(afterSecond.notes).sort()).toEqual(
      [...second.write.marks.map((m) => m.cell), 'A1'].sort(),
    );
    expect(officers(afterSecond)).toHaveLength(2);

    await check(fake);
    expect(fake.snapshot(SHEET)).toEqual(afterSecond);
  });

  it('adds, updates and removes its own notes as planned and keeps the officer’s', async () => {
    const stale = markNoteText(['• [Lỗi] cũ']);
    const fake = fakeWorkbook([
      {
        name: 'S',
        rows: [
          ['TT', 'Nhiệm vụ'],
          [1, 'a'],
          [2, 'b'],
          [3, 'c'],
          [4, 'd'],
        ],
        notes: { B2: 'Ghi chú của chuyên viên', B3: stale, B4: stale },
      },
    ]);
    const snapshot = await readWorkbook(fake.newContext(), 'S', NOTES);
    const marks: CellMark[] = [
      { cell: 'B2', severity: 'warning', note: markNoteText(['• B2']) },
      { cell: 'B3', severity: 'error', note: markNoteText(['• B3 mới']) },
      { cell: 'B5', severity: 'info', note: markNoteText(['• B5']) },
    ];
    const write: CheckWrite = {
      sheetName: 'S',
      marks,
      result: smallSpec([]),
      existing: snapshot.existing,
      activateResult: false,
    };

    const outcome = await writeCheck(fake.newContext(), write, NOTES);

    expect(fake.sheet('S').notes).toEqual({
      B2: 'Ghi chú của chuyên viên',
      B3: marks[1]?.note,
      B5: marks[2]?.note,
    });
    expect(outcome).toMatchObject({ notesWritten: 2, notesKept: 1 });
    expect(fake.syncCount()).toBe(3);
  });

  it('writes no notes on a host without ExcelApi 1.18, and still marks and writes the result sheet', async () => {
    const grid = await fixtureGrid();
    const fake = fakeWorkbook([seedFromGrid(grid, { notes: { C31: 'của chuyên viên' } })], { notes: false });
    const caps = { notes: false };

    const { write, outcome, syncs } = await check(fake, caps);

    expect(syncs).toBe(1);
    expect(outcome).toMatchObject({ notesWritten: 0, notesKept: 0 });
    expect(fake.sheet(SHEET).notes).toEqual({ C31: 'của chuyên viên' });
    expect(cellsOf(ours(fake.sheet(SHEET)))).toEqual(write.marks.map((m) => m.cell).sort());
    expect(fake.sheet(RESULT).cells['A1']?.value).toMatch(/^KẾT QUẢ KIỂM TRA/);
  });
});

describe('writeCheck and the list separator of getRanges', () => {
  beforeEach(() => resetListSeparator());
  afterAll(() => resetListSeparator());

  it('learns ";" on a desktop that wants it: the comma probe fails first, before anything is applied', async () => {
    const grid = await fixtureGrid();
    const fake = fakeWorkbook([seedFromGrid(grid)], { listSeparator: ';' });
    const before = fake.snapshot(SHEET);

    const first = await check(fake);

    expect(first.syncs).toBe(3);
    expect(fake.syncs.at(-3)?.error).toBe('InvalidArgument');
    expect(listSeparator()).toEqual({ separator: ';', confirmed: true });
    const after = fake.sheet(SHEET);
    expect(after.cells).toEqual(before.cells);
    for (const severity of ['error', 'warning', 'info'] as const) {
      expect(cellsOf(ours(after).filter((f) => f.fill === MARK_FILLS[severity]))).toEqual(
        cellsWith(first.write.marks, severity),
      );
    }
    expect(fake.model.sheets.filter((s) => s.name.startsWith(RESULT))).toHaveLength(1);

    // Known from then on: the next check writes in one round trip again.
    expect((await check(fake)).syncs).toBe(1);
  });

  it('keeps the comma where it works: one probe the first time, then one round trip per write', async () => {
    const fake = fakeWorkbook([seedFromGrid(await fixtureGrid())]);
    expect((await check(fake)).syncs).toBe(2);
    expect(listSeparator()).toEqual({ separator: ',', confirmed: true });
    expect((await check(fake)).syncs).toBe(1);
  });

  it('throws an InvalidArgument of the write itself, never replaying what was written with the other separator', async () => {
    // A long address list fails with InvalidArgument too (office-js#5198): the probe "A1,A2" passes, the
    // lists of the marks do not. Before, the batch was replayed with ";" after the old marks were deleted.
    const fake = await officerFixture();
    await check(fake);
    const marked = fake.snapshot(SHEET);
    resetListSeparator();
    fake.host.addressListLimit = 10;
    const snapshot = await readWorkbook(fake.newContext(), SHEET, NOTES);
    const { write } = planCheck(snapshot);
    const before = fake.syncCount();

    await expect(writeCheck(fake.newContext(), write, NOTES)).rejects.toMatchObject({
      code: 'InvalidArgument',
    });

    expect(fake.syncs.slice(before).map((sync) => sync.error)).toEqual([undefined, 'InvalidArgument']);
    expect(listSeparator()).toEqual({ separator: ',', confirmed: true });
    // Office.js batches are not transactions: what ran before the failing call stays (the old marks are
    // gone), but nothing ran twice and the officer's formats are all there.
    expect(officers(fake.sheet(SHEET))).toEqual(officers(marked));
  });
});

describe('writeCheck result sheet', () => {
  it('creates the result sheet, tagged, at the end, drawn from the spec, and leaves the officer on their sheet', async () => {
    const fake = await officerFixture();
    const { findings, write } = await check(fake);

    const result = fake.sheet(RESULT);
    const titleRows = write.result.title.length;
    expect(fake.model.sheets.map((s) => s.name)).toEqual([SHEET, RESULT]);
    expect(tagOf(result)).toBe('result');
    expect(result.visibility).toBe('Visible');
    expect(result.frozenRows).toBe(titleRows + 1);
    expect(result.merges).toEqual(write.result.title.map((_, i) => `A${i + 1}:F${i + 1}`));
    expect(write.result.title.map((_, i) => result.cells[`A${i + 1}`]?.value)).toEqual(write.result.title);
    expect(rowValues(result, titleRows + 1)).toEqual(SHEET_STRINGS.vi.resultHeader);
    expect(result.cells[`A${titleRows + 1}`]).toMatchObject({
      bold: true,
      fill: '#D9E1F2',
      numberFormat: '@',
    });
    expect(rowValues(result, titleRows + 2)).toEqual([
      findings[0]?.cell,
      findings[0]?.rowNumber,
      expect.any(String),
      expect.any(String),
      expect.any(String),
      findings[0]?.code,
    ]);
    expect(rowValues(result, titleRows + 1 + findings.length + 1)).toEqual(['', '', '', '', '', '']);
    // Widths of 9, 7, 11, 30, 90 and 12 characters in points, in the unit ExcelJS uses too:
    // (characters × 7 + 5) × 0.75, so the result sheet looks the same from both adapters.
    expect(result.columnWidths).toEqual({ A: 51, B: 40.5, C: 61.5, D: 161.25, E: 476.25, F: 66.75 });
    expect(fake.model.activeSheet).toBe(SHEET);
  });

  it('links each result row to its finding’s cell', async () => {
    const fake = await officerFixture();
    const { findings: all, write } = await check(fake);
    const findings = repeatedFindings(all, (f) => formatFinding(f, 'vi')).map((r) => r.first);
    const result = fake.sheet(RESULT);
    const first = write.result.title.length + 2;
    findings.forEach((finding, i) => {
      const cell = result.cells[`A${first + i}`];
      expect(cell?.hyperlink).toEqual({
        documentReference: `'${SHEET}'!${finding.cell}`,
        textToDisplay: finding.cell,
      });
      expect(cell?.value).toBe(finding.cell);
    });
    const e110 = findings.findIndex((f) => f.cell === 'E110');
    expect(result.cells[`A${first + e110}`]?.hyperlink?.documentReference).toBe("'Phụ lục 1'!E110");
  });

  it('reuses its own result sheet on the next check, cleared: no stale rows, merges or extra sheets', async () => {
    const fake = await officerFixture();
    const first = await check(fake);
    fake.sheet(SHEET).cells['F67'] = { value: 'Ngân sách tỉnh' };
    fake.sheet(SHEET).cells['A7'] = { value: 1 };
    const second = await check(fake);

    expect(second.findings.length).toBeLessThan(first.findings.length);
    expect(fake.model.sheets.map((s) => s.name)).toEqual([SHEET, RESULT]);
    const result = fake.sheet(RESULT);
    const rows = repeatedFindings(second.findings, (f) => formatFinding(f, 'vi'));
    const lastRow = second.write.result.title.length + 1 + rows.length;
    expect(rowValues(result, lastRow)[5]).toBe(rows.at(-1)?.first.code);
    for (let row = lastRow + 1; row <= lastRow + 5; row++)
      expect(rowValues(result, row)).toEqual(['', '', '', '', '', '']);
    expect(Object.keys(result.cells).filter((a) => parseArea(a).top > lastRow)).toEqual([]);
    expect(result.merges).toEqual(second.write.result.title.map((_, i) => `A${i + 1}:F${i + 1}`));
    expect(tagOf(result)).toBe('result');
    expect(second.outcome).toMatchObject({ resultSheetName: RESULT, resultSheetRenamed: false });
  });

  it('shows its result sheet from the ribbon even when the officer hid it, outside an undo group', async () => {
    const fake = await officerFixture();
    await check(fake);
    fake.sheet(RESULT).visibility = 'Hidden';
    const snapshot = await readWorkbook(fake.newContext(), SHEET, NOTES);
    const { write } = planCheck(snapshot, { activateResult: true });

    expect(resultNeedsUnhiding(write)).toBe(true);
    await writeCheck(fake.newContext(), write, NOTES);
    expect(fake.sheet(RESULT).visibility).toBe('Visible');
    expect(fake.model.activeSheet).toBe(RESULT);
    expect(resultNeedsUnhiding({ ...write, activateResult: false })).toBe(false);
  });

  it('leaves an officer’s own sheet named "Kết quả kiểm tra" alone and writes to "Kết quả kiểm tra (2)"', async () => {
    const own: SheetSeed = {
      name: 'kết quả kiểm tra',
      rows: [['Ghi chép riêng của tôi'], [42]],
      fills: { A1: '#FF0000' },
    };
    const fake = await officerFixture([own]);
    const before = fake.snapshot(own.name);

    const first = await check(fake);
    const second = await check(fake);

    expect(fake.snapshot(own.name)).toEqual(before);
    expect(fake.model.sheets.map((s) => s.name)).toEqual([SHEET, own.name, `${RESULT} (2)`]);
    expect(tagOf(fake.sheet(`${RESULT} (2)`))).toBe('result');
    expect(first.outcome).toMatchObject({ resultSheetName: `${RESULT} (2)`, resultSheetRenamed: true });
    expect(second.outcome).toMatchObject({ resultSheetName: `${RESULT} (2)`, resultSheetRenamed: true });
  });

  it('shows the result sheet with A1 selected when asked (the ribbon command)', async () => {
    const fake = await officerFixture();
    await check(fake, NOTES, { activateResult: true });
    expect(fake.model.activeSheet).toBe(RESULT);
    expect(fake.model.selection).toEqual({ sheet: RESULT, address: 'A1' });
  });
});

describe('writeCheck and formula injection', () => {
  const dangerous = ['=1+1', '+84 912 345 678', '- Sở Nội vụ', '@SUM(A1)', "'=đã có dấu nháy", '\t=tab'];
  const cases = dangerous.flatMap((text) => TEXT_CELL_HOSTS.map((textCells) => [text, textCells] as const));

  it.each(cases)(
    'writes %j in a title, a header, a cell and a link as the same text, no formula but a string constant (%j)',
    async (text, textCells) => {
      const fake = fakeWorkbook([{ name: 'S', rows: [['x']] }], { textCells });
      const snapshot = await readWorkbook(fake.newContext(), 'S', NOTES);
      const spec: SheetSpec = {
        ...smallSpec([[text, { text, link: { sheet: 'S', cell: 'A1' } }, 7]]),
        title: [text],
        header: [text, 'Ô', 'Dòng'],
      };
      await writeCheck(
        fake.newContext(),
        { sheetName: 'S', marks: [], result: spec, existing: snapshot.existing, activateResult: false },
        NOTES,
      );

      const result = fake.sheet(RESULT);
      for (const address of ['A1', 'A2', 'A3', 'B3']) expectLiteral(result.cells[address], text);
      expect(result.cells['C3']).toMatchObject({ value: 7 });
      expect(result.cells['B2']).toMatchObject({ value: 'Ô', numberFormat: '@' });
    },
  );
});

describe('writeCheck sync counts and payloads', () => {
  it('checks a 100-row appendix with 1 sync for the write', async () => {
    const grid = await repeatedFixture(100);
    const fake = fakeWorkbook([seedFromGrid(grid)]);
    const { findings, syncs } = await check(fake);
    expect(findings.length).toBeGreaterThan(10);
    expect(syncs).toBe(1);
    expectWithinBudget(fake);
  });

  // Measured: 20,000 findings on 6,677 rows need about 22.5 MB of requests (20,000 notes and 20,000 links
  // at one call each, 120,000 cells of values and formats): 8 syncs of at most 3.2 MB.
  it('writes 20,000 findings in 8 syncs, each request at most 4 MB', async () => {
    const { grid, findings } = await manyFindings(20_000);
    const fake = fakeWorkbook([seedFromGrid(grid)]);
    const snapshot = await readWorkbook(fake.newContext(), SHEET, NOTES);
    const write = writeFor(parseAppendix(snapshot.grid), findings, snapshot);
    const before = fake.syncCount();

    const outcome = await writeCheck(fake.newContext(), write, NOTES);

    const syncs = fake.syncs.slice(before);
    const requested = syncs.reduce((sum, s) => sum + s.requestBytes, 0);
    expect(syncs).toHaveLength(8);
    expect(syncs.length).toBeLessThanOrEqual(Math.ceil(requested / PAYLOAD_BUDGET) + 2);
    expectWithinBudget(fake);
    expect(outcome.notesWritten).toBe(20_000);
    expect(Object.keys(fake.sheet(SHEET).notes)).toHaveLength(20_000);
    expect(cellsOf(ours(fake.sheet(SHEET)))).toHaveLength(20_000);
    const result = fake.sheet(RESULT);
    const last = write.result.title.length + 1 + 20_000;
    expect(result.cells[`A${last}`]?.hyperlink?.documentReference).toBe(
      `'${SHEET}'!${findings.at(-1)?.cell}`,
    );
  }, 30_000);
});

function smallSpec(rows: SheetSpec['rows']): SheetSpec {
  return {
    name: RESULT,
    tag: 'result',
    title: ['Kết quả'],
    header: ['Ô', 'Nội dung', 'Dòng'],
    rows,
    widths: [9, 60, 7],
  };
}

function rowValues(sheet: SheetModel, rowNumber: number): unknown[] {
  return ['A', 'B', 'C', 'D', 'E', 'F'].map((c) => sheet.cells[`${c}${rowNumber}`]?.value ?? '');
}
