import type ExcelJS from 'exceljs';
import type { CheckOutcome } from '../../src/domain';
import { checkWorkbook, MARK_NOTE_TAG, UnusableWorkbookError } from '../../src/domain';
import { formatFinding, markFormula, repeatedFindings } from '../../src/domain';
import { markedCells, noteText, TAG_RECORD_SHEET, xlsxMarkFormula } from '../../src/xlsx';
import {
  cellValues,
  conditionalFormats,
  onPage,
  roundTrip,
  sampleWorkbook,
  sheet,
} from './xlsxWorkbook.helpers';

const APPENDIX = 'Phụ lục 1';
const RESULT = 'Kết quả kiểm tra';
const checkedAt = '23/11/2026 09:15';

/** The cells that carry a note, blank ones included. */
function notedCells(worksheet: ExcelJS.Worksheet): string[] {
  const cells: string[] = [];
  worksheet.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell(
      { includeEmpty: true },
      (cell) => void (cell.note !== undefined && cells.push(cell.address)),
    ),
  );
  return cells;
}

async function checked(workbook: ExcelJS.Workbook): Promise<CheckOutcome> {
  return checkWorkbook(onPage(workbook).port, { checkedAt });
}

describe('xlsxWorkbook: the check on the sample, through real .xlsx bytes', () => {
  let outcome: CheckOutcome;
  let saved: ExcelJS.Workbook;

  beforeAll(async () => {
    const workbook = await sampleWorkbook();
    outcome = await checked(workbook);
    saved = await roundTrip(workbook);
  });

  it('finds what the CLI finds (2 errors, among them the missing Căn cứ on E110)', () => {
    expect(outcome.appendix.sheet).toBe(APPENDIX);
    expect(outcome.findings.filter((f) => f.severity === 'error').map((f) => f.cell)).toEqual([
      'E110',
      'A116',
    ]);
    expect(outcome.written).toEqual({
      resultSheetName: RESULT,
      resultSheetRenamed: false,
      notesWritten: expect.any(Number),
      notesKept: 0,
    });
  });

  it('marks each cell with findings by its worst severity, as conditional formats that survive saving', () => {
    const marks = markedCells(sheet(saved, APPENDIX));
    expect(marks.get('E110')).toBe('error');
    expect(marks.get('F67')).toBe('warning');
    expect(marks.get('B19')).toBe('info');
    expect(marks.has('B20')).toBe(false);
    const formulas = conditionalFormats(sheet(saved, APPENDIX)).flatMap((format) =>
      format.rules.map((rule) => ('formulae' in rule ? rule.formulae?.[0] : undefined)),
    );
    expect(formulas.sort()).toEqual([
      'ISTEXT("MaTranNhiemVu:error")',
      'ISTEXT("MaTranNhiemVu:info")',
      'ISTEXT("MaTranNhiemVu:warning")',
    ]);
  });

  it('notes each marked cell with its findings, first line naming the add-in', () => {
    // E110 is blank: a note needs no value.
    expect(notedCells(sheet(saved, APPENDIX))).toContain('E110');
    const note = noteText(sheet(saved, APPENDIX).getCell('E110').note);
    expect(note.split('\n')[0]).toMatch(new RegExp(`^${MARK_NOTE_TAG} · [0-9a-f]{8}$`));
    expect(note).toContain('Nhiệm vụ chưa có căn cứ.');
    expect(outcome.written.notesWritten).toBe(new Set(outcome.findings.map((f) => f.cell)).size);
  });

  it('writes the result sheet: title lines, header, one row per finding (repeats once) linking to its cell', () => {
    const result = sheet(saved, RESULT);
    expect(String(result.getCell('A1').value)).toContain('KẾT QUẢ KIỂM TRA PHỤ LỤC');
    // The title lines (the summary and the picture by section), then the header.
    const header =
      [...Array(result.actualRowCount).keys()]
        .map((i) => i + 1)
        .find((r) => result.getCell(r, 1).value === 'Ô') ?? 0;
    expect(String(result.getCell(header - 1, 1).value)).toMatch(/ {2}[█▓░]+ {2}/u);
    const headerRow = result.getRow(header);
    expect(headerRow.getCell(1).value).toBe('Ô');
    expect(headerRow.getCell(5).value).toBe('Nội dung');
    expect(headerRow.getCell(6).value).toBe('Mã');
    const rows = repeatedFindings(outcome.findings, (f) => formatFinding(f, 'vi')).length;
    expect(rows).toBeLessThan(outcome.findings.length);
    expect(result.actualRowCount).toBe(header + rows);
    const e110 = [...Array(rows).keys()]
      .map((i) => result.getRow(header + 1 + i))
      .find((row) => row.getCell(2).value === 110);
    expect(e110?.getCell(1).value).toEqual({
      formula: `HYPERLINK("#'${APPENDIX}'!E110","E110")`,
      result: 'E110',
    });
    expect(e110?.getCell(6).value).toBe('missing-legal-basis');
  });

  it('keeps the appendix values exactly as they were', async () => {
    expect(cellValues(sheet(saved, APPENDIX))).toEqual(cellValues(sheet(await sampleWorkbook(), APPENDIX)));
  });

  it('records its sheets in a very hidden sheet, so a re-opened workbook still knows them', async () => {
    expect(sheet(saved, TAG_RECORD_SHEET).state).toBe('veryHidden');
    const snapshot = await onPage(saved).port.read(APPENDIX);
    expect(snapshot.existing.sheets).toEqual([
      { name: APPENDIX },
      { name: 'Phụ lục 2' },
      { name: RESULT, tag: 'result' },
      { name: TAG_RECORD_SHEET, hidden: true },
    ]);
    expect(snapshot.sheetNames).toEqual([APPENDIX, 'Phụ lục 2']);
    expect(snapshot.existing.markIds).toHaveLength(3);
    expect(snapshot.existing.notes.every((note) => note.ours)).toBe(true);
  });

  it('checks the re-opened workbook again in place: same result sheet, marks replaced, not doubled', async () => {
    const again = await checked(saved);
    expect(again.written.resultSheetName).toBe(RESULT);
    expect(saved.worksheets.map((ws) => ws.name)).toEqual([APPENDIX, 'Phụ lục 2', RESULT, TAG_RECORD_SHEET]);
    expect(conditionalFormats(sheet(saved, APPENDIX))).toHaveLength(3);
  });
});

describe('xlsxWorkbook: the officer’s own work stays theirs', () => {
  it('leaves an officer’s sheet named "Kết quả kiểm tra" alone, before and after a download', async () => {
    const workbook = await sampleWorkbook();
    const own = workbook.addWorksheet(RESULT);
    own.getCell('A1').value = 'Ghi chép của tôi';
    const first = await checked(workbook);
    expect(first.written).toMatchObject({ resultSheetName: `${RESULT} (2)`, resultSheetRenamed: true });

    const saved = await roundTrip(workbook);
    const second = await checked(saved);
    expect(second.written.resultSheetName).toBe(`${RESULT} (2)`);
    expect(cellValues(sheet(saved, RESULT))).toEqual({ A1: 'Ghi chép của tôi' });
    expect(saved.worksheets.map((ws) => ws.name)).toContain(`${RESULT} (2)`);
    expect(saved.worksheets.filter((ws) => ws.name.startsWith(RESULT))).toHaveLength(2);
  });

  it('does not take back a generated sheet the officer has since written over at the top', async () => {
    const workbook = await sampleWorkbook();
    await checked(workbook);
    sheet(workbook, RESULT).getCell('A1').value = 'Bảng của tôi';
    const again = await checked(workbook);
    expect(again.written.resultSheetName).toBe(`${RESULT} (2)`);
    expect(sheet(workbook, RESULT).getCell('A1').value).toBe('Bảng của tôi');
  });

  it('keeps an officer’s note on a marked cell, and their own conditional format', async () => {
    const workbook = await sampleWorkbook();
    const appendix = sheet(workbook, APPENDIX);
    appendix.getCell('E110').note = 'Chờ Sở Tư pháp góp ý';
    appendix.addConditionalFormatting({
      ref: 'D8:D20',
      rules: [{ type: 'expression', priority: 1, formulae: ['LEN(D8)>40'], style: { font: { bold: true } } }],
    });
    const outcome = await checked(workbook);
    expect(outcome.written.notesKept).toBe(1);
    const saved = await roundTrip(workbook);
    expect(noteText(sheet(saved, APPENDIX).getCell('E110').note)).toBe('Chờ Sở Tư pháp góp ý');
    expect(markedCells(sheet(saved, APPENDIX)).get('E110')).toBe('error');
    expect(conditionalFormats(sheet(saved, APPENDIX)).map((format) => format.ref)).toContain('D8:D20');
  });

  it('"Xoá đánh dấu" removes exactly the add-in’s marks and notes, also after a download', async () => {
    const workbook = await sampleWorkbook();
    sheet(workbook, APPENDIX).getCell('B7').note = 'Ghi chú của cán bộ';
    await checked(workbook);
    const saved = await roundTrip(workbook);
    const page = onPage(saved);
    const cleared = await page.port.clearMarks(APPENDIX);
    expect(cleared.marks).toBe(3);
    expect(cleared.notes).toBeGreaterThan(30);
    expect(page.changes).toBe(1);

    const after = await roundTrip(saved);
    const appendix = sheet(after, APPENDIX);
    expect(conditionalFormats(appendix)).toEqual([]);
    expect(notedCells(appendix)).toEqual(['B7']);
    expect(noteText(appendix.getCell('B7').note)).toBe('Ghi chú của cán bộ');
    expect(cellValues(appendix)).toEqual(cellValues(sheet(await sampleWorkbook(), APPENDIX)));
  });
});

describe('xlsxWorkbook: the other port methods', () => {
  it('selects a cell through the page, and says so when the sheet is gone', async () => {
    const page = onPage(await sampleWorkbook());
    await page.port.selectCell('phụ lục 1', 'E110');
    expect(page.selected).toEqual([[APPENDIX, 'E110']]);
    await expect(page.port.selectCell('Không có', 'A1')).rejects.toBeInstanceOf(UnusableWorkbookError);
  });

  it('reads the active sheet when none is named, and refuses a sheet that does not exist', async () => {
    const workbook = await sampleWorkbook();
    expect((await onPage(workbook, 'Phụ lục 2').port.read()).grid.sheetName).toBe('Phụ lục 2');
    await expect(onPage(workbook).port.read('Phụ lục 9')).rejects.toMatchObject({ code: 'no-such-sheet' });
  });

  it('uses the same tagged formula and colours as the add-in inside Excel', () => {
    for (const severity of ['error', 'warning', 'info'] as const) {
      expect(`=${xlsxMarkFormula(severity)}`).toBe(markFormula(severity));
    }
  });
});
