import type { CellArea, CellGrid } from '../domain';
import type { DocxTable } from './readDocx';

/**
 * A Word table as the CellGrid every reader produces, with lines of text above it (the appendix's "PHỤ LỤC"
 * and "Kèm theo …" lines) as rows of their own: the table engine then reads it as it reads a sheet. A merged
 * cell's text lives in its top-left cell, as in Excel.
 * @example docxTableGrid(table, 'Phụ lục 1', ['PHỤ LỤC 1']).texts[0][0] === 'PHỤ LỤC 1'
 */
export function docxTableGrid(
  table: DocxTable,
  sheetName: string,
  titleLines: readonly string[] = [],
): CellGrid {
  const width = Math.max(1, table.columnCount);
  const offset = titleLines.length;
  const texts: string[][] = [
    ...titleLines.map((line) => [line, ...Array<string>(width - 1).fill('')]),
    ...Array.from({ length: table.rowCount }, () => Array<string>(width).fill('')),
  ];
  // A title line runs across the table, as in a sheet whose appendix was pasted from Word.
  const merges: CellArea[] =
    width > 1 ? titleLines.map((_, i) => ({ top: i + 1, left: 1, bottom: i + 1, right: width })) : [];
  for (const cell of table.cells) {
    const row = texts[offset + cell.row];
    if (row) row[cell.column] = cell.text;
    if (cell.rowSpan > 1 || cell.colSpan > 1)
      merges.push({
        top: offset + cell.row + 1,
        left: cell.column + 1,
        bottom: offset + cell.row + cell.rowSpan,
        right: cell.column + cell.colSpan,
      });
  }
  return {
    sheetName,
    top: 1,
    left: 1,
    values: texts.map((row) => row.map((text) => (text === '' ? null : text))),
    texts,
    merges,
  };
}
