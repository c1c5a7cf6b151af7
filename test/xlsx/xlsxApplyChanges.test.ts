import ExcelJS from 'exceljs';
import { xlsxWorkbook } from '../../src/xlsx';
import { cellChange } from '../helpers/cellChange';

const change = (cell: string, before: string, after: string) => cellChange('Phụ lục', cell, before, after);

describe('applyChanges in the workbench (ExcelJS in memory)', () => {
  it('writes text cells keeping their style; skips formulas, formatted words, changed cells and missing sheets', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Phụ lục');
    sheet.getCell('B2').value = 'Sở  Tư pháp';
    sheet.getCell('B2').font = { italic: true };
    sheet.getCell('B3').value = { formula: 'A1', result: 'Sở  Nội vụ' };
    sheet.getCell('B4').value = { richText: [{ text: 'Sở ', font: { bold: true } }, { text: ' Y tế' }] };
    sheet.getCell('B5').value = 'Sở Tài chính (sửa tay)';
    let changed = 0;
    const port = xlsxWorkbook(workbook, {
      activeSheet: () => 'Phụ lục',
      onSelect: () => undefined,
      onDownload: () => undefined,
      onChange: () => void changed++,
    });
    const outcome = await port.applyChanges([
      change('B2', 'Sở  Tư pháp', 'Sở Tư pháp'),
      change('B3', 'Sở  Nội vụ', 'Sở Nội vụ'),
      change('B4', 'Sở  Y tế', 'Sở Y tế'),
      change('B5', 'Sở  Tài chính', 'Sở Tài chính'),
      { ...change('B2', 'x', 'y'), sheet: 'Không có' },
    ]);
    expect(outcome.written.map((c) => c.cell)).toEqual(['B2']);
    expect(outcome.skipped.map((s) => `${s.change.sheet}!${s.change.cell} ${s.reason}`)).toEqual([
      'Phụ lục!B3 formula',
      'Phụ lục!B4 formatted',
      'Phụ lục!B5 changed',
      'Không có!B2 missing',
    ]);
    expect(sheet.getCell('B2').value).toBe('Sở Tư pháp');
    expect(sheet.getCell('B2').font?.italic).toBe(true);
    expect(sheet.getCell('B5').value).toBe('Sở Tài chính (sửa tay)');
    expect(changed).toBe(1);
  });
});
