import type ExcelJS from 'exceljs';

/** Worksheet fields ExcelJS 4.4 has, documents in its README, and leaves out of its typings. */
interface WorksheetInternals {
  /** Tab position: `workbook.worksheets` is sorted by it. */
  orderNo: number;
  /** The sheet's conditional formats, as read from the file or added. */
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
}

export function worksheetInternals(sheet: ExcelJS.Worksheet): WorksheetInternals {
  return sheet as unknown as WorksheetInternals;
}
