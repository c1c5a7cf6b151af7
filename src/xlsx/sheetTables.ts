import type ExcelJS from 'exceljs';

/** What the code reads and moves of an ExcelJS table: its name and its footprint on the sheet. */
export interface SheetTable {
  name: string;
  model: { tableRef?: string; autoFilterRef?: string; headerRow?: boolean };
}

/**
 * A sheet's Excel tables. ExcelJS's `getTables` returns the tables themselves, and each has a `model`,
 * whatever its type declarations say ([Table, void] pairs, no model).
 */
export function sheetTables(sheet: ExcelJS.Worksheet): SheetTable[] {
  return sheet.getTables() as unknown as SheetTable[];
}
