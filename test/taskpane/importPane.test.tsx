import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { appendixTemplate } from '../../src/domain';
import { FIXTURES } from '../helpers/grid';
import { appendixGrid, grid } from './grids';
import { memoryWorkbook } from './memoryPort';
import { renderPane } from './renderPane';

const DONG_NAI = readFileSync(join(FIXTURES, 'plans', 'ke-hoach-doi-ngoai-dong-nai-2025.txt'), 'utf8');

function openImport(lang: 'vi' | 'en' = 'vi') {
  fireEvent.click(
    screen.getByRole('button', {
      name: lang === 'vi' ? 'Lập phụ lục mới' : 'New appendix',
    }),
  );
  return screen.getByRole('textbox', {
    name: lang === 'vi' ? 'Văn bản kế hoạch (dán từ Word)' : 'Plan text (pasted from Word)',
  });
}

describe('building the appendix from pasted plan text', () => {
  it('adds the tasks as a new sheet, lists what the text leaves out, and checks the new sheet', async () => {
    const book = memoryWorkbook({ sheets: [appendixGrid()] });
    renderPane(book.port);

    fireEvent.change(openImport(), { target: { value: DONG_NAI } });
    fireEvent.click(screen.getByRole('button', { name: 'Lập phụ lục' }));

    expect(
      await screen.findByText(
        'Đã lập trang "Phụ lục nhiệm vụ": 11 nhiệm vụ, 0 mục. Cột Ghi chú ghi dòng của văn bản mà mỗi nhiệm vụ được đọc ra.',
      ),
    ).toBeTruthy();
    expect(book.calls.addSheet).toHaveLength(1);
    const notes = within(screen.getByRole('list', { name: 'Về văn bản kế hoạch' }));
    expect(notes.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Dòng 121: Văn bản nhắc tới "Danh sách đoàn ra, đoàn vào cấp tỉnh và cấp sở ngành năm 2025 đã được phê duyệt" kèm theo, nhưng không có trong văn bản.',
      'Dòng 123: Văn bản nhắc tới "bảng tổng hợp" kèm theo, nhưng không có trong văn bản.',
      'Văn bản không ghi thời gian thực hiện của 11 nhiệm vụ (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11): các ô đó để trống.',
    ]);
    // The new sheet is checked at once, as any appendix.
    await waitFor(() => expect(book.calls.read).toContain('Phụ lục nhiệm vụ'));
    await screen.findByRole('region', { name: 'Kết quả kiểm tra' });
    expect(book.calls.writeCheck.at(-1)?.sheetName).toBe('Phụ lục nhiệm vụ');
  });

  it('writes nothing for a text with no task, and says why', async () => {
    const book = memoryWorkbook({ sheets: [appendixGrid()] });
    renderPane(book.port, 'en');
    fireEvent.change(openImport('en'), { target: { value: 'KẾ HOẠCH\nI. MỤC ĐÍCH\nTriển khai tốt.' } });
    fireEvent.click(screen.getByRole('button', { name: 'Build the appendix' }));

    expect((await screen.findByRole('alert')).textContent).toContain('No task found');
    expect(book.calls.addSheet).toEqual([]);
  });

  it('compares the pasted text with the appendix on the chosen sheet, writing nothing', async () => {
    const text = [
      'KẾ HOẠCH',
      'II. NHIỆM VỤ',
      '1. Xây dựng cơ sở dữ liệu dân cư dùng chung của tỉnh',
      '- Đơn vị chủ trì: Sở Khoa học và Công nghệ.',
      '- Thời gian thực hiện: Quý III/2025.',
      '2. Tổ chức hội nghị xúc tiến đầu tư tại Nhật Bản',
      '- Đơn vị chủ trì: Sở Tài chính.',
      '- Thời gian thực hiện: Quý IV/2025.',
    ].join('\n');
    const appendix = grid('Phụ lục', [
      ['(Kèm theo Kế hoạch số 5/KH-UBND ngày 02/01/2025 của UBND tỉnh Gia Lai)'],
      ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện'],
      ['1', 'Xây dựng cơ sở dữ liệu dân cư dùng chung của tỉnh', 'Sở Khoa học và Công nghệ', 'Quý II'],
      ['2', 'Kiểm tra việc thực hiện chế độ báo cáo thống kê ngành', 'Sở Tài chính', 'Quý IV'],
    ]);
    const book = memoryWorkbook({ sheets: [appendix] });
    renderPane(book.port);
    fireEvent.change(openImport(), { target: { value: text } });
    fireEvent.click(screen.getByRole('button', { name: 'So sánh với phụ lục' }));

    const result = within(await screen.findByRole('region', { name: 'So sánh văn bản với trang "Phụ lục"' }));
    expect(result.getByText(/^So sánh văn bản với trang "Phụ lục": /u).textContent).toContain(
      'Ghép được 1 cặp; 1 nhiệm vụ chỉ có trong văn bản; 1 dòng chỉ có trong phụ lục; 1 cặp khác nhau.',
    );
    const differing = result.getByRole('list', { name: 'Văn bản và phụ lục ghi khác nhau (1):' });
    expect(differing.textContent).toBe(
      'Dòng 3 (1) ↔ B3 (1): thời gian: văn bản "Quý III/2025", phụ lục "Quý II"',
    );
    expect(book.calls.addSheet).toEqual([]);
    expect(book.calls.writeCheck).toEqual([]);
  });

  it('adds a blank appendix in the standard layout, which reads as an appendix with its header', async () => {
    const book = memoryWorkbook({ sheets: [appendixGrid()] });
    renderPane(book.port);
    openImport();
    fireEvent.click(screen.getByRole('button', { name: 'Tạo trang phụ lục trống' }));

    expect(
      await screen.findByText(
        'Đã tạo trang "Phụ lục" theo mẫu: hãy điền số, ngày kế hoạch ở dòng "Kèm theo" rồi nhập nhiệm vụ.',
      ),
    ).toBeTruthy();
    // The template's own columns (their titles are held by test/cli/newAppendix.test.ts).
    expect(book.calls.addSheet[0]?.header).toEqual(appendixTemplate().header);
    expect(book.calls.addSheet[0]?.header).toContain('Căn cứ');
    // Its dropdowns read the hidden "Danh sách chọn", written first, as of the pane's clock (2026).
    const [choices] = book.calls.saveHiddenSheet;
    expect(choices).toMatchObject({ name: 'Danh sách chọn', tag: 'choices', hidden: true });
    expect(choices?.rows.map((row) => row[1])).toContain('Quý IV/2026');
    expect(book.calls.addSheet[0]?.choices?.map((c) => `${c.column} ${c.sheet}`)).toEqual([
      '2 Danh sách chọn',
      '3 Danh sách chọn',
      '4 Danh sách chọn',
      '6 Danh sách chọn',
    ]);
    expect(book.calls.addSheet[0]?.table).toBeUndefined();
  });

  it('adds it as an Excel table when the officer ticks "Dạng bảng Excel"', async () => {
    const book = memoryWorkbook({ sheets: [appendixGrid()] });
    renderPane(book.port);
    openImport();
    fireEvent.click(screen.getByRole('checkbox', { name: /^Dạng bảng Excel/u }));
    fireEvent.click(screen.getByRole('button', { name: 'Tạo trang phụ lục trống' }));

    expect(await screen.findByText(/^Đã tạo trang "Phụ lục" theo mẫu/u)).toBeTruthy();
    expect(book.calls.addSheet[0]?.table).toBe(true);
  });
});
