import type { CellGrid } from '../grid';
import { readDateCell } from '../agencies';
import { parseTimeframe } from '../timeframe';
import type { ColumnLayout, RowFacts } from './rowFacts';

// Serials of 1/1/2000 and 31/12/2099: a number outside them in the time column is no date (a year, days).
const FIRST_SERIAL = 36_526;
const LAST_SERIAL = 73_050;

/**
 * Time cells that hold a real date (an Excel serial) shown in a format the time check cannot read as the
 * officer means it: "6/30/2026" (month first, as an English-set Excel shows 30 June) was an impossible month
 * 30, "Dec-26" an unread time (session 22 probe). Such a cell is read from its date, written the Vietnamese
 * way: "30/06/2026", or "12/2026" when its format shows no day. A cell whose text already reads as that date
 * stays as written. Rows are changed in place.
 */
export function readDateTimes(grid: CellGrid, layout: ColumnLayout, rows: RowFacts[]): void {
  const column = layout.fields.time;
  if (column === undefined || layout.timePeriods) return;
  for (let i = 0; i < rows.length; i++) {
    const facts = rows[i] as RowFacts;
    const cell = facts.cells.time;
    if (!cell) continue;
    const value = grid.values[cell.sourceRow - grid.top]?.[column - grid.left];
    if (typeof value !== 'number' || value < FIRST_SERIAL || value > LAST_SERIAL) continue;
    const date = readDateCell(value);
    const iso = date.ok ? date.iso : undefined;
    if (!iso) continue;
    const [year, month, day] = iso.split('-') as [string, string, string];
    const full = `${day}/${month}/${year}`;
    if (readsAs(cell.text, iso)) continue;
    // The day shown as a number of its own: "6/30/2026", "30-Jun-26"; else a month's format ("Dec-26").
    const showsDay = (cell.text.match(/\d+/gu) ?? []).some((n) => Number(n) === Number(day) && n.length <= 2);
    const text = showsDay ? full : `${month}/${year}`;
    rows[i] = { ...facts, cells: { ...facts.cells, time: { ...cell, text } } };
  }
}

/** The text already reads as that date (a Vietnamese-set Excel shows "30/06/2026"). */
function readsAs(text: string, iso: string): boolean {
  return parseTimeframe(text).parts.some((part) => part.kind === 'date' && part.iso === iso);
}
