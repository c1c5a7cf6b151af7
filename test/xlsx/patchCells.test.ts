import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { patchCells } from '../../src/xlsx';
import { cellChange } from '../helpers/cellChange';

async function workbookBytes(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Phụ lục & "1"');
  sheet.getCell('B3').value = 'Sở  Tư pháp';
  sheet.getCell('B3').font = { name: 'Times New Roman', bold: true };
  sheet.getCell('B4').value = { formula: 'CONCAT("Sở ","Nội vụ")', result: 'Sở Nội vụ' };
  sheet.getCell('B5').value = { richText: [{ text: 'Sở ', font: { bold: true } }, { text: 'Y tế ' }] };
  sheet.getCell('B6').value = 'Chi phí < 5 &  tỷ';
  sheet.getCell('B7').value = 'Sở Tài chính ';
  sheet.getCell('A8').value = 3;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const change = (cell: string, before: string, after: string) =>
  cellChange('Phụ lục & "1"', cell, before, after);

describe('patchCells', () => {
  it('writes text cells with their style and skips formulas, formatted words and cells changed since', async () => {
    const outcome = await patchCells(await workbookBytes(), [
      change('B3', 'Sở  Tư pháp', 'Sở Tư pháp'),
      change('B4', 'Sở Nội vụ', 'Sở Nội vụ (sửa)'),
      change('B5', 'Sở Y tế ', 'Sở Y tế'),
      // Text that reads as an escape (_x0041_ is "A" in the format) is written so that it reads back as typed.
      change('B6', 'Chi phí < 5 &  tỷ', 'Chi phí < 5 & tỷ _x0041_'),
      change('B7', 'Sở Tài chính', 'Sở Tài chính (đã sửa tay trước)'),
      // A TT renumbered: the number cell stays a number.
      change('A8', '3', '4'),
    ]);
    expect(outcome.written.map((c) => c.cell)).toEqual(['B3', 'B6', 'A8']);
    expect(outcome.skipped.map((s) => `${s.change.cell} ${s.reason}`)).toEqual([
      'B4 formula',
      'B5 formatted',
      'B7 changed',
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(outcome.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getCell('B3').value).toBe('Sở Tư pháp');
    expect(sheet.getCell('B3').font?.bold).toBe(true);
    expect(sheet.getCell('B4').formula).toBe('CONCAT("Sở ","Nội vụ")');
    // Excel reads "_x005F_" as "_" (ECMA-376 ST_Xstring); ExcelJS leaves inline strings undecoded, so the
    // part itself is checked.
    const part = await (
      await JSZip.loadAsync(outcome.bytes)
    )
      .file('xl/worksheets/sheet1.xml')
      ?.async('string');
    expect(part).toContain('<t xml:space="preserve">Chi phí &lt; 5 &amp; tỷ _x005F_x0041_</t>');
    expect(sheet.getCell('B7').value).toBe('Sở Tài chính ');
    expect(sheet.getCell('A8').value).toBe(4);
  });

  it('names a sheet the package does not have as an unusable workbook', async () => {
    await expect(
      patchCells(await workbookBytes(), [{ ...change('B3', 'a', 'b'), sheet: 'Không có' }]),
    ).rejects.toMatchObject({ code: 'no-such-sheet' });
  });
});
