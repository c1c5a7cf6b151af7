import { useCallback, useState } from 'react';
import type { Lang, RowView, WorkbookPort } from '../domain';
import { failureMessage } from '../domain';
import { useLatestRun } from './useLatestRun';

export type RowViewState =
  | { status: 'idle' }
  | { status: 'filtering' }
  | { status: 'filtered'; agency: string; hiddenRows: number; shared: boolean }
  | { status: 'restoring' }
  | { status: 'restored'; exact: boolean }
  | { status: 'failed'; message: string };

/**
 * "Lọc theo cơ quan" / "Bỏ lọc": the appendix sheet shows only one agency's rows (with their sections),
 * then everything as it was. Values never change; the port hides rows.
 * @example const { rowView, show, restore } = useRowView(port, 'vi'); show(agencyRowView(appendix, list), 'Sở Nội vụ');
 */
export function useRowView(
  port: WorkbookPort,
  lang: Lang,
): {
  rowView: RowViewState;
  show: (view: RowView, agency: string) => void;
  restore: (sheetName: string) => void;
  reset: () => void;
} {
  const [rowView, setRowView] = useState<RowViewState>({ status: 'idle' });
  const begin = useLatestRun();
  const settle = useCallback(
    (work: Promise<RowViewState>, pending: RowViewState) => {
      const isLatest = begin();
      setRowView(pending);
      work
        .then((next) => {
          if (isLatest()) setRowView(next);
        })
        .catch((error: unknown) => {
          if (isLatest()) setRowView({ status: 'failed', message: failureMessage(error, lang) });
        });
    },
    [begin, lang],
  );
  const show = useCallback(
    (view: RowView, agency: string) =>
      settle(
        port
          .showOnlyRows(view)
          .then(({ hiddenRows, shared }) => ({ status: 'filtered', agency, hiddenRows, shared })),
        { status: 'filtering' },
      ),
    [port, settle],
  );
  const restore = useCallback(
    (sheetName: string) =>
      settle(
        port.restoreRows(sheetName).then(({ exact }) => ({ status: 'restored', exact })),
        { status: 'restoring' },
      ),
    [port, settle],
  );
  const reset = useCallback(() => {
    begin();
    setRowView({ status: 'idle' });
  }, [begin]);
  return { rowView, show, restore, reset };
}
