import { areaAfterRowsInserted, cellAddress, formatArea, parseArea } from '../../../src/domain';
import type { CellModel, SheetModel } from './model';

/** A row number after `count` rows are inserted at `at`. */
const moved = (row: number, at: number, count: number) => (row >= at ? row + count : row);

const movedAddress = (address: string, at: number, count: number) =>
  formatArea(areaAfterRowsInserted(parseArea(address), at, count));

// What a new row takes from the row above: its formatting, never its content.
const CONTENT: ReadonlyArray<keyof CellModel> = ['value', 'formula', 'text', 'quotePrefix', 'hyperlink'];

/**
 * Excel's `Range.insert(Excel.InsertShiftDirection.down)` on whole rows (learn.microsoft.com/javascript/
 * api/excel/excel.range#excel-excel-range-insert-member(1)): the rows from `at` on move down, merged areas,
 * notes, conditional formats, data validation, tables, heights and hidden rows with them (an area across the
 * insertion grows), and the new rows take the formatting of the row above.
 */
export function insertRows(sheet: SheetModel, at: number, count: number): void {
  const cells: Record<string, CellModel> = {};
  for (const [address, cell] of Object.entries(sheet.cells)) {
    const area = parseArea(address);
    cells[cellAddress(moved(area.top, at, count), area.left)] = cell;
  }
  for (const [address, cell] of Object.entries(sheet.cells)) {
    const area = parseArea(address);
    if (area.top !== at - 1) continue;
    const format = Object.fromEntries(
      Object.entries(cell).filter(([key]) => !CONTENT.includes(key as keyof CellModel)),
    );
    for (let r = at; r < at + count; r++)
      if (Object.keys(format).length > 0) cells[cellAddress(r, area.left)] = { ...format };
  }
  sheet.cells = cells;
  sheet.merges = sheet.merges.map((address) => movedAddress(address, at, count));
  sheet.notes = Object.fromEntries(
    Object.entries(sheet.notes).map(([address, note]) => [movedAddress(address, at, count), note]),
  );
  for (const format of sheet.conditionalFormats)
    format.appliesTo = format.appliesTo.map((address) => movedAddress(address, at, count));
  for (const rule of sheet.dataValidations ?? []) rule.area = movedAddress(rule.area, at, count);
  for (const table of sheet.tables ?? []) table.area = movedAddress(table.area, at, count);
  if (sheet.rowHeights)
    sheet.rowHeights = Object.fromEntries(
      Object.entries(sheet.rowHeights).map(([row, height]) => [moved(Number(row), at, count), height]),
    );
  if (sheet.hiddenRows) sheet.hiddenRows = sheet.hiddenRows.map((row) => moved(row, at, count));
}
