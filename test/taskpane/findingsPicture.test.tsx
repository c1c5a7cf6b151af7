import { within } from '@testing-library/react';
import { sampleGrid } from '../helpers/grid';
import { memoryWorkbook } from './memoryPort';
import { checkNow, renderPane } from './renderPane';

describe('the picture of where the problems are', () => {
  it('draws one bar per section of the real appendix that has findings, its counts in words', async () => {
    const book = memoryWorkbook({ sheets: [await sampleGrid()] });
    renderPane(book.port);
    const result = await checkNow();
    const picture = within(result.getByRole('list', { name: 'Điểm cần rà soát theo mục' }));
    const rows = picture.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(rows.length).toBeGreaterThan(3);
    expect(rows.some((row) => row.startsWith('VII CÔNG TÁC ĐOÀN RA') && row.includes('1 lỗi'))).toBe(true);
    expect(rows.every((row) => /\d+ (lỗi|cảnh báo|thông tin)/u.test(row))).toBe(true);
  });
});
