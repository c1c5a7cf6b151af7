import ExcelJS from 'exceljs';
import { cellText, cellValue, formatArea } from '../../src/domain';
import { worksheetToGrid } from '../../src/xlsx';
import { sampleGrid } from '../helpers/grid';

describe('worksheetToGrid on the fixture', () => {
  it('keeps a merged value in the top-left cell only and lists every merged area', async () => {
    const grid = await sampleGrid();
    expect([grid.top, grid.left, grid.values.length, grid.values[0]?.length]).toEqual([1, 1, 127, 6]);
    expect(grid.merges.map(formatArea)).toEqual(
      expect.arrayContaining(['A1:F1', 'B6:F6', 'E59:E62', 'E64:E69']),
    );
    expect(grid.merges).toHaveLength(22);
    expect(cellText(grid, 6, 2)).toBe('CÔNG TÁC ĐỐI NGOẠI ĐẢNG');
    expect(cellValue(grid, 6, 3)).toBeNull();
    expect(cellText(grid, 59, 5)).toMatch(/^Kế hoạch 164-KH\/TU/);
    expect(cellValue(grid, 60, 5)).toBeNull();
    expect(cellText(grid, 5, 3)).toBe('Cơ quan chủ trì\ntham mưu');
  });
});

describe('worksheetToGrid on cell types', () => {
  async function roundTrip(fill: (ws: ExcelJS.Worksheet) => void) {
    const workbook = new ExcelJS.Workbook();
    fill(workbook.addWorksheet('Trang'));
    const loaded = new ExcelJS.Workbook();
    await loaded.xlsx.load(await workbook.xlsx.writeBuffer());
    return worksheetToGrid(loaded.getWorksheet('Trang') as ExcelJS.Worksheet);
  }

  it('returns the used range of cells with values, as Office.js getUsedRange(true) does', async () => {
    const grid = await roundTrip((ws) => {
      ws.getCell('C4').value = 'a';
      ws.getCell('E9').value = 5;
      ws.getCell('A1').style = { font: { bold: true } };
    });
    expect([grid.top, grid.left, grid.values.length, grid.values[0]?.length]).toEqual([4, 3, 6, 3]);
    expect(cellValue(grid, 9, 5)).toBe(5);
    expect(cellText(grid, 9, 5)).toBe('5');
  });

  it('reads rich text, formulas, hyperlinks, dates and booleans as Office.js reports them', async () => {
    const grid = await roundTrip((ws) => {
      ws.getCell('A1').value = { richText: [{ text: 'Sở ', font: { bold: true } }, { text: 'Ngoại vụ' }] };
      ws.getCell('A2').value = { formula: '1+1', result: 2 };
      ws.getCell('A3').value = { text: 'Cổng thông tin', hyperlink: 'https://example.gov.vn' };
      ws.getCell('A4').value = new Date(Date.UTC(2024, 2, 11));
      ws.getCell('A5').value = true;
      ws.getCell('A6').value = '=literal text';
    });
    expect(grid.values.map((r) => r[0])).toEqual([
      'Sở Ngoại vụ',
      2,
      'Cổng thông tin',
      45362,
      true,
      '=literal text',
    ]);
    expect(grid.texts.map((r) => r[0])).toEqual([
      'Sở Ngoại vụ',
      '2',
      'Cổng thông tin',
      '11/03/2024',
      'TRUE',
      '=literal text',
    ]);
  });

  it('shows a formula whose result is a date as a date, from its number format (not as a serial)', async () => {
    const grid = await roundTrip((ws) => {
      ws.getCell('A1').value = { formula: 'DATE(2025,6,30)', result: 45838 };
      ws.getCell('A1').numFmt = 'dd/mm/yyyy';
      ws.getCell('A2').value = { formula: 'A1+30', result: 45868 };
      ws.getCell('A2').numFmt = '[$-42A]d mmmm yyyy';
      ws.getCell('A3').value = { formula: '2*3', result: 6 };
      ws.getCell('A3').numFmt = '#,##0.00';
      ws.getCell('A4').value = { formula: '1/24', result: 0.5 };
      ws.getCell('A4').numFmt = 'h:mm';
    });
    expect(grid.values.map((r) => r[0])).toEqual([45838, 45868, 6, 0.5]);
    expect(grid.texts.map((r) => r[0])).toEqual(['30/06/2025', '30/07/2025', '6', '0.5']);
  });

  it('gives an empty sheet an empty grid', async () => {
    const grid = await roundTrip(() => undefined);
    expect(grid.values).toEqual([]);
    expect(grid.sheetName).toBe('Trang');
  });
});
