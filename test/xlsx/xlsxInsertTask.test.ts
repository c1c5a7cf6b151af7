import { parseAppendix, placeTask } from '../../src/domain';
import { worksheetToGrid } from '../../src/xlsx';
import { expectInsertedAt } from '../helpers/insertedTask';
import { onPage, roundTrip, sampleWorkbook, sheet } from './xlsxWorkbook.helpers';

describe('insertTask in the workbench (ExcelJS in memory)', () => {
  it('inserts the row, moves the merged areas with the rows, and reads back as before plus the task, after a download too', async () => {
    const workbook = await sampleWorkbook();
    const before = parseAppendix(worksheetToGrid(sheet(workbook, 'Phụ lục 1')));
    const merges = sheet(workbook, 'Phụ lục 1').model.merges.length;
    const placement = placeTask(before, 32, { task: 'Tổ chức đoàn công tác', lead: 'Sở Ngoại vụ' });
    await onPage(workbook).port.insertTask('Phụ lục 1', placement);

    const saved = await roundTrip(workbook);
    expect(sheet(saved, 'Phụ lục 1').model.merges).toHaveLength(merges);
    const after = parseAppendix(worksheetToGrid(sheet(saved, 'Phụ lục 1')));
    const added = expectInsertedAt(before, after, 43);
    expect(added).toMatchObject({
      tt: '11',
      parentRow: 32,
      task: 'Tổ chức đoàn công tác',
      lead: 'Sở Ngoại vụ',
    });
  });
});
