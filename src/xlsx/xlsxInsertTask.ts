import type ExcelJS from 'exceljs';
import type { TaskPlacement } from '../domain';
import { formatArea, parseArea } from '../domain';
import { sheetNamed } from './xlsxWriteCheck';

/**
 * The workbench's `insertTask`: a row inserted as Excel inserts one (ExcelJS's `insertRow` with the
 * style of the row above), the merged areas moved or grown by hand (ExcelJS's splice leaves them where they
 * were), the new task's cells written as strings. The add-in's marks are redrawn by the check that follows.
 */
export function xlsxInsertTask(
  workbook: ExcelJS.Workbook,
  sheetName: string,
  placement: Pick<TaskPlacement, 'rowNumber' | 'cells'>,
): void {
  const sheet = sheetNamed(workbook, sheetName);
  const at = placement.rowNumber;
  const merges = (sheet.model.merges ?? []).map(parseArea);
  const touched = merges.filter((area) => area.bottom >= at);
  for (const area of touched) sheet.unMergeCells(formatArea(area));
  sheet.insertRow(at, [], 'i');
  for (const area of touched) {
    const moved =
      area.top >= at
        ? { ...area, top: area.top + 1, bottom: area.bottom + 1 }
        : { ...area, bottom: area.bottom + 1 };
    sheet.mergeCells(formatArea(moved));
  }
  for (const { column, text } of placement.cells) sheet.getCell(`${column}${at}`).value = text;
}
