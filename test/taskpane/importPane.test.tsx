import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { FIXTURES } from '../helpers/grid';
import { appendixGrid } from './grids';
import { memoryWorkbook } from './memoryPort';
import { renderPane } from './renderPane';

const DONG_NAI = readFileSync(join(FIXTURES, 'plans', 'ke-hoach-doi-ngoai-dong-nai-2025.txt'), 'utf8');

function openImport(lang: 'vi' | 'en' = 'vi') {
  fireEvent.click(
    screen.getByRole('button', {
      name: lang === 'vi' ? 'Lập phụ lục từ văn bản kế hoạch' : 'Build the appendix from the plan text',
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
});
