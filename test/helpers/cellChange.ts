import type { CellChange, FixableCode } from '../../src/domain';

/** A change as a preview lists it, on a cell of a single-letter column. */
export function cellChange(
  sheet: string,
  cell: string,
  before: string,
  after: string,
  code: FixableCode = 'extra-whitespace',
): CellChange {
  return {
    sheet,
    cell,
    rowNumber: Number(cell.slice(1)),
    column: cell.charAt(0),
    before,
    after,
    codes: [code],
  };
}
