import type { CellGrid } from '../grid';
import { lastRow } from '../grid';
import type { MergeLookup } from '../mergeLookup';
import type { HeaderMatch } from './findTableHeader';
import type { TableKind, ValueColumnsSpec } from './tableKind';

/** One column of a field written as one column per value: its column and the value it stands for. */
export interface ValueColumn {
  column: number;
  /** The value the column stands for, as the kind names it ("Quý I" under "Năm 2026": "Quý I Năm 2026"). */
  title: string;
  /**
   * The title of the parent the column sits under ("Kinh phí (triệu đồng)"), every title above it on a header
   * of three rows, nearest first; "" on a one-row header.
   */
  parentTitle: string;
}

/** One value column's cell on a row: the column and the text the row holds in it. */
export interface ValueCell {
  column: ValueColumn;
  text: string;
}

/** A title on a two-row header's second row, under a parent merged across columns on the first. */
export interface Subtitle {
  column: number;
  title: string;
  parent: { left: number; right: number };
  parentTitle: string;
  /** The field the title names by itself ("Nguồn khác" under "Kinh phí": funding), if any. */
  field?: string;
  /** Every title above it, nearest first, on a header of three rows ("Ngân sách nhà nước\nKinh phí (triệu đồng)"). */
  ancestry?: string;
}

/**
 * A mark that says "this row takes this column's value": "x", "X", a tick, a dot. Anything longer is text.
 * @example isMark(' x ') === true; isMark('Quý II') === false
 */
export function isMark(text: string): boolean {
  return MARK.test(text.trim());
}

const MARK = /^(?:[xX×✓✔√vV+•●■*]|xx|XX)$/u;

/**
 * An amount as a cell of a money column holds it: digits with thousands separators and decimals ("12.000",
 * "1,5", "2 500"), or a dash for none.
 * @example isAmount('12.000') === true; isAmount('Ngân sách tỉnh') === false
 */
export function isAmount(text: string): boolean {
  return AMOUNT.test(text.trim());
}

const AMOUNT = /^(?:\d{1,3}(?:[.,\s]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?|[-–—])$/u;

/**
 * The header with its value columns, for each of the kind's fields written as one column per value: the
 * children of the field's own parent when every one names a value ("Thời gian thực hiện" over "2026" |
 * "2027" | …, "Kinh phí (triệu đồng)" over "Ngân sách trung ương" | "Ngân sách tỉnh"), the children of
 * parents that are values themselves ("Năm 2026" over "Quý I" … "Quý IV"), or a run of value titles on the
 * header row itself ("… | Quý I | Quý II | Quý III | Quý IV"). Without the field's own title above them the
 * cells must be what the field's cells hold (marks, or amounts): years over targets ("Chỉ tiêu | 2025 |
 * 2030") are no timetable. The field then sits at the first value column; the values are no longer extra
 * columns.
 */
export function withValueColumns<F extends string>(
  kind: TableKind<F>,
  grid: CellGrid,
  merges: MergeLookup,
  match: HeaderMatch<F>,
  subtitles: readonly Subtitle[],
): HeaderMatch<F> {
  let result = match;
  for (const spec of kind.valueColumns ?? []) {
    if (result.valueColumns?.[spec.field]) continue;
    const holds = (columns: readonly number[]) =>
      holdsValues(
        grid,
        merges,
        columns,
        result.lastRow + 1,
        spec.cells === 'marks' ? isMark : isMarkOrAmount,
      );
    const found =
      underParents(spec, result, subtitles, holds) ??
      (result.fields[spec.field] === undefined ? inHeaderRow(spec, result, holds) : undefined);
    if (!found) continue;
    const taken = new Set([...found.values.map((p) => p.column), ...found.parents]);
    const fields = { ...result.fields, [spec.field]: (found.values[0] as ValueColumn).column };
    result = {
      ...result,
      fields,
      unknown: result.unknown.filter((u) => !taken.has(u.column)),
      duplicates: result.duplicates.filter((d) => !taken.has(d.column)),
      score: Object.keys(fields).length,
      valueColumns: { ...result.valueColumns, [spec.field]: found.values },
    };
  }
  return result;
}

function isMarkOrAmount(text: string): boolean {
  return isMark(text) || isAmount(text);
}

interface Found {
  values: ValueColumn[];
  /** Columns of parents that are values themselves: part of the field's header, not extra columns. */
  parents: number[];
}

function underParents<F extends string>(
  spec: ValueColumnsSpec<F>,
  match: HeaderMatch<F>,
  subtitles: readonly Subtitle[],
  holds: (columns: readonly number[]) => boolean,
): Found | undefined {
  const fieldColumn = match.fields[spec.field];
  const groups = new Map<number, Subtitle[]>();
  for (const s of subtitles) groups.set(s.parent.left, [...(groups.get(s.parent.left) ?? []), s]);
  const values: ValueColumn[] = [];
  const parents: number[] = [];
  for (const [left, group] of [...groups].sort(([a], [b]) => a - b)) {
    const { parent } = group[0] as Subtitle;
    // The first row's title over the group (on a header of three rows, the last of a title's ancestry).
    const parentTitle = topTitle(group[0] as Subtitle);
    // A child that names another field by itself is no value of this one.
    if (group.some((s) => s.field !== undefined && s.field !== spec.field)) continue;
    const titles = group.map((s) => spec.valueTitle(s.title, s.parentTitle));
    if (group.length < 2 || titles.some((t) => t === undefined)) continue;
    const underField = fieldColumn !== undefined && fieldColumn >= parent.left && fieldColumn <= parent.right;
    const valueParent = spec.valueTitle(parentTitle, '') !== undefined;
    const columns = group.map((s) => s.column);
    if (!underField && !(valueParent && fieldColumn === undefined && holds(columns))) continue;
    group.forEach((s, i) =>
      values.push({ column: s.column, title: titles[i] as string, parentTitle: s.ancestry ?? s.parentTitle }),
    );
    if (valueParent) parents.push(left);
  }
  return values.length > 0 ? { values, parents } : undefined;
}

function topTitle(subtitle: Subtitle): string {
  return subtitle.ancestry?.split('\n').at(-1) ?? subtitle.parentTitle;
}

function inHeaderRow<F extends string>(
  spec: ValueColumnsSpec<F>,
  match: HeaderMatch<F>,
  holds: (columns: readonly number[]) => boolean,
): Found | undefined {
  let run: ValueColumn[] = [];
  let best: ValueColumn[] = [];
  for (const u of [...match.unknown].sort((a, b) => a.column - b.column)) {
    const title = spec.valueTitle(u.title, '');
    const adjacent = run.length > 0 && (run.at(-1) as ValueColumn).column === u.column - 1;
    const value = { column: u.column, title: title ?? '', parentTitle: '' };
    if (title === undefined) run = [];
    else run = adjacent ? [...run, value] : [value];
    if (run.length > best.length) best = run;
  }
  if (best.length < 2 || !holds(best.map((p) => p.column))) return undefined;
  return { values: best, parents: [] };
}

/** Most of the columns' values below the header are what the field's cells hold (at least one). */
function holdsValues(
  grid: CellGrid,
  merges: MergeLookup,
  columns: readonly number[],
  fromRow: number,
  isValue: (text: string) => boolean,
): boolean {
  let values = 0;
  let held = 0;
  for (let row = fromRow; row <= lastRow(grid); row++)
    for (const column of columns) {
      const source = merges.source(row, column);
      if (source.inherited || source.column !== column || source.text.trim() === '') continue;
      values++;
      if (isValue(source.text)) held++;
    }
  return held > 0 && held >= values * 0.8;
}
