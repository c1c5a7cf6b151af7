import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { importPlanText, listSheetGrid, planMatrixSheet } from '../../src/domain';
import { readAppendix, worksheetToGrid } from '../../src/xlsx';
import { FIXTURES } from '../helpers/grid';
import { onPage, roundTrip, sampleWorkbook } from './xlsxWorkbook.helpers';

const matrix = planMatrixSheet(
  importPlanText(
    readFileSync(join(FIXTURES, 'plans', 'ke-hoach-58-KH-UBND-2024-ba-ria-vung-tau.txt'), 'utf8'),
  ),
  { name: 'văn bản dán vào', unit: 'line' },
);

describe('the xlsx port adds a sheet', () => {
  it('after the others, untagged, shown; it survives the download and reads as an appendix', async () => {
    const workbook = await sampleWorkbook();
    const before = workbook.worksheets.map((sheet) => sheet.name);
    const page = onPage(workbook);

    const { name } = await page.port.addSheet(matrix);

    expect(name).toBe('Phụ lục nhiệm vụ');
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([...before, name]);
    expect(page.selected).toEqual([[name, 'A1']]);
    const again = await page.port.addSheet(matrix);
    expect(again.name).toBe('Phụ lục nhiệm vụ (2)');
    const read = readAppendix(await roundTrip(workbook), name);
    expect(read.appendix.tasks).toHaveLength(91);
    expect(read.appendix.plan.number).toBe('58/KH-UBND');
  });

  it('draws what listSheetGrid says it draws', async () => {
    const workbook = await sampleWorkbook();
    const { name } = await onPage(workbook).port.addSheet(matrix);
    const sheet = workbook.getWorksheet(name);
    if (!sheet) throw new Error('no sheet');
    const drawn = worksheetToGrid(sheet);
    const expected = listSheetGrid({ ...matrix, name });
    expect(drawn.texts).toEqual(expected.texts);
    expect([...drawn.merges].sort((a, b) => a.top - b.top)).toEqual(expected.merges);
  });
});
