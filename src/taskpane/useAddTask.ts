import { useCallback, useState } from 'react';
import type { CellChange, Lang, TaskPlacement, WorkbookPort } from '../domain';
import { failureMessage } from '../domain';
import { useLatestRun } from './useLatestRun';

export type AddTaskState =
  | { status: 'idle' }
  | { status: 'adding' }
  | { status: 'added'; rowNumber: number; renumber: CellChange[] }
  | { status: 'writing' }
  | { status: 'written'; what: 'renumber' | 'edit'; written: number; skipped: number }
  | { status: 'failed'; message: string };

/**
 * "Thêm nhiệm vụ": inserts the form's task where `placeTask` put it, then checks again; the numbers of the
 * rows after it, when the document numbers on across sections, are offered as a proposal ("Đánh số lại")
 * written through the same guarded path as the fixes, as are the form's edits of a selected task.
 * @example const { adding, add, write } = useAddTask(port, 'vi', recheck); add('Phụ lục 1', placement);
 */
export function useAddTask(
  port: WorkbookPort,
  lang: Lang,
  recheck: () => void,
): {
  adding: AddTaskState;
  add: (sheetName: string, placement: TaskPlacement) => void;
  /** Writes the renumbering proposal, or the form's edits of a task, through the guarded path. */
  write: (changes: readonly CellChange[], what: 'renumber' | 'edit') => void;
} {
  const [adding, setAdding] = useState<AddTaskState>({ status: 'idle' });
  const begin = useLatestRun();
  const run = useCallback(
    (pending: AddTaskState, work: () => Promise<AddTaskState>) => {
      const isLatest = begin();
      setAdding(pending);
      work()
        .then((next) => {
          if (!isLatest()) return;
          setAdding(next);
          recheck();
        })
        .catch((error: unknown) => {
          if (isLatest()) setAdding({ status: 'failed', message: failureMessage(error, lang) });
        });
    },
    [begin, lang, recheck],
  );
  const add = useCallback(
    (sheetName: string, placement: TaskPlacement) =>
      run({ status: 'adding' }, async () => {
        await port.insertTask(sheetName, placement);
        return { status: 'added', rowNumber: placement.rowNumber, renumber: placement.renumber };
      }),
    [port, run],
  );
  const write = useCallback(
    (changes: readonly CellChange[], what: 'renumber' | 'edit') =>
      run({ status: 'writing' }, async () => {
        const { written, skipped } = await port.applyChanges(changes);
        return { status: 'written', what, written: written.length, skipped: skipped.length };
      }),
    [port, run],
  );
  return { adding, add, write };
}
