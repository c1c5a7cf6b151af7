import type { CellGrid } from '../grid';
import { columnLetter, lastColumn, lastRow } from '../grid';
import type { MergeLookup } from '../mergeLookup';
import type { Field } from '../schema';
import { fieldForTitle } from './columnTitles';

/** How far down a header may sit (title rows above it are common). */
export const HEADER_SEARCH_ROWS = 30;

export interface HeaderMatch {
  rowNumber: number;
  /** Column number of each recognised field (the first column when two columns name the same field). */
  fields: Partial<Record<Field, number>>;
  /** Columns whose title names a field that an earlier column already took. */
  duplicates: Array<{ field: Field; column: number; usedColumn: number }>;
  /** Non-empty titles that name no known field: kept, never dropped. */
  unknown: Array<{ column: number; title: string }>;
  /** Number of distinct fields recognised: how much the row looks like an appendix header. */
  score: number;
  /** The last row of the header: the row below when titles sit under merged parents (two-row header). */
  lastRow: number;
}

/** The rows a header search looks at, for the "which rows were tried" message. */
export function headerSearchRows(grid: CellGrid): { first: number; last: number } {
  return { first: grid.top, last: Math.min(lastRow(grid), grid.top + HEADER_SEARCH_ROWS - 1) };
}

/**
 * The header row: among the first 30 rows, the one naming the most known fields, which must include the
 * task column and at least two others. Undefined when no row qualifies.
 */
export function findHeader(grid: CellGrid, merges: MergeLookup): HeaderMatch | undefined {
  const { first, last } = headerSearchRows(grid);
  let best: HeaderMatch | undefined;
  for (let rowNumber = first; rowNumber <= last; rowNumber++) {
    const match = matchHeaderRow(grid, merges, rowNumber);
    if (match.fields.task === undefined || match.score < 3) continue;
    if (!best || match.score > best.score) best = match;
  }
  return best;
}

/** Reads one row as if it were the header. */
export function matchHeaderRow(grid: CellGrid, merges: MergeLookup, rowNumber: number): HeaderMatch {
  const fields: Partial<Record<Field, number>> = {};
  const duplicates: HeaderMatch['duplicates'] = [];
  const unknown: HeaderMatch['unknown'] = [];
  for (let column = grid.left; column <= lastColumn(grid); column++) {
    const source = merges.source(rowNumber, column);
    // A title merged across columns names the first of them only.
    if (source.area && source.column !== column) continue;
    const title = source.text;
    const field = fieldForTitle(title);
    if (field === undefined) {
      if (title.trim() !== '') unknown.push({ column, title });
      continue;
    }
    const usedColumn = fields[field];
    if (usedColumn === undefined) fields[field] = column;
    else duplicates.push({ field, column, usedColumn });
  }
  return { rowNumber, fields, duplicates, unknown, score: Object.keys(fields).length, lastRow: rowNumber };
}

/**
 * A header over two rows: parents merged across columns ("Cơ quan thực hiện" over "Chủ trì" | "Phối hợp")
 * with the children's titles on the row below. The children name the fields of the columns they sit in;
 * columns whose title is merged down over both rows keep theirs.
 * @example withSubHeader(grid, merges, matchHeaderRow(grid, merges, 5)).fields // { …, lead: 3, partners: 4 }
 */
export function withSubHeader(grid: CellGrid, merges: MergeLookup, header: HeaderMatch): HeaderMatch {
  const below = header.rowNumber + 1;
  if (below > lastRow(grid)) return header;
  const children = new Map<number, Field>();
  const parents: Array<{ left: number; right: number }> = [];
  for (let column = grid.left; column <= lastColumn(grid); column++) {
    const parent = merges.areaAt(header.rowNumber, column);
    if (!parent || parent.right === parent.left || parent.bottom > header.rowNumber) continue;
    const source = merges.source(below, column);
    if (source.inherited || source.column !== column) continue;
    const field = fieldForTitle(source.text);
    if (field === undefined) continue;
    children.set(column, field);
    parents.push(parent);
  }
  if (children.size === 0 || (children.size < 2 && !spansBothRows(grid, merges, header.rowNumber)))
    return header;
  const fields: Partial<Record<Field, number>> = {};
  // The parent's own reading ("Cơ quan thực hiện" as lead) gives way to its children's.
  for (const [field, column] of Object.entries(header.fields) as Array<[Field, number]>)
    if (!parents.some((p) => column >= p.left && column <= p.right)) fields[field] = column;
  for (const [column, field] of children) fields[field] ??= column;
  const mapped = new Set(Object.values(fields));
  return {
    ...header,
    fields,
    unknown: header.unknown.filter((u) => !mapped.has(u.column)),
    score: Object.keys(fields).length,
    lastRow: below,
  };
}

/**
 * Every titled column of the header row is merged down over the row below or is a parent merged across
 * columns: the header is two rows high even when only one child title names a field ("Stt" over "TT" |
 * "Chi tiết", every other title merged down).
 */
function spansBothRows(grid: CellGrid, merges: MergeLookup, rowNumber: number): boolean {
  let titled = 0;
  for (let column = grid.left; column <= lastColumn(grid); column++) {
    const source = merges.source(rowNumber, column);
    if (source.text.trim() === '') continue;
    titled++;
    const area = merges.areaAt(rowNumber, column);
    if (!area || (area.bottom === rowNumber && area.right === area.left)) return false;
  }
  return titled >= 3;
}

/** Column letters of the recognised fields, for the report. */
export function columnLetters(fields: Partial<Record<Field, number>>): Partial<Record<Field, string>> {
  const letters: Partial<Record<Field, string>> = {};
  for (const [field, column] of Object.entries(fields) as Array<[Field, number]>)
    letters[field] = columnLetter(column);
  return letters;
}
