import { errorCode } from '../domain';

/**
 * The sheet and first cell of the officer's selection, in one sync; undefined when the selection is no
 * range (a chart, a shape: Office.js refuses `getSelectedRange` then with InvalidSelection).
 * @example await runExcel((context) => readSelection(context)) // { sheet: 'Phụ lục 1', cell: 'C45' }
 */
export async function readSelection(
  context: Excel.RequestContext,
): Promise<{ sheet: string; cell: string } | undefined> {
  const range = context.workbook.getSelectedRange().load('address');
  try {
    await context.sync();
  } catch (error) {
    if (errorCode(error) === 'InvalidSelection') return undefined;
    throw error;
  }
  // "'Phụ lục 1'!C45:D46" → the sheet (quotes undone) and the first cell.
  const match = /^(?:'((?:[^']|'')+)'|([^!]+))!\$?([A-Z]+)\$?(\d+)/u.exec(range.address);
  if (!match) return undefined;
  return { sheet: (match[1] ?? match[2] ?? '').replace(/''/gu, "'"), cell: `${match[3]}${match[4]}` };
}
