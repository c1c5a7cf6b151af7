import { foldKey } from '../text';

/** A column of a field written as one column per value, as the report gives it. */
export interface ValueColumnEntry {
  column: string;
  title: string;
  /** The unit of the column's amounts ("triệu đồng"), when its parent names one. */
  unit?: string;
}

/**
 * The cells a typed value writes in a field written as one column per value, item by item: "2026, 2027" an
 * "x" under each year so titled, "NSTW: 500 triệu đồng; Ngân sách tỉnh: 200" each amount under its source
 * (the column's unit left out). Undefined when an item names no column: the text is then written as typed.
 * @example valueCells([{ column: 'E', title: '2026' }, { column: 'F', title: '2027' }], '2027') // [{ column: 'F', text: 'x' }]
 */
export function valueCells(
  columns: readonly ValueColumnEntry[],
  typed: string,
): Array<{ column: string; text: string }> | undefined {
  const byTitle = new Map(columns.map((c) => [foldKey(c.title), c]));
  const items = typed
    .split(/;|,(?!\d)/u)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  const cells: Array<{ column: string; text: string }> = [];
  for (const item of items) {
    const colon = item.indexOf(':');
    const entry = byTitle.get(foldKey(colon < 0 ? item : item.slice(0, colon)));
    if (!entry) return undefined;
    const value = colon < 0 ? 'x' : withoutUnit(item.slice(colon + 1).trim(), entry.unit);
    if (value === '' || cells.some((c) => c.column === entry.column)) continue;
    cells.push({ column: entry.column, text: value });
  }
  return cells.length > 0 ? cells : undefined;
}

function withoutUnit(value: string, unit: string | undefined): string {
  if (!unit || !value.toLocaleLowerCase('vi').endsWith(unit)) return value;
  return value.slice(0, value.length - unit.length).trim();
}
