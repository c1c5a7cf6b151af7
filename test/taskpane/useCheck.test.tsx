import { act, renderHook } from '@testing-library/react';
import { useCheck } from '../../src/taskpane/useCheck';
import { appendixGrid, datelessAppendixGrid } from './grids';
import { memoryWorkbook } from './memoryPort';
import { NOW } from './renderPane';

describe('useCheck', () => {
  it('lets only the latest run settle', async () => {
    const book = memoryWorkbook({ sheets: [appendixGrid(), datelessAppendixGrid()] });
    const slow = book.hold('read');
    const { result } = renderHook(() => useCheck(book.port, 'vi', NOW));

    act(() => result.current.run('Phụ lục 1'));
    act(() => result.current.run('Phụ lục 2'));
    await act(async () => undefined);
    expect(result.current.check.status).toBe('ready');
    await slow.release();

    const { check } = result.current;
    expect(check.status === 'ready' && check.outcome.appendix.sheet).toBe('Phụ lục 2');
  });

  it('keeps the last outcome while checking again and after a failure', async () => {
    const book = memoryWorkbook({ sheets: [appendixGrid()] });
    const { result } = renderHook(() => useCheck(book.port, 'en', NOW));
    await act(async () => result.current.run());

    book.failNext('read', new Error('GeneralException'));
    const gate = book.hold('read');
    act(() => result.current.run());
    expect(result.current.check).toMatchObject({
      status: 'checking',
      last: { appendix: { sheet: 'Phụ lục 1' } },
    });
    await gate.release();

    expect(result.current.check).toMatchObject({
      status: 'failed',
      message: 'Unexpected error while working with the workbook: GeneralException',
      last: { appendix: { sheet: 'Phụ lục 1' } },
    });
  });

  it('does not settle after the pane is gone', async () => {
    const book = memoryWorkbook({ sheets: [appendixGrid()] });
    const gate = book.hold('read');
    const { result, unmount } = renderHook(() => useCheck(book.port, 'vi', NOW));
    act(() => result.current.run());
    const before = result.current.check;

    unmount();
    await gate.release();

    expect(result.current.check).toBe(before);
  });
});
