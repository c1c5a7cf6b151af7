import type { CellGrid } from '../grid';
import { lastRow } from '../grid';
import type { MergeLookup } from '../mergeLookup';
import { foldKey, isBlank } from '../text';
import type { Field } from '../schema';
import type { HeaderMatch } from '../table';
import { parseTtCached } from './parseTt';

// Titles of a second numbering column seen in real appendices ("Stt" over "TT" | "Chi tiết").
const DETAIL_TITLES = new Set(['chi tiet', 'muc', 'tieu muc', 'tt chi tiet', 'so hieu']);
// Share of the column's values that must be bare labels (1, 2, a), b), I, -): it numbers, it says nothing.
const MIN_LABEL_SHARE = 0.9;
const MIN_LABELS = 3;

/**
 * The detail numbering column of a sheet that numbers tasks twice: beside TT, under the same merged title
 * (or untitled, or titled "Chi tiết"), holding only bare labels. Hà Nội's 277/KH-UBND (2026) numbers its 33
 * tasks 1–33 in column A and its groups 1–12 with their items a), b) … in column B: B carries the structure.
 * @example detailTtColumn(grid, merges, header) === 2 // for that sheet
 */
export function detailTtColumn(
  grid: CellGrid,
  merges: MergeLookup,
  header: HeaderMatch<Field>,
): number | undefined {
  const tt = header.fields.tt;
  if (tt === undefined) return undefined;
  const column = tt + 1;
  if (Object.values(header.fields).includes(column) || !titledAsDetail(merges, header, tt, column))
    return undefined;
  let values = 0;
  let labels = 0;
  for (let rowNumber = header.lastRow + 1; rowNumber <= lastRow(grid); rowNumber++) {
    const source = merges.source(rowNumber, column);
    if (source.inherited || source.column !== column || isBlank(source.text)) continue;
    values++;
    const parsed = parseTtCached(source.text);
    if (parsed.kind !== 'text' && parsed.kind !== 'empty' && parsed.rest === '') labels++;
  }
  return labels >= MIN_LABELS && labels >= values * MIN_LABEL_SHARE ? column : undefined;
}

/** The column's header is the TT title merged over both, blank, or a detail title. */
function titledAsDetail(
  merges: MergeLookup,
  header: HeaderMatch<Field>,
  tt: number,
  column: number,
): boolean {
  for (let rowNumber = header.rowNumber; rowNumber <= header.lastRow; rowNumber++) {
    const area = merges.areaAt(rowNumber, column);
    if (area && area.left <= tt && area.right >= column && area.top === rowNumber) return true;
    const source = merges.source(rowNumber, column);
    if (source.column !== column) continue;
    const title = foldKey(source.text);
    if (title !== '' && !DETAIL_TITLES.has(title)) return false;
  }
  return true;
}
