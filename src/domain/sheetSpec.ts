/**
 * A sheet the add-in writes (the result sheet, the settings sheet, agency lists), described as data so both
 * adapters draw the same thing: the Office.js one inside Excel, the ExcelJS one for files. Every cell is
 * literal text or a number: the renderers must keep text text (no formula injection).
 */
export interface SheetSpec {
  /** The name wanted; a renderer picks another when an officer's own sheet holds it, and says so. */
  name: string;
  /** What the add-in made the sheet for; the tag lets it find, replace or remove exactly its own sheets. */
  tag: SheetTag;
  /** Lines above the table, each across the table's width (bold). */
  title: string[];
  header: string[];
  rows: SpecCell[][];
  /** Column widths in characters, one per header cell. */
  widths: number[];
  hidden?: boolean;
}

/** What the add-in wrote a sheet for: checks ('result', 'settings'), agency lists ('agency-*'). */
export type SheetTag = 'result' | 'settings' | 'agency-index' | 'agency-list';

export type SpecCell = string | number | LinkCell;

/** A cell whose text links to a cell of another sheet (a finding's cell, an agency's sheet). */
export interface LinkCell {
  text: string;
  link: { sheet: string; cell: string };
}

/** The custom property name (worksheet) under which a sheet's tag is stored. */
export const SHEET_TAG_PROPERTY = 'MaTranNhiemVu';

/** Quotes a sheet name for an A1 reference: 'Phụ lục 1'!E110. */
export function sheetReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** The text of a spec cell, as a renderer writes it. */
export function specCellText(cell: SpecCell): string | number {
  return typeof cell === 'object' ? cell.text : cell;
}
