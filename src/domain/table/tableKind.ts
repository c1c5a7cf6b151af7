/**
 * A kind of table the add-in reads (the task appendix, the officer's "Danh mục cơ quan", the "Cài đặt kiểm
 * tra" sheet): its columns and how its header is found, as data. One engine (findTableHeader) serves every
 * kind, so a new table is one descriptor, not another hand-written header search.
 */
export interface ColumnSpec<F extends string> {
  field: F;
  /** Titles seen in real sheets, the canonical one first; compared folded (no diacritics, any case). */
  titles: readonly string[];
  /**
   * 'prefix': a title may be a synonym followed by more words ("Kinh phí (triệu đồng)"); 'exact': the title
   * is a synonym itself (short codes such as "TT", whose prefix match would take "TT hành chính công").
   */
  match: 'prefix' | 'exact';
  /**
   * Generic titles that name the field only when they are the whole title ("Đơn vị" is the lead, but
   * "Đơn vị tính" is a unit of measure), whatever `match` says.
   */
  wholeTitles?: readonly string[];
  /**
   * Last words that name the field when no title matches: "Cơ quan, tổ chức đảng chủ trì" (104-CTr/TU
   * Lào Cai 2026) ends with "chủ trì".
   */
  endings?: readonly string[];
  /**
   * Titles that take the field from a column of it that no such title heads: "Nguồn vốn" beside "Kinh phí
   * (triệu đồng)" — the sources are the field, the amounts an extra column of the form, and no duplicate.
   */
  ranksFirst?: readonly string[];
}

export interface TableKind<F extends string> {
  columns: readonly ColumnSpec<F>[];
  /** Fields a header row must name. */
  required: readonly F[];
  /** Fewest distinct fields a header row must name. */
  minFields: number;
  /** How far down from the top the header may sit (title rows above it are common). */
  searchRows: number;
  /** 'best': the row naming the most fields; 'first': the first row that qualifies. */
  pick: 'best' | 'first';
  /** Titles may sit under parents merged across columns, on the row below ("Chủ trì" | "Phối hợp"). */
  twoRowHeaders: boolean;
  /**
   * Fields that may be written as one column per value, the row's value marked under its column: the time as
   * one column per period ("Thời gian thực hiện" over "2026" | "2027" | …, an "x" in each year of the task),
   * the funding as one column per source ("Kinh phí" over "Ngân sách trung ương" | "Ngân sách tỉnh", an
   * amount under each source of the task).
   */
  valueColumns?: readonly ValueColumnsSpec<F>[];
}

/** A field written as one column per value (see withValueColumns). */
export interface ValueColumnsSpec<F extends string> {
  field: F;
  /** The value a column title stands for under its parent's title ("" without one), undefined when none. */
  valueTitle: (title: string, parentTitle: string) => string | undefined;
  /** What a cell of the row's values holds: a mark ("x"), or an amount or a mark. */
  cells: 'marks' | 'amounts';
}

/** The canonical title of every field of a kind, for messages ("expected columns …"). */
export function canonicalTitles<F extends string>(kind: TableKind<F>): Record<F, string> {
  const titles = {} as Record<F, string>;
  for (const column of kind.columns) titles[column.field] = column.titles[0] ?? column.field;
  return titles;
}
