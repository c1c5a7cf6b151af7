import { fireEvent, screen, within } from '@testing-library/react';
import { checkWorkbook, UnusableWorkbookError } from '../../src/domain';
import { appendixGrid, datelessAppendixGrid, notesGrid } from './grids';
import { memoryWorkbook } from './memoryPort';
import { checkNow, countTexts, failureText, groupNames, renderPane } from './renderPane';

const workbook = () => memoryWorkbook({ sheets: [appendixGrid(), datelessAppendixGrid(), notesGrid()] });

describe('the check in the task pane', () => {
  it('checks the active sheet and shows the summary and the findings grouped by rule, in Vietnamese', async () => {
    const book = workbook();
    renderPane(book.port);

    const result = await checkNow();

    expect(book.calls.read).toEqual([undefined]);
    expect(countTexts()).toEqual(['Lỗi: 1', 'Cảnh báo: 3', 'Thông tin: 1', 'Nhiệm vụ: 4']);
    expect(result.getByText('Phụ lục 1')).toBeTruthy();
    expect(result.getByText(/^3 \(TT: A, Nhiệm vụ: B, Cơ quan chủ trì: C/)).toBeTruthy();
    expect(result.getByText('Kế hoạch 58/KH-UBND ngày 11/03/2024')).toBeTruthy();
    expect(result.getByText('11/03/2024')).toBeTruthy();
    expect(result.getByText('Kết quả kiểm tra')).toBeTruthy();
    // Worst severity first, then the catalogue's order; each with its title, severity and count.
    expect(groupNames()).toEqual([
      'Trùng số thứ tự Lỗi · 1',
      'Thiếu nguồn kinh phí Cảnh báo · 1',
      'Văn bản thiếu số hoặc ngày Cảnh báo · 2',
      'Dòng nối tiếp Thông tin · 1',
    ]);
    expect(result.getByText('Đang hiện 5 / 5 điểm')).toBeTruthy();
    // The first group is open: its finding is a button named by its cell and message.
    expect(result.getByRole('button', { name: /^A9: Số thứ tự "3" trùng với dòng 8/ })).toBeTruthy();
  });

  it('writes the marks and the result sheet, stamped with the injected clock', async () => {
    const book = workbook();
    renderPane(book.port);

    await checkNow();

    const [write] = book.calls.writeCheck;
    expect(write?.sheetName).toBe('Phụ lục 1');
    expect(write?.marks.map((mark) => mark.cell)).toEqual(['E5', 'B6', 'E7', 'F8', 'A9']);
    expect(write?.result.title).toContain(
      'Kiểm tra lúc 23/11/2026 09:05; tên cơ quan xét theo ngày 11/03/2024',
    );
    expect(write?.activateResult).toBe(false);
  });

  it('speaks English when Office does', async () => {
    renderPane(workbook().port, 'en');

    const result = await checkNow('en');

    expect(countTexts('en')).toEqual(['Error: 1', 'Warning: 3', 'Info: 1', 'Tasks: 4']);
    expect(result.getByText('Kế hoạch 58/KH-UBND dated 11/03/2024')).toBeTruthy();
    expect(groupNames()).toHaveLength(4);
    expect(result.getByText('Showing 5 of 5 points')).toBeTruthy();
    expect(result.getByRole('button', { name: /^A9: / }).textContent).toMatch(/"3"/);
  });

  it('shows a spinner while it works and keeps focus on the inactive button', async () => {
    const book = workbook();
    const gate = book.hold('read');
    renderPane(book.port);
    const button = screen.getByRole('button', { name: 'Kiểm tra' });
    button.focus();

    fireEvent.click(button);

    const status = screen.getByRole('status', { name: 'Trạng thái' });
    expect(within(status).getByRole('progressbar')).toBeTruthy();
    expect(within(status).getByText('Đang kiểm tra…')).toBeTruthy();
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.hasAttribute('disabled')).toBe(false);
    expect(document.activeElement).toBe(button);
    fireEvent.click(button);
    expect(book.calls.read).toHaveLength(1);

    await gate.release();
    await screen.findByRole('region', { name: 'Kết quả kiểm tra' });
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(button.getAttribute('aria-disabled')).not.toBe('true');
    expect(document.activeElement).toBe(button);
  });

  it('offers the workbook’s sheets after the first check and checks the one picked', async () => {
    const book = workbook();
    renderPane(book.port);
    const picker = screen.getByRole('combobox', { name: 'Trang tính' });
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Trang đang mở']);

    await checkNow();
    expect(
      within(picker)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Trang đang mở', 'Phụ lục 1', 'Phụ lục 2', 'Ghi chú']);
    fireEvent.change(picker, { target: { value: 'Phụ lục 2' } });
    const result = await checkNow();

    expect(book.calls.read).toEqual([undefined, 'Phụ lục 2']);
    expect(result.getByText('Phụ lục 2')).toBeTruthy();
    expect(result.getByText('không thấy số, ngày kế hoạch')).toBeTruthy();
    expect(result.getByText('chưa rõ (ghi ngày kế hoạch trong Cài đặt)')).toBeTruthy();
  });

  it('shows the core’s wording when the picked sheet has no task header', async () => {
    const book = workbook();
    renderPane(book.port);
    await checkNow();

    fireEvent.change(screen.getByRole('combobox', { name: 'Trang tính' }), { target: { value: 'Ghi chú' } });
    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));

    const text = await failureText('Không kiểm tra được');
    expect(text).toContain('Trang "Ghi chú": không tìm thấy dòng tiêu đề');
    // The old findings are not shown as if they were the picked sheet's; the sheet list stays.
    expect(screen.queryByRole('region', { name: 'Kết quả kiểm tra' })).toBeNull();
    expect(screen.getByRole('option', { name: 'Phụ lục 2' })).toBeTruthy();
    expect(book.calls.writeCheck).toHaveLength(1);
  });

  it('shows an UnusableWorkbookError from the port in its wording', async () => {
    const book = workbook();
    book.failNext(
      'read',
      new UnusableWorkbookError('no-such-sheet', { sheet: 'Phụ lục 9', available: ['Phụ lục 1'] }),
    );
    renderPane(book.port);

    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));

    expect(await failureText('Không kiểm tra được')).toContain(
      'Không có trang "Phụ lục 9". Các trang trong tệp: Phụ lục 1.',
    );
  });

  it('shows an Office failure as an unexpected error, with its text', async () => {
    const book = workbook();
    book.failNext('writeCheck', new Error('RichApi.Error: RequestPayloadSizeLimitExceeded'));
    renderPane(book.port);

    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));

    expect(await failureText('Không kiểm tra được')).toContain(
      'Lỗi ngoài dự kiến khi làm việc với sổ tính: RichApi.Error: RequestPayloadSizeLimitExceeded',
    );
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('says when Excel cannot write notes, when the result sheet was renamed and when notes were kept', async () => {
    const book = memoryWorkbook({
      sheets: [appendixGrid()],
      otherSheets: ['Kết quả kiểm tra'],
      officerNotes: ['E5'],
    });
    renderPane(book.port);

    const result = await checkNow();

    expect(
      result.getByText(
        'Trang "Kết quả kiểm tra" của bạn được giữ nguyên; kết quả ghi vào "Kết quả kiểm tra (2)".',
      ),
    ).toBeTruthy();
    expect(result.getByText(/^1 ô đã có ghi chú của bạn/)).toBeTruthy();
    expect(result.queryByText(/không hỗ trợ ghi chú ô/)).toBeNull();
  });

  it('says when this Excel has no cell notes', async () => {
    const book = memoryWorkbook({ sheets: [appendixGrid()], capabilities: { notes: false } });
    renderPane(book.port);

    const result = await checkNow();

    expect(
      result.getByText(
        'Phiên bản Excel này không hỗ trợ ghi chú ô (cần ExcelApi 1.18): chỉ tô màu và ghi trang kết quả.',
      ),
    ).toBeTruthy();
    expect(result.queryByText(/của bạn được giữ nguyên/)).toBeNull();
  });

  it('shows the same counts as the core for the real appendix', async () => {
    const { fixtureGrids } = await import('../helpers/grid');
    const sheets = await fixtureGrids();
    const expected = await checkWorkbook(memoryWorkbook({ sheets }).port, { checkedAt: '' });
    renderPane(memoryWorkbook({ sheets }).port);

    const result = await checkNow();

    const count = (s: string) => expected.findings.filter((f) => f.severity === s).length;
    expect(countTexts()).toEqual([
      `Lỗi: ${count('error')}`,
      `Cảnh báo: ${count('warning')}`,
      `Thông tin: ${count('info')}`,
      `Nhiệm vụ: ${expected.appendix.tasks.length}`,
    ]);
    const total = expected.findings.length;
    expect(result.getByText(`Đang hiện ${total} / ${total} điểm`)).toBeTruthy();
  });
});
