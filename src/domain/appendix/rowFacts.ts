import type { CellGrid } from '../grid';
import { cellAddress, lastColumn } from '../grid';
import type { MergeLookup } from '../mergeLookup';
import type { Field } from '../schema';
import { isBlank } from '../text';
import type { ParsedTt } from './parseTt';
import { parseTt } from './parseTt';

/** One field's value on one row, with where it came from. */
export interface FieldCell {
  /** The cell text exactly as written. */
  text: string;
  /** Address of the cell holding the text (a merged area's top-left cell). */
  cell: string;
  /** Row of that cell. */
  sourceRow: number;
  /** The text comes from a vertically merged area that starts on an earlier row. */
  inherited: boolean;
  /** The cell is part of an area merged over several rows (the top row included). */
  mergedRows: boolean;
}

/** Fields that carry a task's data; a title-only row has none of its own. */
export const DATA_FIELDS: readonly Field[] = ['lead', 'partners', 'time', 'basis', 'funding', 'product'];

export interface RowFacts {
  rowNumber: number;
  /** Non-empty field values of the row. A value merged across columns belongs to its first column only. */
  cells: Partial<Record<Field, FieldCell>>;
  /** Non-empty values of unrecognised columns, by column number. */
  extra: Map<number, FieldCell>;
  tt: ParsedTt;
  /** Row where the TT or task cell's vertical merge starts, when it starts above this row. */
  mergedFromRow?: number;
  /** Number of data fields holding the row's own (not inherited) values. */
  ownData: number;
  /** Number of data fields holding any value, inherited ones included. */
  anyData: number;
  /** No cell of the row holds a value of its own. */
  blank: boolean;
}

export interface ColumnLayout {
  fields: Partial<Record<Field, number>>;
  extraColumns: number[];
}

/** Reads every field of one row, resolving merged areas. */
export function readRowFacts(
  grid: CellGrid,
  merges: MergeLookup,
  layout: ColumnLayout,
  rowNumber: number,
): RowFacts {
  const cells: Partial<Record<Field, FieldCell>> = {};
  for (const [field, column] of Object.entries(layout.fields) as Array<[Field, number]>) {
    const value = fieldCell(merges, rowNumber, column);
    if (value) cells[field] = value;
  }
  const extra = new Map<number, FieldCell>();
  for (const column of layout.extraColumns) {
    const value = fieldCell(merges, rowNumber, column);
    if (value) extra.set(column, value);
  }
  const tt = readTt(cells, layout);
  const mergedFromRow = [cells.tt, cells.task].find((c) => c?.inherited)?.sourceRow;
  let ownData = 0;
  let anyData = 0;
  for (const field of DATA_FIELDS) {
    const value = cells[field];
    if (!value) continue;
    anyData++;
    if (!value.inherited) ownData++;
  }
  return {
    rowNumber,
    cells,
    extra,
    tt,
    ...(mergedFromRow !== undefined ? { mergedFromRow } : {}),
    ownData,
    anyData,
    blank: isRowBlank(grid, merges, rowNumber),
  };
}

/**
 * The cell's text if it belongs to this column: its own, or inherited from a vertical merge above.
 * A cell covered by a merge whose first column is another column belongs to that column (a section title
 * merged across B:F is not a lead agency).
 */
function fieldCell(merges: MergeLookup, rowNumber: number, column: number): FieldCell | undefined {
  const source = merges.source(rowNumber, column);
  if (source.column !== column || isBlank(source.text)) return undefined;
  const mergedRows = source.area !== undefined && source.area.bottom > source.area.top;
  return {
    text: source.text,
    cell: source.cell,
    sourceRow: source.rowNumber,
    inherited: source.rowNumber !== rowNumber,
    mergedRows,
  };
}

/**
 * The row's TT. Without a TT column, a label at the start of the task text ("1. Tổ chức …") is the TT.
 * An inherited TT (merged down from a row above) is not this row's own number.
 */
function readTt(cells: Partial<Record<Field, FieldCell>>, layout: ColumnLayout): ParsedTt {
  if (layout.fields.tt !== undefined) {
    const tt = cells.tt;
    return tt && !tt.inherited ? parseTt(tt.text) : parseTt('');
  }
  const task = cells.task;
  if (!task || task.inherited) return parseTt('');
  const fromTask = parseTt(task.text);
  return fromTask.rest !== '' && fromTask.kind !== 'text' ? fromTask : parseTt('');
}

function isRowBlank(grid: CellGrid, merges: MergeLookup, rowNumber: number): boolean {
  for (let column = grid.left; column <= lastColumn(grid); column++) {
    const source = merges.source(rowNumber, column);
    if (!source.inherited && !isBlank(source.text)) return false;
  }
  return true;
}

/** The address of a field's cell on a given row (whether or not it holds a value). */
export function fieldAddress(layout: ColumnLayout, field: Field, rowNumber: number): string | undefined {
  const column = layout.fields[field];
  return column === undefined ? undefined : cellAddress(rowNumber, column);
}
