import { maxOf } from '../arrays';
import type { CellChange } from '../fixes';
import type { Appendix, Field, Task } from '../schema';
import { valueColumnsOf } from '../schema';
import { nextNumber } from './nextNumber';
import { valueCells } from './valueCells';

/** A task as the form holds it: the officer's text for each column (blank ones stay blank). */
export type TaskDraft = Partial<Record<Exclude<Field, 'tt'>, string>> & { tt?: string };

/** Where a new task goes and what it writes: the new row's number and its cells; nothing moves yet. */
export interface TaskPlacement {
  /** The new row's number: a row is inserted here, the rows from here on move down one. */
  rowNumber: number;
  /** The TT suggested from the task before it in the section (the officer may change it). */
  tt: string;
  /** The new row's cells by column letter (only the appendix's own columns). */
  cells: Array<{ column: string; text: string }>;
  /**
   * When the document numbers tasks on across sections, the tasks after the new one, renumbered: a
   * proposal (the officer applies it or not), in the rows as they will be after the insertion.
   */
  renumber: CellChange[];
}

/**
 * Places a new task at the end of a section (or group): after the section's last row, whatever it
 * holds, its TT the number after its last task's. With `sectionRow` null, at the end of the table.
 * @example placeTask(appendix, 32, { task: 'Việc mới', lead: 'Sở Ngoại vụ' }) // { rowNumber: 43, tt: '11', … }
 */
export function placeTask(appendix: Appendix, sectionRow: number | null, draft: TaskDraft): TaskPlacement {
  const within = (row: number | null) => sectionRow === null || isWithin(appendix, row, sectionRow);
  const rows = [
    ...appendix.tasks.filter((task) => within(task.parentRow)).map((task) => task.rows[1]),
    ...appendix.sections.filter((s) => s.row !== sectionRow && within(s.parentRow)).map((s) => s.row),
    sectionRow ?? appendix.headerRow,
  ];
  const rowNumber = maxOf(rows) + 1;
  const siblings = appendix.tasks.filter((task) => task.parentRow === sectionRow && task.rows[0] < rowNumber);
  const last = siblings[siblings.length - 1];
  const tt = draft.tt?.trim() || (last ? (nextNumber(last.tt) ?? '') : '1');
  const cells = Object.entries(appendix.columns).flatMap(([field, column]) => {
    // A timetable takes a mark under each period the time names; funding by source an amount under each.
    const perValue = valueColumnsOf(appendix, field as Field);
    const typed = draft[field as keyof TaskDraft];
    const written = perValue && typed ? valueCells(perValue, typed) : undefined;
    if (written) return written;
    const text = field === 'tt' ? tt : (typed ?? '');
    return text === '' ? [] : [{ column, text }];
  });
  return { rowNumber, tt, cells, renumber: renumbering(appendix, last, tt, rowNumber) };
}

/** Whether a row's section chain passes through `sectionRow`. */
function isWithin(appendix: Appendix, parentRow: number | null, sectionRow: number): boolean {
  const parents = new Map(appendix.sections.map((s) => [s.row, s.parentRow]));
  for (let row = parentRow; row !== null && row !== undefined; row = parents.get(row) ?? null)
    if (row === sectionRow) return true;
  return false;
}

/**
 * The tasks after the new one when the numbers run on across sections (the first task after it is numbered
 * right after the section's last): each moves one down and one up in number. None when numbers restart.
 */
function renumbering(
  appendix: Appendix,
  last: Task | undefined,
  tt: string,
  rowNumber: number,
): CellChange[] {
  const column = appendix.columns.tt;
  const following = appendix.tasks.filter((task) => task.rows[0] >= rowNumber && /^\d+$/u.test(task.tt));
  const first = following[0];
  if (!column || !last || !first || first.tt !== nextNumber(last.tt) || tt !== first.tt) return [];
  const level = first.path.length;
  return following
    .filter((task) => task.path.length === level)
    .map((task) => {
      const row = task.rows[0] + 1;
      return {
        sheet: appendix.sheet,
        cell: `${column}${row}`,
        rowNumber: row,
        column,
        before: task.tt,
        after: String(Number(task.tt) + 1),
        codes: [],
      };
    });
}
