import type { AgencySheetPlan, AgencySheetsOutcome, AgencySheetsWrite } from '../domain';
import { planAgencySheets } from '../domain';
import { CALL_BYTES, RequestBudget } from './payload';
import { generatedSheet } from './writeCheck';
import { writeListSheet } from './writeListSheet';

/**
 * Writes the index and the agency sheets in one round trip (more only past the payload budget): each goes
 * into the feature's own sheet of that name, cleared and reused, or into a new tagged sheet; the feature's
 * sheets no longer needed are deleted; no other sheet is touched. Sheets are not reordered
 * (`Worksheet.position` cannot be undone on Windows and Mac): new ones go to the end; the index links to
 * each.
 * @example await runExcel((context) => writeAgencySheets(context, write))
 *   // { written: ['Tổng hợp theo cơ quan', 'VP Đoàn ĐBQH và HĐND tỉnh', …], removed: [] }
 */
export async function writeAgencySheets(
  context: Excel.RequestContext,
  write: AgencySheetsWrite,
  plan: AgencySheetPlan = planAgencySheets(write),
): Promise<AgencySheetsOutcome> {
  const budget = new RequestBudget(context);
  const worksheets = context.workbook.worksheets;
  const sheets: Excel.Worksheet[] = [];
  for (const target of plan.sheets) {
    // Adding and tagging a sheet, or clearing one for reuse (measured ~0.7 and ~1.4 KB).
    await budget.spend(target.reuse ? 3 * CALL_BYTES : 2 * CALL_BYTES);
    const sheet = generatedSheet(context, target, target.spec);
    if (target.reuse) {
      // Heights and widths stay when cells are cleared; the last run's would linger on rows now empty.
      const all = sheet.getRange();
      all.format.useStandardHeight = true;
      all.format.useStandardWidth = true;
    }
    await writeListSheet(sheet, { ...target.spec, name: target.name }, budget);
    sheets.push(sheet);
  }
  for (const name of plan.remove) {
    await budget.spend(CALL_BYTES);
    worksheets.getItem(name).delete();
  }
  const index = sheets[0];
  if (write.activateIndex && index) {
    // An officer who hid the index asked for it again: show it (see agencyWritesNeedUndoBreak).
    if (plan.sheets[0]?.hidden) index.visibility = 'Visible';
    index.activate();
    index.getRange('A1').select();
  }
  await budget.flush();
  return { written: plan.sheets.map((target) => target.name), removed: plan.remove };
}

/**
 * Whether the write needs a call Excel cannot undo, so it must not run as one undo group (Excel would refuse
 * it with UndoNotSupported): deleting a sheet (every platform), or showing the hidden index
 * (`Worksheet.visibility`, Windows and Mac). Adding, clearing and formatting sheets can be undone
 * (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities).
 */
export function agencyWritesNeedUndoBreak(write: AgencySheetsWrite, plan: AgencySheetPlan): boolean {
  return plan.remove.length > 0 || (write.activateIndex === true && plan.sheets[0]?.hidden === true);
}
