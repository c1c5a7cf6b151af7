import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { gridFrom, HEADER } from '../helpers/grid';
import { memoryWorkbook } from './memoryPort';
import { checkNow, renderPane } from './renderPane';

// Numbers run on across the sections: a task added to I pushes II's numbers up by one.
const grid = gridFrom(
  [
    ['PHỤ LỤC'],
    ['(Kèm theo Kế hoạch số 58/KH-UBND ngày 11 tháng 03 năm 2024 của Ủy ban nhân dân tỉnh)'],
    HEADER,
    ['I', 'CÔNG TÁC CHUNG'],
    [1, 'Việc một', 'Sở Tư pháp', 'Quý I/2024', 'Kế hoạch số 12/KH-UBND ngày 05/01/2024', 'Ngân sách tỉnh'],
    [2, 'Việc hai', 'Sở Tư pháp', 'Quý I/2024', 'Kế hoạch số 12/KH-UBND ngày 05/01/2024', 'Ngân sách tỉnh'],
    ['II', 'CÔNG TÁC RIÊNG'],
    [3, 'Việc ba', 'Sở Nội vụ', 'Quý II/2024', 'Kế hoạch số 12/KH-UBND ngày 05/01/2024', 'Ngân sách tỉnh'],
    [4, 'Việc bốn', 'Sở Nội vụ', 'Quý II/2024', 'Kế hoạch số 12/KH-UBND ngày 05/01/2024', 'Ngân sách tỉnh'],
  ],
  { sheetName: 'Phụ lục 1' },
);

describe('Thêm nhiệm vụ in the task pane', () => {
  it('checks the draft as it is typed, inserts it at the end of its section, and proposes the renumbering', async () => {
    const book = memoryWorkbook({ sheets: [grid] });
    renderPane(book.port);
    await checkNow();
    fireEvent.click(screen.getByRole('button', { name: 'Thêm nhiệm vụ' }));
    fireEvent.change(screen.getByRole('combobox', { name: 'Mục' }), { target: { value: '4' } });
    fireEvent.change(screen.getByRole('textbox', { name: 'Nhiệm vụ' }), { target: { value: 'Việc mới' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Cơ quan chủ trì' }), {
      target: { value: 'Sở Kế hoạch - Đầu tư' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Thời gian thực hiện' }), {
      target: { value: 'Quý V/2024' },
    });

    // The agencies offered are those of the plan's day (2024): the Sở Kế hoạch và Đầu tư had not yet merged.
    const offered = [...document.querySelectorAll('datalist option')].map((o) => o.getAttribute('value'));
    expect(offered).toContain('Sở Kế hoạch và Đầu tư');
    expect(offered).not.toContain('Các cơ quan có liên quan');
    const preview = within(screen.getByRole('list', { name: 'Kiểm tra trước khi thêm' }));
    const said = preview.getAllByRole('listitem').map((li) => li.textContent ?? '');
    expect(said.some((line) => line.includes('Sở Kế hoạch và Đầu tư'))).toBe(true);
    expect(said.some((line) => line.includes('Quý V/2024'))).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Thêm vào phụ lục (dòng 7, TT 3)' }));
    await waitFor(() => expect(book.calls.insertTask).toHaveLength(1));
    expect(book.calls.insertTask[0]?.[1].cells).toEqual([
      { column: 'A', text: '3' },
      { column: 'B', text: 'Việc mới' },
      { column: 'C', text: 'Sở Kế hoạch - Đầu tư' },
      { column: 'D', text: 'Quý V/2024' },
    ]);
    await waitFor(() => expect(book.calls.writeCheck).toHaveLength(2));
    expect(await screen.findByText('Đã thêm nhiệm vụ ở dòng 7.')).toBeTruthy();
    expect(book.valueOf('Phụ lục 1', 'B7')).toBe('Việc mới');
    expect(book.valueOf('Phụ lục 1', 'B9')).toBe('Việc ba');

    fireEvent.click(screen.getByRole('button', { name: 'Đánh số lại 2 dòng' }));
    await waitFor(() => expect(screen.getByText('Đã đánh số lại 2 dòng.')).toBeTruthy());
    expect([book.valueOf('Phụ lục 1', 'A9'), book.valueOf('Phụ lục 1', 'A10')]).toEqual(['4', '5']);
  });

  it('loads the selected row’s task, saves only the cells changed, and never over an edit made on the sheet since', async () => {
    const book = memoryWorkbook({ sheets: [grid] });
    renderPane(book.port);
    await checkNow();
    fireEvent.click(screen.getByRole('button', { name: 'Thêm nhiệm vụ' }));
    fireEvent.click(screen.getByRole('button', { name: 'Sửa dòng đang chọn' }));
    expect(await screen.findByText(/Hãy chọn một ô trong dòng nhiệm vụ/u)).toBeTruthy();

    book.select('Phụ lục 1', 'B8');
    fireEvent.click(screen.getByRole('button', { name: 'Sửa dòng đang chọn' }));
    expect(await screen.findByText('Đang sửa nhiệm vụ ở dòng 8.')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: 'Nhiệm vụ' }) as HTMLTextAreaElement).value).toBe('Việc ba');
    fireEvent.change(screen.getByRole('combobox', { name: 'Cơ quan chủ trì' }), {
      target: { value: 'Sở Tư pháp' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: 'Thời gian thực hiện' }), {
      target: { value: 'Quý III/2024' },
    });
    // Meanwhile the officer rewrites the time on the sheet itself.
    book.typeInto('Phụ lục 1', 'D8', 'Quý IV/2024');
    fireEvent.click(screen.getByRole('button', { name: 'Lưu thay đổi (2 ô)' }));

    await waitFor(() =>
      expect(screen.getByText('Đã lưu 1 ô; bỏ qua 1 ô đã được sửa trên trang sau khi nạp.')).toBeTruthy(),
    );
    expect(book.valueOf('Phụ lục 1', 'C8')).toBe('Sở Tư pháp');
    expect(book.valueOf('Phụ lục 1', 'D8')).toBe('Quý IV/2024');
    expect(book.valueOf('Phụ lục 1', 'B8')).toBe('Việc ba');
  });
});
