import { runCheckCommand } from '../../src/commands/checkCommand';
import { gridFrom, sampleGrid } from '../helpers/grid';
import { recordingPort } from '../helpers/recordingPort';

const event = () => ({ completed: jest.fn() });
const now = () => new Date(2026, 10, 23, 9, 5);

describe('the ribbon command Kiểm tra', () => {
  it('checks the active sheet, writes and activates the result sheet, then completes', async () => {
    const { port, writes, reads } = recordingPort(await sampleGrid());
    const done = event();
    await runCheckCommand(done, { port, lang: 'vi', now });

    expect(reads).toEqual([undefined]);
    expect(writes[0]).toMatchObject({ activateResult: true, sheetName: 'Phụ lục 1' });
    expect(writes[0]?.result.title).toContain(
      'Kiểm tra lúc 23/11/2026 09:05; tên cơ quan xét theo ngày 11/03/2024',
    );
    expect(done.completed).toHaveBeenCalledTimes(1);
  });

  it('puts the reason on the result sheet when the active sheet is not an appendix, and completes', async () => {
    const { port, writes } = recordingPort(gridFrom([['Ghi chép']], { sheetName: 'Trang 1' }));
    const done = event();
    const report = jest.fn();
    await runCheckCommand(done, { port, lang: 'vi', now, report });

    expect(writes[0]?.result.title[0]).toBe('KHÔNG KIỂM TRA ĐƯỢC trang "Trang 1"');
    expect(report).toHaveBeenCalledTimes(1);
    expect(done.completed).toHaveBeenCalledTimes(1);
  });

  it('completes even when Excel fails', async () => {
    const { port } = recordingPort(await sampleGrid());
    port.read = () => Promise.reject(Object.assign(new Error('busy'), { code: 'ActivityLimitReached' }));
    const done = event();
    const report = jest.fn();
    await runCheckCommand(done, { port, lang: 'en', now, report });

    expect(report).toHaveBeenCalledWith(expect.objectContaining({ code: 'ActivityLimitReached' }));
    expect(done.completed).toHaveBeenCalledTimes(1);
  });

  it('tells the officer in a dialog what went wrong, and completes only once it is closed', async () => {
    const { port } = recordingPort(await sampleGrid());
    port.read = () =>
      Promise.reject(Object.assign(new Error('RichApi.Error'), { code: 'InvalidOperationInCellEditMode' }));
    const done = event();
    const told: string[] = [];
    let close = () => {};
    const tell = (message: string) => {
      told.push(message);
      return new Promise<void>((resolve) => (close = resolve));
    };
    const running = runCheckCommand(done, { port, lang: 'vi', now, tell, report: () => {} });
    await new Promise((resolve) => setTimeout(resolve, 0));

    expect(told).toEqual([
      'Excel đang ở chế độ sửa ô nên chưa làm được. Nhấn Enter (hoặc Esc) để kết thúc sửa ô, rồi bấm lại.',
    ]);
    expect(done.completed).not.toHaveBeenCalled();
    close();
    await running;
    expect(done.completed).toHaveBeenCalledTimes(1);
  });

  it('opens no dialog when the reason is already on the result sheet (a sheet that is no appendix)', async () => {
    const { port } = recordingPort(gridFrom([['Ghi chép']], { sheetName: 'Trang 1' }));
    const tell = jest.fn(() => Promise.resolve());
    await runCheckCommand(event(), { port, lang: 'vi', now, tell, report: () => {} });
    expect(tell).not.toHaveBeenCalled();
  });
});
