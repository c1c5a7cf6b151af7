import type { CellArea } from '../domain';
import { parseArea } from '../domain';

// One area of a RangeAreas address: an optional sheet name (quoted with '' escapes, or bare), "!", and an
// A1 reference that may be a cell, a range, whole rows ("1:1") or whole columns ("A:C").
const AREA =
  /\s*(?:(?:'(?:[^']|'')*'|[^'!,]+)!)?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?|\$?\d+:\$?\d+|\$?[A-Z]{1,3}:\$?[A-Z]{1,3})\s*(?:,|$)/iy;

/**
 * The merged areas of a `RangeAreas.address` such as "'Phụ lục 1'!E59:E62, 'Phụ lục 1'!B6:F6", in sheet
 * coordinates. Whole-row or whole-column merges (an officer who merged row 1 by selecting it) are bounded
 * by `extent`, the used range, so the core never walks 16,384 columns.
 * @example mergedAreas("Sheet1!B6:F6, Sheet1!E8:E10", extent) → [{top: 6, left: 2, bottom: 6, right: 6}, …]
 * @throws {RangeError} when the address is not a list of A1 areas (an Office.js contract change: a bug)
 */
export function mergedAreas(address: string, extent: CellArea): CellArea[] {
  const areas: CellArea[] = [];
  AREA.lastIndex = 0;
  while (AREA.lastIndex < address.length) {
    const start = AREA.lastIndex;
    const match = AREA.exec(address);
    if (!match || AREA.lastIndex === start) throw new RangeError(`Not a RangeAreas address: ${address}`);
    areas.push(toArea((match[1] ?? '').replace(/\$/g, ''), extent));
  }
  return areas;
}

function toArea(reference: string, extent: CellArea): CellArea {
  const rows = /^(\d+):(\d+)$/.exec(reference);
  if (rows) return { top: Number(rows[1]), left: 1, bottom: Number(rows[2]), right: extent.right };
  const columns = /^([A-Z]+):([A-Z]+)$/i.exec(reference);
  if (columns) {
    const { left, right } = parseArea(`${columns[1]}1:${columns[2]}1`);
    return { top: 1, left, bottom: extent.bottom, right };
  }
  return parseArea(reference);
}
