import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { readSettingsSheet, settingsSheetSpec } from '../../src/domain';
import { appendixGrid } from './grids';
import { gridFromSpec } from '../helpers/specGrid';
import { memoryWorkbook } from './memoryPort';
import { checkNow, countTexts, failureText, groupNames, renderPane } from './renderPane';

const clearButton = () => screen.getByRole('button', { name: 'Xoá đánh dấu' });

function openSettings() {
  fireEvent.click(screen.getByRole('button', { name: 'Cài đặt' }));
  return within(screen.getByRole('form', { name: 'Cài đặt' }));
}

describe('clearing the marks', () => {
  it('is possible only after a check, and clears the checked sheet with the counts shown', async () => {
    const book = memoryWorkbook({ sheets: [appendixGrid()] });
    renderPane(book.port);
    expect(clearButton().getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(clearButton());
    expect(book.calls.clearMarks).toEqual([]);

    await checkNow();
    const gate = book.hold('clearMarks');
    fireEvent.click(clearButton());
    expect(screen.getByText('Đang xoá đánh dấu…')).toBeTruthy();
    expect(clearButton().getAttribute('aria-disabled')).toBe('true');
    await gate.release();

    expect(book.calls.clearMarks).toEqual(['Phụ lục 1']);
    const status = screen.getByRole('status', { name: 'Trạng thái' });
    // In the officer's terms: the cells the last check marked, their contents untouched.
    await waitFor(() =>
      expect(status.textContent).toBe(
        'Đã gỡ đánh dấu ở 5 ô (cùng 5 ghi chú) của lần kiểm tra trước; nội dung các ô giữ nguyên.',
      ),
    );
    expect(book.marksOn('Phụ lục 1')).toEqual([]);
    // Cleared again: nothing left, and it says so rather than "0 cells".
    fireEvent.click(clearButton());
    await waitFor(() => expect(status.textContent).toBe('Trang không còn đánh dấu nào của phần bổ trợ.'));
  });

  it('shows why it could not clear', async () => {
    const book = memoryWorkbook({ sheets: [appendixGrid()] });
    renderPane(book.port);
    await checkNow();
    book.failNext('clearMarks', new Error('AccessDenied: the sheet is protected'));

    fireEvent.click(clearButton());

    expect(await failureText('Không xoá được đánh dấu')).toContain('AccessDenied: the sheet is protected');
  });
});

describe('the settings', () => {
  it('stay hidden until a check has read the saved ones, then start collapsed', async () => {
    renderPane(memoryWorkbook({ sheets: [appendixGrid()] }).port);
    expect(screen.queryByRole('button', { name: 'Cài đặt' })).toBeNull();

    await checkNow();

    expect(screen.getByRole('button', { name: 'Cài đặt' }).getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryByRole('textbox', { name: /Ngày kế hoạch/ })).toBeNull();
  });

  it('save a rule turned off and a plan date in the workbook, then check again', async () => {
    const book = memoryWorkbook({ sheets: [appendixGrid()] });
    renderPane(book.port);
    await checkNow();
    const settings = openSettings();
    const date = settings.getByRole('textbox', { name: 'Ngày kế hoạch' });
    expect(settings.getByText(/^Dùng khi dòng tiêu đề không ghi ngày kế hoạch/)).toBeTruthy();

    fireEvent.change(date, { target: { value: '01/08/2025' } });
    fireEvent.click(settings.getByRole('switch', { name: 'Văn bản thiếu số hoặc ngày' }));
    fireEvent.change(settings.getByRole('combobox', { name: 'Mức độ: Thiếu nguồn kinh phí' }), {
      target: { value: 'error' },
    });
    fireEvent.click(settings.getByRole('button', { name: 'Lưu cài đặt' }));

    await waitFor(() => expect(book.calls.read).toHaveLength(2));
    const [spec] = book.calls.saveHiddenSheet;
    expect(spec).toEqual(
      settingsSheetSpec({
        planDate: '2025-08-01',
        rules: { 'incomplete-citation': { enabled: false }, 'missing-funding': { severity: 'error' } },
      }),
    );
    const rows = new Map((spec?.rows ?? []).map((row) => [row[0], row[1]]));
    expect(rows.get('Ngày kế hoạch')).toBe('2025-08-01');
    expect(rows.get('incomplete-citation')).toBe('tắt');
    expect(rows.get('missing-funding')).toBe('lỗi');
    // The check read the saved sheet back: no citation findings, the funding one an error. Agencies are
    // judged as of 01/08/2025 (its Sở Ngoại vụ stays current: a province may keep it); the plan's period
    // comes from its own title and date, which the setting does not move.
    await waitFor(() =>
      expect(countTexts()).toEqual(['Lỗi: 2', 'Cảnh báo: 0', 'Thông tin: 1', 'Nhiệm vụ: 4']),
    );
    expect(groupNames()).toEqual([
      'Trùng số thứ tự Lỗi · 1',
      'Thiếu nguồn kinh phí Lỗi · 1',
      'Dòng nối tiếp Thông tin · 1',
    ]);
    expect(screen.getByText('01/08/2025')).toBeTruthy();
    expect(screen.getByRole('status', { name: 'Trạng thái' }).textContent).toContain('Đã lưu cài đặt');
    // The form shows what was saved.
    expect(
      (screen.getByRole('switch', { name: 'Văn bản thiếu số hoặc ngày' }) as HTMLInputElement).checked,
    ).toBe(false);
    expect((screen.getByRole('textbox', { name: 'Ngày kế hoạch' }) as HTMLInputElement).value).toBe(
      '01/08/2025',
    );
  });

  it('save the closing lines typed in the form, and the lists by agency then end with them', async () => {
    const book = memoryWorkbook({ sheets: [appendixGrid()] });
    renderPane(book.port);
    await checkNow();
    const settings = openSettings();
    fireEvent.change(settings.getByRole('textbox', { name: /^Nơi nhận/u }), {
      target: { value: '- Thường trực Tỉnh ủy (báo cáo);\n- Lưu: VT, NgV.\n' },
    });
    fireEvent.change(settings.getByRole('textbox', { name: 'Khối chữ ký' }), {
      target: { value: 'KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\nNguyễn Văn A' },
    });
    fireEvent.click(settings.getByRole('button', { name: 'Lưu cài đặt' }));
    await waitFor(() => expect(book.calls.read).toHaveLength(2));
    const rows = new Map((book.calls.saveHiddenSheet[0]?.rows ?? []).map((row) => [row[0], row[1]]));
    expect(rows.get('Nơi nhận')).toBe('- Thường trực Tỉnh ủy (báo cáo);\n- Lưu: VT, NgV.');
    expect(rows.get('Chữ ký')).toBe('KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n\nNguyễn Văn A');

    await screen.findByRole('region', { name: 'Kết quả kiểm tra' });
    fireEvent.click(screen.getByRole('button', { name: 'Tạo danh sách theo cơ quan' }));
    await waitFor(() => expect(book.calls.writeAgencySheets).toHaveLength(1));
    const [first] = book.calls.writeAgencySheets[0]?.lists ?? [];
    const closing = (first?.rows ?? []).flatMap((row) =>
      row.kind === 'closing' ? [`${row.left} | ${row.right}`] : [],
    );
    expect(closing).toEqual([
      ' | ',
      'Nơi nhận: | KT. GIÁM ĐỐC',
      `- ${first?.title[0]?.replace('DANH SÁCH NHIỆM VỤ – ', '') ?? ''}; | PHÓ GIÁM ĐỐC`,
      '- Thường trực Tỉnh ủy (báo cáo); | ',
      '- Lưu: VT, NgV. | ',
      ' | Nguyễn Văn A',
    ]);
  });

  it('start from the settings already saved in the workbook', async () => {
    const book = memoryWorkbook({ sheets: [appendixGrid()] });
    await book.port.saveHiddenSheet(
      settingsSheetSpec({ planDate: '2024-12-31', rules: { 'missing-funding': { enabled: false } } }),
    );
    renderPane(book.port);
    await checkNow();

    const settings = openSettings();

    expect((settings.getByRole('textbox', { name: 'Ngày kế hoạch' }) as HTMLInputElement).value).toBe(
      '31/12/2024',
    );
    expect((settings.getByRole('switch', { name: 'Thiếu nguồn kinh phí' }) as HTMLInputElement).checked).toBe(
      false,
    );
    expect((settings.getByRole('switch', { name: 'Trùng số thứ tự' }) as HTMLInputElement).checked).toBe(
      true,
    );
    expect(
      (settings.getByRole('combobox', { name: 'Mức độ: Thiếu nguồn kinh phí' }) as HTMLSelectElement)
        .disabled,
    ).toBe(true);
  });

  it('keep unsaved edits when a check reads the same settings again', async () => {
    const book = memoryWorkbook({ sheets: [appendixGrid()] });
    await book.port.saveHiddenSheet(settingsSheetSpec({ rules: { 'missing-funding': { enabled: false } } }));
    renderPane(book.port);
    await checkNow();
    fireEvent.change(openSettings().getByRole('textbox', { name: 'Ngày kế hoạch' }), {
      target: { value: '01/08/2025' },
    });

    fireEvent.click(screen.getByRole('button', { name: 'Kiểm tra' }));
    await waitFor(() => expect(book.calls.writeCheck).toHaveLength(2));
    await screen.findByRole('region', { name: 'Kết quả kiểm tra' });

    expect((screen.getByRole('textbox', { name: 'Ngày kế hoạch' }) as HTMLInputElement).value).toBe(
      '01/08/2025',
    );
    expect(book.calls.saveHiddenSheet).toHaveLength(1);
  });

  it.each([
    ['Ngày kế hoạch', '31/02/2025', 'Ngày không hợp lệ: ghi theo dạng dd/mm/yyyy, ví dụ 01/08/2025.'],
    [
      'Tỉnh/thành phố của kế hoạch',
      'Xứ Đoài',
      'Không nhận ra tỉnh/thành phố: ghi tên tỉnh, ví dụ "Đồng Nai", hoặc "Trung ương".',
    ],
    ['Thời kỳ kế hoạch', '2030-2026', 'Thời kỳ không hợp lệ: ghi năm, ví dụ 2025 hoặc 2026-2030.'],
  ])('refuse a "%s" they cannot read, say why, and move the focus to it', async (name, value, why) => {
    const book = memoryWorkbook({ sheets: [appendixGrid()] });
    renderPane(book.port);
    await checkNow();
    const settings = openSettings();
    const field = settings.getByRole('textbox', { name });

    fireEvent.change(field, { target: { value } });
    fireEvent.click(settings.getByRole('button', { name: 'Lưu cài đặt' }));

    expect(settings.getByText(why)).toBeTruthy();
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field);
    expect(book.calls.saveHiddenSheet).toEqual([]);
  });

  it('show why they could not be saved, and do not check again', async () => {
    const book = memoryWorkbook({ sheets: [appendixGrid()] });
    renderPane(book.port);
    await checkNow();
    book.failNext('saveHiddenSheet', new Error('InvalidOperation'));

    fireEvent.click(openSettings().getByRole('button', { name: 'Lưu cài đặt' }));

    expect(await failureText('Không lưu được cài đặt')).toContain('InvalidOperation');
    expect(book.calls.read).toHaveLength(1);
  });
});

// The fake reads back what it was given; make sure that part of the fake is itself right.
it('the memory workbook draws a settings spec the core can read back', () => {
  const settings = { planDate: '2025-08-01', rules: { 'missing-funding': { enabled: false } } };
  const grid = gridFromSpec(settingsSheetSpec(settings));
  expect(readSettingsSheet(grid)).toEqual({ settings, findings: [] });
});
