import type { ListSheetDrawing } from '../domain';
import { uniqueSheetName } from '../domain';
import { CALL_BYTES, RequestBudget } from './payload';
import { writeChoices, writeListSheet } from './writeListSheet';

/**
 * Adds a new sheet drawn from the spec at the end of the workbook, under a name no sheet has, and shows
 * it: one sync to learn the names, then the drawing's own (one more unless the sheet is large). Nothing is
 * tagged or replaced. Adding a sheet can be undone, so this runs as one undo step where the host groups.
 * @example await runExcel((context) => addSheet(context, planMatrixSheet(imported, source))) // { name: 'Phụ lục nhiệm vụ' }
 */
export async function addSheet(
  context: Excel.RequestContext,
  drawing: ListSheetDrawing,
): Promise<{ name: string }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const name = uniqueSheetName(
    drawing.name,
    worksheets.items.map((sheet) => sheet.name),
  );
  const budget = new RequestBudget(context);
  await budget.spend(2 * CALL_BYTES);
  const sheet = worksheets.add(name);
  await writeListSheet(sheet, { ...drawing, name }, budget);
  await writeChoices(worksheets, sheet, drawing, budget);
  sheet.activate();
  sheet.getRange('A1').select();
  await budget.flush();
  return { name };
}
