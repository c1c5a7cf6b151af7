import type { Appendix, Task } from '../../src/domain';

/**
 * Checks an appendix read again after a task was inserted at `row`: the new task is there, and every other
 * task is as before, one row lower from `row` on. Returns the new task.
 */
export function expectInsertedAt(before: Appendix, after: Appendix, row: number): Task | undefined {
  const added = after.tasks.find((task) => task.rows[0] === row);
  const shifted = (n: number) => (n >= row ? n + 1 : n);
  expect(
    after.tasks.filter((task) => task !== added).map((t) => [t.rows, t.tt, t.task, t.lead, t.basis]),
  ).toEqual(before.tasks.map((t) => [t.rows.map(shifted), t.tt, t.task, t.lead, t.basis]));
  expect(after.sections.map((s) => s.row)).toEqual(before.sections.map((s) => shifted(s.row)));
  return added;
}
