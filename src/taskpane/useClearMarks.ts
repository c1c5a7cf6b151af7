import { useCallback, useState } from 'react';
import type { Lang, WorkbookPort } from '../domain';
import { failureMessage } from '../domain';
import { useLatestRun } from './useLatestRun';

export type ClearState =
  | { status: 'idle' }
  | { status: 'clearing' }
  | { status: 'done'; marks: number; notes: number }
  | { status: 'failed'; message: string };

/**
 * The "Xoá đánh dấu" use case: removes the add-in's fills and notes from the checked sheet; the officer's
 * own notes and values stay. `reset` forgets the outcome (a new check makes it stale).
 * @example const { clearing, clear } = useClearMarks(port, 'vi'); clear('Phụ lục 1');
 */
export function useClearMarks(
  port: WorkbookPort,
  lang: Lang,
): { clearing: ClearState; clear: (sheetName: string) => void; reset: () => void } {
  const [clearing, setClearing] = useState<ClearState>({ status: 'idle' });
  const begin = useLatestRun();
  const clear = useCallback(
    (sheetName: string) => {
      const isLatest = begin();
      setClearing({ status: 'clearing' });
      port
        .clearMarks(sheetName)
        .then(({ marks, notes }) => {
          if (isLatest()) setClearing({ status: 'done', marks, notes });
        })
        .catch((error: unknown) => {
          if (isLatest()) setClearing({ status: 'failed', message: failureMessage(error, lang) });
        });
    },
    [port, lang, begin],
  );
  const reset = useCallback(() => {
    begin();
    setClearing({ status: 'idle' });
  }, [begin]);
  return { clearing, clear, reset };
}
