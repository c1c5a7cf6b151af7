import { dismissError, QUIET, reportStatus } from '../../src/taskpane/statusLine';

describe('the status line', () => {
  it('shows one message at a time: the newest replaces the one before', () => {
    let line = reportStatus(QUIET, { kind: 'progress', text: 'Đang kiểm tra…' });
    line = reportStatus(line, { kind: 'success', text: 'Đã kiểm tra.' });
    line = reportStatus(line, { kind: 'progress', text: 'Đang lọc…' });
    expect(line.current).toEqual({ kind: 'progress', text: 'Đang lọc…' });
    expect(line.errors).toEqual([]);
  });

  it('keeps errors apart, newest first, until each is dismissed; an error ends the progress shown', () => {
    let line = reportStatus(QUIET, { kind: 'progress', text: 'Đang kiểm tra…' });
    line = reportStatus(line, { kind: 'error', title: 'Không kiểm tra được', text: 'Trang trống.' });
    expect(line.current).toBeNull();
    line = reportStatus(line, { kind: 'success', text: 'Đã lưu cài đặt.' });
    line = reportStatus(line, { kind: 'error', title: 'Không lọc được', text: 'Trang đã bị xoá.' });
    expect(line.current).toEqual({ kind: 'success', text: 'Đã lưu cài đặt.' });
    expect(line.errors.map((error) => error.title)).toEqual(['Không lọc được', 'Không kiểm tra được']);
    const [newest] = line.errors;
    line = dismissError(line, newest?.id ?? 0);
    expect(line.errors.map((error) => error.title)).toEqual(['Không kiểm tra được']);
    line = reportStatus(line, { kind: 'success', text: 'Đã kiểm tra.' });
    expect(line.errors).toHaveLength(1);
  });

  it('does not pile up the same error: a retry that fails the same way moves it to the top', () => {
    const failed = { kind: 'error', title: 'Không kiểm tra được', text: 'Trang trống.' } as const;
    let line = reportStatus(QUIET, failed);
    line = reportStatus(line, { kind: 'error', title: 'Không lọc được', text: 'Trang đã bị xoá.' });
    line = reportStatus(line, { kind: 'progress', text: 'Đang kiểm tra…' });
    line = reportStatus(line, failed);
    expect(line.errors.map((error) => error.title)).toEqual(['Không kiểm tra được', 'Không lọc được']);
  });
});
