import type ExcelJS from 'exceljs';
import type { ExistingState } from '../domain';
import { isMarkNote } from '../domain';

/** A note's text: ExcelJS gives a string for notes it wrote, rich-text runs for notes written by Excel. */
export function noteText(note: ExcelJS.Cell['note'] | undefined): string {
  if (note === undefined || note === null) return '';
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((run) => run.text).join('');
}

/** The sheet's cells that carry a note, and whether the add-in wrote it (its first line says so). */
export function sheetNotes(sheet: ExcelJS.Worksheet): ExistingState['notes'] {
  const notes: ExistingState['notes'] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      if (cell.note === undefined) return;
      notes.push({ cell: cell.address, ours: isMarkNote(noteText(cell.note)) });
    });
  });
  return notes;
}

/**
 * Deletes a cell's note. ExcelJS 4.4 has no API for it: assigning `note` always creates one (an empty note
 * is still written to the file). The note lives in the cell's private `_comment`, and a note read from a
 * file is also copied into the model of the cell's value, which is what gets written; both go. The
 * round-trip tests in test/xlsx fail if a later ExcelJS moves them.
 */
export function removeNote(cell: ExcelJS.Cell): void {
  const internals = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  delete internals._comment;
  delete internals._value?.model?.comment;
}

/** Removes every note the add-in wrote on the sheet; the officer's stay. Returns how many were removed. */
export function removeMarkNotes(sheet: ExcelJS.Worksheet): number {
  let removed = 0;
  for (const { cell, ours } of sheetNotes(sheet)) {
    if (!ours) continue;
    removeNote(sheet.getCell(cell));
    removed++;
  }
  return removed;
}
