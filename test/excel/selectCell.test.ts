import { selectCell } from '../../src/excel';
import { fakeWorkbook } from './fakeWorkbook';

describe('selectCell', () => {
  it('activates the sheet and selects the cell in 1 sync', async () => {
    const fake = fakeWorkbook(
      [
        { name: 'Phụ lục 1', rows: [['TT']] },
        { name: 'Kết quả kiểm tra', rows: [['E110']] },
      ],
      { active: 'Kết quả kiểm tra' },
    );
    await selectCell(fake.context, 'Phụ lục 1', 'E110');
    expect(fake.model.activeSheet).toBe('Phụ lục 1');
    expect(fake.model.selection).toEqual({ sheet: 'Phụ lục 1', address: 'E110' });
    expect(fake.syncCount()).toBe(1);
    expect(fake.pending()).toBe(0);
  });

  it('fails, changing nothing, when the sheet is gone', async () => {
    const fake = fakeWorkbook([{ name: 'Phụ lục 1', rows: [['TT']] }]);
    await expect(selectCell(fake.context, 'Phụ lục 2', 'A1')).rejects.toMatchObject({ code: 'ItemNotFound' });
    expect(fake.model.selection).toBeNull();
  });
});
