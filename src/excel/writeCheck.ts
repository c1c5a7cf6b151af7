import type { CheckWrite, CheckWriteOutcome, HostCapabilities, Severity, SheetSpec } from '../domain';
import { MARK_FILLS, markFormula, planNotes, sheetNameFor } from '../domain';
import { lastFirst, markAddressLists } from './conditionalMarks';
import type { ListSeparator } from './listSeparator';
import {
  confirmListSeparator,
  isInvalidArgument,
  listSeparator,
  otherSeparator,
  probeListSeparator,
} from './listSeparator';
import { CALL_BYTES, payloadBytes, RequestBudget } from './payload';
import { tagSheet, writeSheet } from './writeSheet';

/**
 * Replaces the marks of the last check with the new ones and writes the result sheet, in one round trip
 * (more only when the request would pass the payload budget, i.e. thousands of findings):
 * - the add-in's conditional formats found by the read are deleted and one is added per severity and
 *   address list; the officer's fills and conditional formats stay;
 * - notes: the add-in's are updated or deleted, new ones added; a note of the officer's is never touched
 *   (without ExcelApi 1.18 there are no notes: fills and the result sheet carry the findings);
 * - the result sheet is the add-in's own sheet, cleared and reused (deleting a sheet clears Excel's undo
 *   stack), or a new one when there is none, under another name when an officer's sheet holds the name.
 * @example await runExcel((context) => writeCheck(context, write, { notes: true })) → { resultSheetName: 'Kết quả kiểm tra', … }
 */
export async function writeCheck(
  context: Excel.RequestContext,
  write: CheckWrite,
  capabilities: HostCapabilities,
): Promise<CheckWriteOutcome> {
  const lists = markAddressLists(write.marks);
  // Only a list of several areas depends on the separator; it is learnt before anything is written.
  const separator = lists.some((list) => list.areas.length > 1)
    ? await learnListSeparator(context, write.sheetName)
    : listSeparator().separator;
  return writeWith(context, write, capabilities, { lists, separator });
}

/**
 * The list separator `getRanges` takes on this host: the known one, or learnt by a probe in a round trip
 * of its own, before anything is written. Only a failure of the probe itself chooses the other separator;
 * any later error (a long address list fails with InvalidArgument too, office-js#5198) is thrown, never
 * taken for a wrong separator and never replayed over what was already written.
 */
export async function learnListSeparator(
  context: Excel.RequestContext,
  sheetName: string,
): Promise<ListSeparator> {
  const { separator, confirmed } = listSeparator();
  if (confirmed) return separator;
  const sheet = context.workbook.worksheets.getItem(sheetName);
  try {
    probeListSeparator(sheet, separator);
    await context.sync();
  } catch (error) {
    if (!isInvalidArgument(error)) throw error;
    const other = otherSeparator(separator);
    probeListSeparator(sheet, other);
    await context.sync();
    confirmListSeparator(other);
    return other;
  }
  confirmListSeparator(separator);
  return separator;
}

async function writeWith(
  context: Excel.RequestContext,
  write: CheckWrite,
  capabilities: HostCapabilities,
  marks: { lists: Array<{ severity: Severity; areas: string[] }>; separator: ListSeparator },
): Promise<CheckWriteOutcome> {
  const budget = new RequestBudget(context);
  const sheet = context.workbook.worksheets.getItem(write.sheetName);
  await budget.spend(write.existing.markIds.length * CALL_BYTES);
  removeMarks(sheet, write.existing.markIds);
  for (const { severity, areas } of marks.lists) {
    const address = areas.join(marks.separator);
    await budget.spend(payloadBytes(address) + 3 * CALL_BYTES);
    const format = sheet.getRanges(address).conditionalFormats.add('Custom');
    format.custom.rule.formula = markFormula(severity);
    format.custom.format.fill.color = MARK_FILLS[severity];
  }
  const notes = planNotes(write.marks, write.existing.notes);
  if (capabilities.notes) {
    for (const cell of notes.remove) {
      await budget.spend(CALL_BYTES);
      sheet.notes.getItem(cell).delete();
    }
    for (const mark of notes.update) {
      await budget.spend(payloadBytes(mark.note) + CALL_BYTES);
      sheet.notes.getItem(mark.cell).content = mark.note;
    }
    for (const mark of notes.add) {
      await budget.spend(payloadBytes(mark.note) + CALL_BYTES);
      sheet.notes.add(sheet.getRange(mark.cell), mark.note);
    }
  }

  const choice = sheetNameFor(write.result.name, write.result.tag, write.existing.sheets);
  const result = generatedSheet(context, choice, write.result);
  await writeSheet(result, write.result, budget);
  if (write.activateResult) {
    // An officer who hid the result sheet asked for the outcome again: show it (see resultNeedsUnhiding).
    if (resultNeedsUnhiding(write)) result.visibility = 'Visible';
    result.activate();
    result.getRange('A1').select();
  }
  await budget.flush();
  return {
    resultSheetName: choice.name,
    resultSheetRenamed: choice.renamed,
    notesWritten: capabilities.notes ? notes.add.length + notes.update.length : 0,
    notesKept: capabilities.notes ? notes.kept.length : 0,
  };
}

/**
 * Deletes the add-in's conditional formats by the ids the read found (by their formula, see
 * readWorkbook). An id is the format's priority, its position in the collection
 * (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-id-member),
 * and priorities stay contiguous, so deleting one renumbers those after it: the deletes go from the
 * last position to the first, where no delete moves a format still to be deleted — or the officer's.
 */
export function removeMarks(sheet: Excel.Worksheet, markIds: readonly string[]): void {
  const formats = sheet.getRange().conditionalFormats;
  for (const id of lastFirst(markIds)) formats.getItem(id).delete();
}

/**
 * The add-in's sheet of that name cleared for reuse, or a new sheet, tagged for what it is about to hold
 * (`spec`: its tag and first cell; see sheetTagValue).
 */
export function generatedSheet(
  context: Excel.RequestContext,
  choice: { name: string; reuse: boolean },
  spec: Pick<SheetSpec, 'tag' | 'title' | 'header'>,
): Excel.Worksheet {
  const worksheets = context.workbook.worksheets;
  if (!choice.reuse) {
    const sheet = worksheets.add(choice.name);
    tagSheet(sheet, spec, choice.name);
    return sheet;
  }
  const sheet = worksheets.getItem(choice.name);
  tagSheet(sheet, spec, choice.name);
  sheet.freezePanes.unfreeze();
  const all = sheet.getRange();
  all.unmerge();
  all.clear('All');
  return sheet;
}

/**
 * Whether showing the result sheet means unhiding it first. Changing a sheet's visibility cannot be undone
 * on Windows and Mac, so such a write must not run inside an undo group (it would fail with
 * UndoNotSupported after nothing was written).
 */
export function resultNeedsUnhiding(write: CheckWrite): boolean {
  if (!write.activateResult) return false;
  const choice = sheetNameFor(write.result.name, write.result.tag, write.existing.sheets);
  return (
    choice.reuse && write.existing.sheets.some((sheet) => sheet.name === choice.name && sheet.hidden === true)
  );
}
