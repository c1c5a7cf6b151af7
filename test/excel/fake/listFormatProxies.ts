/**
 * What the agency sheets use beyond the check's proxies: `RangeFormat.font` (name, size, bold, italic,
 * underline, color; ExcelApi 1.1), `RangeFormat.borders` (1.1), `Worksheet.pageLayout` (1.9) with its
 * headers and footers, and `Worksheet.delete` (1.1; it cannot be undone on any platform, so inside an undo
 * group it fails with UndoNotSupported and outside one it clears the undo stack:
 * learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities).
 */
import type { PathSpec, PropertyReaders, Session } from './clientObject';
import { FakeClientObject } from './clientObject';
import { FakeOfficeError } from './errors';
import { cellAddress } from '../../../src/domain';
import type { BorderEdge, BorderLine, CellModel, Hyperlink, PageLayoutModel, SheetModel } from './model';
import { cellAt, drop, eachCell, tidy } from './model';
import type { AreasTarget, RangeTarget } from './rangeProxies';

/** A range, or the areas of a RangeAreas (`Worksheet.getRanges`). */
type CellsTarget = RangeTarget | AreasTarget;

function setEach(target: CellsTarget, change: (cell: CellModel) => unknown): void {
  const areas = 'areas' in target ? target.areas : [target.area];
  for (const area of areas) {
    eachCell(area, (_r, _c, address) => {
      change(cellAt(target.sheet, address));
      tidy(target.sheet, address);
    });
  }
}

/** `RangeFormat.font`: each property applies to every cell of the range (or of every area). */
export class FakeFont extends FakeClientObject<CellsTarget> {
  protected readonly properties: PropertyReaders<CellsTarget> = {};

  set bold(bold: boolean) {
    this.queueSet('bold', bold, (target) =>
      setEach(target, (cell) => (bold ? (cell.bold = true) : delete cell.bold)),
    );
  }
  set italic(italic: boolean) {
    this.queueSet('italic', italic, (target) =>
      setEach(target, (cell) => (italic ? (cell.italic = true) : delete cell.italic)),
    );
  }
  set name(name: string) {
    this.queueSet('name', name, (target) => setEach(target, (cell) => (cell.fontName = name)));
  }
  set size(size: number) {
    this.queueSet('size', size, (target) => setEach(target, (cell) => (cell.fontSize = size)));
  }
  set underline(style: string) {
    this.queueSet('underline', style, (target) =>
      setEach(target, (cell) => (style === 'None' ? delete cell.underline : (cell.underline = style))),
    );
  }
  set color(color: string) {
    this.queueSet('color', color, (target) => setEach(target, (cell) => (cell.fontColor = color)));
  }
}

const BORDER_INDEXES = new Set([
  'EdgeTop',
  'EdgeBottom',
  'EdgeLeft',
  'EdgeRight',
  'InsideHorizontal',
  'InsideVertical',
]);

/** `RangeFormat.borders`: `getItem(index)` for the edges and the lines inside the range. */
export class FakeBorderCollection extends FakeClientObject<RangeTarget> {
  protected readonly properties: PropertyReaders<RangeTarget> = {};

  constructor(
    session: Session,
    private readonly range: () => RangeTarget,
    path: PathSpec,
  ) {
    super(session, range, path);
  }

  getItem(index: string): FakeBorder {
    return new FakeBorder(
      this.session,
      () => {
        if (!BORDER_INDEXES.has(index))
          throw new FakeOfficeError('InvalidArgument', `fake: not modelled: border ${index}`);
        return { ...this.range(), index };
      },
      { method: 'getItem', args: [index], parent: this },
    );
  }
}

type BorderTarget = RangeTarget & { index: string };

/**
 * One border line of a range, kept on the edges of the cells it touches: an edge index on the outer cells,
 * an inside index on both cells of every inner line.
 */
class FakeBorder extends FakeClientObject<BorderTarget> {
  protected readonly properties: PropertyReaders<BorderTarget> = {};

  set style(style: string) {
    this.queueSet('style', style, (target) => applyBorder(target, { style }));
  }
  set weight(weight: string) {
    this.queueSet('weight', weight, (target) => applyBorder(target, { weight }));
  }
}

function applyBorder(target: BorderTarget, line: BorderLine): void {
  const { sheet, area, index } = target;
  const set = (address: string, edge: BorderEdge) => {
    const cell = cellAt(sheet, address);
    const merged = { ...cell.borders?.[edge], ...line };
    if (merged.style === 'None') {
      const { [edge]: _removed, ...rest } = cell.borders ?? {};
      if (Object.keys(rest).length === 0) delete cell.borders;
      else cell.borders = rest;
    } else cell.borders = { ...cell.borders, [edge]: merged };
    tidy(sheet, address);
  };
  eachCell(area, (r, c, address) => {
    if (index === 'EdgeTop' && r === area.top) set(address, 'top');
    if (index === 'EdgeBottom' && r === area.bottom) set(address, 'bottom');
    if (index === 'EdgeLeft' && c === area.left) set(address, 'left');
    if (index === 'EdgeRight' && c === area.right) set(address, 'right');
    if (index === 'InsideHorizontal') {
      if (r > area.top) set(address, 'top');
      if (r < area.bottom) set(address, 'bottom');
    }
    if (index === 'InsideVertical') {
      if (c > area.left) set(address, 'left');
      if (c < area.right) set(address, 'right');
    }
  });
}

/** `Worksheet.pageLayout` (ExcelApi 1.9): what is set is kept in the sheet's `pageLayout`. */
export class FakePageLayout extends FakeClientObject<SheetModel> {
  protected readonly properties: PropertyReaders<SheetModel> = {
    // What was set, or Excel's default of 100 %.
    zoom: (sheet) => sheet.pageLayout?.zoom ?? { scale: 100 },
  };

  private setLayout<K extends keyof PageLayoutModel>(name: K, value: PageLayoutModel[K]): void {
    this.queueSet(name, value, (sheet) => (sheet.pageLayout = { ...sheet.pageLayout, [name]: value }));
  }

  set orientation(value: string) {
    this.setLayout('orientation', value);
  }
  set paperSize(value: string) {
    this.setLayout('paperSize', value);
  }
  /**
   * PageLayoutZoomOptions "must be set as a JSON object" (x.zoom = {...}); `scale` is documented "between
   * 10 and 400" and the fit-to-pages fields as a number of pages. A 0 is documented nowhere, so the fake
   * refuses it, as it refuses any value the documentation does not give (docs/office-js-research.md §7).
   */
  get zoom(): PageLayoutModel['zoom'] {
    return this.read('zoom');
  }
  set zoom(value: PageLayoutModel['zoom']) {
    const zoom = { ...value };
    const pages = [zoom.horizontalFitToPages, zoom.verticalFitToPages].filter((n) => n !== undefined);
    const badScale = zoom.scale !== undefined && !(zoom.scale >= 10 && zoom.scale <= 400);
    if (badScale || pages.some((n) => !Number.isInteger(n) || n < 1)) {
      this.queueSet('zoom', zoom, () => {
        throw new FakeOfficeError('InvalidArgument', `fake: undocumented zoom ${JSON.stringify(zoom)}`);
      });
      return;
    }
    this.setLayout('zoom', zoom);
  }
  set centerHorizontally(value: boolean) {
    this.setLayout('centerHorizontally', value);
  }
  set leftMargin(points: number) {
    this.setLayout('leftMargin', points);
  }
  set rightMargin(points: number) {
    this.setLayout('rightMargin', points);
  }
  set topMargin(points: number) {
    this.setLayout('topMargin', points);
  }
  set bottomMargin(points: number) {
    this.setLayout('bottomMargin', points);
  }
  set headerMargin(points: number) {
    this.setLayout('headerMargin', points);
  }
  set footerMargin(points: number) {
    this.setLayout('footerMargin', points);
  }

  setPrintMargins(unit: string, margins: Record<string, number>): void {
    this.queueCall('setPrintMargins', [unit, margins], (sheet) => {
      const perUnit: Record<string, number> = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 };
      const scale = perUnit[unit];
      if (scale === undefined) throw new FakeOfficeError('InvalidArgument', `Unit ${unit}`);
      const layout: PageLayoutModel = { ...sheet.pageLayout };
      for (const side of ['left', 'right', 'top', 'bottom', 'header', 'footer'] as const) {
        const value = margins[side];
        if (value !== undefined) layout[`${side}Margin`] = Math.round(value * scale * 100) / 100;
      }
      sheet.pageLayout = layout;
    });
  }

  /** "The range must span the entire row to be valid": "$5:$5" (or "5:5"). */
  setPrintTitleRows(rows: string): void {
    this.queueCall('setPrintTitleRows', [rows], (sheet) => {
      const match = /^\$?(\d+):\$?(\d+)$/.exec(rows.replace(/^.*!/, ''));
      if (!match) throw new FakeOfficeError('InvalidArgument', `Not whole rows: ${rows}`);
      sheet.pageLayout = { ...sheet.pageLayout, printTitleRows: `$${match[1]}:$${match[2]}` };
    });
  }

  get headersFooters(): FakeHeaderFooterGroup {
    return this.nav(
      'headersFooters',
      (path) => new FakeHeaderFooterGroup(this.session, () => this.target(), path),
    );
  }
}

class FakeHeaderFooterGroup extends FakeClientObject<SheetModel> {
  protected readonly properties: PropertyReaders<SheetModel> = {};

  get defaultForAllPages(): FakeHeaderFooter {
    return this.nav(
      'defaultForAllPages',
      (path) => new FakeHeaderFooter(this.session, () => this.target(), path),
    );
  }
}

class FakeHeaderFooter extends FakeClientObject<SheetModel> {
  protected readonly properties: PropertyReaders<SheetModel> = {};

  set centerFooter(text: string) {
    this.queueSet(
      'centerFooter',
      text,
      (sheet) => (sheet.pageLayout = { ...sheet.pageLayout, centerFooter: text }),
    );
  }
}

/**
 * `Worksheet.delete()`: not undoable anywhere. Excel keeps one visible sheet and cannot delete a very hidden
 * one; deleting the active sheet activates a visible neighbour.
 */
export function deleteSheet(session: Session, sheet: SheetModel): void {
  const model = session.model;
  if (sheet.visibility === 'VeryHidden')
    throw new FakeOfficeError('InvalidOperation', 'A very hidden sheet cannot be deleted');
  if (sheet.visibility === 'Visible' && !model.sheets.some((s) => s !== sheet && s.visibility === 'Visible'))
    throw new FakeOfficeError('InvalidOperation', 'A workbook must keep one visible sheet');
  if (session.undoGroup)
    throw new FakeOfficeError(
      'UndoNotSupported',
      'Worksheet.delete cannot be undone, so it cannot be grouped',
    );
  session.host.undo.clears++;
  const at = model.sheets.indexOf(sheet);
  model.sheets.splice(at, 1);
  if (model.activeSheet === sheet.name) {
    const visible = model.sheets.filter((s) => s.visibility === 'Visible');
    model.activeSheet =
      (visible.find((s) => model.sheets.indexOf(s) >= at) ?? visible[visible.length - 1])?.name ?? '';
  }
  if (model.selection?.sheet === sheet.name) model.selection = null;
}

/** Rows whose height the range sets (`rowHeight`), or gives back to Excel (null: autofit, standard height). */
export function setRowHeights(sheet: SheetModel, top: number, bottom: number, points: number | null): void {
  const outside = Object.entries(sheet.rowHeights ?? {}).filter(([row]) => +row < top || +row > bottom);
  const heights: Record<number, number> = Object.fromEntries(outside);
  if (points !== null) {
    if (bottom - top > 100_000) throw new Error('fake: not modelled: a height for so many rows');
    for (let row = top; row <= bottom; row++) heights[row] = points;
  }
  if (Object.keys(heights).length === 0) delete sheet.rowHeights;
  else sheet.rowHeights = heights;
}

/** The part of `CellPropertiesFormat` the agency sheets set, and the row and column extras. */
interface PropertiesFormat {
  font?: {
    bold?: boolean;
    italic?: boolean;
    size?: number;
    name?: string;
    underline?: string;
    color?: string;
  };
  horizontalAlignment?: string;
  rowHeight?: number;
  columnWidth?: number;
}

function applyFormat(sheet: SheetModel, address: string, format: PropertiesFormat | undefined): void {
  if (!format) return;
  const known = new Set(['font', 'horizontalAlignment', 'rowHeight', 'columnWidth']);
  const unknown = Object.keys(format).filter((key) => !known.has(key));
  if (unknown.length > 0) throw new Error(`fake: not modelled: cell properties ${unknown.join(', ')}`);
  const cell = cellAt(sheet, address);
  const font = format.font ?? {};
  for (const key of ['bold', 'italic'] as const) {
    if (font[key] === true) cell[key] = true;
    else if (font[key] === false) drop(cell, key);
  }
  if (font.size !== undefined) cell.fontSize = font.size;
  if (font.name !== undefined) cell.fontName = font.name;
  if (font.color !== undefined) cell.fontColor = font.color;
  if (font.underline === 'None') drop(cell, 'underline');
  else if (font.underline !== undefined) cell.underline = font.underline;
  if (format.horizontalAlignment === 'General') drop(cell, 'horizontalAlignment');
  else if (format.horizontalAlignment !== undefined) cell.horizontalAlignment = format.horizontalAlignment;
  tidy(sheet, address);
}

function sizeMismatch(what: string): FakeOfficeError {
  return new FakeOfficeError('InvalidArgument', `The ${what} do not match the range`);
}

/**
 * `Range.setRowProperties` (ExcelApi 1.9): one entry per row of the range; the format applies to the range's
 * cells in that row (the agency sheets set only what looks the same if Excel applies it to whole rows), the
 * height to the row.
 */
export function setRowProperties(
  { sheet, area }: RangeTarget,
  rows: ReadonlyArray<{ format?: PropertiesFormat }>,
): void {
  if (rows.length !== area.bottom - area.top + 1) throw sizeMismatch('row properties');
  rows.forEach((row, i) => {
    const rowNumber = area.top + i;
    eachCell({ ...area, top: rowNumber, bottom: rowNumber }, (_r, _c, address) =>
      applyFormat(sheet, address, { ...row.format, rowHeight: undefined }),
    );
    if (row.format?.rowHeight !== undefined) setRowHeights(sheet, rowNumber, rowNumber, row.format.rowHeight);
  });
}

/** `Range.setColumnProperties` (ExcelApi 1.9): one entry per column; the width applies to the column. */
export function setColumnProperties(
  { sheet, area }: RangeTarget,
  columns: ReadonlyArray<{ format?: PropertiesFormat }>,
): void {
  if (columns.length !== area.right - area.left + 1) throw sizeMismatch('column properties');
  columns.forEach((column, i) => {
    const at = area.left + i;
    eachCell({ ...area, left: at, right: at }, (_r, _c, address) =>
      applyFormat(sheet, address, { ...column.format, columnWidth: undefined }),
    );
    const width = column.format?.columnWidth;
    if (width !== undefined) sheet.columnWidths[cellAddress(1, at).replace(/\d+$/, '')] = width;
  });
}

/** `Range.setCellProperties` (ExcelApi 1.9): one entry per cell; `{}` leaves a cell as it is. */
export function setCellProperties(
  { sheet, area }: RangeTarget,
  cells: ReadonlyArray<ReadonlyArray<{ format?: PropertiesFormat; hyperlink?: Hyperlink }>>,
): void {
  const rows = area.bottom - area.top + 1;
  const width = area.right - area.left + 1;
  if (cells.length !== rows || cells.some((row) => row.length !== width))
    throw sizeMismatch('cell properties');
  eachCell(area, (r, c, address) => {
    const properties = cells[r - area.top]?.[c - area.left] ?? {};
    applyFormat(sheet, address, properties.format);
    if (properties.hyperlink) setHyperlink(sheet, address, properties.hyperlink);
  });
}

/** As `Range.hyperlink`: `textToDisplay`, when given, becomes the cell's value as typed. */
export function setHyperlink(sheet: SheetModel, address: string, link: Hyperlink): void {
  const cell = cellAt(sheet, address);
  cell.hyperlink = { ...link };
  if (link.textToDisplay !== undefined) {
    delete cell.formula;
    delete cell.text;
    cell.value = link.textToDisplay;
  }
}
