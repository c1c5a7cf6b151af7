/**
 * The header of the officer's registry sheet ("Danh mục cơ quan"). Titles are compared folded, so
 * "TÊN CHUẨN", "Tên chuẩn" and "Ten chuan" are the same column.
 */
import type { CellGrid } from '../grid';
import { cellText, lastColumn, lastRow } from '../grid';
import { foldKey } from '../text';

export const REGISTRY_SHEET_NAME = 'Danh mục cơ quan';

export type RegistryField = 'name' | 'aliases' | 'shortName' | 'validFrom' | 'validTo' | 'successors';

const TITLES: Record<RegistryField, readonly string[]> = {
  name: ['Tên chuẩn', 'Tên cơ quan', 'Tên chính thức', 'Tên đầy đủ'],
  aliases: ['Tên khác / viết tắt', 'Tên khác', 'Viết tắt', 'Tên viết tắt', 'Tên gọi khác'],
  // Optional: the agency's sheet name when tasks are distributed; derived from the name when absent.
  shortName: ['Tên ngắn', 'Tên sheet', 'Tên trang tính'],
  validFrom: ['Hiệu lực từ', 'Hiệu lực từ ngày', 'Từ ngày'],
  validTo: ['Hiệu lực đến', 'Hiệu lực đến ngày', 'Đến ngày'],
  successors: ['Thay thế bởi', 'Cơ quan thay thế', 'Cơ quan kế thừa'],
};

/** The canonical title of each column, for messages. */
export const REGISTRY_TITLES: Record<RegistryField, string> = {
  name: 'Tên chuẩn',
  aliases: 'Tên khác / viết tắt',
  shortName: 'Tên ngắn',
  validFrom: 'Hiệu lực từ',
  validTo: 'Hiệu lực đến',
  successors: 'Thay thế bởi',
};

const FIELD_BY_KEY: ReadonlyMap<string, RegistryField> = new Map(
  (Object.entries(TITLES) as Array<[RegistryField, readonly string[]]>).flatMap(([field, titles]) =>
    titles.map((title) => [foldKey(title), field] as const),
  ),
);

/** Where the header is and which sheet column (number) holds each field. */
export interface RegistryHeader {
  rowNumber: number;
  columns: Partial<Record<RegistryField, number>>;
}

// The header sits at the top; a title row or two may come first.
const HEADER_SEARCH_ROWS = 10;

/**
 * The first row in the top ten with a "Tên chuẩn" column, or undefined.
 * @example findRegistryHeader(grid)?.columns.name === 1 // for a sheet whose A1 is "Tên chuẩn"
 */
export function findRegistryHeader(grid: CellGrid): RegistryHeader | undefined {
  const bottom = Math.min(lastRow(grid), grid.top + HEADER_SEARCH_ROWS - 1);
  for (let rowNumber = grid.top; rowNumber <= bottom; rowNumber++) {
    const columns = headerColumns(grid, rowNumber);
    if (columns.name !== undefined) return { rowNumber, columns };
  }
  return undefined;
}

function headerColumns(grid: CellGrid, rowNumber: number): Partial<Record<RegistryField, number>> {
  const columns: Partial<Record<RegistryField, number>> = {};
  for (let column = grid.left; column <= lastColumn(grid); column++) {
    const field = FIELD_BY_KEY.get(foldKey(cellText(grid, rowNumber, column)));
    if (field && columns[field] === undefined) columns[field] = column;
  }
  return columns;
}
