import { removeAgencySheets } from '../../src/excel';
import { fakeWorkbook, taggedAs } from './fakeWorkbook';

describe('removeAgencySheets (Office.js)', () => {
  it('deletes only the confirmed sheets still the add-in’s agency sheets, in 3 syncs', async () => {
    const fake = fakeWorkbook([
      { name: 'Phụ lục 1', rows: [['TT', 'Nhiệm vụ']] },
      {
        name: 'Tổng hợp theo cơ quan',
        rows: [['TỔNG HỢP']],
        customProperties: taggedAs('agency-index', 'Tổng hợp theo cơ quan', 'TỔNG HỢP'),
      },
      {
        name: 'Sở Ngoại vụ',
        rows: [['DANH SÁCH NHIỆM VỤ – Sở Ngoại vụ']],
        customProperties: taggedAs('agency-list', 'Sở Ngoại vụ', 'DANH SÁCH NHIỆM VỤ – Sở Ngoại vụ'),
      },
      // The officer rewrote its first line: their sheet now.
      {
        name: 'Sở Nội vụ',
        rows: [['Bảng tôi tự làm']],
        customProperties: taggedAs('agency-list', 'Sở Nội vụ', 'DANH SÁCH NHIỆM VỤ – Sở Nội vụ'),
      },
      {
        name: 'Kết quả kiểm tra',
        rows: [['KẾT QUẢ']],
        customProperties: taggedAs('result', 'Kết quả kiểm tra', 'KẾT QUẢ'),
      },
    ]);

    const outcome = await removeAgencySheets(fake.context, [
      'Tổng hợp theo cơ quan',
      'Sở Ngoại vụ',
      'Sở Nội vụ',
      'Kết quả kiểm tra',
      'Phụ lục 1',
      'Không còn',
    ]);

    expect(outcome).toEqual({
      removed: ['Tổng hợp theo cơ quan', 'Sở Ngoại vụ'],
      kept: ['Sở Nội vụ', 'Kết quả kiểm tra', 'Phụ lục 1', 'Không còn'],
    });
    expect(fake.model.sheets.map((sheet) => sheet.name)).toEqual([
      'Phụ lục 1',
      'Sở Nội vụ',
      'Kết quả kiểm tra',
    ]);
    expect(fake.syncCount()).toBe(3);
    expect(fake.pending()).toBe(0);
  });
});
