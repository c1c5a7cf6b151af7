import type { ApplyOutcome, CellChange, SkippedChange } from '../domain';
import { appendAll, changesBySheet, errorCode, sortOutChanges } from '../domain';

/**
 * Writes a preview's cell changes, each only where the cell still holds the text the preview showed and no
 * formula: one sync reads the cells (values and formulas), one writes the ones still safe — the officer's
 * edits since the preview are skipped and reported, never overwritten. A sheet removed or renamed since
 * then skips its changes as missing. The text is written as the value: the fixes only make text that
 * Excel reads as text (proposeFixes), so the cell's number format is left alone. Office.js cannot read a
 * cell's formatting within its text (a bold word): such formatting is flattened by the write, as by any
 * value written.
 * @example await runExcel((context) => applyChanges(context, changes), { undoGroup: true }) // { written: [...], skipped: [] }
 */
export async function applyChanges(
  context: Excel.RequestContext,
  changes: readonly CellChange[],
): Promise<ApplyOutcome> {
  const written: CellChange[] = [];
  const skipped: SkippedChange[] = [];
  for (const [sheetName, sheetChanges] of changesBySheet(changes)) {
    const sheet = context.workbook.worksheets.getItem(sheetName);
    const ranges = sheetChanges.map((change) => sheet.getRange(change.cell).load('values, formulas'));
    try {
      await context.sync();
    } catch (error) {
      if (errorCode(error) !== 'ItemNotFound') throw error;
      appendAll(
        skipped,
        sheetChanges.map((change) => ({ change, reason: 'missing' as const })),
      );
      continue;
    }
    const now = new Map(sheetChanges.map((change, i) => [change, ranges[i] as Excel.Range]));
    const sorted = sortOutChanges(sheetChanges, (change) => {
      const range = now.get(change);
      const value = range?.values[0]?.[0];
      const formula = range?.formulas[0]?.[0];
      if (value === undefined) return undefined;
      return {
        value:
          typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null,
        formula: typeof formula === 'string' && formula.startsWith('='),
      };
    });
    for (const change of sorted.write) (now.get(change) as Excel.Range).values = [[change.after]];
    appendAll(written, sorted.write);
    appendAll(skipped, sorted.skipped);
  }
  if (written.length > 0) await context.sync();
  return { written, skipped };
}
