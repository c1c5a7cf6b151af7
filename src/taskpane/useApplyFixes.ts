import { useCallback, useState } from 'react';
import type { CellChange, Lang, WorkbookPort } from '../domain';
import { failureMessage, fixOutcomeLines } from '../domain';
import { useLatestRun } from './useLatestRun';

export type FixState =
  | { status: 'idle' }
  | { status: 'applying' }
  | { status: 'done'; lines: string[] }
  | { status: 'failed'; message: string };

/**
 * "Áp dụng": writes the chosen changes of the fix preview through the port (cells the officer changed
 * since are skipped there), says what was written and skipped, then checks again so the marks and the
 * findings are the sheet's as it now is.
 * @example const { fixing, apply } = useApplyFixes(port, 'vi', recheck); apply(outcome.fixes);
 */
export function useApplyFixes(
  port: WorkbookPort,
  lang: Lang,
  recheck: () => void,
): { fixing: FixState; apply: (changes: readonly CellChange[]) => void; reset: () => void } {
  const [fixing, setFixing] = useState<FixState>({ status: 'idle' });
  const begin = useLatestRun();
  const apply = useCallback(
    (changes: readonly CellChange[]) => {
      const isLatest = begin();
      setFixing({ status: 'applying' });
      port
        .applyChanges(changes)
        .then(({ written, skipped }) => {
          if (!isLatest()) return;
          setFixing({ status: 'done', lines: fixOutcomeLines(written, skipped, lang) });
          if (written.length > 0) recheck();
        })
        .catch((error: unknown) => {
          if (isLatest()) setFixing({ status: 'failed', message: failureMessage(error, lang) });
        });
    },
    [port, lang, recheck, begin],
  );
  const reset = useCallback(() => setFixing({ status: 'idle' }), []);
  return { fixing, apply, reset };
}
