import type ExcelJS from 'exceljs';

/** Sheet names as Excel compares them: ignoring case, and here also Unicode form and surrounding spaces. */
export function looseSheetName(name: string): string {
  return name.normalize('NFC').trim().toLocaleLowerCase('vi');
}

/** The worksheet of that name: the exact name first, then the loose comparison. */
export function findWorksheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  return (
    workbook.worksheets.find((ws) => ws.name === name) ??
    workbook.worksheets.find((ws) => looseSheetName(ws.name) === looseSheetName(name))
  );
}
