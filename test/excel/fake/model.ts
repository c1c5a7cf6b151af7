import type { CellArea, CellValue } from '../../../src/domain';
import { cellAddress, columnLetter, formatArea, parseArea } from '../../../src/domain';
import { FakeOfficeError } from './errors';

/**
 * The workbook as Excel holds it, as plain data: tests seed it, the proxies of ./proxies.ts change it at
 * `context.sync()`, and tests compare deep copies of it before and after. Only the keys that differ from
 * Excel's defaults are present (an empty cell has no entry; a cell in "General" has no numberFormat), so a
 * sheet that was changed and then restored deep-equals its snapshot.
 */
export type Scalar = string | number | boolean;

export interface Hyperlink {
  address?: string;
  documentReference?: string;
  screenTip?: string;
  textToDisplay?: string;
}

export interface CellModel {
  value?: Scalar;
  /** Set when a written string became a formula; `value` is then what the fake "computes": '#NAME?'. */
  formula?: string;
  /** Excel's display text when it differs from the plain rendering of the value (seeded dates, say). */
  text?: string;
  /** The value was written as '… (Excel's text-literal prefix, not part of the value). */
  quotePrefix?: true;
  numberFormat?: string;
  bold?: true;
  fill?: string;
  wrapText?: true;
  verticalAlignment?: string;
  hyperlink?: Hyperlink;
  /** Font and alignment beyond bold (the agency sheets): only where set. */
  fontName?: string;
  fontSize?: number;
  italic?: true;
  underline?: string;
  fontColor?: string;
  horizontalAlignment?: string;
  /** The lines on the cell's edges, as `RangeFormat.borders` set them. */
  borders?: Partial<Record<BorderEdge, BorderLine>>;
}

export type BorderEdge = 'top' | 'bottom' | 'left' | 'right';
export interface BorderLine {
  style?: string;
  weight?: string;
}

/** What `Worksheet.pageLayout` set (ExcelApi 1.9); absent keys are Excel's defaults. */
export interface PageLayoutModel {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  centerHorizontally?: boolean;
  leftMargin?: number;
  rightMargin?: number;
  topMargin?: number;
  bottomMargin?: number;
  headerMargin?: number;
  footerMargin?: number;
  /** "$5:$5". */
  printTitleRows?: string;
  centerFooter?: string;
}

/**
 * A conditional format has no identity of its own: its `id` is its priority, its position in the
 * collection (https://learn.microsoft.com/javascript/api/excel/excel.conditionalformat#excel-excel-conditionalformat-id-member:
 * "The priority of the conditional format in the current ConditionalFormatCollection"), and priorities
 * stay contiguous ("Changing this also changes other conditional formats' priorities, to allow for a
 * contiguous priority order"): deleting one renumbers the ones after it.
 */
export interface ConditionalFormatModel {
  type: string;
  /** Custom formats: the rule's formula and the fill it applies. */
  formula?: string;
  fill?: string;
  /** The areas it applies to, as A1 addresses ("E60:E62"). */
  appliesTo: string[];
}

export type Visibility = 'Visible' | 'Hidden' | 'VeryHidden';

export interface SheetModel {
  /** Worksheet.id: Excel's own key, kept when the sheet is renamed ("{…}"). */
  id: string;
  name: string;
  visibility: Visibility;
  /** By A1 address ("E110"). */
  cells: Record<string, CellModel>;
  /** Merged areas as A1 addresses. */
  merges: string[];
  /** In priority order (index 0 is evaluated first). */
  conditionalFormats: ConditionalFormatModel[];
  /** Note text by cell. */
  notes: Record<string, string>;
  /** Worksheet custom properties; keys compare case-insensitively. */
  customProperties: Record<string, string>;
  /** Column widths in points by column letter, where set. */
  columnWidths: Record<string, number>;
  frozenRows: number;
  /** Row heights in points by row number, where set (not by autofit or the standard height). */
  rowHeights?: Record<number, number>;
  pageLayout?: PageLayoutModel;
  /** Hidden rows, ascending; absent when none (Excel's default). */
  hiddenRows?: number[];
  /** Set while a temporary named sheet view is entered (Excel on the web): rows hidden in it. */
  sheetView?: TemporaryViewModel;
  /** Data validation by the area it was set on (`Range.dataValidation`). */
  dataValidations?: DataValidationModel[];
  /** Excel tables (`Worksheet.tables`). */
  tables?: TableModel[];
}

export interface TableModel {
  /** Unique in the workbook with the defined names, ignoring case. */
  name: string;
  /** Header row and body, A1. */
  area: string;
  hasHeaders: boolean;
  style: string;
  showBandedRows: boolean;
}

export interface DataValidationModel {
  area: string;
  list?: { inCellDropDown: boolean; source: string };
  errorAlert?: { showAlert: boolean; style?: string; title?: string; message?: string };
  prompt?: { showPrompt: boolean; title?: string; message?: string };
}

/** A temporary sheet view: its own hidden rows, gone with the view. */
export interface TemporaryViewModel {
  hiddenRows?: number[];
}

export interface WorkbookModel {
  sheets: SheetModel[];
  activeSheet: string;
  selection: { sheet: string; address: string } | null;
  /** The add-in's settings (Workbook.settings); absent when none. */
  settings?: Record<string, unknown>;
  /** Defined names (`Workbook.names`), which share the tables' name space. */
  names?: string[];
}

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;
export const WHOLE_SHEET: CellArea = { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS };

/** What tests seed: values from `top`/`left` (A1 by default), display texts where they differ, and the rest. */
export interface SheetSeed {
  name: string;
  rows?: ReadonlyArray<ReadonlyArray<CellValue | undefined>>;
  /** Display texts parallel to `rows` ('' or undefined: the plain rendering of the value). */
  texts?: ReadonlyArray<ReadonlyArray<string | undefined>>;
  top?: number;
  left?: number;
  merges?: string[];
  visibility?: Visibility;
  customProperties?: Record<string, string>;
  notes?: Record<string, string>;
  fills?: Record<string, string>;
  conditionalFormats?: ConditionalFormatModel[];
  hiddenRows?: number[];
}

export function seedWorkbook(sheets: readonly SheetSeed[], activeSheet?: string): WorkbookModel {
  const model: WorkbookModel = {
    sheets: [],
    activeSheet: activeSheet ?? sheets[0]?.name ?? '',
    selection: null,
  };
  for (const seed of sheets) model.sheets.push(seedSheet(model, seed));
  return model;
}

function seedSheet(model: WorkbookModel, seed: SheetSeed): SheetModel {
  const sheet = emptySheet(seed.name);
  const top = seed.top ?? 1;
  const left = seed.left ?? 1;
  (seed.rows ?? []).forEach((row, r) =>
    row.forEach((value, c) => {
      if (value === null || value === undefined || value === '') return;
      const text = seed.texts?.[r]?.[c];
      const cell: CellModel = { value };
      if (text !== undefined && text !== '' && text !== render(value)) cell.text = text;
      sheet.cells[cellAddress(top + r, left + c)] = cell;
    }),
  );
  sheet.merges = [...(seed.merges ?? [])];
  sheet.visibility = seed.visibility ?? 'Visible';
  sheet.customProperties = { ...seed.customProperties };
  sheet.notes = { ...seed.notes };
  if (seed.hiddenRows?.length) sheet.hiddenRows = [...seed.hiddenRows].sort((a, b) => a - b);
  for (const [address, color] of Object.entries(seed.fills ?? {})) cellAt(sheet, address).fill = color;
  sheet.conditionalFormats = (seed.conditionalFormats ?? []).map((format) => ({ ...format }));
  return sheet;
}

let sheetIds = 0;

export function emptySheet(name: string): SheetModel {
  sheetIds++;
  return {
    id: `{00000000-0001-0000-0000-${String(sheetIds).padStart(12, '0')}}`,
    name,
    visibility: 'Visible',
    cells: {},
    merges: [],
    conditionalFormats: [],
    notes: {},
    customProperties: {},
    columnWidths: {},
    frozenRows: 0,
  };
}

/**
 * A sheet by its name, compared without regard to case as Excel does, or by its id
 * (WorksheetCollection.getItem: "Gets a worksheet object using its name or ID").
 */
export function findSheet(model: WorkbookModel, name: string): SheetModel | undefined {
  const key = name.toLocaleLowerCase('vi');
  return model.sheets.find((sheet) => sheet.name.toLocaleLowerCase('vi') === key || sheet.id === name);
}

/** How Excel prefixes an address with its sheet: quoted unless the name is plain letters, digits, _. */
export function qualified(sheet: SheetModel, area: string): string {
  const name = /^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet.name)
    ? sheet.name
    : `'${sheet.name.replace(/'/g, "''")}'`;
  return `${name}!${area}`;
}

/** An A1 address as Office.js accepts it: "E110", "$E$110", "A1:F6", optionally "'Sheet'!E110". */
export function parseAddress(address: string): CellArea {
  const bare = address.replace(/^.*!/, '').replace(/\$/g, '').trim();
  try {
    const area = parseArea(bare);
    if (area.bottom > MAX_ROWS || area.right > MAX_COLUMNS || area.top < 1) throw new RangeError(bare);
    return area;
  } catch {
    throw new FakeOfficeError(
      'InvalidArgument',
      `The argument is invalid or missing or has an incorrect format: ${address}`,
    );
  }
}

export function cellsOf(area: CellArea): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

export function intersects(a: CellArea, b: CellArea): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function contains(outer: CellArea, inner: CellArea): boolean {
  return (
    outer.top <= inner.top &&
    outer.left <= inner.left &&
    outer.bottom >= inner.bottom &&
    outer.right >= inner.right
  );
}

/** Visits each cell of an area; refuses areas no adapter should walk cell by cell. */
export function eachCell(
  area: CellArea,
  visit: (rowNumber: number, column: number, address: string) => void,
): void {
  if (cellsOf(area) > 2_000_000)
    throw new Error(`fake: not modelled: a cell-by-cell operation on ${formatArea(area)}`);
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) visit(r, c, cellAddress(r, c));
  }
}

/** Removes keys: the model keeps only what differs from Excel's defaults. */
export function drop<T extends object>(target: T, ...keys: Array<keyof T & string>): void {
  for (const key of keys) Reflect.deleteProperty(target, key);
}

export function cellAt(sheet: SheetModel, address: string): CellModel {
  const cell = sheet.cells[address];
  if (cell) return cell;
  const created: CellModel = {};
  sheet.cells[address] = created;
  return created;
}

/** Drops a cell entry that holds nothing but defaults, so snapshots compare equal. */
export function tidy(sheet: SheetModel, address: string): void {
  const cell = sheet.cells[address];
  if (cell && Object.keys(cell).length === 0) drop(sheet.cells, address);
}

/** Office.js reports an empty cell as ''. */
export function readValue(cell: CellModel | undefined): Scalar {
  return cell?.value ?? '';
}

/** `Range.text`: Excel's rendering. Number formats are not applied beyond what was seeded. */
export function readText(cell: CellModel | undefined): string {
  if (!cell || cell.value === undefined) return '';
  return cell.text ?? render(cell.value);
}

function render(value: Scalar): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * What Office does not document about cells formatted "@" (docs/office-js-research.md §3), as a host trait
 * so tests can run a writer on both: whether an apostrophe written into such a cell is hidden as Excel's
 * text prefix or `kept` in the value, and whether a formula-like string written into it is `evaluated` or
 * kept as `text`. The fake's default is the unkind side of both.
 */
export interface TextCellTraits {
  quotePrefix: 'hidden' | 'kept';
  formulas: 'evaluated' | 'text';
}
export const UNKIND_TEXT_CELLS: TextCellTraits = { quotePrefix: 'kept', formulas: 'evaluated' };

/**
 * How Excel takes a value written through `Range.values` (learn.microsoft.com/javascript/api/excel/excel.range
 * #values): a string starting with "=", "+" or "-" is a formula (and "@", as the Excel UI treats it); a
 * leading apostrophe keeps the rest as text; a number-like string in a cell not formatted as text becomes a
 * number. In a cell formatted "@", the undocumented cases follow `traits`.
 */
export function writeValue(
  sheet: SheetModel,
  address: string,
  input: unknown,
  traits: TextCellTraits = UNKIND_TEXT_CELLS,
): void {
  const cell = cellAt(sheet, address);
  delete cell.value;
  delete cell.formula;
  delete cell.text;
  delete cell.quotePrefix;
  if (input === null || input === undefined || input === '') return tidy(sheet, address);
  if (typeof input === 'number' || typeof input === 'boolean') {
    cell.value = input;
    return;
  }
  if (typeof input !== 'string')
    throw new FakeOfficeError('InvalidArgument', `Unsupported value ${String(input)}`);
  const textCell = cell.numberFormat === '@';
  if (input.startsWith("'") && !(textCell && traits.quotePrefix === 'kept')) {
    cell.quotePrefix = true;
    if (input.length > 1) cell.value = input.slice(1);
  } else if (NUMBER.test(input.trim()) && !textCell) {
    cell.value = Number(input);
  } else if (/^[=+\-@]/.test(input) && !(textCell && traits.formulas === 'text')) {
    cell.formula = input;
    cell.value = formulaValue(input);
  } else {
    cell.value = input;
  }
}

/**
 * What the fake "computes" for a formula: a formula made only of string constants and CHAR(n) joined by
 * "&" gives its text, as Excel's formula language defines it; any other gives '#NAME?'.
 */
export function formulaValue(formula: string): string {
  const body = /^=(.*)$/su.exec(formula)?.[1];
  if (body === undefined) return '#NAME?';
  const part = /^(?:"((?:[^"]|"")*)"|CHAR\((\d+)\))/u;
  let rest = body;
  let text = '';
  for (;;) {
    const match = part.exec(rest);
    if (!match) return '#NAME?';
    text += match[1] !== undefined ? match[1].replace(/""/g, '"') : String.fromCharCode(Number(match[2]));
    rest = rest.slice(match[0].length);
    if (rest === '') return text;
    if (!rest.startsWith('&')) return '#NAME?';
    rest = rest.slice(1);
  }
}

const LIST_FORMATS = [
  'fontName',
  'fontSize',
  'italic',
  'underline',
  'fontColor',
  'horizontalAlignment',
  'borders',
] as const;

/** Clears contents and/or formats of an area, as `Range.clear(applyTo)` does. */
export function clearArea(sheet: SheetModel, area: CellArea, applyTo: string): void {
  const contents = applyTo === 'All' || applyTo === 'Contents';
  const formats = applyTo === 'All' || applyTo === 'Formats';
  const links = applyTo === 'All' || applyTo === 'Hyperlinks';
  for (const address of Object.keys(sheet.cells)) {
    if (!intersects(area, parseArea(address))) continue;
    const cell = cellAt(sheet, address);
    if (contents) drop(cell, 'value', 'formula', 'text', 'quotePrefix');
    if (formats) drop(cell, 'numberFormat', 'bold', 'fill', 'wrapText', 'verticalAlignment', ...LIST_FORMATS);
    if (links) delete cell.hyperlink;
    tidy(sheet, address);
  }
  if (formats) {
    sheet.merges = sheet.merges.filter((merge) => !intersects(area, parseArea(merge)));
    clearConditionalFormats(sheet, area);
  }
  if (applyTo === 'All') {
    for (const address of Object.keys(sheet.notes))
      if (intersects(area, parseArea(address))) drop(sheet.notes, address);
  }
}

function clearConditionalFormats(sheet: SheetModel, area: CellArea): void {
  for (const format of sheet.conditionalFormats) {
    const kept = format.appliesTo.filter((applied) => {
      const a = parseArea(applied);
      if (intersects(area, a) && !contains(area, a)) {
        throw new Error('fake: not modelled: clearing part of the area a conditional format applies to');
      }
      return !contains(area, a);
    });
    format.appliesTo = kept;
  }
  sheet.conditionalFormats = sheet.conditionalFormats.filter((format) => format.appliesTo.length > 0);
}

export function columnsOf(area: CellArea): string[] {
  return Array.from({ length: area.right - area.left + 1 }, (_, i) => columnLetter(area.left + i));
}

/** Bounding box of cells with a value (valuesOnly) or with anything at all. */
export function usedArea(sheet: SheetModel, valuesOnly: boolean): CellArea | null {
  let area: CellArea | null = null;
  for (const [address, cell] of Object.entries(sheet.cells)) {
    if (valuesOnly && cell.value === undefined) continue;
    const { top, left } = parseArea(address);
    area = area
      ? {
          top: Math.min(area.top, top),
          left: Math.min(area.left, left),
          bottom: Math.max(area.bottom, top),
          right: Math.max(area.right, left),
        }
      : { top, left, bottom: top, right: left };
  }
  return area;
}

export function deepCopy<T>(value: T): T {
  return structuredClone(value);
}
