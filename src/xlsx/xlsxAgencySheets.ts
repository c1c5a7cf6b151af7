import type ExcelJS from 'exceljs';
import type { AgencySheetsOutcome, AgencySheetsWrite } from '../domain';
import { isAgencySheet, planAgencySheets } from '../domain';
import { replaceWorksheet } from './replaceWorksheet';
import { taggedSheets, tagSheet, untagSheet } from './sheetTags';
import { writeListSheet } from './writeListSheet';

/**
 * Writes the agency index and one sheet per agency where the domain's plan says (planAgencySheets, shared
 * with the Office.js adapter): the feature's own sheets of those names are replaced in their tab positions,
 * the ones no longer needed removed; a name held by a sheet of the officer's throws before anything is
 * written. A sheet the officer hid stays hidden unless it is the index and `activateIndex` asks for it.
 * @example xlsxWriteAgencySheets(workbook, { index, lists, existing }) → { written: ['Tổng hợp theo cơ quan', …], removed: [] }
 */
export function xlsxWriteAgencySheets(
  workbook: ExcelJS.Workbook,
  write: AgencySheetsWrite,
): AgencySheetsOutcome {
  const plan = planAgencySheets(write);
  for (const name of plan.remove) {
    const sheet = workbook.getWorksheet(name);
    if (sheet) workbook.removeWorksheet(sheet.id);
    untagSheet(workbook, name);
  }
  plan.sheets.forEach((target, i) => {
    const old = target.reuse ? workbook.getWorksheet(target.name) : undefined;
    const { sheet } = replaceWorksheet(workbook, old, () =>
      writeListSheet(workbook, { ...target.spec, name: target.name }),
    );
    const shown = i === 0 && write.activateIndex === true;
    if (target.hidden && !shown) sheet.state = 'hidden';
    tagSheet(workbook, sheet, target.spec.tag);
  });
  return { written: plan.sheets.map((target) => target.name), removed: plan.remove };
}

/** The workbench's "Gỡ các trang theo cơ quan": the confirmed sheets still the add-in's agency sheets. */
export function xlsxRemoveAgencySheets(
  workbook: ExcelJS.Workbook,
  confirmed: readonly string[],
): { removed: string[]; kept: string[] } {
  const ours = new Set(
    taggedSheets(workbook)
      .filter(isAgencySheet)
      .map((sheet) => sheet.name),
  );
  const removed = confirmed.filter((name) => ours.has(name));
  for (const name of removed) {
    const sheet = workbook.getWorksheet(name);
    if (sheet) workbook.removeWorksheet(sheet.id);
    untagSheet(workbook, name);
  }
  return { removed, kept: confirmed.filter((name) => !ours.has(name)) };
}
