import { parseAppendix, placeTask } from '../../src/domain';
import { insertTask, readWorkbook } from '../../src/excel';
import { fakeWorkbook, seedFromGrid } from './fakeWorkbook';
import { fixtureGrid } from './workbooks';
import { expectInsertedAt } from '../helpers/insertedTask';

describe('insertTask (Office.js)', () => {
  it('inserts the task as a row at the end of its section in 1 sync; read again, it is there and nothing else moved but down', async () => {
    const grid = await fixtureGrid();
    const fake = fakeWorkbook([seedFromGrid(grid)]);
    const before = parseAppendix(grid);
    const placement = placeTask(before, 32, {
      task: 'Tổ chức đoàn công tác',
      lead: 'Sở Ngoại vụ',
      time: 'Quý IV/2024',
    });
    const merges = fake.sheet('Phụ lục 1').merges.length;

    await insertTask(fake.context, 'Phụ lục 1', placement);

    expect(fake.syncCount()).toBe(1);
    expect(fake.pending()).toBe(0);
    expect(fake.sheet('Phụ lục 1').merges).toHaveLength(merges);
    const again = await readWorkbook(fake.newContext(), 'Phụ lục 1', { notes: true });
    const after = parseAppendix(again.grid);
    const added = expectInsertedAt(before, after, 43);
    expect(added).toMatchObject({
      tt: '11',
      parentRow: 32,
      task: 'Tổ chức đoàn công tác',
      lead: 'Sở Ngoại vụ',
    });
  });

  it('says which sheet is gone when the officer deleted it meanwhile', async () => {
    const fake = fakeWorkbook([{ name: 'Khác', rows: [['x']] }]);
    await expect(insertTask(fake.context, 'Phụ lục 1', { rowNumber: 5, cells: [] })).rejects.toMatchObject({
      code: 'no-such-sheet',
    });
  });
});
