import type ExcelJS from 'exceljs';
import type { CheckWrite, CheckWriteOutcome, ExistingState, SheetSpec } from '../domain';
import { planNotes, sheetNameFor, UnusableWorkbookError } from '../domain';
import { findWorksheet } from './findWorksheet';
import { replaceWorksheet } from './replaceWorksheet';
import { taggedSheets, tagSheet } from './sheetTags';
import { writeSpecSheet } from './writeSpecSheet';
import { addMarks, removeMarks } from './xlsxMarks';
import { removeNote } from './xlsxNotes';

/**
 * Replaces the marks of the last check with the new ones and writes the result sheet, as the Office.js
 * adapter does inside Excel: the conditional formats and notes found by the read are replaced, a note of
 * the officer's is never touched, and the result sheet is the add-in's own (or a new one beside an
 * officer's sheet of that name).
 * @example xlsxWriteCheck(workbook, write) → { resultSheetName: 'Kết quả kiểm tra', … }
 */
export function xlsxWriteCheck(workbook: ExcelJS.Workbook, write: CheckWrite): CheckWriteOutcome {
  const sheet = sheetNamed(workbook, write.sheetName);
  removeMarks(sheet, write.existing.markIds);
  addMarks(sheet, write.marks);
  const notes = planNotes(write.marks, write.existing.notes);
  for (const cell of notes.remove) removeNote(sheet.getCell(cell));
  for (const mark of [...notes.update, ...notes.add]) sheet.getCell(mark.cell).note = mark.note;
  const { name, renamed } = writeGeneratedSheet(workbook, write.result, write.existing.sheets, {
    show: write.activateResult,
  });
  return {
    resultSheetName: name,
    resultSheetRenamed: renamed,
    notesWritten: notes.add.length + notes.update.length,
    notesKept: notes.kept.length,
  };
}

/** Saves the settings sheet (hidden, tagged) over the one written before, or as a new sheet. */
export function xlsxSaveHiddenSheet(workbook: ExcelJS.Workbook, spec: SheetSpec): { name: string } {
  return { name: writeGeneratedSheet(workbook, spec, taggedSheets(workbook), { show: false }).name };
}

/**
 * Draws a spec on the add-in's sheet of that name (replacing it, keeping its tab position), else on a new
 * sheet under a free name, and tags it. A sheet the officer hid stays hidden unless `show` asks otherwise.
 */
function writeGeneratedSheet(
  workbook: ExcelJS.Workbook,
  spec: SheetSpec,
  sheets: ExistingState['sheets'],
  options: { show: boolean },
): { name: string; renamed: boolean } {
  const choice = sheetNameFor(spec.name, spec.tag, sheets);
  const old = choice.reuse ? workbook.getWorksheet(choice.name) : undefined;
  const { sheet, previous } = replaceWorksheet(workbook, old, () =>
    writeSpecSheet(workbook, spec, choice.name),
  );
  if (!spec.hidden && !options.show && previous && previous.state !== 'visible') sheet.state = previous.state;
  tagSheet(workbook, sheet, spec.tag);
  return { name: choice.name, renamed: choice.renamed };
}

/** The sheet of that name, or the core's unusable-workbook error (it was renamed or deleted meanwhile). */
export function sheetNamed(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = findWorksheet(workbook, name);
  if (!sheet) {
    throw new UnusableWorkbookError('no-such-sheet', {
      sheet: name,
      available: workbook.worksheets.map((ws) => ws.name),
    });
  }
  return sheet;
}
