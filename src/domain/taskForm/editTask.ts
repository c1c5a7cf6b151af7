import type { CellChange } from '../fixes';
import type { Appendix, Field, Task } from '../schema';
import { valueColumnsOf } from '../schema';
import type { TaskDraft } from './placeTask';

const EDITABLE = ['tt', 'task', 'lead', 'partners', 'time', 'basis', 'funding'] as const;
type EditableField = (typeof EDITABLE)[number];

/** A task loaded into the form: its cells' texts, and the fields the form must not rewrite. */
export interface TaskEdit {
  task: Task;
  draft: TaskDraft;
  /**
   * Fields whose cell is merged over several tasks (one text for all of them), a timetable's time (a mark
   * per period), funding by source (an amount per source) or, on a task written over several rows, every
   * field: the form shows them, the officer edits them on the sheet.
   */
  locked: Field[];
}

/** The task a row belongs to (any of its rows), if the row holds one. */
export function taskAtRow(appendix: Appendix, rowNumber: number): Task | undefined {
  return appendix.tasks.find((task) => task.rows[0] <= rowNumber && rowNumber <= task.rows[1]);
}

/**
 * The selected row's task as the form edits it.
 * @example editableTask(appendix, taskAtRow(appendix, 45)) // { draft: { tt: '2', task: '…', lead: '…' }, locked: ['basis'] }
 */
export function editableTask(appendix: Appendix, task: Task): TaskEdit {
  const draft: TaskDraft = {};
  const locked: Field[] = [];
  const multiRow = task.continuationRows.length > 0;
  for (const field of EDITABLE) {
    if (appendix.columns[field] === undefined) continue;
    draft[field] = task[field] ?? '';
    // A timetable's marks, funding by source: several cells, which the officer fills on the sheet.
    const perValue = valueColumnsOf(appendix, field) !== undefined;
    if (multiRow || perValue || task.mergedFrom[field] !== undefined) locked.push(field);
  }
  return { task, draft, locked };
}

/**
 * The cells the form's edits rewrite: each changed, unlocked field of the task's own row, with the text the
 * form loaded as `before` — a cell changed on the sheet since is skipped when applied, never overwritten.
 */
export function editChanges(appendix: Appendix, edit: TaskEdit, draft: TaskDraft): CellChange[] {
  const row = edit.task.rows[0];
  return EDITABLE.flatMap((field: EditableField) => {
    const column = appendix.columns[field];
    const before = edit.draft[field];
    const after = draft[field];
    if (!column || before === undefined || after === undefined || after === before) return [];
    if (edit.locked.includes(field)) return [];
    return [
      { sheet: appendix.sheet, cell: `${column}${row}`, rowNumber: row, column, before, after, codes: [] },
    ];
  });
}
