/**
 * The officer's registry sheet ("Danh mục cơ quan") as a table kind. Titles are compared folded, so
 * "TÊN CHUẨN", "Tên chuẩn" and "Ten chuan" are the same column; they must match whole.
 */
import type { CellGrid } from '../grid';
import { MergeLookup } from '../mergeLookup';
import type { TableKind } from '../table';
import { canonicalTitles, findTableHeader } from '../table';

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

/** The first row in the top ten with a "Tên chuẩn" column. */
export const REGISTRY_TABLE: TableKind<RegistryField> = {
  columns: (Object.entries(TITLES) as Array<[RegistryField, readonly string[]]>).map(([field, titles]) => ({
    field,
    titles,
    match: 'exact',
  })),
  required: ['name'],
  minFields: 1,
  searchRows: 10,
  pick: 'first',
  twoRowHeaders: false,
};

/** The canonical title of each column, for messages. */
export const REGISTRY_TITLES: Record<RegistryField, string> = canonicalTitles(REGISTRY_TABLE);

/** Where the header is and which sheet column (number) holds each field. */
export interface RegistryHeader {
  rowNumber: number;
  columns: Partial<Record<RegistryField, number>>;
}

/**
 * The registry sheet's header, or undefined.
 * @example findRegistryHeader(grid)?.columns.name === 1 // for a sheet whose A1 is "Tên chuẩn"
 */
export function findRegistryHeader(grid: CellGrid): RegistryHeader | undefined {
  const header = findTableHeader(REGISTRY_TABLE, grid, new MergeLookup(grid));
  return header && { rowNumber: header.rowNumber, columns: header.fields };
}
