import type { TaskPlacement } from '../domain';
import { errorCode, UnusableWorkbookError } from '../domain';
import { literalCell } from './literalText';

/**
 * Writes a new task where `placeTask` put it: a whole row inserted at its row number (the rows below move
 * down, merged areas across it grow, and the new row takes the formatting of the row above, as Excel's
 * own Insert does: learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-insert-member(1),
 * ExcelApi 1.1), its cells written as literal text, the task's cell selected. One sync, one undo step where
 * the host groups. Nothing else changes: the numbers of the rows below are a proposal the officer applies.
 * @example await runExcel((context) => insertTask(context, 'Phụ lục 1', placeTask(appendix, 32, draft)))
 */
export async function insertTask(
  context: Excel.RequestContext,
  sheetName: string,
  placement: Pick<TaskPlacement, 'rowNumber' | 'cells'>,
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const row = placement.rowNumber;
  sheet.getRange(`A${row}`).getEntireRow().insert('Down');
  for (const { column, text } of placement.cells) {
    const cell = sheet.getRange(`${column}${row}`);
    const literal = literalCell(text);
    cell.numberFormat = [[literal.format]];
    cell.values = [[literal.input]];
  }
  sheet.getRange(`${placement.cells[1]?.column ?? 'A'}${row}`).select();
  try {
    await context.sync();
  } catch (error) {
    if (errorCode(error) === 'ItemNotFound')
      throw new UnusableWorkbookError('no-such-sheet', { sheet: sheetName }, { cause: error });
    throw error;
  }
}
