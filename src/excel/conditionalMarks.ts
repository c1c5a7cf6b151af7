import type { CellArea, CellMark, Severity } from '../domain';
import { formatArea, parseArea } from '../domain';

/**
 * `Worksheet.getRanges` fails on long address lists (reported from about 8,000 characters and 500 areas,
 * office-js#5198), so the cells of one severity are joined into runs down a column and cut into address
 * lists well below that.
 */
export const ADDRESS_LIST_CHARS = 2000;
export const AREAS_PER_LIST = 200;

/**
 * The cells of each severity as area lists for `getRanges`, consecutive rows of a column joined. The caller
 * joins each list with the host's list separator (see listSeparator.ts).
 * @example markAddressLists([{ cell: 'E60', severity: 'warning' }, { cell: 'E61', severity: 'warning' }])
 *   → [{ severity: 'warning', areas: ['E60:E61'] }]
 */
export function markAddressLists(
  marks: ReadonlyArray<Pick<CellMark, 'cell' | 'severity'>>,
): Array<{ severity: Severity; areas: string[] }> {
  const lists: Array<{ severity: Severity; areas: string[] }> = [];
  for (const severity of ['error', 'warning', 'info'] as const) {
    const areas = runs(marks.filter((m) => m.severity === severity).map((m) => m.cell));
    let current: string[] = [];
    let length = 0;
    for (const area of areas) {
      if (
        current.length > 0 &&
        (current.length >= AREAS_PER_LIST || length + area.length + 1 > ADDRESS_LIST_CHARS)
      ) {
        lists.push({ severity, areas: current });
        current = [];
        length = 0;
      }
      current.push(area);
      length += area.length + 1;
    }
    if (current.length > 0) lists.push({ severity, areas: current });
  }
  return lists;
}

/** Cells → areas, joining consecutive rows of the same column: E60, E61, E62 → E60:E62. */
function runs(cells: string[]): string[] {
  const sorted = cells.map(parseArea).sort((a, b) => a.left - b.left || a.top - b.top);
  const areas: CellArea[] = [];
  for (const cell of sorted) {
    const last = areas[areas.length - 1];
    if (last && last.left === cell.left && cell.top === last.bottom + 1) last.bottom = cell.top;
    else if (!last || last.left !== cell.left || cell.top > last.bottom) areas.push({ ...cell });
  }
  return areas.map(formatArea);
}

/**
 * Conditional-format ids from the highest to the lowest: an id is the format's priority, and deleting one
 * renumbers those after it, so deletes in this order never move a format still to be deleted (removeMarks).
 * @example lastFirst(['0', '2', '10']) → ['10', '2', '0']
 */
export function lastFirst(ids: readonly string[]): string[] {
  return [...ids].sort((a, b) => Number(b) - Number(a));
}
