import { useCallback, useState } from 'react';
import type { Lang, WorkbookPort } from '../domain';
import { failureMessage } from '../domain';
import { useLatestRun } from './useLatestRun';

export type SelectState =
  | { status: 'idle' }
  | { status: 'selecting'; cell: string }
  | { status: 'selected'; cell: string }
  | { status: 'failed'; message: string };

/**
 * Selecting a finding's cell in the sheet. A failure (the sheet was renamed or deleted since the check)
 * is shown, not thrown.
 * @example const { selection, select } = useSelectCell(port, 'vi'); select('Phụ lục 1', 'E110');
 */
export function useSelectCell(
  port: WorkbookPort,
  lang: Lang,
): { selection: SelectState; select: (sheetName: string, cell: string) => void } {
  const [selection, setSelection] = useState<SelectState>({ status: 'idle' });
  const begin = useLatestRun();
  const select = useCallback(
    (sheetName: string, cell: string) => {
      const isLatest = begin();
      setSelection({ status: 'selecting', cell });
      port
        .selectCell(sheetName, cell)
        .then(() => {
          if (isLatest()) setSelection({ status: 'selected', cell });
        })
        .catch((error: unknown) => {
          if (isLatest()) setSelection({ status: 'failed', message: failureMessage(error, lang) });
        });
    },
    [port, lang, begin],
  );
  return { selection, select };
}
