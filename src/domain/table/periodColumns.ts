import type { CellGrid } from '../grid';
import { lastRow } from '../grid';
import type { MergeLookup } from '../mergeLookup';
import type { HeaderMatch } from './findTableHeader';
import type { TableKind } from './tableKind';

/** One period of a field written as one column per period: its column and the period it stands for. */
export interface PeriodColumn {
  column: number;
  /** The period the column stands for, as the kind names it ("Quý I" under "Năm 2026": "Quý I Năm 2026"). */
  title: string;
}

/** A title on a two-row header's second row, under a parent merged across columns on the first. */
export interface Subtitle {
  column: number;
  title: string;
  parent: { left: number; right: number };
  parentTitle: string;
}

/**
 * A mark that says "this row takes this period": "x", "X", a tick, a dot. Anything longer is text.
 * @example isMark(' x ') === true; isMark('Quý II') === false
 */
export function isMark(text: string): boolean {
  return MARK.test(text.trim());
}

const MARK = /^(?:[xX×✓✔√vV+•●■*]|xx|XX)$/u;

/**
 * The header with its period columns, when the kind has a field written that way: the children of the
 * field's own parent when every one is a period ("Thời gian thực hiện" over "2026" | "2027" | …), the
 * children of parents that are periods themselves ("Năm 2026" over "Quý I" … "Quý IV"), or a run of period
 * titles on the header row itself ("… | Quý I | Quý II | Quý III | Quý IV"). Without the field's own title
 * above them the cells must be marks: years over targets ("Chỉ tiêu | 2025 | 2030") are no timetable. The
 * field then sits at the first period column; the periods are no longer extra columns.
 */
export function withPeriodColumns<F extends string>(
  kind: TableKind<F>,
  grid: CellGrid,
  merges: MergeLookup,
  match: HeaderMatch<F>,
  subtitles: readonly Subtitle[],
): HeaderMatch<F> {
  const spec = kind.periodColumns;
  if (!spec || match.periods) return match;
  const marked = (columns: readonly number[]) => holdsMarks(grid, merges, columns, match.lastRow + 1);
  const found =
    underParents(spec, match, subtitles, marked) ??
    (match.fields[spec.field] === undefined ? inHeaderRow(spec, match, marked) : undefined);
  if (!found) return match;
  const taken = new Set([...found.periods.map((p) => p.column), ...found.parents]);
  const fields = { ...match.fields, [spec.field]: (found.periods[0] as PeriodColumn).column };
  return {
    ...match,
    fields,
    unknown: match.unknown.filter((u) => !taken.has(u.column)),
    score: Object.keys(fields).length,
    periods: found.periods,
  };
}

interface Found {
  periods: PeriodColumn[];
  /** Columns of parents that are periods themselves: part of the timetable's header, not extra columns. */
  parents: number[];
}

type Spec<F extends string> = NonNullable<TableKind<F>['periodColumns']>;

function underParents<F extends string>(
  spec: Spec<F>,
  match: HeaderMatch<F>,
  subtitles: readonly Subtitle[],
  marked: (columns: readonly number[]) => boolean,
): Found | undefined {
  const fieldColumn = match.fields[spec.field];
  const groups = new Map<number, Subtitle[]>();
  for (const s of subtitles) groups.set(s.parent.left, [...(groups.get(s.parent.left) ?? []), s]);
  const periods: PeriodColumn[] = [];
  const parents: number[] = [];
  for (const [left, group] of [...groups].sort(([a], [b]) => a - b)) {
    const { parent, parentTitle } = group[0] as Subtitle;
    const titles = group.map((s) => spec.periodTitle(s.title, parentTitle));
    if (group.length < 2 || titles.some((t) => t === undefined)) continue;
    const underField = fieldColumn !== undefined && fieldColumn >= parent.left && fieldColumn <= parent.right;
    const periodParent = spec.periodTitle(parentTitle, '') !== undefined;
    const columns = group.map((s) => s.column);
    if (!underField && !(periodParent && fieldColumn === undefined && marked(columns))) continue;
    group.forEach((s, i) => periods.push({ column: s.column, title: titles[i] as string }));
    if (periodParent) parents.push(left);
  }
  return periods.length > 0 ? { periods, parents } : undefined;
}

function inHeaderRow<F extends string>(
  spec: Spec<F>,
  match: HeaderMatch<F>,
  marked: (columns: readonly number[]) => boolean,
): Found | undefined {
  let run: PeriodColumn[] = [];
  let best: PeriodColumn[] = [];
  for (const u of [...match.unknown].sort((a, b) => a.column - b.column)) {
    const title = spec.periodTitle(u.title, '');
    const adjacent = run.length > 0 && (run.at(-1) as PeriodColumn).column === u.column - 1;
    if (title === undefined) run = [];
    else run = adjacent ? [...run, { column: u.column, title }] : [{ column: u.column, title }];
    if (run.length > best.length) best = run;
  }
  if (best.length < 2 || !marked(best.map((p) => p.column))) return undefined;
  return { periods: best, parents: [] };
}

/** Most of the columns' values below the header are marks (at least one). */
function holdsMarks(
  grid: CellGrid,
  merges: MergeLookup,
  columns: readonly number[],
  fromRow: number,
): boolean {
  let values = 0;
  let marks = 0;
  for (let row = fromRow; row <= lastRow(grid); row++)
    for (const column of columns) {
      const source = merges.source(row, column);
      if (source.inherited || source.column !== column || source.text.trim() === '') continue;
      values++;
      if (isMark(source.text)) marks++;
    }
  return marks > 0 && marks >= values * 0.8;
}
