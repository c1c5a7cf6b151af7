import type { ListCell, ListRow, ListSheetDrawing, ListSheetLayout } from '../domain';
import {
  closingSplit,
  columnPoints,
  LIST_SHEET_MARGINS,
  LIST_SHEET_STYLE,
  listCellText,
  listSheetLayout,
  mergedRowHeight,
  printScale,
} from '../domain';
import { formatListRows, rowFormatBytes } from './listSheetRows';
import { literalBlock } from './literalText';
import type { RequestBudget } from './payload';
import { payloadBytes } from './payload';

/**
 * What a sheet's set-up sends besides its texts (fonts, widths, page layout, title and header): measured on
 * test/excel's fake, which shapes requests like Office.js (~5.3 KB for six columns), rounded up.
 */
const SETUP_BYTES = 5_400;
const SETUP_BYTES_PER_COLUMN = 100;
/** One body block's calls besides its values (~0.6 KB measured). */
const BLOCK_BYTES = 700;
/** Body rows written per 2-D array: a block alone stays far below the payload budget. */
const BLOCK_ROWS = 500;

const HEADER_FILL = '#F2F2F2';

/**
 * Draws a list sheet spec inside Excel as the ExcelJS renderer (src/xlsx/writeListSheet.ts) draws it into a
 * file: title lines merged across the table (the first bold, 14 pt), a bold shaded header repeated on every
 * printed page and frozen, a bordered wrapped body with merged part, section and note rows, links, A4
 * landscape fitted to one page wide with page numbers, Times New Roman 12. Queue-only: the sheet is new or
 * was just cleared, and nothing syncs except when the budget says the request is full. Text stays text:
 * cells get their formats before their values, both from `literalBlock` (literalText.ts). Whole blocks are formatted at
 * once, and the rows and columns that differ through one properties call each (setRowProperties,
 * setColumnProperties, setCellProperties: ExcelApi 1.9), so a sheet costs a few dozen calls, not one per row.
 * PageLayout is ExcelApi 1.9 (learn.microsoft.com/javascript/api/excel/excel.pagelayout); the manifest asks
 * for 1.13.
 * @example await writeListSheet(sheet, agencySheetSpec(list, lists, { sheetName: 'Sở Ngoại vụ' }), budget)
 */
export async function writeListSheet(
  sheet: Excel.Worksheet,
  spec: ListSheetDrawing,
  budget: RequestBudget,
): Promise<void> {
  const layout = listSheetLayout(spec);
  await budget.spend(
    SETUP_BYTES + SETUP_BYTES_PER_COLUMN * layout.columns + 2 * payloadBytes([spec.title, spec.header]),
  );
  setUpSheet(sheet, spec, layout);
  writeTitles(sheet, spec);
  writeHeader(sheet, spec, layout);
  await writeBody(sheet, spec, layout, budget);
  await budget.spend(rowFormatBytes(spec));
  formatListRows(sheet, spec, layout);
}

// A column's rule, alert and prompt (measured like the other calls: under 1 KB).
const CHOICE_BYTES = 1_000;

/**
 * The dropdowns of a new appendix (ExcelApi 1.8): each column offers a column of the choices sheet, given
 * as a Range object as the documentation allows (learn.microsoft.com/javascript/api/excel/
 * excel.listdatavalidation#excel-excel-listdatavalidation-source-member); no error alert, so several
 * agencies or an unlisted name can still be typed.
 */
export async function writeChoices(
  worksheets: Excel.WorksheetCollection,
  sheet: Excel.Worksheet,
  spec: ListSheetDrawing,
  budget: RequestBudget,
): Promise<void> {
  if (!spec.choices || spec.rows.length === 0) return;
  await budget.spend(CHOICE_BYTES * spec.choices.length);
  const layout = listSheetLayout(spec);
  for (const choice of spec.choices) {
    const cells = sheet.getRangeByIndexes(layout.firstBodyRow - 1, choice.column, spec.rows.length, 1);
    const source = worksheets.getItem(choice.sheet).getRange(choice.range);
    cells.dataValidation.rule = { list: { inCellDropDown: true, source } };
    cells.dataValidation.errorAlert = { showAlert: false, style: 'Information', title: '', message: '' };
    cells.dataValidation.prompt = { showPrompt: true, title: '', message: choice.prompt };
  }
}

function setUpSheet(sheet: Excel.Worksheet, spec: ListSheetDrawing, layout: ListSheetLayout): void {
  const lastRow = layout.headerRow + spec.rows.length;
  const all = sheet.getRangeByIndexes(0, 0, lastRow, layout.columns);
  all.format.font.name = LIST_SHEET_STYLE.font;
  all.format.font.size = LIST_SHEET_STYLE.fontSize;
  all.format.wrapText = true;
  // Widths, and each column's alignment; the title, header, part and note rows override it afterwards.
  all.setColumnProperties(
    spec.widths.map((chars, c) => ({
      format: {
        columnWidth: columnPoints(chars),
        horizontalAlignment: spec.align[c] === 'center' ? 'Center' : 'Left',
      },
    })),
  );
  const page = sheet.pageLayout;
  page.orientation = 'Landscape';
  page.paperSize = 'A4';
  // The table fitted to the page's width by a documented scale (10–400), as in the file (listSheetPrint.ts).
  page.zoom = { scale: printScale(spec.widths) };
  page.centerHorizontally = true;
  page.setPrintMargins('Inches', LIST_SHEET_MARGINS);
  page.setPrintTitleRows(`$${layout.headerRow}:$${layout.headerRow}`);
  page.headersFooters.defaultForAllPages.centerFooter = spec.footer;
  sheet.freezePanes.freezeRows(layout.headerRow);
}

function writeTitles(sheet: Excel.Worksheet, spec: ListSheetDrawing): void {
  const width = spec.header.length;
  const count = spec.title.length;
  if (count === 0) return;
  const block = sheet.getRangeByIndexes(0, 0, count, width);
  const { formats, values } = literalBlock(spec.title.map((line) => padded([line], width)));
  block.numberFormat = formats;
  block.values = values;
  if (width > 1) block.merge(true);
  // The heading bold and larger, the other lines italic; long lines taller (merged cells do not grow).
  block.setRowProperties(
    spec.title.map((line, i) => {
      const rowHeight = mergedRowHeight(line, spec.widths);
      const font = i === 0 ? { bold: true, size: LIST_SHEET_STYLE.titleFontSize } : { italic: true };
      return { format: { font, ...(rowHeight === undefined ? {} : { rowHeight }) } };
    }),
  );
}

function writeHeader(sheet: Excel.Worksheet, spec: ListSheetDrawing, layout: ListSheetLayout): void {
  const header = sheet.getRangeByIndexes(layout.headerRow - 1, 0, 1, layout.columns);
  const { formats, values } = literalBlock([padded(spec.header, layout.columns)]);
  header.numberFormat = formats;
  header.values = values;
  header.format.font.bold = true;
  header.format.fill.color = HEADER_FILL;
  // Titles, the blank row and the header, centred in one call each.
  const top = sheet.getRangeByIndexes(0, 0, layout.headerRow, layout.columns).format;
  top.horizontalAlignment = 'Center';
  top.verticalAlignment = 'Center';
}

/** The body in blocks of rows, each one 2-D array of values and one of number formats. */
async function writeBody(
  sheet: Excel.Worksheet,
  spec: ListSheetDrawing,
  layout: ListSheetLayout,
  budget: RequestBudget,
): Promise<void> {
  const width = layout.columns;
  for (let start = 0; start < spec.rows.length; start += BLOCK_ROWS) {
    const rows = spec.rows.slice(start, start + BLOCK_ROWS).map((row) => rowCells(row, spec.widths));
    const { formats, values } = literalBlock(rows.map((cells) => cells.map(listCellText)));
    await budget.spend(payloadBytes(values) + payloadBytes(formats) + BLOCK_BYTES);
    const block = sheet.getRangeByIndexes(layout.firstBodyRow - 1 + start, 0, rows.length, width);
    block.numberFormat = formats;
    block.values = values;
    block.format.verticalAlignment = 'Top';
    // Not every host grows a row an add-in writes; merged rows get their heights afterwards.
    block.format.autofitRows();
  }
}

function rowCells(row: ListRow, widths: readonly number[]): ListCell[] {
  const width = widths.length;
  switch (row.kind) {
    case 'part':
    case 'note':
      return padded([row.text], width);
    case 'section':
      return padded([row.tt, row.title], width);
    case 'closing': {
      const cells = padded([row.left], width);
      const split = closingSplit(widths);
      if (split < width) cells[split] = row.right;
      return cells;
    }
    default:
      return padded(row.cells, width);
  }
}

function padded<T extends ListCell>(cells: readonly T[], width: number): Array<T | ''> {
  const row: Array<T | ''> = cells.slice(0, width);
  while (row.length < width) row.push('');
  return row;
}
