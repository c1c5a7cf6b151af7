import type ExcelJS from 'exceljs';
import type { LinkTarget, ListCell, ListRow, ListSheetDrawing } from '../domain';
import { sheetTables } from './sheetTables';
import { mergeOwnArea } from './worksheetInternals';
import {
  bodyRowHeight,
  closingSplit,
  excelTableName,
  LIST_SHEET_MARGINS,
  LIST_SHEET_STYLE,
  listSheetLayout,
  mergedRowHeight,
  printScale,
  sheetReference,
} from '../domain';

const A4 = 9; // ExcelJS's PaperSize.A4 is a const enum, which isolated-module builds cannot inline.
const THIN: Partial<ExcelJS.Border> = { style: 'thin' };
const BORDERS: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const font = (extra: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> => ({
  name: LIST_SHEET_STYLE.font,
  size: LIST_SHEET_STYLE.fontSize,
  ...extra,
});
type Look = Partial<ExcelJS.Style>;
type Align = Partial<ExcelJS.Alignment>;

/**
 * Every look a list sheet uses, each one frozen style object shared by all the cells that have it. ExcelJS
 * renders a cell's style to XML to find its number unless it has seen that very object before (its
 * WeakMap), so a 50,000-row split rendered 400,000 styles; shared, it renders a dozen. Frozen, so a later
 * `cell.font = …` (which would change every cell of that look) throws instead.
 */
class Looks {
  private readonly byKey = new Map<string, Look>();
  private readonly bordered = new WeakMap<Look, Look>();

  of(key: string, make: () => Look): Look {
    let look = this.byKey.get(key);
    if (look === undefined) this.byKey.set(key, (look = deepFreeze(make())));
    return look;
  }

  /** The same look with a thin border all round. */
  withBorders(look: Look): Look {
    let bordered = this.bordered.get(look);
    if (bordered === undefined)
      this.bordered.set(look, (bordered = deepFreeze({ ...look, border: BORDERS })));
    return bordered;
  }

  text(key: string, fontExtra: Partial<ExcelJS.Font>, alignment: Align): Look {
    return this.of(key, () => ({ font: font(fontExtra), alignment }));
  }
}

function deepFreeze<T extends object>(value: T): T {
  for (const inner of Object.values(value))
    if (typeof inner === 'object' && inner !== null && !Object.isFrozen(inner)) deepFreeze(inner as object);
  return Object.freeze(value);
}

/**
 * Draws a list sheet spec with ExcelJS: title lines merged across the table, a bordered header repeated on
 * every printed page and frozen, wrapped bordered body, A4 landscape fitted to one page wide, Times New
 * Roman. Strings are written as strings, so a value starting with "=" stays text.
 */
export function writeListSheet(workbook: ExcelJS.Workbook, spec: ListSheetDrawing): ExcelJS.Worksheet {
  const layout = listSheetLayout(spec);
  const sheet = workbook.addWorksheet(spec.name, {
    views: [{ state: 'frozen', ySplit: layout.headerRow, xSplit: 0 }],
  });
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: A4 as ExcelJS.PageSetup['paperSize'],
    orientation: LIST_SHEET_STYLE.orientation,
    // Fitted to the page's width by a scale, as inside Excel (listSheetPrint.ts): documented values only.
    fitToPage: false,
    scale: printScale(spec.widths),
    printTitlesRow: `${layout.headerRow}:${layout.headerRow}`,
    horizontalCentered: true,
    margins: LIST_SHEET_MARGINS,
  };
  sheet.headerFooter = { oddFooter: `&C${spec.footer}` };
  spec.widths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  const looks = new Looks();
  spec.title.forEach((line, i) => writeTitle(sheet, looks, i + 1, line, i === 0, spec.widths));
  writeHeader(sheet, looks, layout.headerRow, spec);
  spec.rows.forEach((row, i) => {
    writeRow(sheet, looks, layout.firstBodyRow + i, row, spec);
    const height = bodyRowHeight(row, spec.widths);
    if (height !== undefined) sheet.getRow(layout.firstBodyRow + i).height = height;
  });
  writeChoices(sheet, spec, layout.firstBodyRow);
  if (spec.table) writeTable(workbook, sheet, spec, layout.headerRow);
  return sheet;
}

/**
 * The header and body as an Excel table, named apart from the workbook's tables and defined names. ExcelJS
 * writes the header and rows again into the cells; they are the same texts, and the cells keep the
 * borders and fonts drawn above (a table column without a style leaves them).
 */
function writeTable(
  workbook: ExcelJS.Workbook,
  sheet: ExcelJS.Worksheet,
  spec: ListSheetDrawing,
  headerRow: number,
): void {
  const taken = [
    ...workbook.worksheets.flatMap((each) => sheetTables(each).map((table) => table.name)),
    ...workbook.definedNames.model.map((defined) => defined.name),
  ];
  sheet.addTable({
    name: excelTableName(spec.name, taken),
    ref: `A${headerRow}`,
    headerRow: true,
    style: { theme: 'TableStyleLight1', showRowStripes: false },
    columns: spec.header.map((name) => ({ name, filterButton: true })),
    rows: spec.rows.map((row) => {
      if (row.kind !== 'task') throw new Error(`A table holds task rows only, not "${row.kind}"`);
      return row.cells.map((cell) => (cell === '' ? null : typeof cell === 'object' ? cell.text : cell));
    }),
  });
}

/** The dropdowns of a new appendix: a list read from the choices sheet, any other text still accepted. */
function writeChoices(sheet: ExcelJS.Worksheet, spec: ListSheetDrawing, firstBodyRow: number): void {
  for (const choice of spec.choices ?? [])
    for (let r = 0; r < spec.rows.length; r++)
      sheet.getCell(firstBodyRow + r, choice.column + 1).dataValidation = {
        type: 'list',
        allowBlank: true,
        formulae: [sheetReference(choice.sheet, choice.range)],
        showErrorMessage: false,
        showInputMessage: true,
        prompt: choice.prompt,
      };
}

const CENTRED: Align = { horizontal: 'center', vertical: 'middle', wrapText: true };
const TOP_WRAPPED: Align = { vertical: 'top', wrapText: true };

function writeTitle(
  sheet: ExcelJS.Worksheet,
  looks: Looks,
  rowNumber: number,
  text: string,
  main: boolean,
  widths: number[],
) {
  const look = main
    ? looks.text('title', { bold: true, size: LIST_SHEET_STYLE.titleFontSize }, CENTRED)
    : looks.text('subtitle', { italic: true }, CENTRED);
  mergedText(sheet, look, rowNumber, widths, text);
}

function writeHeader(
  sheet: ExcelJS.Worksheet,
  looks: Looks,
  rowNumber: number,
  spec: ListSheetDrawing,
): void {
  const look = looks.of('header', () => ({
    font: font({ bold: true }),
    alignment: CENTRED,
    border: BORDERS,
    fill: HEADER_FILL,
  }));
  spec.header.forEach((title, i) => {
    const cell = sheet.getCell(rowNumber, i + 1);
    cell.value = title;
    cell.style = look;
  });
}

function writeRow(
  sheet: ExcelJS.Worksheet,
  looks: Looks,
  rowNumber: number,
  row: ListRow,
  spec: ListSheetDrawing,
): void {
  switch (row.kind) {
    case 'part':
      mergedText(sheet, looks.text('part', { bold: true }, TOP_WRAPPED), rowNumber, spec.widths, row.text);
      borderRow(sheet, looks, rowNumber, spec.widths.length);
      return;
    case 'note':
      mergedText(sheet, looks.text('note', { italic: true }, TOP_WRAPPED), rowNumber, spec.widths, row.text);
      return;
    case 'section':
      writeSection(sheet, looks, rowNumber, row, spec);
      return;
    case 'closing':
      writeClosing(sheet, looks, rowNumber, row, spec.widths);
      return;
    default:
      row.cells.forEach((value, i) =>
        writeCell(sheet.getCell(rowNumber, i + 1), looks, value, spec.align[i] ?? 'left', row.kind),
      );
  }
}

function writeSection(
  sheet: ExcelJS.Worksheet,
  looks: Looks,
  rowNumber: number,
  row: Extract<ListRow, { kind: 'section' }>,
  spec: ListSheetDrawing,
): void {
  const tt = sheet.getCell(rowNumber, 1);
  tt.value = row.tt;
  tt.style = looks.text('section number', { bold: true }, { horizontal: 'center', vertical: 'top' });
  mergedText(sheet, looks.text('section', { bold: true }, TOP_WRAPPED), rowNumber, spec.widths, row.title, 2);
  borderRow(sheet, looks, rowNumber, spec.widths.length);
}

/**
 * Recipients on the left half (the heading bold italic), the signature block bold and centred on the
 * right, each half merged on every closing row as inside Excel; an empty half holds no value.
 */
function writeClosing(
  sheet: ExcelJS.Worksheet,
  looks: Looks,
  rowNumber: number,
  row: Extract<ListRow, { kind: 'closing' }>,
  widths: readonly number[],
): void {
  const split = closingSplit(widths);
  const leftLook = row.heading
    ? looks.text('recipients heading', { bold: true, italic: true }, TOP_WRAPPED)
    : looks.text('recipients', {}, TOP_WRAPPED);
  const left = mergedText(sheet, leftLook, rowNumber, widths.slice(0, split), row.left);
  if (row.left === '') left.value = null;
  if (split >= widths.length) return;
  const rightLook = looks.text(
    'signature',
    { bold: true },
    { horizontal: 'center', vertical: 'top', wrapText: true },
  );
  const right = mergedText(sheet, rightLook, rowNumber, widths, row.right, split + 1);
  if (row.right === '') right.value = null;
}

function writeCell(
  cell: ExcelJS.Cell,
  looks: Looks,
  value: ListCell,
  align: Align['horizontal'],
  kind: string,
) {
  const link = typeof value === 'object';
  cell.value = link ? linkValue(value.text, value.link) : value;
  const bold = kind === 'total';
  cell.style = looks.of(`cell ${bold} ${link} ${align}`, () => ({
    font: font({ bold, ...(link ? { underline: true } : {}) }),
    alignment: { horizontal: align, vertical: 'top', wrapText: true },
    border: BORDERS,
  }));
}

/**
 * A link to a file is an ordinary hyperlink. A link inside the workbook is a HYPERLINK formula: ExcelJS
 * 4.4 writes an in-workbook hyperlink as an external one as well, which Excel opens as a broken address
 * (exceljs/exceljs#3027). The formula is ours; the texts in it are quoted, never evaluated.
 */
function linkValue(text: string, target: LinkTarget): ExcelJS.CellValue {
  if ('file' in target) return { text, hyperlink: target.file };
  const address = `#'${target.sheet.replace(/'/gu, "''")}'!${target.cell}`;
  const quote = (s: string) => `"${s.replace(/"/gu, '""')}"`;
  return { formula: `HYPERLINK(${quote(address)},${quote(text)})`, result: text };
}

/**
 * Text merged over the columns from `first` to the table's last, in one look (given before the merge, so
 * every cell of the area shares it); its row grows for a long text.
 */
function mergedText(
  sheet: ExcelJS.Worksheet,
  look: Look,
  rowNumber: number,
  widths: readonly number[],
  text: string,
  first = 1,
): ExcelJS.Cell {
  const last = Math.max(first, widths.length);
  const cell = sheet.getCell(rowNumber, first);
  cell.style = look;
  if (last > first) mergeOwnArea(sheet, rowNumber, first, rowNumber, last);
  cell.value = text;
  // Excel does not fit the height of merged cells to their text, so the row is given one.
  const height = mergedRowHeight(text, widths.slice(0, last), first - 1);
  if (height !== undefined) sheet.getRow(rowNumber).height = height;
  return cell;
}

function borderRow(sheet: ExcelJS.Worksheet, looks: Looks, rowNumber: number, columns: number): void {
  for (let column = 1; column <= columns; column++) {
    const cell = sheet.getCell(rowNumber, column);
    cell.style = looks.withBorders(cell.style);
  }
}
