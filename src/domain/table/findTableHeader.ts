import type { CellGrid } from '../grid';
import { columnLetter, lastColumn, lastRow } from '../grid';
import type { MergeLookup } from '../mergeLookup';
import type { Subtitle, ValueColumn } from './valueColumns';
import { withValueColumns } from './valueColumns';
import type { TableKind } from './tableKind';
import { titleMatcher } from './titleMatcher';

export interface HeaderMatch<F extends string> {
  rowNumber: number;
  /** Column number of each recognised field (the first column when two columns name the same field). */
  fields: Partial<Record<F, number>>;
  /**
   * Columns whose title names a field that an earlier column already took; `sameTitle` when both titles
   * read the same (a column pasted twice) rather than two aspects of one field ("Tên dự án, nhiệm vụ" |
   * "Nội dung chính", 2530/QĐ-TTg 2025).
   */
  duplicates: Array<{ field: F; column: number; usedColumn: number; sameTitle: boolean; ranked?: true }>;
  /** Non-empty titles that name no known field: kept, never dropped. */
  unknown: Array<{ column: number; title: string }>;
  /** Number of distinct fields recognised: how much the row looks like the kind's header. */
  score: number;
  /** The last row of the header: the row below when titles sit under merged parents (two-row header). */
  lastRow: number;
  /** The kind's fields written as one column per value (see withValueColumns), each in column order. */
  valueColumns?: Partial<Record<F, ValueColumn[]>>;
}

/** The rows a header search looks at, for the "which rows were tried" message. */
export function headerSearchRows(kind: TableKind<string>, grid: CellGrid): { first: number; last: number } {
  return { first: grid.top, last: Math.min(lastRow(grid), grid.top + kind.searchRows - 1) };
}

/**
 * The kind's header: among the rows searched, the best (or first) naming every required field and at
 * least `minFields` fields, read over two rows when its titles sit under merged parents. Undefined when no
 * row qualifies.
 * @example findTableHeader(APPENDIX_TABLE, grid, merges)?.fields.task === 2 // "Nhiệm vụ" in column B
 */
export function findTableHeader<F extends string>(
  kind: TableKind<F>,
  grid: CellGrid,
  merges: MergeLookup,
): HeaderMatch<F> | undefined {
  const { first, last } = headerSearchRows(kind, grid);
  let best: HeaderMatch<F> | undefined;
  for (let rowNumber = first; rowNumber <= last; rowNumber++) {
    const match = matchHeaderRow(kind, grid, merges, rowNumber);
    if (match.score < kind.minFields || kind.required.some((field) => match.fields[field] === undefined))
      continue;
    if (!best || match.score > best.score) best = match;
    if (kind.pick === 'first') break;
  }
  if (!best) return undefined;
  const header = kind.twoRowHeaders
    ? (withParentRow(kind, grid, merges, best) ?? withSubHeader(kind, grid, merges, best))
    : best;
  // Value titles on the header row itself: "… | Quý I | Quý II | Quý III | Quý IV".
  return withValueColumns(kind, grid, merges, header, []);
}

/**
 * The header read from the row above the best one, when that row is the header's top: titles merged down
 * over both rows beside a parent merged across ("Thời gian" over A3:A4 … "Thực hiện" over D3:E3, its
 * children "Đơn vị chủ trì" | "Đơn vị phối hợp" on row 4, 836/QĐ-BXD 2019). The children's row names more
 * fields, so it had been taken for the header and the top row for a title line.
 */
function withParentRow<F extends string>(
  kind: TableKind<F>,
  grid: CellGrid,
  merges: MergeLookup,
  best: HeaderMatch<F>,
): HeaderMatch<F> | undefined {
  const above = best.rowNumber - 1;
  if (above < grid.top) return undefined;
  let mergedDown = 0;
  for (let column = grid.left; column <= lastColumn(grid); column++) {
    const area = merges.areaAt(above, column);
    if (area && area.top === above && area.left === column && area.bottom >= best.rowNumber) mergedDown++;
  }
  if (mergedDown < 2) return undefined;
  const both = withSubHeader(kind, grid, merges, matchHeaderRow(kind, grid, merges, above));
  return both.lastRow === best.rowNumber && both.score >= best.score ? both : undefined;
}

/** Reads one row as if it were the kind's header. */
function matchHeaderRow<F extends string>(
  kind: TableKind<F>,
  grid: CellGrid,
  merges: MergeLookup,
  rowNumber: number,
): HeaderMatch<F> {
  const fieldOf = titleMatcher(kind);
  const fields: Partial<Record<F, number>> = {};
  const duplicates: HeaderMatch<F>['duplicates'] = [];
  const unknown: HeaderMatch<F>['unknown'] = [];
  const titles = new Map<number, string>();
  const headerTitles = new Map<number, string>();
  for (let column = grid.left; column <= lastColumn(grid); column++) {
    const source = merges.source(rowNumber, column);
    // A title merged across columns names the first of them only.
    if (source.area && source.column !== column) continue;
    const title = source.text;
    titles.set(column, foldTitle(title));
    headerTitles.set(column, title);
    const field = fieldOf(title);
    if (field === undefined) {
      if (title.trim() !== '') unknown.push({ column, title });
      continue;
    }
    const usedColumn = fields[field];
    if (usedColumn === undefined) {
      fields[field] = column;
      continue;
    }
    const sameTitle = titles.get(usedColumn) === titles.get(column);
    const first = ranksFirst(kind, field, headerTitles.get(usedColumn) ?? '');
    const second = ranksFirst(kind, field, title);
    if (second && !first) {
      fields[field] = column;
      duplicates.push({ field, column: usedColumn, usedColumn: column, sameTitle, ranked: true });
    } else
      duplicates.push({
        field,
        column,
        usedColumn,
        sameTitle,
        ...(first && !second ? { ranked: true as const } : {}),
      });
  }
  return { rowNumber, fields, duplicates, unknown, score: Object.keys(fields).length, lastRow: rowNumber };
}

// Each kind's `ranksFirst` titles as a kind of their own, matched as any title is.
const rankedKinds = new WeakMap<TableKind<string>, Pick<TableKind<string>, 'columns'>>();

/** Whether the title is one of the field's `ranksFirst` titles (itself, or it followed by more words). */
function ranksFirst<F extends string>(kind: TableKind<F>, field: F, title: string): boolean {
  let ranked = rankedKinds.get(kind);
  if (!ranked) {
    const columns = kind.columns.map((c) => ({
      field: c.field,
      titles: c.ranksFirst ?? [],
      match: 'prefix' as const,
    }));
    ranked = { columns };
    rankedKinds.set(kind, ranked);
  }
  return titleMatcher(ranked)(title) === field;
}

/** A title for comparison: case, spacing and composition folded. */
function foldTitle(title: string): string {
  return title.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/gu, ' ').trim();
}

/**
 * A row inside the table that repeats its header (a Word table split over pages), recognised by how well
 * it matches the header, whatever its TT cell holds: most of the header's fields named again, in the same
 * columns. Wording may change between pages ("Nội dung" for "Nhiệm vụ"), as long as it is a known title.
 * @example repeatsHeader(APPENDIX_TABLE, grid, merges, header, 40) // true for a row "STT | Nội dung | Chủ trì | …"
 */
export function repeatsHeader<F extends string>(
  kind: TableKind<F>,
  grid: CellGrid,
  merges: MergeLookup,
  header: HeaderMatch<F>,
  rowNumber: number,
): boolean {
  const again = matchHeaderRow(kind, grid, merges, rowNumber);
  let same = 0;
  for (const [field, column] of Object.entries(again.fields) as Array<[F, number]>)
    if (header.fields[field] === column) same++;
  const needed = Math.min(header.score, Math.max(2, Math.ceil(header.score * 0.6)));
  return same >= needed;
}

/**
 * A header over two rows: parents merged across columns ("Cơ quan thực hiện" over "Chủ trì" | "Phối hợp")
 * with the children's titles on the row below. The children name the fields of the columns they sit in;
 * columns whose title is merged down over both rows keep theirs.
 */
function withSubHeader<F extends string>(
  kind: TableKind<F>,
  grid: CellGrid,
  merges: MergeLookup,
  header: HeaderMatch<F>,
): HeaderMatch<F> {
  const below = header.rowNumber + 1;
  if (below > lastRow(grid)) return header;
  const fieldOf = titleMatcher(kind);
  const children = new Map<number, F>();
  const parents: Array<{ left: number; right: number }> = [];
  // Every child title, for the fields written as one column per value; those naming no field apart. On a
  // third row ("Kinh phí" over "Tổng số" | "Ngân sách nhà nước" | "Khác", "Trung ương" | "Địa phương" under
  // "Ngân sách nhà nước"; session 23 probe: the third row had been a task, one amount column lost) the
  // grandchildren stand in for the title they sit under.
  const third = thirdHeaderRow(grid, merges, header.rowNumber);
  const childTitles: Subtitle[] = [];
  for (let column = grid.left; column <= lastColumn(grid); column++) {
    const parent = merges.areaAt(header.rowNumber, column);
    if (!parent || parent.right === parent.left || parent.bottom > header.rowNumber) continue;
    const parentTitle = merges.source(header.rowNumber, column).text;
    const grandchild = third?.get(column);
    const source = merges.source(below, column);
    const own = !source.inherited && source.column === column && source.text.trim() !== '';
    if (!grandchild && !own) continue;
    const title = grandchild ? grandchild.title : source.text;
    const field = fieldOf(title);
    childTitles.push({
      column,
      title,
      parent,
      ...(grandchild
        ? { parentTitle: grandchild.midTitle, ancestry: `${grandchild.midTitle}\n${parentTitle}` }
        : { parentTitle }),
      ...(field ? { field } : {}),
    });
    if (field === undefined) continue;
    children.set(column, field);
    parents.push(parent);
  }
  const last = third ? below + 1 : below;
  const subtitles = childTitles.filter((s) => s.field === undefined);
  if (children.size === 0 && subtitles.length > 0 && spansBothRows(grid, merges, header.rowNumber))
    return withValueColumns(kind, grid, merges, withSubtitles(kind, header, subtitles, last), subtitles);
  if (children.size === 0 || (children.size < 2 && !spansBothRows(grid, merges, header.rowNumber)))
    return header;
  const fields: Partial<Record<F, number>> = {};
  // The parent's own reading ("Cơ quan thực hiện" as lead) gives way to its children's.
  for (const [field, column] of Object.entries(header.fields) as Array<[F, number]>)
    if (!parents.some((p) => column >= p.left && column <= p.right)) fields[field] = column;
  for (const [column, field] of children) fields[field] ??= column;
  const mapped = new Set(Object.values(fields));
  const both = {
    ...header,
    fields,
    unknown: header.unknown.filter((u) => !mapped.has(u.column)),
    score: Object.keys(fields).length,
    lastRow: last,
  };
  // Children that name no field beside those that do ("Lộ trình" over "2026" | "2027"), and every child
  // for the fields written one column per value ("Nguồn khác" beside "Ngân sách tỉnh" under "Kinh phí").
  return withValueColumns(kind, grid, merges, withSubtitles(kind, both, subtitles, last), childTitles);
}

/**
 * The titles of a header's third row, by column, when there is one: every title on it sits under a title of
 * the second row merged across columns (itself under a parent merged across the first), and every other
 * column of the row is a title merged down from above or empty. Undefined otherwise.
 */
function thirdHeaderRow(
  grid: CellGrid,
  merges: MergeLookup,
  top: number,
): Map<number, { title: string; midTitle: string }> | undefined {
  const row = top + 2;
  if (row > lastRow(grid)) return undefined;
  const titles = new Map<number, { title: string; midTitle: string }>();
  for (let column = grid.left; column <= lastColumn(grid); column++) {
    const source = merges.source(row, column);
    if (source.text.trim() === '') continue;
    if (source.inherited) {
      if ((source.area?.top ?? row) < top) return undefined;
      continue;
    }
    if (source.column !== column) continue;
    const mid = merges.areaAt(top + 1, column);
    const parent = merges.areaAt(top, column);
    const across = (area: typeof mid, at: number) =>
      area !== undefined && area.top === at && area.bottom === at && area.right > area.left;
    if (!across(mid, top + 1) || !across(parent, top)) return undefined;
    titles.set(column, { title: source.text, midTitle: merges.source(top + 1, column).text });
  }
  return titles.size >= 2 ? titles : undefined;
}

/**
 * Children that name no field under a parent that does: "Thời gian thực hiện" over "Bắt đầu" | "Kết thúc"
 * (session 21 probe). The header is two rows high (the children's row had been read as a task); the field
 * goes to the child that ranks first for it ("Kết thúc": the deadline), else stays at the parent's first
 * column, and the other children are extra columns under their own titles.
 */
function withSubtitles<F extends string>(
  kind: TableKind<F>,
  header: HeaderMatch<F>,
  subtitles: readonly Subtitle[],
  below: number,
): HeaderMatch<F> {
  const fields = { ...header.fields };
  const placed = new Set<number>();
  for (const [field, column] of Object.entries(header.fields) as Array<[F, number]>) {
    const under = subtitles.filter((s) => s.parent.left === column);
    const first = under.find((s) => ranksFirst(kind, field, s.title));
    if (first) fields[field] = first.column;
    placed.add(fields[field] as number);
  }
  const unknown = [
    ...header.unknown,
    ...subtitles.filter((s) => !placed.has(s.column)).map(({ column, title }) => ({ column, title })),
  ];
  return { ...header, fields, unknown, lastRow: below };
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
export function columnLetters<F extends string>(
  fields: Partial<Record<F, number>>,
): Partial<Record<F, string>> {
  const letters: Partial<Record<F, string>> = {};
  for (const [field, column] of Object.entries(fields) as Array<[F, number]>)
    letters[field] = columnLetter(column);
  return letters;
}
