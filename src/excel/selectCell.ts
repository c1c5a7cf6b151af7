/**
 * Shows a finding's cell: activates its sheet and selects the cell, in one round trip.
 * @example await runExcel((context) => selectCell(context, 'Phụ lục 1', 'E110'))
 */
export async function selectCell(
  context: Excel.RequestContext,
  sheetName: string,
  cell: string,
): Promise<void> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  sheet.activate();
  sheet.getRange(cell).select();
  await context.sync();
}
