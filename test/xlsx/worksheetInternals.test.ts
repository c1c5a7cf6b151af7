import ExcelJS from 'exceljs';
import { workbookBytes, loadWorkbook } from '../../src/xlsx';
import { mergeOwnArea } from '../../src/xlsx/worksheetInternals';

describe('merging the areas of a sheet the add-in draws (mergeOwnArea)', () => {
  it('files each area with the earlier ones, as mergeCells does, and they survive a save', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    sheet.mergeCells('A1:D1');
    mergeOwnArea(sheet, 3, 1, 3, 4);
    mergeOwnArea(sheet, 5, 2, 6, 3);
    sheet.getCell('A3').value = 'I. Mục một';
    expect([...sheet.model.merges].sort()).toEqual(['A1:D1', 'A3:D3', 'B5:C6']);
    expect(sheet.getCell('D3').isMerged).toBe(true);
    expect(sheet.getCell('D3').master.address).toBe('A3');
    const again = await loadWorkbook(await workbookBytes(workbook), 'a.xlsx');
    expect([...(again.getWorksheet('Danh sách')?.model.merges ?? [])].sort()).toEqual([
      'A1:D1',
      'A3:D3',
      'B5:C6',
    ]);
  });
});
