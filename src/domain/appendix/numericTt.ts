import type { CellGrid } from '../grid';
import { cellAddress, columnLetter } from '../grid';
import type { Finding } from '../schema';
import { parseTtCached } from './parseTt';
import type { ColumnLayout, RowFacts } from './rowFacts';

/**
 * TT labels Excel turned into numbers when the table was pasted: "1.10" typed or pasted where the decimal
 * separator is a dot becomes the number 1.1, and the sheet shows "1.1" twice (session 22 probe: a numbering
 * duplicate error, its cause unsaid). A TT cell holding a fractional number that, with its trailing zero
 * back, is the number right after the last label of its level under the same parent ("1.9" then 1.1 →
 * "1.10") is read as meant, and a warning at the cell says what the sheet shows and how to keep it as text.
 * Rows are changed in place; the findings are returned.
 */
export function restoreNumericTt(grid: CellGrid, layout: ColumnLayout, rows: RowFacts[]): Finding[] {
  const column = layout.ttDetail ?? layout.fields.tt;
  if (column === undefined || !holdsFraction(grid, column)) return [];
  const findings: Finding[] = [];
  // The last label seen at each depth ("1.9" at index 2), cut below a label of a shallower depth. An array,
  // not a Map: no iterator on every row of the read's hot path.
  const last: Array<readonly string[]> = [];
  rows.forEach((facts, i) => {
    const tt = facts.tt;
    // A new section restarts the numbering under it.
    if (tt.kind === 'roman' || tt.kind === 'roman-sub' || tt.kind === 'letter') last.length = 0;
    if (tt.kind !== 'number') return;
    const value = grid.values[facts.rowNumber - grid.top]?.[column - grid.left];
    const before = last[tt.parts.length];
    const meant =
      typeof value === 'number' && !Number.isInteger(value) && before
        ? restored(tt.parts, before)
        : undefined;
    const parts = meant ? [...tt.parts.slice(0, -1), meant] : tt.parts;
    last.length = parts.length + 1;
    last[parts.length] = parts;
    if (!meant) return;
    const label = parts.join('.');
    const cell = facts.cells.tt;
    rows[i] = {
      ...facts,
      tt: parseTtCached(label),
      ...(cell && !facts.serial ? { cells: { ...facts.cells, tt: { ...cell, text: label } } } : {}),
    };
    findings.push({
      code: 'tt-stored-as-number',
      severity: 'warning',
      rowNumber: facts.rowNumber,
      column: columnLetter(column),
      cell: cellAddress(facts.rowNumber, column),
      data: { shown: tt.label, meant: label },
    });
  });
  return findings;
}

/** The last part with its trailing zero back, when that makes it the number after the one before. */
function restored(parts: readonly string[], before: readonly string[]): string | undefined {
  if (parts.length !== before.length || parts.slice(0, -1).join('.') !== before.slice(0, -1).join('.'))
    return undefined;
  const own = `${parts.at(-1) ?? ''}0`;
  return Number(own) === Number(before.at(-1)) + 1 ? own : undefined;
}

/** Some cell of the column holds a fractional number: most sheets have none, and are not walked again. */
function holdsFraction(grid: CellGrid, column: number): boolean {
  const index = column - grid.left;
  for (const row of grid.values) {
    const value = row[index];
    if (typeof value === 'number' && !Number.isInteger(value)) return true;
  }
  return false;
}
