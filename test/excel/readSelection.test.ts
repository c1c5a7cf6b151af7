import { readSelection, selectCell } from '../../src/excel';
import { fakeWorkbook } from './fakeWorkbook';

describe('readSelection (Office.js)', () => {
  it('gives the sheet and first cell of the selection in 1 sync, quotes undone', async () => {
    const fake = fakeWorkbook([
      { name: 'Khác', rows: [['x']] },
      { name: "Phụ lục 1 (của Sở's)", rows: [['TT', 'Nhiệm vụ']] },
    ]);
    await selectCell(fake.newContext(), "Phụ lục 1 (của Sở's)", 'C45');
    const syncs = fake.syncCount();
    expect(await readSelection(fake.newContext())).toEqual({ sheet: "Phụ lục 1 (của Sở's)", cell: 'C45' });
    expect(fake.syncCount() - syncs).toBe(1);
  });

  it('is A1 of the active sheet before anything is selected', async () => {
    const fake = fakeWorkbook([{ name: 'Phụ lục', rows: [['TT']] }]);
    expect(await readSelection(fake.context)).toEqual({ sheet: 'Phụ lục', cell: 'A1' });
  });
});
