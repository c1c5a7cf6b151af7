import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import type { CellGrid, CellValue, Lang } from '../../src/domain';
import { emptyGrid } from '../../src/domain';
import { App } from '../../src/taskpane/App';
import type { WorkbookPort } from '../../src/taskpane/port';

// A small appendix: plan reference above the header, one section, two tasks, and row 6 continuing task 1.
function appendixGrid(): CellGrid {
  const rows: CellValue[][] = [
    ['PHỤ LỤC 1'],
    ['(Kèm theo Kế hoạch số 58/KH-UBND ngày 11 tháng 03 năm 2024 của Ủy ban nhân dân tỉnh)'],
    ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian thực hiện', 'Căn cứ', 'Nguồn kinh phí'],
    ['I', 'CÔNG TÁC CHUNG'],
    [1, 'Tổ chức hội nghị', 'Sở Ngoại vụ', 'Quý I', 'Kế hoạch 164-KH/TU', 'Ngân sách tỉnh'],
    [null, 'và báo cáo kết quả hội nghị'],
    [2, 'Đón đoàn', 'Sở Ngoại vụ', 'Năm 2024', 'Kế hoạch 164-KH/TU', 'Ngân sách tỉnh'],
  ];
  const values = rows.map((row) => Array.from({ length: 6 }, (_, i) => row[i] ?? null));
  return {
    sheetName: 'Phụ lục 1',
    top: 1,
    left: 1,
    values,
    texts: values.map((row) => row.map((v) => (v === null ? '' : String(v)))),
    merges: [],
  };
}

/** An in-memory port whose read the test settles when it wants, to see the reading state. */
function deferredPort() {
  let settle: { resolve: (grid: CellGrid) => void; reject: (error: unknown) => void } | undefined;
  const port: WorkbookPort = {
    readActiveSheet: () => new Promise((resolve, reject) => (settle = { resolve, reject })),
  };
  return {
    port,
    resolve: (grid: CellGrid) => act(async () => settle?.resolve(grid)),
    reject: (error: unknown) => act(async () => settle?.reject(error)),
  };
}

function renderApp(port: WorkbookPort, lang: Lang = 'vi') {
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={port} lang={lang} />
    </FluentProvider>,
  );
  return within(
    screen.getByRole('region', {
      name: lang === 'vi' ? 'Kết quả đọc trang tính' : 'What was read from the sheet',
    }),
  );
}

describe('the task pane', () => {
  it('reads the active sheet and shows the counts and the findings in Vietnamese', async () => {
    const workbook = deferredPort();
    const result = renderApp(workbook.port);

    fireEvent.click(screen.getByRole('button', { name: 'Đọc trang hiện tại' }));
    expect(result.getByRole('progressbar')).toBeTruthy();
    expect(result.getByText('Đang đọc trang tính…')).toBeTruthy();
    await workbook.resolve(appendixGrid());

    const counts = result.getByRole('list', { name: 'Đọc được' });
    expect(
      within(counts)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Mục: 1', 'Nhóm: 0', 'Nhiệm vụ: 2', 'Dòng nối tiếp: 1']);
    expect(result.getByText('Phụ lục 1')).toBeTruthy();
    expect(result.getByText(/^3 \(TT: A, Nhiệm vụ: B/)).toBeTruthy();
    expect(result.getByText('Kế hoạch 58/KH-UBND ngày 11/03/2024')).toBeTruthy();
    // The whole rule catalogue runs, not only the parser: the dateless Party plan on E5 and E7 is reported.
    const findings = result.getByRole('list', { name: 'Điểm cần rà soát (3)' });
    const items = within(findings)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(items[0]).toContain('E5');
    expect(items[0]).toContain('"Kế hoạch 164-KH/TU" thiếu ngày ban hành');
    expect(items[1]).toContain('Thông tin · B6');
    expect(items[1]).toContain('đã ghép vào nhiệm vụ 1 ở dòng 5');
    expect(items[2]).toContain('E7');
    expect(result.queryByRole('progressbar')).toBeNull();
  });

  it('keeps the button focusable but inactive while it reads', async () => {
    const workbook = deferredPort();
    renderApp(workbook.port);
    const button = screen.getByRole('button', { name: 'Đọc trang hiện tại' });

    fireEvent.click(button);

    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(button.hasAttribute('disabled')).toBe(false);
    await workbook.resolve(appendixGrid());
    expect(button.getAttribute('aria-disabled')).not.toBe('true');
  });

  it('shows the core’s message in a MessageBar when the sheet has no task header', async () => {
    const workbook = deferredPort();
    const result = renderApp(workbook.port);

    fireEvent.click(screen.getByRole('button', { name: 'Đọc trang hiện tại' }));
    await workbook.resolve(emptyGrid('Trang trống'));

    const text = result.getByText('Không đọc được trang tính').parentElement?.textContent ?? '';
    expect(text).toContain('Trang "Trang trống": không tìm thấy dòng tiêu đề');
    expect(result.queryByRole('list')).toBeNull();
  });

  it('shows an Office failure as an unexpected error, with its text', async () => {
    const workbook = deferredPort();
    const result = renderApp(workbook.port);

    fireEvent.click(screen.getByRole('button', { name: 'Đọc trang hiện tại' }));
    await workbook.reject(new Error('RichApi.Error: RequestPayloadSizeLimitExceeded'));

    const text = result.getByText('Không đọc được trang tính').parentElement?.textContent ?? '';
    expect(text).toContain(
      'Lỗi ngoài dự kiến khi đọc trang tính: RichApi.Error: RequestPayloadSizeLimitExceeded',
    );
  });

  it('speaks English when Office does', async () => {
    const workbook = deferredPort();
    const result = renderApp(workbook.port, 'en');

    fireEvent.click(screen.getByRole('button', { name: 'Read the active sheet' }));
    await workbook.resolve(appendixGrid());

    const counts = result.getByRole('list', { name: 'Read' });
    expect(
      within(counts)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toContain('Tasks: 2');
    expect(result.getByRole('list', { name: 'Points to review (3)' }).textContent).toContain(
      'joined to task 1',
    );
  });
});
