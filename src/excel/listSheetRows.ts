import type { LinkTarget, ListCell, ListRow, ListSheetLayout, ListSheetDrawing } from '../domain';
import { bodyRowHeight, closingSplit, isFormulaLike, sheetReference } from '../domain';
import { payloadBytes } from './payload';

/** Measured on test/excel's fake and rounded up: the borders and the row properties (~1.4 KB), a merge (~270). */
const FIXED_BYTES = 1_600;
const MERGE_BYTES = 290;
const EDGES = [
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideHorizontal',
  'InsideVertical',
] as const;

/**
 * The body's formatting beyond its blocks, in a few calls whatever the number of rows: thin borders on the
 * table (header to the last row above the notes); one `merge(true)` per run of part, section or note rows
 * (a merge takes no list); bold, italic, alignment and heights of those rows in one `setRowProperties`, and
 * the links with their underline in one `setCellProperties` (both ExcelApi 1.9:
 * learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-setrowproperties-member(1)). The
 * row properties carry only what is invisible beyond the table (font, alignment, height), so they look the
 * same whether Excel applies them to the range's cells or to whole rows.
 */
export function formatListRows(
  sheet: Excel.Worksheet,
  spec: ListSheetDrawing,
  layout: ListSheetLayout,
): void {
  const width = layout.columns;
  const first = layout.firstBodyRow - 1;
  const count = spec.rows.length;
  if (count === 0) return;
  const tableRows = layout.firstBodyRow - layout.headerRow + tableLength(spec.rows);
  const borders = sheet.getRangeByIndexes(layout.headerRow - 1, 0, tableRows, width).format.borders;
  // A line given only its style is thin, as the ExcelJS renderer's ('thin').
  for (const edge of EDGES) borders.getItem(edge).style = 'Continuous';
  const runs = runsOf(spec.rows);
  for (const run of runs) if (run.kind !== 'closing') mergeRun(sheet, spec, first, run);
  sheet.getRangeByIndexes(first, 0, count, width).setRowProperties(rowProperties(spec));
  // After the row properties, which would otherwise set the signature's font back.
  for (const run of runs) if (run.kind === 'closing') formatClosing(sheet, spec, first, run);
  const links = linkBlock(spec.rows);
  if (links) {
    const cells = spec.rows.slice(links.top, links.bottom + 1).map((row) => linkProperties(row, links));
    const range = sheet.getRangeByIndexes(
      first + links.top,
      links.left,
      cells.length,
      links.right - links.left + 1,
    );
    range.setCellProperties(cells);
  }
}

/** What `formatListRows` sends, for the request budget. */
export function rowFormatBytes(spec: ListSheetDrawing): number {
  const links = linkBlock(spec.rows);
  const cells = links
    ? spec.rows.slice(links.top, links.bottom + 1).map((row) => linkProperties(row, links))
    : [];
  return (
    FIXED_BYTES +
    runsOf(spec.rows).reduce((sum, run) => sum + (run.kind === 'closing' ? 4 : 1), 0) * MERGE_BYTES +
    payloadBytes(rowProperties(spec)) +
    payloadBytes(cells)
  );
}

/** Consecutive merged rows of one kind: one `merge(true)` merges each of their rows. */
interface Run {
  kind: 'part' | 'section' | 'note' | 'closing';
  start: number;
  count: number;
}

function runsOf(rows: readonly ListRow[]): Run[] {
  const runs: Run[] = [];
  rows.forEach((row, i) => {
    if (row.kind === 'task' || row.kind === 'total') return;
    const last = runs[runs.length - 1];
    if (last && last.kind === row.kind && last.start + last.count === i) last.count++;
    else runs.push({ kind: row.kind, start: i, count: 1 });
  });
  return runs;
}

/** A part or note line across the table; a section's title across all but its TT column (centred). */
function mergeRun(sheet: Excel.Worksheet, spec: ListSheetDrawing, first: number, run: Run): void {
  const width = spec.header.length;
  const from = run.kind === 'section' ? 1 : 0;
  if (width - from > 1) sheet.getRangeByIndexes(first + run.start, from, run.count, width - from).merge(true);
  if (run.kind === 'section' && spec.align[0] !== 'center')
    sheet.getRangeByIndexes(first + run.start, 0, run.count, 1).format.horizontalAlignment = 'Center';
}

/**
 * The closing's halves merged row by row: the recipients read from the left (the "Nơi nhận:" line bold
 * italic), the signature block bold and centred.
 */
function formatClosing(sheet: Excel.Worksheet, spec: ListSheetDrawing, first: number, run: Run): void {
  const width = spec.header.length;
  const split = closingSplit(spec.widths);
  const left = sheet.getRangeByIndexes(first + run.start, 0, run.count, split);
  if (split > 1) left.merge(true);
  left.format.horizontalAlignment = 'Left';
  for (let i = 0; i < run.count; i++) {
    const row = spec.rows[run.start + i];
    if (row?.kind === 'closing' && row.heading) {
      const font = sheet.getRangeByIndexes(first + run.start + i, 0, 1, 1).format.font;
      font.bold = true;
      font.italic = true;
    }
  }
  if (split >= width) return;
  const right = sheet.getRangeByIndexes(first + run.start, split, run.count, width - split);
  if (width - split > 1) right.merge(true);
  right.format.horizontalAlignment = 'Center';
  right.format.font.bold = true;
}

/**
 * Per body row: bold parts, sections and totals, italic notes; part and note lines read from the left
 * whatever their first column's alignment; every row whose text wraps gets its height (bodyRowHeight:
 * Excel does not fit merged cells, and a printout must never overlap).
 */
function rowProperties(spec: ListSheetDrawing): Excel.SettableRowProperties[] {
  return spec.rows.map((row) => {
    const rowHeight = bodyRowHeight(row, spec.widths);
    const height = rowHeight === undefined ? {} : { rowHeight };
    if (row.kind === 'task') return rowHeight === undefined ? {} : { format: height };
    if (row.kind === 'total') return { format: { font: { bold: true }, ...height } };
    if (row.kind === 'closing') return rowHeight === undefined ? {} : { format: height };
    const general =
      spec.align[0] === 'left' || row.kind === 'section' ? {} : { horizontalAlignment: 'General' as const };
    const font = row.kind === 'note' ? { italic: true } : { bold: true };
    return { format: { font, ...general, ...height } };
  });
}

/** The smallest block of body rows and columns holding every link, 0-based within the body; none: undefined. */
function linkBlock(
  rows: readonly ListRow[],
): { top: number; bottom: number; left: number; right: number } | undefined {
  let block: { top: number; bottom: number; left: number; right: number } | undefined;
  rows.forEach((row, i) => {
    if (row.kind !== 'task' && row.kind !== 'total') return;
    row.cells.forEach((cell, c) => {
      if (typeof cell !== 'object') return;
      block = block
        ? { top: block.top, bottom: i, left: Math.min(block.left, c), right: Math.max(block.right, c) }
        : { top: i, bottom: i, left: c, right: c };
    });
  });
  return block;
}

function linkProperties(
  row: ListRow,
  block: { left: number; right: number },
): Excel.SettableCellProperties[] {
  const cells: ListCell[] = row.kind === 'task' || row.kind === 'total' ? row.cells : [];
  return Array.from({ length: block.right - block.left + 1 }, (_, i) => {
    const cell = cells[block.left + i];
    if (typeof cell !== 'object') return {};
    return { hyperlink: hyperlink(cell.text, cell.link), format: { font: { underline: 'Single' } } };
  });
}

/**
 * The cell's value was written (as literal text) with its block; `textToDisplay` repeats it only when it
 * cannot be taken for a formula, since Office does not document how it reads that text.
 */
function hyperlink(text: string, target: LinkTarget): Excel.RangeHyperlink {
  const shown = isFormulaLike(text) ? {} : { textToDisplay: text };
  return 'file' in target
    ? { address: target.file, ...shown }
    : { documentReference: sheetReference(target.sheet, target.cell), ...shown };
}

/** Notes and the closing follow the table; the borders end at the last row above them. */
function tableLength(rows: readonly ListRow[]): number {
  let last = rows.length;
  while (last > 0 && (rows[last - 1]?.kind === 'note' || rows[last - 1]?.kind === 'closing')) last--;
  return last;
}
