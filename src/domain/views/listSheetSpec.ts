/**
 * The per-agency sheets described as data, so the ExcelJS renderer (files) and the Office.js renderer
 * (inside Excel) draw the same thing. Layout, by row: the title lines (each merged across the table), one
 * blank row, the header row (repeated on every printed page, frozen), then the body rows, then notes.
 * Every string is literal text: a renderer must keep a value starting with = + - @ as text
 * (see `isFormulaLike`), never let it become a formula.
 */
import type { Plan } from '../schema';
import type { ListText } from './listText';
import { maxOf } from '../arrays';

/** Where a cell links: a sheet of the same workbook, or a file beside this one (relative path). */
export type LinkTarget = { sheet: string; cell: string } | { file: string };

/** A cell: literal text, a number, or text with a link. */
export type ListCell = string | number | { text: string; link: LinkTarget };

export type ListRow =
  /** "A. NHIỆM VỤ CHỦ TRÌ": bold, merged across the table. */
  | { kind: 'part'; text: string }
  /** A section or group heading: its TT in the first column, the title merged across the others. */
  | { kind: 'section'; tt: string; title: string }
  /** One cell per column. */
  | { kind: 'task'; cells: ListCell[] }
  /** The index's totals: one cell per column, bold. */
  | { kind: 'total'; cells: ListCell[] }
  /** A line below the table, merged across it, without borders. */
  | { kind: 'note'; text: string }
  /**
   * A line of the closing below everything, without borders (Nghị định 30/2020/NĐ-CP, Phụ lục I): on the
   * left half a recipient ("Nơi nhận:" itself bold italic), on the right half a line of the signature block
   * (bold, centred). The halves are `closingSplit(widths)`.
   */
  | { kind: 'closing'; left: string; right: string; heading?: boolean };

export interface ListSheetSpec {
  /** The sheet name (from assignSheetNames). */
  name: string;
  /** What the sheet is, for the add-in's tag: it replaces only sheets it made. */
  tag: 'agency-index' | 'agency-list';
  /** Lines above the table, first one the heading. */
  title: string[];
  /** The printed page's footer, in Excel's codes: "Trang &P/&N". */
  footer: string;
  header: string[];
  /** Column widths in characters, one per header cell. */
  widths: number[];
  /** Horizontal alignment per column (text left, TT and counts centred). */
  align: Array<'left' | 'center'>;
  rows: ListRow[];
  /** Dropdowns on columns of the body rows (a new appendix's agencies, time frames, funding). */
  choices?: ColumnChoice[];
  /**
   * Drawn as an Excel table over the header and body rows (a new appendix, when the officer asks for one):
   * it grows as rows are typed below it and carries its filter buttons. Only task rows may be in it (a
   * table cannot hold merged cells); the name comes from `excelTableName`.
   */
  table?: boolean;
}

/**
 * A dropdown on one column of the body rows, offering the cells of a column of another sheet. Other text
 * may still be typed (no error alert): several agencies in one cell, a name not listed.
 */
export interface ColumnChoice {
  /** 0-based, as `header`. */
  column: number;
  /** The sheet holding the list, and its cells ("$A$3:$A$190"). */
  sheet: string;
  range: string;
  /** Shown when the cell is selected. */
  prompt: string;
}

/** A list sheet as the renderers draw it, without the add-in's tag: a matrix read from a plan's text is the officer's sheet once written. */
export type ListSheetDrawing = Omit<ListSheetSpec, 'tag'>;

/** What every agency sheet shares: A4 landscape (fitted to its width, listSheetPrint.ts), Times New Roman. */
export const LIST_SHEET_STYLE = {
  font: 'Times New Roman',
  fontSize: 12,
  titleFontSize: 14,
  paper: 'A4',
  orientation: 'landscape',
} as const;

/** Row numbers of a spec once drawn (1-based, as Excel shows them). */
export interface ListSheetLayout {
  headerRow: number;
  firstBodyRow: number;
  columns: number;
}

/** @example listSheetLayout({ title: ['A', 'B'], header: ['TT', 'Nhiệm vụ'], … }) // { headerRow: 4, firstBodyRow: 5, columns: 2 } */
export function listSheetLayout(spec: Pick<ListSheetSpec, 'title' | 'header'>): ListSheetLayout {
  const headerRow = spec.title.length + 2;
  return { headerRow, firstBodyRow: headerRow + 1, columns: spec.header.length };
}

const FORMULA_START = /^[=+\-@]/u;

/**
 * True when Excel would take typed text as a formula: the Office.js renderer must write such a value as
 * text (number format "@" or a leading apostrophe); ExcelJS writes strings as strings anyway.
 * @example isFormulaLike('=HYPERLINK("http://x")') === true
 */
export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

/** The text a cell shows. @example listCellText({ text: 'Sở Ngoại vụ', link: { file: '02-so-ngoai-vu.xlsx' } }) === 'Sở Ngoại vụ' */
export function listCellText(cell: ListCell): string | number {
  return typeof cell === 'object' ? cell.text : cell;
}

/**
 * "Kèm theo Kế hoạch số 58/KH-UBND ngày 11/03/2024 của Ủy ban nhân dân tỉnh …", from what the title rows
 * gave; the reference line as written when there is no number; undefined when neither.
 * @example planReferenceLine(appendix.plan, listText('vi'))
 *   // 'Kèm theo Kế hoạch số 58/KH-UBND ngày 11/03/2024 của Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu'
 */
export function planReferenceLine(plan: Plan, text: ListText): string | undefined {
  if (plan.number === null) {
    const reference = plan.reference?.replace(/^\s*\(\s*|\s*\)\s*$/gu, '');
    return reference || undefined;
  }
  const date = plan.date ? text.dated(displayDate(plan.date)) : plan.dateText ? ` ${plan.dateText}` : '';
  const issuer = plan.issuer ? text.by(plan.issuer) : '';
  return text.attachedTo(plan.documentType ?? 'Kế hoạch', plan.number, date, issuer);
}

function displayDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

/**
 * Column widths that suit the content: each column as wide as its longest line (header included),
 * between its bounds (the 2 added is Excel's cell padding). Long text columns reach their maximum and wrap.
 * @example fitWidths(['TT', 'Thời gian'], [{ kind: 'task', cells: ['1', 'Quý II'] }], [[5, 9], [12, 20]]) // [5, 12]
 */
export function fitWidths(
  header: readonly string[],
  rows: readonly ListRow[],
  bounds: ReadonlyArray<readonly [number, number]>,
): number[] {
  const longest = header.map((title) => longestWord(title));
  for (const row of rows) {
    if (row.kind !== 'task' && row.kind !== 'total') continue;
    row.cells.forEach((cell, column) => {
      const length = longestLine(String(listCellText(cell)));
      if (length > (longest[column] ?? 0)) longest[column] = length;
    });
  }
  return longest.map((length, column) => {
    const [min, max] = bounds[column] ?? [8, 40];
    return Math.min(max, Math.max(min, length + 2));
  });
}

// A header wraps at its spaces, so its longest word is what must fit.
function longestWord(text: string): number {
  return maxOf(
    text.split(/\s+/u).map((word) => word.length),
    0,
  );
}

function longestLine(text: string): number {
  return maxOf(
    text.split('\n').map((line) => line.length),
    0,
  );
}
