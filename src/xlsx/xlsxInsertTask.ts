import type ExcelJS from 'exceljs';
import type { TaskPlacement } from '../domain';
import { areaAfterRowsInserted, cellAddress, formatArea, parseArea } from '../domain';
import { sheetTables } from './sheetTables';
import { sheetNamed } from './xlsxWriteCheck';

/**
 * The workbench's `insertTask`: a row inserted as Excel inserts one (ExcelJS's `insertRow` with the
 * style of the row above), the merged areas, notes, data validation and Excel tables moved or grown by hand
 * (ExcelJS's splice leaves them where they were, and drops the notes of the rows it moves), the new task's
 * cells written as strings. The add-in's marks are redrawn by
 * the check that follows.
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
  const store = validationStore(sheet);
  const validations = validationsAfterInsert(store.model, at);
  const notes = notesFrom(sheet, at);
  sheet.insertRow(at, [], 'i');
  for (const { row, column, note } of notes) sheet.getCell(row + 1, column).note = note;
  for (const area of touched) sheet.mergeCells(formatArea(areaAfterRowsInserted(area, at, 1)));
  store.model = validations;
  growTables(sheet, at);
  for (const { column, text } of placement.cells) sheet.getCell(`${column}${at}`).value = text;
}

/** The notes of the rows from `at` down (a comment thread's placeholder among them), with their places. */
function notesFrom(
  sheet: ExcelJS.Worksheet,
  at: number,
): Array<{ row: number; column: number; note: NonNullable<ExcelJS.Cell['note']> }> {
  const notes: Array<{ row: number; column: number; note: NonNullable<ExcelJS.Cell['note']> }> = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (rowNumber < at) return;
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      if (cell.note) notes.push({ row: rowNumber, column, note: cell.note });
    });
  });
  return notes;
}

type Validations = Record<string, ExcelJS.DataValidation | undefined>;

/** ExcelJS's per-sheet validation map (worksheet.dataValidations, left out of its type declarations). */
function validationStore(sheet: ExcelJS.Worksheet): { model: Validations } {
  return (sheet as unknown as { dataValidations: { model: Validations } }).dataValidations;
}

/**
 * ExcelJS keeps one rule per cell (a file's ranges are spread out when read): each moves down with its
 * row, and a column whose rule ran across the insertion — the same rule above and below it — covers the
 * new row too, as Excel grows a validated range.
 */
function validationsAfterInsert(model: Validations, at: number): Validations {
  const moved: Validations = {};
  for (const [address, rule] of Object.entries(model)) {
    if (!rule) continue;
    moved[formatArea(areaAfterRowsInserted(parseArea(address), at, 1))] = rule;
    const area = parseArea(address);
    if (area.bottom !== at - 1) continue;
    for (let column = area.left; column <= area.right; column++) {
      const below = model[cellAddress(at, column)];
      if (below && sameRule(below, rule)) moved[cellAddress(at, column)] = rule;
    }
  }
  return moved;
}

const sameRule = (a: ExcelJS.DataValidation, b: ExcelJS.DataValidation) =>
  a === b || JSON.stringify(a) === JSON.stringify(b);

/** A table's footprint (`tableRef`, and its filter's) moves or grows as Excel moves it; ExcelJS leaves it. */
function growTables(sheet: ExcelJS.Worksheet, at: number): void {
  for (const { model } of sheetTables(sheet)) {
    for (const key of ['tableRef', 'autoFilterRef'] as const) {
      const ref = model[key];
      if (ref) model[key] = formatArea(areaAfterRowsInserted(parseArea(ref), at, 1));
    }
  }
}
