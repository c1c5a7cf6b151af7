import type { Field } from '../schema';
import { composed } from '../text';
import type { RuleInput } from './types';

/** One non-empty cell of a field; an area merged over several tasks is checked, and reported, once. */
export interface FieldCell {
  rowNumber: number;
  column: string;
  cell: string;
  /** The cell's text in NFC (see `composed`): what the checks read. */
  text: string;
  /** The cell's text as written (decomposed, stray spaces and all). */
  raw: string;
  /** Index of the (first) task the cell belongs to, into appendix.tasks and analyses. */
  taskIndex: number;
}

// Many rules read the same columns; the cells are listed once per validation run (keyed by its input).
const cache = new WeakMap<RuleInput, Map<Field, FieldCell[]>>();

export function fieldCells(input: RuleInput, field: Field): FieldCell[] {
  let byField = cache.get(input);
  if (!byField) {
    byField = new Map();
    cache.set(input, byField);
  }
  let cells = byField.get(field);
  if (!cells) {
    cells = listFieldCells(input, field);
    byField.set(field, cells);
  }
  return cells;
}

const NOT_BLANK = /\S/u;

function listFieldCells({ appendix }: RuleInput, field: Field): FieldCell[] {
  const column = appendix.columns[field];
  if (column === undefined) return [];
  const seen = new Set<string>();
  const cells: FieldCell[] = [];
  appendix.tasks.forEach((task, taskIndex) => {
    const raw = task[field] ?? '';
    if (!NOT_BLANK.test(raw)) return;
    const merged = task.mergedFrom[field];
    if (merged !== undefined && seen.has(merged)) return;
    if (merged !== undefined) seen.add(merged);
    const rowNumber = merged === undefined ? task.rows[0] : Number(merged.slice(column.length));
    cells.push({
      rowNumber,
      column,
      cell: merged ?? `${column}${rowNumber}`,
      text: composed(raw),
      raw,
      taskIndex,
    });
  });
  return cells;
}

/** The location part of a finding at a field cell. */
export function atCell(cell: FieldCell): { rowNumber: number; column: string; cell: string } {
  return { rowNumber: cell.rowNumber, column: cell.column, cell: cell.cell };
}
