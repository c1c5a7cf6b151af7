import { isAgencySheet } from '../domain';
import { ownedTag, queueTag } from './readWorkbook';

/**
 * Deletes the confirmed sheets that are still the add-in's agency sheets. Three round trips: the sheets'
 * names; their tags (with A1, which must still be what the add-in wrote); the deletions. Deleting a sheet
 * cannot be undone in Excel, so this never runs in an undo group; the pane asks first.
 * @example await runExcel((context) => removeAgencySheets(context, ['Tổng hợp theo cơ quan', 'Sở Nội vụ'])) // { removed: [...], kept: [] }
 */
export async function removeAgencySheets(
  context: Excel.RequestContext,
  confirmed: readonly string[],
): Promise<{ removed: string[]; kept: string[] }> {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  await context.sync();
  const asked = new Set(confirmed);
  const candidates = worksheets.items.filter((sheet) => asked.has(sheet.name));
  const tags = candidates.map((sheet) => queueTag(sheet));
  await context.sync();
  const removed: string[] = [];
  candidates.forEach((sheet, i) => {
    if (!isAgencySheet({ tag: ownedTag(tags[i], sheet.name) })) return;
    sheet.delete();
    removed.push(sheet.name);
  });
  if (removed.length > 0) await context.sync();
  return { removed, kept: confirmed.filter((name) => !removed.includes(name)) };
}
