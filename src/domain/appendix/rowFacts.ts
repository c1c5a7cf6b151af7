import type { CellGrid } from '../grid';
import type { MergeLookup } from '../mergeLookup';
import type { Field } from '../schema';
import { FIELDS } from '../schema';
import type { ValueCell, ValueColumn } from '../table';
import { isAmount } from '../table';
import { fundingText } from './fundingSources';
import { isBlank } from '../text';
import type { ParsedTt } from './parseTt';
import { parseTtCached } from './parseTt';
import { periodTime } from './periodTime';

/** One field's value on one row, with where it came from. */
export interface FieldCell {
  /** The cell text exactly as written. */
  text: string;
  /** Row of the cell holding the text (a merged area's top row). */
  sourceRow: number;
  /** The text comes from a vertically merged area that starts on an earlier row. */
  inherited: boolean;
  /** The cell is part of an area merged over several rows (the top row included). */
  mergedRows: boolean;
  /** The text is composed from value columns whose cells all hold amounts (a total row's sums by source). */
  amounts?: true;
}

export interface RowFacts {
  rowNumber: number;
  /**
   * Field values of the row (undefined when empty; iterate with presentCells). A value merged across
   * columns belongs to its first column only.
   */
  cells: Partial<Record<Field, FieldCell>>;
  /** Non-empty values of unrecognised columns, by column number (shared empty map when there are none). */
  extra: ReadonlyMap<number, FieldCell>;
  /** The row's place in the structure: the detail label when the sheet numbers twice, else the TT. */
  tt: ParsedTt;
  /** The running number of a sheet that numbers twice (the TT cell's own text), when the row has one. */
  serial: string | undefined;
  /** The TT was read from the start of the task text (the sheet has no TT column). */
  ttFromTask: boolean;
  /** Row where the TT or task cell's vertical merge starts, when it starts above this row. */
  mergedFromRow: number | undefined;
  /** Number of data fields (lead, partners, time, basis, funding, product) holding the row's own values. */
  ownData: number;
  /** Number of data fields holding any value, inherited ones included. */
  anyData: number;
  /** No cell of the row holds a value of its own. */
  blank: boolean;
  /** The task text is merged across the lead column (a title or a note over the whole table, no task). */
  taskAcross: boolean;
}

export interface ColumnLayout {
  fields: Partial<Record<Field, number>>;
  extraColumns: number[];
  /** The detail numbering column beside TT (see detailTtColumn), when the sheet numbers tasks twice. */
  ttDetail?: number;
  /** The time written as one column per period, a mark under each of the task's (see withValueColumns). */
  timePeriods?: readonly ValueColumn[];
  /** The funding written as one column per source, an amount under each of the task's (withValueColumns). */
  fundingSources?: readonly ValueColumn[];
}

/** The row's non-empty field values, in field order. */
export function presentCells(facts: RowFacts): Array<[Field, FieldCell]> {
  const present: Array<[Field, FieldCell]> = [];
  for (const field of FIELDS) {
    const cell = facts.cells[field];
    if (cell) present.push([field, cell]);
  }
  return present;
}

/** Reads every field of one row, resolving merged areas. */
export function readRowFacts(
  grid: CellGrid,
  merges: MergeLookup,
  layout: ColumnLayout,
  rowNumber: number,
): RowFacts {
  // Static keys (not cells[field] = …): one object shape and no keyed stores on the parser's hot path.
  const f = layout.fields;
  const cells: Partial<Record<Field, FieldCell>> = {
    tt: fieldCell(merges, rowNumber, f.tt),
    task: fieldCell(merges, rowNumber, f.task),
    lead: fieldCell(merges, rowNumber, f.lead),
    partners: fieldCell(merges, rowNumber, f.partners),
    time: layout.timePeriods
      ? valuesCell(merges, rowNumber, layout.timePeriods, periodTime)
      : fieldCell(merges, rowNumber, f.time),
    basis: fieldCell(merges, rowNumber, f.basis),
    funding: layout.fundingSources
      ? valuesCell(merges, rowNumber, layout.fundingSources, fundingText)
      : fieldCell(merges, rowNumber, f.funding),
    product: fieldCell(merges, rowNumber, f.product),
    note: fieldCell(merges, rowNumber, f.note),
  };
  // A delegations table's own fields, only on such a table: a task row's object stays small.
  if (
    f.destination !== undefined ||
    f.area !== undefined ||
    f.members !== undefined ||
    f.people !== undefined ||
    f.days !== undefined
  )
    Object.assign(cells, {
      destination: fieldCell(merges, rowNumber, f.destination),
      area: fieldCell(merges, rowNumber, f.area),
      members: fieldCell(merges, rowNumber, f.members),
      people: fieldCell(merges, rowNumber, f.people),
      days: fieldCell(merges, rowNumber, f.days),
    });
  let extra: Map<number, FieldCell> | undefined;
  for (const column of layout.extraColumns) {
    const value = fieldCell(merges, rowNumber, column);
    if (value) (extra ??= new Map()).set(column, value);
  }
  const detail = fieldCell(merges, rowNumber, layout.ttDetail);
  const ownDetail = detail && !detail.inherited ? detail : undefined;
  const label = layout.fields.tt === undefined ? leftLabel(cells, layout) : undefined;
  // The label is the row's number, not a value of the column it sits in.
  if (label) cells[label.field] = undefined;
  const tt = ownDetail
    ? parseTtCached(ownDetail.text)
    : label
      ? parseTtCached(label.text)
      : readTt(cells, layout);
  const serial = ownDetail && cells.tt && !cells.tt.inherited ? cells.tt.text : undefined;
  const mergedFrom = cells.tt?.inherited ? cells.tt : cells.task?.inherited ? cells.task : undefined;
  const ownData =
    own(cells.lead) +
    own(cells.partners) +
    own(cells.time) +
    own(cells.basis) +
    own(cells.funding) +
    own(cells.product);
  const anyData =
    any(cells.lead) +
    any(cells.partners) +
    any(cells.time) +
    any(cells.basis) +
    any(cells.funding) +
    any(cells.product);
  return {
    rowNumber,
    cells,
    extra: extra ?? NO_EXTRA,
    tt,
    serial,
    ttFromTask: layout.fields.tt === undefined && tt.kind !== 'empty',
    mergedFromRow: mergedFrom?.sourceRow,
    ownData,
    anyData,
    // A field's own value is a value of the row's own: no need to look at every cell again.
    blank: ownData === 0 && !isOwn(cells.tt) && !isOwn(cells.task) && isRowBlank(grid, merges, rowNumber),
    taskAcross: isAcross(merges, rowNumber, f.task, f.lead),
  };
}

/**
 * The cell's text if it belongs to this column: its own, or inherited from a vertical merge above.
 * A cell covered by a merge whose first column is another column belongs to that column.
 */
function fieldCell(
  merges: MergeLookup,
  rowNumber: number,
  column: number | undefined,
): FieldCell | undefined {
  if (column === undefined) return undefined;
  const area = merges.areaAt(rowNumber, column);
  const text = merges.columnText(rowNumber, column, area);
  if (isBlank(text)) return undefined;
  const sourceRow = area ? area.top : rowNumber;
  return {
    text,
    sourceRow,
    inherited: sourceRow !== rowNumber,
    mergedRows: area !== undefined && area.bottom > area.top,
  };
}

/**
 * The value a field written as one column per value gives the row (a timetable's marks, a funding
 * table's amounts per source), composed from its filled columns in column order, values merged down from
 * above included; inherited when none of them is the row's own.
 */
function valuesCell(
  merges: MergeLookup,
  rowNumber: number,
  columns: readonly ValueColumn[],
  compose: (cells: readonly ValueCell[]) => string,
): FieldCell | undefined {
  const cells: ValueCell[] = [];
  let sourceRow = rowNumber;
  let ownValue = false;
  // Shared with the rows around only when every value is a merged one.
  let mergedRows = true;
  for (const column of columns) {
    const cell = fieldCell(merges, rowNumber, column.column);
    if (!cell) continue;
    cells.push({ column, text: cell.text });
    ownValue ||= !cell.inherited;
    mergedRows &&= cell.mergedRows;
    sourceRow = Math.min(sourceRow, cell.sourceRow);
  }
  const text = cells.length === 0 ? '' : compose(cells);
  if (text === '') return undefined;
  const source = ownValue ? rowNumber : sourceRow;
  const amounts = cells.every((cell) => isAmount(cell.text));
  return { text, sourceRow: source, inherited: !ownValue, mergedRows, ...(amounts ? { amounts } : {}) };
}

const NO_EXTRA: ReadonlyMap<number, FieldCell> = new Map();

function own(cell: FieldCell | undefined): number {
  return isOwn(cell) ? 1 : 0;
}

/** The cell holds a value of the row's own, not one merged down from a row above. */
export function isOwn(cell: FieldCell | undefined): boolean {
  return cell !== undefined && !cell.inherited;
}

function any(cell: FieldCell | undefined): number {
  return cell ? 1 : 0;
}

/**
 * The row's TT. Without a TT column, a label at the start of the task text ("1. Tổ chức …") is the TT.
 * An inherited TT (merged down from a row above) is not this row's own number.
 */
function readTt(cells: Partial<Record<Field, FieldCell>>, layout: ColumnLayout): ParsedTt {
  if (layout.fields.tt !== undefined) {
    const tt = cells.tt;
    return tt && !tt.inherited ? parseTtCached(tt.text) : parseTtCached('');
  }
  const task = cells.task;
  if (!task || task.inherited) return parseTtCached('');
  const fromTask = parseTtCached(task.text);
  return fromTask.rest !== '' && fromTask.kind !== 'text' ? fromTask : parseTtCached('');
}

function isAcross(merges: MergeLookup, rowNumber: number, task?: number, lead?: number): boolean {
  if (task === undefined || lead === undefined || lead < task) return false;
  const area = merges.areaAt(rowNumber, task);
  return area !== undefined && area.top === rowNumber && area.left === task && area.right >= lead;
}

// "I", "II", "1", "A." alone in a cell: a heading's number.
const LABEL = /^(?:[IVXLC]{1,4}|\d{1,2}|[A-ZĐ])\.?$/u;

/**
 * Without a TT column, a heading's number alone in the table's first column, the rest of the row only its
 * title: "I | GIAI ĐOẠN 1: …" and "1 | Lập nhiệm vụ quy hoạch" in a plan whose first column is the time
 * (836/QĐ-BXD 2019). A row with data of its own is a task whatever its first cell holds (a quarter "II").
 */
function leftLabel(
  cells: Partial<Record<Field, FieldCell>>,
  layout: ColumnLayout,
): { field: Field; text: string } | undefined {
  const field = leftmostField(layout);
  if (field === undefined || field === 'task') return undefined;
  const cell = cells[field];
  if (!cell || cell.inherited || !cells.task || !LABEL.test(cell.text.trim())) return undefined;
  for (const other of DATA_FIELDS)
    if (other !== field && cells[other] && !cells[other]?.inherited) return undefined;
  return { field, text: cell.text.trim() };
}

const DATA_FIELDS: readonly Field[] = ['lead', 'partners', 'time', 'basis', 'funding', 'product'];

const leftmostCache = new WeakMap<ColumnLayout, Field | undefined>();

/** The field of the table's first column. */
function leftmostField(layout: ColumnLayout): Field | undefined {
  if (leftmostCache.has(layout)) return leftmostCache.get(layout);
  let found: [Field, number] | undefined;
  for (const [field, column] of Object.entries(layout.fields) as Array<[Field, number]>)
    if (found === undefined || column < found[1]) found = [field, column];
  leftmostCache.set(layout, found?.[0]);
  return found?.[0];
}

function isRowBlank(grid: CellGrid, merges: MergeLookup, rowNumber: number): boolean {
  const texts = grid.texts[rowNumber - grid.top] ?? [];
  for (let i = 0; i < texts.length; i++) {
    if (!isBlank(texts[i] as string) && merges.ownsValue(rowNumber, grid.left + i)) return false;
  }
  return true;
}
