import ExcelJS from 'exceljs';
import { contentCounts, loadWorkbook, unkeptContent, workbookBytes } from '../../src/xlsx';
import { officersWorkbook } from '../helpers/unkeptWorkbook';

describe('what a save through ExcelJS would not keep', () => {
  it('counts the parts of each kind a package holds', async () => {
    expect(await contentCounts(await officersWorkbook())).toEqual({ chart: 1, image: 1, threadedComment: 1 });
  });

  it('names what the workbench’s download would lose, and not what it keeps (the image)', async () => {
    const original = await officersWorkbook();
    const saved = await workbookBytes(await loadWorkbook(original, 'ke-hoach.xlsx'));
    expect(await unkeptContent(original, saved)).toEqual({ chart: 1, threadedComment: 1 });
  });

  it('finds nothing lost in a workbook of cells only', async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Phụ lục').addRow(['TT', 'Nhiệm vụ']);
    const original = new Uint8Array(await workbook.xlsx.writeBuffer());
    const saved = await workbookBytes(await loadWorkbook(original, 'a.xlsx'));
    expect(await unkeptContent(original, saved)).toEqual({});
  });
});
