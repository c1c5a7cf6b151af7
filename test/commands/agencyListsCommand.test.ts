import { runAgencyListsCommand } from '../../src/commands/agencyListsCommand';
import { gridFrom, sampleGrid } from '../helpers/grid';
import { recordingPort } from '../helpers/recordingPort';

const event = () => ({ completed: jest.fn() });

describe('the ribbon command Danh sách theo cơ quan', () => {
  it('writes the agency sheets from the active sheet, asks for the index to be shown, then completes', async () => {
    const { port, reads, agencyWrites } = recordingPort(await sampleGrid());
    const done = event();
    await runAgencyListsCommand(done, { port, lang: 'vi' });

    expect(reads).toEqual([undefined]);
    expect(agencyWrites).toHaveLength(1);
    expect(agencyWrites[0]).toMatchObject({ activateIndex: true, index: { name: 'Tổng hợp theo cơ quan' } });
    expect(done.completed).toHaveBeenCalledTimes(1);
  });

  it('tells the officer why a sheet that is not an appendix gives no lists, writes nothing, and completes', async () => {
    const { port, agencyWrites } = recordingPort(gridFrom([['Ghi chép']], { sheetName: 'Trang 1' }));
    const done = event();
    const report = jest.fn();
    const tell = jest.fn<Promise<void>, [string]>(() => Promise.resolve());
    await runAgencyListsCommand(done, { port, lang: 'vi', report, tell });

    expect(report).toHaveBeenCalledWith(expect.objectContaining({ code: 'no-header' }));
    expect(tell).toHaveBeenCalledTimes(1);
    expect(tell.mock.calls[0]?.[0]).toMatch(/Trang 1/);
    expect(agencyWrites).toEqual([]);
    expect(done.completed).toHaveBeenCalledTimes(1);
  });

  it('completes even when Excel fails', async () => {
    const { port } = recordingPort(await sampleGrid());
    port.writeAgencySheets = () =>
      Promise.reject(Object.assign(new Error('busy'), { code: 'ActivityLimitReached' }));
    const done = event();
    const report = jest.fn();
    await runAgencyListsCommand(done, { port, lang: 'vi', report });

    expect(report).toHaveBeenCalledWith(expect.objectContaining({ code: 'ActivityLimitReached' }));
    expect(done.completed).toHaveBeenCalledTimes(1);
  });
});
