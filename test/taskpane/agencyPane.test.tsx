import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { appendixGrid } from './grids';
import { memoryWorkbook } from './memoryPort';
import { checkNow, expectStatus, failureText, renderPane } from './renderPane';

function agencyPanel() {
  return within(screen.getByRole('region', { name: 'Theo cơ quan' }));
}

describe('Lọc theo cơ quan in the task pane', () => {
  it('lists the agencies of the checked appendix with their task counts', async () => {
    renderPane(memoryWorkbook({ sheets: [appendixGrid()] }).port);
    await checkNow();
    const options = agencyPanel()
      .getAllByRole('option')
      .map((option) => option.textContent);
    expect(options).toEqual(['Sở Ngoại vụ (2)', 'Sở Tài chính (2)']);
  });

  it('shows only the picked agency’s rows with their section, then restores the sheet', async () => {
    const book = memoryWorkbook({ sheets: [appendixGrid()] });
    renderPane(book.port);
    await checkNow();
    const panel = agencyPanel();
    fireEvent.change(panel.getByRole('combobox', { name: 'Cơ quan' }), {
      target: { value: panel.getByRole('option', { name: 'Sở Tài chính (2)' }).getAttribute('value') },
    });
    fireEvent.click(panel.getByRole('button', { name: 'Lọc theo cơ quan' }));

    // Section I (row 4) and the two tasks of Sở Tài chính (rows 8 and 9); rows 5–7 are hidden.
    expect(book.calls.showOnlyRows).toEqual([
      { sheetName: 'Phụ lục 1', firstRow: 4, lastRow: 9, visibleRows: [4, 8, 9] },
    ]);
    await expectStatus(/Đang hiện các nhiệm vụ của Sở Tài chính; 3 dòng khác được ẩn/);
    // The memory workbook, like desktop Excel, has no private sheet view: the pane says the view is shared.
    expect(panel.getByText(/người khác đang mở cùng sổ tính cũng thấy các dòng bị ẩn/)).toBeTruthy();

    fireEvent.click(panel.getByRole('button', { name: 'Bỏ lọc' }));
    expect(book.calls.restoreRows).toEqual(['Phụ lục 1']);
    await expectStatus(/Đã bỏ lọc/);
    // The warning about the shared view goes with the hidden rows.
    expect(panel.queryByText(/người khác đang mở cùng sổ tính/)).toBeNull();
  });

  it('says why the sheet could not be filtered', async () => {
    const book = memoryWorkbook({ sheets: [appendixGrid()] });
    renderPane(book.port);
    await checkNow();
    book.failNext('showOnlyRows', new Error('AccessDenied: the sheet is protected'));
    fireEvent.click(agencyPanel().getByRole('button', { name: 'Lọc theo cơ quan' }));
    expect(await failureText('Không lọc hoặc bỏ lọc được')).toContain('AccessDenied: the sheet is protected');
  });
});

describe('the agency lists from the task pane', () => {
  it('writes one sheet per agency and the index, and says so', async () => {
    const book = memoryWorkbook({ sheets: [appendixGrid()] });
    renderPane(book.port);
    await checkNow();
    fireEvent.click(agencyPanel().getByRole('button', { name: 'Tạo danh sách theo cơ quan' }));

    await waitFor(() => expect(book.calls.writeAgencySheets).toHaveLength(1));
    const write = book.calls.writeAgencySheets[0];
    expect(write?.index.name).toBe('Tổng hợp theo cơ quan');
    expect(write?.lists.map((list) => list.title[0])).toEqual([
      'DANH SÁCH NHIỆM VỤ – Sở Ngoại vụ',
      'DANH SÁCH NHIỆM VỤ – Sở Tài chính',
    ]);
    await expectStatus(/Đã ghi 3 trang: mỗi cơ quan một trang và trang tổng hợp/);
  });

  it('exports the picked agency’s list as a workbook of its own', async () => {
    const book = memoryWorkbook({ sheets: [appendixGrid()] });
    renderPane(book.port);
    await checkNow();
    fireEvent.click(agencyPanel().getByRole('button', { name: 'Xuất danh sách cơ quan này' }));

    await waitFor(() => expect(book.calls.exportAgencyWorkbook).toHaveLength(1));
    const file = book.calls.exportAgencyWorkbook[0];
    expect(file?.fileName).toMatch(/^\d\d-so-ngoai-vu\.xlsx$/);
    expect(file?.spec.tag).toBe('agency-list');
    await expectStatus(`Đã tải xuống ${file?.fileName}.`);
  });
});

describe('Gỡ các trang theo cơ quan', () => {
  async function generated() {
    const book = memoryWorkbook({ sheets: [appendixGrid()] });
    renderPane(book.port);
    await checkNow();
    fireEvent.click(agencyPanel().getByRole('button', { name: 'Tạo danh sách theo cơ quan' }));
    await expectStatus(/Đã ghi 3 trang/u);
    fireEvent.click(agencyPanel().getByRole('button', { name: 'Gỡ các trang theo cơ quan' }));
    const dialog = within(await screen.findByRole('alertdialog', { name: 'Gỡ các trang theo cơ quan' }));
    return { book, dialog };
  }

  it('lists exactly the sheets the add-in wrote, and removes them once confirmed', async () => {
    const { book, dialog } = await generated();
    const names = within(dialog.getByRole('list', { name: 'Các trang sẽ gỡ' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(names).toEqual(['Tổng hợp theo cơ quan', 'Sở Ngoại vụ', 'Sở Tài chính']);
    expect(dialog.getByText(/Không gỡ được lại bằng Hoàn tác/u)).toBeTruthy();
    fireEvent.click(dialog.getByRole('button', { name: 'Gỡ 3 trang' }));

    await expectStatus('Đã gỡ 3 trang.');
    expect(book.calls.removeAgencySheets).toEqual([['Tổng hợp theo cơ quan', 'Sở Ngoại vụ', 'Sở Tài chính']]);
  });

  it('removes nothing when the officer thinks better of it', async () => {
    const { book, dialog } = await generated();
    fireEvent.click(dialog.getByRole('button', { name: 'Thôi' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(book.calls.removeAgencySheets).toEqual([]);
  });

  it('says so when there is no sheet of the add-in to remove', async () => {
    const book = memoryWorkbook({ sheets: [appendixGrid()] });
    renderPane(book.port);
    await checkNow();
    fireEvent.click(agencyPanel().getByRole('button', { name: 'Gỡ các trang theo cơ quan' }));
    await expectStatus('Không có trang nào do add-in tạo để gỡ.');
    expect(book.calls.removeAgencySheets).toEqual([]);
  });
});
