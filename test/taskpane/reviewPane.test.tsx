import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import type { SheetSpec } from '../../src/domain';
import { readReviewsSheet } from '../../src/domain';
import { gridFromSpec } from '../helpers/specGrid';
import { appendixGrid } from './grids';
import { memoryWorkbook } from './memoryPort';
import { checkNow, renderPane } from './renderPane';

const heading = () => screen.getByRole('heading', { level: 2, name: /^Điểm cần rà soát/u }).textContent;

/** A checked pane on the small appendix, its citation group open; `before` is the findings heading. */
async function checkedPane() {
  const book = memoryWorkbook({ sheets: [appendixGrid()] });
  renderPane(book.port);
  await checkNow();
  const before = heading();
  fireEvent.click(screen.getByRole('button', { name: /^Văn bản thiếu số hoặc ngày/u }));
  return { book, before };
}

describe('reviewing findings in the task pane', () => {
  it('dismisses a finding with a reason, keeps it in the workbook, lists it apart, and counts it again on request', async () => {
    const { book, before } = await checkedPane();
    fireEvent.change(screen.getByRole('textbox', { name: 'Lý do khi bỏ qua (không bắt buộc)' }), {
      target: { value: 'Kế hoạch của Tỉnh ủy, không ghi ngày' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ qua phát hiện ở E5 và 1 ô khác (đã xem)' }));

    await waitFor(() => expect(book.calls.writeCheck).toHaveLength(2));
    const spec = book.calls.saveHiddenSheet[0];
    expect(spec?.tag).toBe('reviews');
    expect(readReviewsSheet(gridFromSpec(spec as SheetSpec))).toEqual([
      expect.objectContaining({
        sheet: 'Phụ lục 1',
        cell: 'E5',
        text: 'Kế hoạch 164-KH/TU',
        reason: 'Kế hoạch của Tỉnh ủy, không ghi ngày',
        reviewedAt: '23/11/2026 09:05',
      }),
      expect.objectContaining({ cell: 'E7', text: 'Kế hoạch 164-KH/TU' }),
    ]);
    // Not marked, not counted: two findings fewer; listed apart with the reason.
    await waitFor(() => expect(heading()).not.toBe(before));
    expect(Number(/\((\d+)\)/u.exec(heading() ?? '')?.[1])).toBe(
      Number(/\((\d+)\)/u.exec(before ?? '')?.[1]) - 2,
    );
    expect(book.marksOn('Phụ lục 1').map((mark) => mark.cell)).not.toContain('E5');
    const reviewed = within(screen.getByRole('list', { name: 'Đã xem, bỏ qua (2)' }));
    expect(reviewed.getAllByRole('listitem')[0]?.textContent).toContain(
      'Kế hoạch của Tỉnh ủy, không ghi ngày',
    );
    expect(book.calls.writeCheck.at(-1)?.result.rows.flat()).toContain(
      'ĐÃ XEM, BỎ QUA (2) — không tô, không đếm',
    );

    fireEvent.click(reviewed.getByRole('button', { name: 'Tính lại phát hiện ở E7' }));
    await waitFor(() => expect(book.calls.writeCheck).toHaveLength(3));
    await waitFor(() => expect(screen.getByRole('list', { name: 'Đã xem, bỏ qua (1)' })).toBeTruthy());
  });

  it('counts a dismissed finding again once the officer changes the cell', async () => {
    const { book, before } = await checkedPane();
    fireEvent.click(screen.getByRole('button', { name: 'Bỏ qua phát hiện ở E5 và 1 ô khác (đã xem)' }));
    await waitFor(() => expect(book.calls.writeCheck).toHaveLength(2));
    book.typeInto('Phụ lục 1', 'E5', 'Kế hoạch 164-KH/TU (sửa)');
    await checkNow();
    await waitFor(() => expect(book.calls.writeCheck).toHaveLength(3));
    await waitFor(() => expect(screen.getByRole('list', { name: 'Đã xem, bỏ qua (1)' })).toBeTruthy());
    expect(Number(/\((\d+)\)/u.exec(heading() ?? '')?.[1])).toBe(
      Number(/\((\d+)\)/u.exec(before ?? '')?.[1]) - 1,
    );
  });
});
