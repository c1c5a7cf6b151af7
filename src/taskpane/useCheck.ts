import { useCallback, useState } from 'react';
import type { CheckOutcome, Lang, WorkbookPort } from '../domain';
import { checkWorkbook, failureMessage, formatCheckedAt } from '../domain';
import { useLatestRun } from './useLatestRun';

/**
 * Where the one-click check stands. While checking or after a failure, `last` keeps the previous outcome:
 * the sheet list and the saved settings stay known, but its findings are not shown as current.
 */
export type CheckState =
  | { status: 'idle' }
  | { status: 'checking'; last?: CheckOutcome }
  | { status: 'ready'; outcome: CheckOutcome }
  | { status: 'failed'; message: string; last?: CheckOutcome };

/** The latest outcome the state knows of, current or not. */
export function lastOutcome(state: CheckState): CheckOutcome | undefined {
  return state.status === 'ready' ? state.outcome : state.status === 'idle' ? undefined : state.last;
}

/**
 * The check use case: read, validate, mark and write the result sheet through the port (checkWorkbook),
 * on the picked sheet or the active one. Only the latest run may settle.
 * @example const { check, run } = useCheck(port, 'vi', () => new Date()); run('Phụ lục 1');
 */
export function useCheck(
  port: WorkbookPort,
  lang: Lang,
  now: () => Date,
): { check: CheckState; run: (sheetName?: string) => void } {
  const [check, setCheck] = useState<CheckState>({ status: 'idle' });
  const begin = useLatestRun();
  const run = useCallback(
    (sheetName?: string) => {
      const isLatest = begin();
      setCheck((previous) => ({ status: 'checking', last: lastOutcome(previous) }));
      checkWorkbook(port, { sheetName, lang, checkedAt: formatCheckedAt(now()) })
        .then((outcome) => {
          if (isLatest()) setCheck({ status: 'ready', outcome });
        })
        .catch((error: unknown) => {
          if (!isLatest()) return;
          const message = failureMessage(error, lang);
          setCheck((previous) => ({ status: 'failed', message, last: lastOutcome(previous) }));
        });
    },
    [port, lang, now, begin],
  );
  return { check, run };
}
