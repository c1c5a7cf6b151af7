import ExcelJS from 'exceljs';
import type { CellValue } from '../../src/domain';
import { parseAppendix } from '../../src/domain';
import { readActiveSheetGrid } from '../../src/excel';
import { loadWorkbook, worksheetToGrid } from '../../src/xlsx';
import type { SheetSeed } from './fakeExcel';
import { fakeExcel } from './fakeExcel';

// One small appendix as Excel holds it (from A1; a merged value only in its top-left cell): title rows,
// the header on row 5, a section row merged over B6:F6 and a "Thời gian" merged down E8:E10.
const SHEET: SheetSeed = {
  name: 'Phụ lục 1',
  rows: [
    [],
    [null, 'PHỤ LỤC 1'],
    [null, '(Kèm theo Kế hoạch số 58/KH-UBND ngày 11 tháng 03 năm 2024 của Ủy ban nhân dân tỉnh)'],
    [],
    [null, 'TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện', 'Căn cứ', 'Nguồn kinh phí'],
    [null, 'I. NHIỆM VỤ CHUNG'],
    [null, 1, 'Tổ chức hội nghị đối ngoại', 'Sở Ngoại vụ', 'Quý I', 'Kế hoạch 164-KH/TU', 'Ngân sách tỉnh'],
    [null, 2, 'Đón đoàn tỉnh Jeollanam', 'Sở Ngoại vụ', 'Năm 2024', 'Kế hoạch 164-KH/TU', 'Ngân sách tỉnh'],
    [null, 3, 'Tham gia hội chợ', 'Sở Công Thương', null, 'Kế hoạch 164-KH/TU', 'Xã hội hóa'],
    [null, 4, 'Báo cáo kết quả', 'Sở Ngoại vụ', null, 'Kế hoạch 164-KH/TU', 'Không'],
  ],
  merges: ['B2:G2', 'B3:G3', 'B6:F6', 'E8:E10'],
};

/** The same sheet written by ExcelJS to real .xlsx bytes and read back by the CLI's reader. */
async function gridViaExcelJs(seed: SheetSeed) {
  const workbook = new ExcelJS.Workbook();
  const worksheet = workbook.addWorksheet(seed.name);
  seed.rows.forEach((row, r) =>
    row.forEach((value: CellValue, c) => {
      if (value !== null) worksheet.getCell(r + 1, c + 1).value = value;
    }),
  );
  for (const merge of seed.merges ?? []) worksheet.mergeCells(merge);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  const loaded = await loadWorkbook(bytes, 'readersAgree.xlsx');
  const sheet = loaded.getWorksheet(seed.name);
  if (!sheet) throw new Error('sheet lost in the round trip');
  return worksheetToGrid(sheet);
}

describe('the ExcelJS reader and the Office.js reader', () => {
  it('produce the same grid for the same sheet', async () => {
    const office = await readActiveSheetGrid(fakeExcel(SHEET).context);
    const exceljs = await gridViaExcelJs(SHEET);

    expect(office).toEqual(exceljs);
    expect(office.top).toBe(2);
    expect(office.left).toBe(2);
    expect(office.merges).toContainEqual({ top: 8, left: 5, bottom: 10, right: 5 });
  });

  it('lead to the same appendix, with the merged Thời gian applied to rows 8 to 10', async () => {
    const office = parseAppendix(await readActiveSheetGrid(fakeExcel(SHEET).context));
    const exceljs = parseAppendix(await gridViaExcelJs(SHEET));

    expect(office).toEqual(exceljs);
    expect(office.tasks.map((task) => task.time)).toEqual(['Quý I', 'Năm 2024', 'Năm 2024', 'Năm 2024']);
  });
});
