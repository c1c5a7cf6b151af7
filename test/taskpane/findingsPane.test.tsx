import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { appendixGrid, cleanAppendixGrid } from './grids';
import { memoryWorkbook } from './memoryPort';
import { checkNow, failureText, groupNames, renderPane } from './renderPane';

async function checkedPane() {
  const book = memoryWorkbook({ sheets: [appendixGrid()] });
  renderPane(book.port);
  const result = await checkNow();
  return { book, result };
}

const openGroup = (title: RegExp) => fireEvent.click(screen.getByRole('button', { name: title }));
/** The filters, unfolded ("Lọc…") if they are not yet. */
function filters() {
  const group = within(screen.getByRole('group', { name: 'Lọc các điểm' }));
  const toggle = group.queryByRole('button', { name: 'Lọc…' });
  if (toggle) fireEvent.click(toggle);
  return group;
}

describe('the findings in the task pane', () => {
  it('selects a finding’s cell in the sheet when it is pressed', async () => {
    const { book, result } = await checkedPane();

    const first = result.getByRole('button', { name: /^A9: / });
    expect(first.tagName).toBe('BUTTON');
    fireEvent.click(first);
    openGroup(/^Văn bản thiếu số hoặc ngày/);
    // The same wording on E5 and E7: one entry naming both, a small button selects the other cell.
    const citations = result.getAllByRole('button', { name: /"Kế hoạch 164-KH\/TU" thiếu ngày ban hành/ });
    expect(citations.map((b) => b.textContent?.split(':')[0])).toEqual(['E5 và 1 ô khác']);
    expect(result.getByLabelText('Các ô khác cùng lỗi này').textContent).toBe('E7');
    fireEvent.click(result.getByRole('button', { name: 'E7' }));

    await waitFor(() =>
      expect(book.calls.selectCell).toEqual([
        ['Phụ lục 1', 'A9'],
        ['Phụ lục 1', 'E7'],
      ]),
    );
  });

  it('lists a row-level finding under the TT column of its row', async () => {
    const { book, result } = await checkedPane();

    openGroup(/^Dòng nối tiếp/);
    fireEvent.click(result.getByRole('button', { name: /^B6: / }));

    await waitFor(() => expect(book.calls.selectCell).toEqual([['Phụ lục 1', 'B6']]));
  });

  it('shows a small error when the cell cannot be selected, kept until dismissed, and goes on working', async () => {
    const { book, result } = await checkedPane();
    book.failNext('selectCell', new Error('ItemNotFound'));

    fireEvent.click(result.getByRole('button', { name: /^A9: / }));

    expect(await failureText('Không chọn được ô')).toContain('ItemNotFound');
    fireEvent.click(result.getByRole('button', { name: /^A9: / }));
    await waitFor(() => expect(book.calls.selectCell).toHaveLength(2));
    // An error stays until the officer closes it.
    expect(screen.getByText('Không chọn được ô')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Đóng thông báo "Không chọn được ô"' }));
    expect(screen.queryByText('Không chọn được ô')).toBeNull();
  });

  it('folds the filters at first, so the first findings come right after the counts', async () => {
    await checkedPane();
    const group = within(screen.getByRole('group', { name: 'Lọc các điểm' }));
    const toggle = group.getByRole('button', { name: 'Lọc…' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(group.queryByRole('combobox')).toBeNull();
    expect(group.getByText('Đang hiện 5 / 5 điểm')).toBeTruthy();
    fireEvent.click(toggle);
    expect(group.getByRole('button', { name: 'Ẩn bộ lọc' }).getAttribute('aria-expanded')).toBe('true');
    expect(group.getAllByRole('combobox')).toHaveLength(2);
  });

  it('narrows the list by severity, with the counts on the check boxes', async () => {
    const { result } = await checkedPane();
    const warnings = filters().getByRole('checkbox', { name: 'Cảnh báo (3)' });
    expect(filters().getByRole('checkbox', { name: 'Lỗi (1)' })).toBeTruthy();
    expect(filters().getByRole('checkbox', { name: 'Thông tin (1)' })).toBeTruthy();

    fireEvent.click(warnings);

    expect(result.getByText('Đang hiện 2 / 5 điểm')).toBeTruthy();
    expect(groupNames()).toEqual(['Trùng số thứ tự Lỗi · 1', 'Dòng nối tiếp Thông tin · 1']);
  });

  it('narrows the list to one rule and opens its group', async () => {
    const { result } = await checkedPane();
    const rule = filters().getByRole('combobox', { name: 'Quy tắc' });
    expect(
      within(rule)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual([
      'Tất cả quy tắc',
      'Trùng số thứ tự (1)',
      'Thiếu nguồn kinh phí (1)',
      'Văn bản thiếu số hoặc ngày (2)',
      'Dòng nối tiếp (1)',
    ]);

    fireEvent.change(rule, { target: { value: 'incomplete-citation' } });

    expect(result.getByText('Đang hiện 2 / 5 điểm')).toBeTruthy();
    expect(groupNames()).toEqual(['Văn bản thiếu số hoặc ngày Cảnh báo · 2']);
    expect(result.getAllByRole('button', { name: /^E5 và 1 ô khác: / })).toHaveLength(1);
    expect(result.getByRole('button', { name: 'E7' })).toBeTruthy();
  });

  it('narrows the list to the tasks of one lead agency, and "Bỏ lọc" restores it', async () => {
    const { result } = await checkedPane();
    const agency = filters().getByRole('combobox', { name: 'Cơ quan chủ trì' });
    expect(
      within(agency)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Tất cả cơ quan', 'Sở Ngoại vụ', 'Sở Tài chính']);
    // Offered only while something is filtered.
    expect(filters().queryByRole('button', { name: 'Bỏ lọc' })).toBeNull();

    fireEvent.change(agency, { target: { value: 'Sở Tài chính' } });
    expect(result.getByText('Đang hiện 2 / 5 điểm')).toBeTruthy();
    expect(groupNames()).toEqual(['Trùng số thứ tự Lỗi · 1', 'Thiếu nguồn kinh phí Cảnh báo · 1']);
    fireEvent.click(filters().getByRole('checkbox', { name: 'Lỗi (1)' }));
    expect(result.getByText('Đang hiện 1 / 5 điểm')).toBeTruthy();

    fireEvent.click(filters().getByRole('button', { name: 'Bỏ lọc' }));

    expect(result.getByText('Đang hiện 5 / 5 điểm')).toBeTruthy();
    expect(groupNames()).toHaveLength(4);
    expect((agency as HTMLSelectElement).value).toBe('');
    expect((filters().getByRole('checkbox', { name: 'Lỗi (1)' }) as HTMLInputElement).checked).toBe(true);
  });

  it('says so when the filters leave nothing', async () => {
    const { result } = await checkedPane();

    fireEvent.change(filters().getByRole('combobox', { name: 'Quy tắc' }), {
      target: { value: 'missing-funding' },
    });
    fireEvent.click(filters().getByRole('checkbox', { name: 'Cảnh báo (3)' }));

    expect(result.getByText('Đang hiện 0 / 5 điểm')).toBeTruthy();
    expect(result.getByText('Không có điểm nào khớp bộ lọc.')).toBeTruthy();
  });

  it('says when there is nothing to review', async () => {
    renderPane(memoryWorkbook({ sheets: [cleanAppendixGrid()] }).port);

    const result = await checkNow();

    expect(result.getByRole('heading', { name: 'Điểm cần rà soát (0)' })).toBeTruthy();
    expect(result.getByText('Không có điểm nào cần rà soát.')).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Lọc các điểm' })).toBeNull();
  });
});
