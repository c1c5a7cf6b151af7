import type { ApplyOutcome, CellChange } from '../domain';
import { changesBySheet, errorCode, sortOutChanges } from '../domain';

/**
 * Writes a preview's cell changes, each only where the cell still holds the text the preview showed and no
 * formula: one sync reads the cells (values and formulas), one writes the ones still safe — the officer's
 * edits since the preview are skipped and reported, never overwritten. A sheet removed or renamed since
 * then skips its changes as missing (two more syncs: the sheets left, then their cells). The text is written as the value: the fixes only make text that
 * Excel reads as text (proposeFixes), so the cell's number format is left alone. Office.js cannot read a
 * cell's formatting within its text (a bold word): such formatting is flattened by the write, as by any
 * value written.
 * @example await runExcel((context) => applyChanges(context, changes), { undoGroup: true }) // { written: [...], skipped: [] }
 */
export async function applyChanges(
  context: Excel.RequestContext,
  changes: readonly CellChange[],
): Promise<ApplyOutcome> {
  if (changes.length === 0) return { written: [], skipped: [] };
  let ranges = queueReads(context, changes);
  try {
    await context.sync();
  } catch (error) {
    if (errorCode(error) !== 'ItemNotFound') throw error;
    // A sheet was removed or renamed since the preview: learn which are left, then read only theirs.
    const worksheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    const names = new Set(worksheets.items.map((sheet) => sheet.name));
    ranges = queueReads(
      context,
      changes.filter((change) => names.has(change.sheet)),
    );
    if (ranges.size > 0) await context.sync();
  }
  const sorted = sortOutChanges(changes, (change) => {
    const range = ranges.get(change);
    if (!range) return undefined;
    const value = range.values[0]?.[0];
    const formula = range.formulas[0]?.[0];
    return {
      value:
        typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null,
      formula: typeof formula === 'string' && formula.startsWith('='),
    };
  });
  for (const change of sorted.write) (ranges.get(change) as Excel.Range).values = [[change.after]];
  if (sorted.write.length > 0) await context.sync();
  return { written: sorted.write, skipped: sorted.skipped };
}

/** Queues the read of every change's cell (values and formulas), each sheet looked up once. */
function queueReads(
  context: Excel.RequestContext,
  changes: readonly CellChange[],
): Map<CellChange, Excel.Range> {
  const ranges = new Map<CellChange, Excel.Range>();
  for (const [name, sheetChanges] of changesBySheet(changes)) {
    const sheet = context.workbook.worksheets.getItem(name);
    for (const change of sheetChanges)
      ranges.set(change, sheet.getRange(change.cell).load('values, formulas'));
  }
  return ranges;
}
