import type ExcelJS from 'exceljs';
import type { RowView, RowViewOutcome } from '../domain';

/**
 * Shows only some rows of a sheet by Excel's own row hiding (never by changing a value), and puts the
 * sheet back as it was. The rows the officer had hidden before are remembered per sheet, by this object,
 * for the time the workbook is open.
 * @example const rows = rowViews(); rows.show(sheet, view); rows.restore(sheet)
 */
export function rowViews() {
  const hiddenBefore = new Map<string, { firstRow: number; lastRow: number; hidden: Set<number> }>();
  const restore = (sheet: ExcelJS.Worksheet): void => {
    const earlier = hiddenBefore.get(sheet.name);
    if (!earlier) return;
    for (let rowNumber = earlier.firstRow; rowNumber <= earlier.lastRow; rowNumber++) {
      sheet.getRow(rowNumber).hidden = earlier.hidden.has(rowNumber);
    }
    hiddenBefore.delete(sheet.name);
  };
  const show = (sheet: ExcelJS.Worksheet, view: RowView): RowViewOutcome => {
    // Back to the officer's own hiding first, so the memory taken next is always theirs.
    restore(sheet);
    const { firstRow, lastRow } = view;
    hiddenBefore.set(sheet.name, { firstRow, lastRow, hidden: hiddenRows(sheet, firstRow, lastRow) });
    const visible = new Set(view.visibleRows);
    let hiddenCount = 0;
    for (let rowNumber = firstRow; rowNumber <= lastRow; rowNumber++) {
      const hide = !visible.has(rowNumber);
      sheet.getRow(rowNumber).hidden = hide;
      if (hide) hiddenCount++;
    }
    // Nobody else works in a workbook held in this page's memory. (The hiding is saved with a download, as
    // it would be by Excel: "Bỏ lọc" before downloading.)
    return { hiddenRows: hiddenCount, shared: false };
  };
  return { show, restore };
}

function hiddenRows(sheet: ExcelJS.Worksheet, firstRow: number, lastRow: number): Set<number> {
  const hidden = new Set<number>();
  for (let rowNumber = firstRow; rowNumber <= lastRow; rowNumber++) {
    if (sheet.getRow(rowNumber).hidden) hidden.add(rowNumber);
  }
  return hidden;
}
