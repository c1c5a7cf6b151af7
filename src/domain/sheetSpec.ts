import { fingerprint } from './fingerprint';

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
export type SheetTag = 'result' | 'settings' | 'reviews' | 'choices' | 'agency-index' | 'agency-list';

export type SpecCell = string | number | LinkCell;

/** A cell whose text links to a cell of another sheet (a finding's cell, an agency's sheet). */
export interface LinkCell {
  text: string;
  link: { sheet: string; cell: string };
}

/** The custom property name (worksheet) under which a sheet's tag is stored. */
export const SHEET_TAG_PROPERTY = 'MaTranNhiemVu';

const SHEET_TAGS: ReadonlySet<string> = new Set<SheetTag>([
  'result',
  'settings',
  'reviews',
  'choices',
  'agency-index',
  'agency-list',
]);

/** Whether a stored text is one of the add-in's sheet tags. */
export function isSheetTag(tag: string): tag is SheetTag {
  return SHEET_TAGS.has(tag);
}

/**
 * The tag property's value: the tag, the fingerprint of the text the add-in wrote in A1, and the sheet's
 * name when written. A custom property follows its sheet when the officer renames or copies it, so the tag
 * alone cannot tell the add-in's sheet from the officer's renamed copy; name and A1 can (ownedSheetTag).
 * @example sheetTagValue('agency-list', 'Sở Ngoại vụ', 'DANH SÁCH NHIỆM VỤ') → 'agency-list|5d0c…|Sở Ngoại vụ'
 */
export function sheetTagValue(tag: SheetTag, sheetName: string, firstCell: string): string {
  return `${tag}|${fingerprint(firstCell)}|${sheetName}`;
}

/**
 * The sheet's tag while the sheet is still the add-in's: the name it was written under and the text of
 * its A1 unchanged. A sheet renamed, copied ("Sở Ngoại vụ (2)") or rewritten at the top by the officer is
 * the officer's: never cleared, reused or removed (issue 13).
 */
export function ownedSheetTag(value: unknown, sheetName: string, firstCell: unknown): SheetTag | undefined {
  if (typeof value !== 'string') return undefined;
  const [tag, print, ...name] = value.split('|');
  if (tag === undefined || !SHEET_TAGS.has(tag)) return undefined;
  const text = firstCell === null || firstCell === undefined ? '' : String(firstCell);
  return name.join('|') === sheetName && print === fingerprint(text) ? (tag as SheetTag) : undefined;
}

/** What a spec puts in A1: its first title line, or its first header cell when it has no title. */
export function firstCellText(spec: { title: readonly string[]; header: readonly string[] }): string {
  return spec.title[0] ?? spec.header[0] ?? '';
}

/** Quotes a sheet name for an A1 reference: 'Phụ lục 1'!E110. */
export function sheetReference(sheet: string, cell: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** The text of a spec cell, as a renderer writes it. */
export function specCellText(cell: SpecCell): string | number {
  return typeof cell === 'object' ? cell.text : cell;
}

/** The row of a spec's first body row once drawn: the title lines, the header, then the rows. */
export function specFirstRow(spec: Pick<SheetSpec, 'title'>): number {
  return spec.title.length + 2;
}
