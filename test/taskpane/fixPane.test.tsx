import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { sampleGrid } from '../helpers/grid';
import { appendixGrid, cleanAppendixGrid } from './grids';
import { memoryWorkbook } from './memoryPort';
import { checkNow, renderPane } from './renderPane';

describe('automatic fixes with preview', () => {
  it('previews the real appendix cell by cell, writes only the chosen ones, skips a cell typed into, and checks again', async () => {
    const book = memoryWorkbook({ sheets: [await sampleGrid()] });
    renderPane(book.port);
    const result = await checkNow();

    const section = within(result.getByRole('region', { name: 'Sửa tự động' }));
    expect(section.getByText(/^14 ô có thể sửa tự động, an toàn/u)).toBeTruthy();
    fireEvent.click(section.getByRole('button', { name: 'Xem trước' }));
    const boxes = within(section.getByRole('list', { name: 'Các ô sẽ sửa' })).getAllByRole('checkbox');
    expect(boxes).toHaveLength(14);
    expect(
      section.getByLabelText(
        'E85 · Số, ký hiệu văn bản sai thể thức: «…Kế hoạch số 82/KH- UBND ngày 18/5/2023» → «…Kế hoạch số 82/KH-UBND ngày 18/5/2023»',
      ),
    ).toBeTruthy();
    // The officer leaves C60 as it is, and meanwhile edits C31 by hand.
    fireEvent.click(section.getByLabelText(/^C60 · /u));
    book.typeInto('Phụ lục 1', 'C31', 'Sở Kế hoạch và Đầu tư (sửa tay)');
    fireEvent.click(section.getByRole('button', { name: 'Áp dụng (13 ô)' }));

    const status = await screen.findByRole('status', { name: 'Sửa tự động' });
    expect(
      within(status)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Đã sửa 12 ô.', 'Bỏ qua 1 ô:', 'C31: ô đã được sửa sau khi xem trước, không ghi đè']);
    expect(book.calls.applyChanges[0]?.map((change) => change.cell)).not.toContain('C60');
    expect(book.valueOf('Phụ lục 1', 'C60')).toBe('Liên hiệp các tổ chức hữu nghị');
    expect(book.valueOf('Phụ lục 1', 'C31')).toBe('Sở Kế hoạch và Đầu tư (sửa tay)');
    expect(String(book.valueOf('Phụ lục 1', 'E85'))).toContain('82/KH-UBND ngày 18/5/2023');
    // Checked again: only C60 is left to fix.
    await waitFor(() => expect(book.calls.writeCheck).toHaveLength(2));
    await waitFor(() => expect(screen.getByText(/^1 ô có thể sửa tự động/u)).toBeTruthy());
  });

  it('offers to number on the sections after the sample’s second "VII", one group at a time', async () => {
    const book = memoryWorkbook({ sheets: [await sampleGrid()] });
    renderPane(book.port);
    const result = await checkNow();
    const section = within(result.getByRole('region', { name: 'Sửa tự động' }));
    const list = section.getByRole('list', { name: 'Đánh số lại các mục ngoài cùng (liên tục từ số đầu):' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['A116: VII → VIII', 'A121: VIII → IX']);
    fireEvent.click(section.getByRole('button', { name: 'Đánh số lại (2 ô)' }));
    await waitFor(() => expect(book.valueOf('Phụ lục 1', 'A121')).toBe('IX'));
    expect(book.valueOf('Phụ lục 1', 'A116')).toBe('VIII');
    expect(book.valueOf('Phụ lục 1', 'A106')).toBe('VII');
  });

  it('offers only the renumbering when no cell has a safe fix', async () => {
    const book = memoryWorkbook({ sheets: [appendixGrid()] });
    renderPane(book.port);
    const result = await checkNow();
    const section = within(result.getByRole('region', { name: 'Sửa tự động' }));
    expect(section.queryByRole('button', { name: 'Xem trước' })).toBeNull();
    expect(section.getByRole('listitem').textContent).toBe('A9: 3 → 4');
  });

  it('shows nothing on a clean appendix', async () => {
    const book = memoryWorkbook({ sheets: [cleanAppendixGrid()] });
    renderPane(book.port);
    const result = await checkNow();
    expect(result.queryByRole('region', { name: 'Sửa tự động' })).toBeNull();
  });
});
