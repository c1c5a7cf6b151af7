import ExcelJS from 'exceljs';
import { checkWorkbook } from '../../src/domain';
import { displayText, MAX_ROWS, sheetModel } from '../../src/workbench/sheetModel';
import { onPage, sampleWorkbook } from '../xlsx/xlsxWorkbook.helpers';

function sheetWith(fill: (sheet: ExcelJS.Worksheet) => void): ExcelJS.Worksheet {
  const sheet = new ExcelJS.Workbook().addWorksheet('Trang');
  fill(sheet);
  return sheet;
}

describe('sheetModel: what the workbench draws of a sheet', () => {
  it('draws a merged area once, spanning its rows and columns', () => {
    const model = sheetModel(
      sheetWith((sheet) => {
        sheet.mergeCells('A1:C1');
        sheet.getCell('A1').value = 'PHỤ LỤC 1';
        sheet.getCell('A2').value = 1;
      }),
    );
    expect(model.columns.map((column) => column.letter)).toEqual(['A', 'B', 'C']);
    expect(model.rows[0]?.cells).toEqual([{ address: 'A1', text: 'PHỤ LỤC 1', colSpan: 3, rowSpan: 1 }]);
    expect(model.rows[1]?.cells.map((cell) => cell.text)).toEqual(['1', '', '']);
  });

  it('leaves hidden rows out, as Excel does, and reads nothing into the workbook', () => {
    const sheet = sheetWith((s) => {
      s.getCell('A1').value = 'một';
      s.getCell('B3').value = 'ba';
      s.getRow(2).hidden = true;
    });
    expect(sheetModel(sheet).rows.map((row) => row.rowNumber)).toEqual([1, 3]);
    expect(sheet.findCell(1, 2)).toBeUndefined();
  });

  it('shows a check’s marks, notes and the result sheet’s links to cells', async () => {
    const workbook = await sampleWorkbook();
    await checkWorkbook(onPage(workbook).port, { checkedAt: '23/11/2026 09:15' });
    const appendix = sheetModel(workbook.getWorksheet('Phụ lục 1') as ExcelJS.Worksheet);
    const e110 = appendix.rows
      .find((row) => row.rowNumber === 110)
      ?.cells.find((cell) => cell.address === 'E110');
    expect(e110).toMatchObject({ mark: 'error', note: expect.stringContaining('Nhiệm vụ chưa có căn cứ.') });
    const result = sheetModel(workbook.getWorksheet('Kết quả kiểm tra') as ExcelJS.Worksheet);
    const links = result.rows.flatMap((row) => row.cells).filter((cell) => cell.link);
    expect(links).toContainEqual(
      expect.objectContaining({ text: 'E110', link: { sheet: 'Phụ lục 1', cell: 'E110' } }),
    );
  });

  it('stops drawing past its row limit, but always reaches the selected row', () => {
    const sheet = sheetWith((s) => (s.getCell(MAX_ROWS + 100, 1).value = 'cuối'));
    expect(sheetModel(sheet).truncatedAt).toBe(MAX_ROWS);
    const reaching = sheetModel(sheet, MAX_ROWS + 100);
    expect(reaching.rows.at(-1)?.rowNumber).toBe(MAX_ROWS + 100);
  });

  it.each([
    [new Date(Date.UTC(2024, 2, 11)), '11/03/2024'],
    [{ formula: 'SUM(A1:A2)', result: 7 }, '7'],
    [{ richText: [{ text: 'Sở ' }, { text: 'Ngoại vụ' }] }, 'Sở Ngoại vụ'],
    [{ text: 'Cổng', hyperlink: 'https://example.gov.vn' }, 'Cổng'],
    [true, 'TRUE'],
    [null, ''],
  ] as Array<[ExcelJS.CellValue, string]>)('shows %p as "%s"', (value, text) => {
    expect(displayText(value)).toBe(text);
  });
});
