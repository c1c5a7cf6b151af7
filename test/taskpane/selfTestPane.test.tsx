import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { SelfTestReport } from '../../src/domain';
import { App } from '../../src/taskpane/App';
import { appendixGrid } from './grids';
import { memoryWorkbook } from './memoryPort';
import { NOW } from './renderPane';

const REPORT: SelfTestReport = {
  host: {
    application: 'Excel',
    platform: 'PC',
    version: '16.0.19127.20000',
    sets: [{ name: 'ExcelApi', version: '1.18', supported: true }],
  },
  checks: [
    { id: 'literal-text', status: 'passed' },
    { id: 'list-separator', status: 'failed', detail: 'InvalidArgument: bad list' },
    { id: 'sheet-views', status: 'unavailable' },
  ],
};

function renderWithSelfTest(run: () => Promise<SelfTestReport>, startNow: boolean) {
  const book = memoryWorkbook({ sheets: [appendixGrid()] });
  render(
    <FluentProvider theme={webLightTheme}>
      <App port={book.port} lang="vi" now={NOW} selfTest={{ run, startNow }} />
    </FluentProvider>,
  );
}

describe('Tự kiểm tra in the task pane', () => {
  it('runs on request and lists each check with its status, a failure with what was seen', async () => {
    const run = jest.fn(() => Promise.resolve(REPORT));
    renderWithSelfTest(run, false);
    fireEvent.click(screen.getByRole('button', { name: 'Tự kiểm tra' }));
    expect(run).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Chạy tự kiểm tra' }));

    const list = await screen.findByRole('list', { name: 'Tự kiểm tra' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([
      'Đạt: Ghi chữ nguyên văn (dòng bắt đầu bằng "-", "=", "+", dấu nháy)',
      'KHÔNG ĐẠT: Chọn nhiều vùng ô một lần (dấu phân cách danh sách) — InvalidArgument: bad list',
      'Không có trên Excel này: Chế độ xem tạm (Excel trên web)',
    ]);
    expect(screen.getByText('1 mục không đạt: gửi báo cáo này cho nhóm phát triển.')).toBeTruthy();
    const report = screen.getByRole('textbox', { name: 'Báo cáo tự kiểm tra' }) as HTMLTextAreaElement;
    expect(report.value.split('\n').slice(0, 3)).toEqual([
      'Ma trận nhiệm vụ — Tự kiểm tra',
      'Ứng dụng: Excel · Nền tảng: PC · Phiên bản: 16.0.19127.20000',
      'Bộ API được hỗ trợ: ExcelApi 1.18: ✓',
    ]);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('runs at once when the pane is opened with ?selftest, and says plainly when it could not run', async () => {
    const run = jest.fn(() => Promise.reject(Object.assign(new Error('boom'), { code: 'GeneralException' })));
    renderWithSelfTest(run, true);
    expect(run).toHaveBeenCalledTimes(1);
    expect((await screen.findByRole('alert')).textContent).toBe(
      'Lỗi ngoài dự kiến khi làm việc với sổ tính: boom',
    );
  });
});
