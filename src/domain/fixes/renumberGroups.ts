import type { CellGrid } from '../grid';
import { columnNumber } from '../grid';
import type { NumberedEntry } from '../rules/structure/numberedEntries';
import { listNumberedEntries, romanBracket, siblingGroups } from '../rules/structure/numberedEntries';
import type { Appendix, Finding } from '../schema';
import { romanNumeral, VIETNAMESE_LETTERS } from '../text';
import type { CellChange } from './cellChange';

/** One numbering set right: the siblings under one heading, numbered on from the first. */
export interface Renumbering {
  /** The heading the siblings sit under ("II", "II.I"), or '' at the top of the table. */
  under: string;
  changes: CellChange[];
}

const NUMBERING = new Set(['numbering-duplicate', 'numbering-gap', 'numbering-order']);

/** The n-th number in the style of an entry's last part: "7", "VIII", "Đ", "đ", "(3)". */
function render(entry: NumberedEntry, n: number): string | undefined {
  const last = entry.tt.parts.at(-1) ?? '';
  if (entry.tt.kind === 'bracketed') {
    const inner = /^\d+$/u.test(last)
      ? String(n)
      : romanBracket(entry.tt)
        ? romanNumeral(n).toLowerCase()
        : VIETNAMESE_LETTERS[n - 1]?.toLocaleLowerCase('vi');
    return inner === undefined ? undefined : `(${inner})`;
  }
  if (/^\d+$/u.test(last)) return String(n);
  if (entry.tt.kind === 'letter') return VIETNAMESE_LETTERS[n - 1];
  if (entry.tt.kind === 'sub-letter') return VIETNAMESE_LETTERS[n - 1]?.toLocaleLowerCase('vi');
  if (/^[IVX]+$/u.test(last) && n < 40) return romanNumeral(n);
  return undefined;
}

/**
 * "Đánh số lại": for each group of siblings the numbering rules found a duplicate, a gap or a step back
 * in, the numbers they would have if numbered on from the first (1, 2, 3 …; I, II, III …; a, b, c …), as
 * changes of the TT cells to preview. A group whose numbers another entry's refer to ("5" with items
 * "5.1", "5.2") is left alone: renumbering it would cut them off. Offered one group at a time, never in the
 * bulk fixes: which number is the slip is the officer's call.
 * @example renumberings(appendix, grid, findings)[0] // { under: '', changes: [A116: VII → VIII, A121: VIII → IX] }
 */
export function renumberings(
  appendix: Appendix,
  grid: CellGrid,
  findings: readonly Finding[],
): Renumbering[] {
  const rows = new Set(findings.filter((f) => NUMBERING.has(f.code) && !f.sheet).map((f) => f.rowNumber));
  if (rows.size === 0) return [];
  const column = appendix.ttDetailColumn ?? appendix.columns.tt;
  if (column === undefined) return [];
  const entries = listNumberedEntries(appendix);
  const labels = entries.map((entry) => entry.tt.label);
  const headings = new Map(appendix.sections.map((s) => [s.row, s.tt]));
  return siblingGroups(entries).flatMap((group) => {
    const first = group[0];
    if (!first || !group.some((entry) => rows.has(entry.row)) || Number.isNaN(first.value)) return [];
    const changes: CellChange[] = [];
    for (const [i, entry] of group.entries()) {
      const label = render(entry, first.value + i);
      if (label === undefined) return [];
      const parts = [...entry.tt.parts.slice(0, -1), label].join('.');
      if (parts === entry.tt.label) continue;
      // Items numbered under this one ("5.1" under "5") would no longer match it.
      if (labels.some((other) => other.startsWith(`${entry.tt.label}.`))) return [];
      const change = ttChange(grid, appendix.sheet, column, entry, parts);
      if (!change) return [];
      changes.push(change);
    }
    if (changes.length === 0) return [];
    return [{ under: first.parentRow === null ? '' : (headings.get(first.parentRow) ?? ''), changes }];
  });
}

function ttChange(
  grid: CellGrid,
  sheet: string,
  column: string,
  entry: NumberedEntry,
  label: string,
): CellChange | undefined {
  const value = grid.values[entry.row - grid.top]?.[columnNumber(column) - grid.left];
  if (typeof value === 'number') {
    if (!/^\d+$/u.test(label)) return undefined;
    return {
      sheet,
      cell: `${column}${entry.row}`,
      rowNumber: entry.row,
      column,
      before: String(value),
      after: label,
      codes: [],
    };
  }
  if (typeof value !== 'string') return undefined;
  const at = value.indexOf(entry.tt.label);
  if (at < 0 || value.slice(0, at).trim() !== '') return undefined;
  const after = value.slice(0, at) + label + value.slice(at + entry.tt.label.length);
  return {
    sheet,
    cell: `${column}${entry.row}`,
    rowNumber: entry.row,
    column,
    before: value,
    after,
    codes: [],
  };
}
