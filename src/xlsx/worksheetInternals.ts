import type ExcelJS from 'exceljs';

/** Worksheet fields ExcelJS 4.4 has, documents in its README, and leaves out of its typings. */
interface WorksheetInternals {
  /** Tab position: `workbook.worksheets` is sorted by it. */
  orderNo: number;
  /** The sheet's conditional formats, as read from the file or added. */
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
  /** Merged areas by their top-left address (what `mergeCells` checks every new area against). */
  _merges: Record<string, unknown>;
}

export function worksheetInternals(sheet: ExcelJS.Worksheet): WorksheetInternals {
  return sheet as unknown as WorksheetInternals;
}

/**
 * Merges an area of a sheet the add-in is drawing, whose areas never overlap: ExcelJS 4.4 checks every new
 * area against every earlier one (`_mergeCellsInternal`), which made a 50,000-row split spend 4 s comparing
 * the lists' title rows. The check is given no earlier areas to walk; the area is then filed with them.
 */
export function mergeOwnArea(
  sheet: ExcelJS.Worksheet,
  top: number,
  left: number,
  bottom: number,
  right: number,
): void {
  const internals = worksheetInternals(sheet);
  const earlier = internals._merges;
  internals._merges = {};
  try {
    sheet.mergeCells(top, left, bottom, right);
  } finally {
    internals._merges = Object.assign(earlier, internals._merges);
  }
}
