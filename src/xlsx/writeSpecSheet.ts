import type ExcelJS from 'exceljs';
import type { SheetSpec, SpecCell } from '../domain';
import { sheetReference } from '../domain';
import { mergeOwnArea } from './worksheetInternals';

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };

/**
 * Draws a sheet spec (the result sheet, the settings sheet) as the Office.js renderer does inside Excel
 * (src/excel/writeSheet.ts): title lines merged across the table (the first bold), a bold shaded header
 * frozen below them, then the rows, wrapped and top-aligned. Strings are written as strings, so a message
 * starting with "=" stays text; links to cells are HYPERLINK formulas (see `cellLink`).
 * @example writeSpecSheet(workbook, resultSheetSpec(…), 'Kết quả kiểm tra')
 */
export function writeSpecSheet(workbook: ExcelJS.Workbook, spec: SheetSpec, name: string): ExcelJS.Worksheet {
  const width = Math.max(1, spec.header.length);
  const headerRow = spec.title.length + 1;
  const sheet = workbook.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow }],
    ...(spec.hidden ? { state: 'hidden' as const } : {}),
  });
  spec.widths.forEach((chars, i) => (sheet.getColumn(i + 1).width = chars));
  spec.title.forEach((line, i) => {
    if (width > 1) mergeOwnArea(sheet, i + 1, 1, i + 1, width);
    const cell = sheet.getCell(i + 1, 1);
    cell.value = line;
    cell.font = { bold: i === 0 };
  });
  spec.header.forEach((title, i) => {
    const cell = sheet.getCell(headerRow, i + 1);
    cell.value = title;
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
  });
  spec.rows.forEach((row, r) => {
    row.slice(0, width).forEach((value, c) => {
      const cell = sheet.getCell(headerRow + 1 + r, c + 1);
      cell.value = cellValue(value);
      cell.alignment = { wrapText: true, vertical: 'top' };
      if (typeof value === 'object') cell.font = { underline: true, color: { argb: 'FF0563C1' } };
    });
  });
  return sheet;
}

function cellValue(cell: SpecCell): ExcelJS.CellValue {
  return typeof cell === 'object' ? cellLink(cell.text, cell.link.sheet, cell.link.cell) : cell;
}

/**
 * A link to a cell of the same workbook, as a HYPERLINK formula: ExcelJS 4.4 writes an in-workbook
 * hyperlink as an external one, which Excel opens as a broken address (exceljs/exceljs#3027; the agency
 * sheets do the same, src/xlsx/writeListSheet.ts). The formula is ours; the texts in it are quoted, never
 * evaluated, and its cached result is the text, so readers that do not calculate still show it.
 * @example cellLink('E110', 'Phụ lục 1', 'E110').formula === 'HYPERLINK("#\'Phụ lục 1\'!E110","E110")'
 */
export function cellLink(text: string, sheet: string, cell: string): ExcelJS.CellFormulaValue {
  const quote = (s: string) => `"${s.replace(/"/gu, '""')}"`;
  return { formula: `HYPERLINK(${quote(`#${sheetReference(sheet, cell)}`)},${quote(text)})`, result: text };
}

/** The sheet and cell an in-workbook HYPERLINK formula points at, or undefined for any other value. */
export function cellLinkTarget(value: ExcelJS.CellValue): { sheet: string; cell: string } | undefined {
  if (value === null || typeof value !== 'object' || !('formula' in value)) return undefined;
  const match = /^HYPERLINK\("#'((?:[^']|'')+)'!([A-Z]+[0-9]+)"/u.exec(value.formula ?? '');
  if (!match?.[1] || !match[2]) return undefined;
  return { sheet: match[1].replace(/''/gu, "'"), cell: match[2] };
}
