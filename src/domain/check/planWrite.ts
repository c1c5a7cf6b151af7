import type { CellMark, ExistingState } from '../port';
import type { SheetTag } from '../sheetSpec';

/** Excel compares sheet names without regard to case. */
const sameName = (a: string, b: string) => a.toLocaleLowerCase('vi') === b.toLocaleLowerCase('vi');

export interface SheetNameChoice {
  name: string;
  /** A sheet of that name with this tag exists: clear and reuse it (deleting a sheet clears undo). */
  reuse: boolean;
  /** The wanted name is held by a sheet of the officer's, left untouched. */
  renamed: boolean;
}

/**
 * Where to write a generated sheet: the add-in's own sheet of that name if there is one, else the name if
 * it is free, else "name (2)", "name (3)" … — never a sheet of the officer's.
 * @example sheetNameFor('Kết quả kiểm tra', 'result', [{ name: 'kết quả kiểm tra' }]) → { name: 'Kết quả kiểm tra (2)', reuse: false, renamed: true }
 */
export function sheetNameFor(
  wanted: string,
  tag: SheetTag,
  sheets: ExistingState['sheets'],
): SheetNameChoice {
  const candidates = [wanted, ...Array.from({ length: 98 }, (_, i) => `${wanted.slice(0, 26)} (${i + 2})`)];
  let renamed = false;
  for (const name of candidates) {
    const holder = sheets.find((sheet) => sameName(sheet.name, name));
    if (!holder) return { name, reuse: false, renamed };
    if (holder.tag === tag) return { name: holder.name, reuse: true, renamed };
    renamed = true;
  }
  throw new Error(`No free sheet name for "${wanted}"`);
}

export interface NotePlan {
  /** Cells without a note: add the mark's note. */
  add: CellMark[];
  /** Cells whose note the add-in wrote earlier: replace its text. */
  update: CellMark[];
  /** The add-in's notes on cells no longer marked: delete them. */
  remove: string[];
  /** Marked cells whose note the officer wrote: keep it, untouched. */
  kept: string[];
}

/**
 * How to bring the sheet's notes from what the last check left to the new marks, touching no note of the
 * officer's.
 * @example planNotes([{ cell: 'E110', … }], [{ cell: 'E110', ours: false }, { cell: 'F67', ours: true }])
 *   → { add: [], update: [], remove: ['F67'], kept: ['E110'] }
 */
export function planNotes(marks: readonly CellMark[], notes: ExistingState['notes']): NotePlan {
  const existing = new Map(notes.map((note) => [note.cell, note.ours]));
  const marked = new Set(marks.map((mark) => mark.cell));
  const plan: NotePlan = { add: [], update: [], remove: [], kept: [] };
  for (const mark of marks) {
    const ours = existing.get(mark.cell);
    if (ours === undefined) plan.add.push(mark);
    else if (ours) plan.update.push(mark);
    else plan.kept.push(mark.cell);
  }
  for (const note of notes) if (note.ours && !marked.has(note.cell)) plan.remove.push(note.cell);
  return plan;
}
