import type { ClearOutcome, HostCapabilities } from '../domain';
import { isMarkFormula, isMarkNote } from '../domain';
import { lastFirst } from './conditionalMarks';

/**
 * "Xoá đánh dấu": removes the add-in's conditional formats and notes from the sheet and nothing else — the
 * officer's fills were never changed, and their notes and conditional formats stay. Three round trips: the
 * formats and notes; the formats' formulas (only custom formats have one); the deletions.
 * @example await runExcel((context) => clearMarks(context, 'Phụ lục 1', { notes: true })) → { marks: 2, notes: 37 }
 */
export async function clearMarks(
  context: Excel.RequestContext,
  sheetName: string,
  capabilities: HostCapabilities,
): Promise<ClearOutcome> {
  const sheet = context.workbook.worksheets.getItem(sheetName);
  const formats = sheet.getRange().conditionalFormats;
  formats.load('items/id,items/type');
  const notes = capabilities.notes ? sheet.notes : undefined;
  notes?.load('items/content');
  await context.sync();

  const custom = formats.items
    .filter((format) => format.type === 'Custom')
    .map((format) => ({ format, rule: format.custom.rule.load('formula') }));
  const ours = (notes?.items ?? []).filter((note) => isMarkNote(note.content));
  for (const note of ours) note.delete();
  await context.sync();

  // Identified by formula; deleted by id from the last position to the first (see removeMarks).
  const marks = custom.filter(({ rule }) => isMarkFormula(rule.formula));
  for (const id of lastFirst(marks.map(({ format }) => format.id))) formats.getItem(id).delete();
  await context.sync();
  return { marks: marks.length, notes: ours.length };
}
