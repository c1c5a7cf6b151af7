import { changedPart, fixOutcomeLines, fixPreviewLines } from '../../../src/domain';
import type { CellChange } from '../../../src/domain';

const change: CellChange = {
  sheet: 'Phụ lục 1',
  cell: 'E85',
  rowNumber: 85,
  column: 'E',
  before: 'Theo Kế hoạch 217/KH-UBND ngày 31/12/2021 (Mục IV.2); Kế hoạch số 82/KH- UBND ngày 18/5/2023',
  after: 'Theo Kế hoạch 217/KH-UBND ngày 31/12/2021 (Mục IV.2); Kế hoạch số 82/KH-UBND ngày 18/5/2023',
  codes: ['malformed-citation'],
};

describe('fix wording', () => {
  it('shows the changed part of a long cell with some text around it', () => {
    expect(changedPart(change.before, change.after)).toEqual({
      before: '…Kế hoạch số 82/KH- UBND ngày 18/5/2023',
      after: '…Kế hoạch số 82/KH-UBND ngày 18/5/2023',
    });
    expect(changedPart('Sở Kế hoạch - Đầu tư', 'Sở Kế hoạch và Đầu tư')).toEqual({
      before: 'Sở Kế hoạch - Đầu tư',
      after: 'Sở Kế hoạch và Đầu tư',
    });
  });

  it('names the cell and the finding in Vietnamese, or English', () => {
    expect(fixPreviewLines([change], 'vi')).toEqual([
      'Sẽ sửa 1 ô (cũ → mới):',
      'E85 · Số, ký hiệu văn bản sai thể thức: «…Kế hoạch số 82/KH- UBND ngày 18/5/2023» → «…Kế hoạch số 82/KH-UBND ngày 18/5/2023»',
    ]);
    expect(fixPreviewLines([change], 'en')[1]).toMatch(/^E85 · Malformed citation: /u);
    expect(fixPreviewLines([], 'vi')).toEqual(['Không có ô nào cần sửa tự động.']);
  });

  it('reports the skipped cells and why', () => {
    expect(fixOutcomeLines([], [{ change, reason: 'changed' }], 'vi')).toEqual([
      'Đã sửa 0 ô.',
      'Bỏ qua 1 ô:',
      'E85: ô đã được sửa sau khi xem trước, không ghi đè',
    ]);
  });
});
