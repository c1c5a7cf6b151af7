import type { ListSheetDrawing } from '../domain';
import { excelTableName, listSheetLayout, uniqueSheetName } from '../domain';
import { CALL_BYTES, RequestBudget } from './payload';
import { writeChoices, writeListSheet } from './writeListSheet';

/**
 * Adds a new sheet drawn from the spec at the end of the workbook, under a name no sheet has, and shows
 * it: one sync to learn the names, then the drawing's own (one more unless the sheet is large). Nothing is
 * tagged or replaced. Adding a sheet can be undone, so this runs as one undo step where the host groups.
 * A drawing with `table` becomes an Excel table over its header and body, named apart from the
 * workbook's tables and defined names (loaded in the first sync; they share one name space).
 * @example await runExcel((context) => addSheet(context, planMatrixSheet(imported, source))) // { name: 'Phụ lục nhiệm vụ' }
 */
export async function addSheet(
  context: Excel.RequestContext,
  drawing: ListSheetDrawing,
): Promise<{ name: string }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const names = drawing.table ? takenTableNames(context) : undefined;
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
  if (names) {
    await budget.spend(4 * CALL_BYTES);
    makeTable(sheet, drawing, excelTableName(name, names()));
  }
  sheet.activate();
  sheet.getRange('A1').select();
  await budget.flush();
  return { name };
}

/** Queues the load of the workbook's table and defined names; the function reads them after the sync. */
function takenTableNames(context: Excel.RequestContext): () => string[] {
  const tables = context.workbook.tables.load('items/name');
  const names = context.workbook.names.load('items/name');
  return () => [...tables.items, ...names.items].map((item) => item.name);
}

/**
 * The header and body rows as an Excel table (TableCollection.add, ExcelApi 1.1): the light style without
 * banding, so the drawn borders and header shading stay what the officer sees and prints.
 */
function makeTable(sheet: Excel.Worksheet, drawing: ListSheetDrawing, name: string): void {
  const layout = listSheetLayout(drawing);
  const area = sheet.getRangeByIndexes(layout.headerRow - 1, 0, drawing.rows.length + 1, layout.columns);
  const table = sheet.tables.add(area, true);
  table.name = name;
  table.style = 'TableStyleLight1';
  table.showBandedRows = false;
}
