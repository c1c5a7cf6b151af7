import type { CellArea, CellGrid } from '../grid';
import type { ListSheetDrawing } from './listSheetSpec';
import { closingSplit } from './listSheetPrint';
import { listCellText, listSheetLayout } from './listSheetSpec';

/**
 * The cells a renderer writes for a list sheet, as a CellGrid: title lines merged across the table, one
 * blank row, the header, the body (sections' titles merged from the second column, parts and notes across
 * the table). What a reader gets back from the sheet once drawn, without drawing it.
 * @example listSheetGrid(spec).texts[listSheetLayout(spec).headerRow - 1] // the header
 */
export function listSheetGrid(drawing: ListSheetDrawing): CellGrid {
  const layout = listSheetLayout(drawing);
  const width = Math.max(1, layout.columns);
  const empty = () => Array<string>(width).fill('');
  const texts: string[][] = [];
  const merges: CellArea[] = [];
  const across = (rowNumber: number, text: string, first = 1, last = width, row = empty()) => {
    row[first - 1] = text;
    if (last > first) merges.push({ top: rowNumber, left: first, bottom: rowNumber, right: last });
    return row;
  };
  const split = closingSplit(drawing.widths);
  drawing.title.forEach((line, i) => texts.push(across(i + 1, line)));
  texts.push(empty());
  texts.push([...drawing.header, ...empty()].slice(0, width));
  drawing.rows.forEach((row, i) => {
    const rowNumber = layout.firstBodyRow + i;
    if (row.kind === 'part' || row.kind === 'note') texts.push(across(rowNumber, row.text));
    else if (row.kind === 'closing') {
      const cells = across(rowNumber, row.left, 1, split);
      texts.push(split < width ? across(rowNumber, row.right, split + 1, width, cells) : cells);
    } else if (row.kind === 'section') {
      const cells = across(rowNumber, row.title, 2);
      cells[0] = row.tt;
      texts.push(cells);
    } else texts.push([...row.cells.map((cell) => String(listCellText(cell))), ...empty()].slice(0, width));
  });
  return {
    sheetName: drawing.name,
    top: 1,
    left: 1,
    values: texts.map((row) => row.map((text) => (text === '' ? null : text))),
    texts,
    merges,
  };
}
