import type ExcelJS from 'exceljs';
import type { Severity } from '../domain';
import { columnLetter, MARK_FILLS, maxOf, parseArea } from '../domain';
import { cellLinkTarget, markedCells, noteText } from '../xlsx';

/** One cell as the workbench draws it; a cell covered by a merged area is not drawn at all. */
export interface ViewCell {
  address: string;
  text: string;
  colSpan: number;
  rowSpan: number;
  /** The mark of a check (its fill wins over the cell's own, as a conditional format does in Excel). */
  mark?: Severity;
  /** CSS colour of the cell's own solid fill. */
  fill?: string;
  note?: string;
  bold?: boolean;
  /** An in-workbook link (the result sheet's cells, the agency index). */
  link?: { sheet: string; cell: string };
}

export interface ViewRow {
  rowNumber: number;
  cells: ViewCell[];
}

export interface SheetModel {
  name: string;
  /** Column letters and widths in pixels, from column 1 to the last used one. */
  columns: Array<{ letter: string; width: number }>;
  /** Visible rows only (hidden rows stay hidden, as in Excel). */
  rows: ViewRow[];
  /** Rows past the drawing limit were left out. */
  truncatedAt?: number;
}

/** Enough for any appendix an officer reads on screen; past it the page would only get slow. */
export const MAX_ROWS = 3000;

/**
 * What the workbench shows of a sheet: the values as text, merged areas, the check's marks and notes,
 * the cells' own solid fills, links. Read-only: nothing here writes to the workbook.
 * @example sheetModel(workbook.getWorksheet('Phụ lục 1')).rows[0].cells[0].text === 'PHỤ LỤC 1'
 */
export function sheetModel(sheet: ExcelJS.Worksheet, mustShowRow = 0): SheetModel {
  const marks = markedCells(sheet);
  const lastColumn = Math.max(1, sheet.columnCount);
  const lastRow = Math.max(sheet.rowCount, maxOf([...marks.keys()].map((cell) => parseArea(cell).top)));
  const limit = Math.max(MAX_ROWS, mustShowRow + 50);
  const spans = mergeSpans(sheet);
  const rows: ViewRow[] = [];
  for (let rowNumber = 1; rowNumber <= Math.min(lastRow, limit); rowNumber++) {
    // find*, not get*: drawing a sheet must not add cells to the workbook.
    const row = sheet.findRow(rowNumber);
    if (row?.hidden) continue;
    const cells: ViewCell[] = [];
    for (let column = 1; column <= lastColumn; column++) {
      const span = spans.get(`${rowNumber}:${column}`);
      if (span === 'covered') continue;
      const address = `${columnLetter(column)}${rowNumber}`;
      cells.push(viewCell(address, row?.findCell(column), span, marks));
    }
    rows.push({ rowNumber, cells });
  }
  return {
    name: sheet.name,
    columns: Array.from({ length: lastColumn }, (_, i) => ({
      letter: columnLetter(i + 1),
      width: pixels(sheet.getColumn(i + 1).width),
    })),
    rows,
    ...(lastRow > limit ? { truncatedAt: limit } : {}),
  };
}

function viewCell(
  address: string,
  cell: ExcelJS.Cell | undefined,
  span: { rowSpan: number; colSpan: number } | undefined,
  marks: ReadonlyMap<string, Severity>,
): ViewCell {
  const mark = marks.get(address);
  const fill = solidFill(cell?.fill);
  const note = noteText(cell?.note);
  const link = cell ? cellLinkTarget(cell.value) : undefined;
  return {
    address,
    text: cell ? displayText(cell.value) : '',
    colSpan: span?.colSpan ?? 1,
    rowSpan: span?.rowSpan ?? 1,
    ...(mark ? { mark } : {}),
    ...(fill ? { fill } : {}),
    ...(note ? { note } : {}),
    ...(cell?.font?.bold ? { bold: true } : {}),
    ...(link ? { link } : {}),
  };
}

/** Each merged area's top-left cell with its spans, and the cells it covers. */
function mergeSpans(sheet: ExcelJS.Worksheet): Map<string, { rowSpan: number; colSpan: number } | 'covered'> {
  const spans = new Map<string, { rowSpan: number; colSpan: number } | 'covered'>();
  for (const area of sheet.model.merges.map(parseArea)) {
    for (let row = area.top; row <= area.bottom; row++) {
      for (let column = area.left; column <= area.right; column++) spans.set(`${row}:${column}`, 'covered');
    }
    spans.set(`${area.top}:${area.left}`, {
      rowSpan: area.bottom - area.top + 1,
      colSpan: area.right - area.left + 1,
    });
  }
  return spans;
}

/** Text as Excel would show it, near enough: dates dd/mm/yyyy, formulas by their result, links by text. */
export function displayText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('error' in value) return String(value.error);
  if ('formula' in value || 'sharedFormula' in value) {
    const { result } = value as ExcelJS.CellFormulaValue;
    return result === undefined ? '' : displayText(result as ExcelJS.CellValue);
  }
  if ('text' in value) return displayText(value.text as ExcelJS.CellValue);
  return '';
}

function solidFill(fill: ExcelJS.Fill | undefined): string | undefined {
  if (fill?.type !== 'pattern' || fill.pattern !== 'solid') return undefined;
  const argb = fill.fgColor?.argb;
  return argb && /^[0-9A-F]{8}$/iu.test(argb) ? `#${argb.slice(2)}` : undefined;
}

/** Excel's width unit is about one digit of the default font: ~7 px plus padding; unset is 8.43. */
function pixels(width: number | undefined): number {
  return Math.min(480, Math.round((width ?? 8.43) * 7 + 5));
}

/** The CSS colour of a mark. */
export function markFill(severity: Severity): string {
  return MARK_FILLS[severity];
}
