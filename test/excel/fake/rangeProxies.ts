import type { CellArea } from '../../../src/domain';
import { cellAddress, formatArea, parseArea } from '../../../src/domain';
import type { PathSpec, PropertyReaders, Session } from './clientObject';
import { FakeClientObject } from './clientObject';
import { FakeConditionalFormatCollection } from './conditionalFormatProxies';
import { FakeDataValidation } from './dataValidationProxies';
import { insertRows } from './insertRows';
import { FakeRangeView, setRowsHidden } from './rowViewProxies';
import { FakeOfficeError } from './errors';
import {
  FakeBorderCollection,
  FakeFont,
  setCellProperties,
  setColumnProperties,
  setRowHeights,
  setRowProperties,
} from './listFormatProxies';
import type { CellModel, Hyperlink, SheetModel, WorkbookModel } from './model';
import {
  cellAt,
  cellsOf,
  clearArea,
  columnsOf,
  drop,
  eachCell,
  intersects,
  MAX_COLUMNS,
  parseAddress,
  qualified,
  readText,
  readValue,
  tidy,
  writeValue,
} from './model';

export interface RangeTarget {
  sheet: SheetModel;
  area: CellArea;
}

export interface AreasTarget {
  sheet: SheetModel;
  areas: CellArea[];
}

/** Office.js refuses to read more than 5,000,000 cells at once (it may return null instead). */
const CELLS_PER_READ = 5_000_000;
/** getMergedAreasOrNullObject "will fail to return the result" above 512 areas (@types/office-js). */
const MERGED_AREAS_LIMIT = 512;
/** Worksheet.getRanges fails on address lists from about 8,000 characters (office-js#5198). */
const ADDRESS_LIST_LIMIT = 8000;

function matrix<V>(area: CellArea, sheet: SheetModel, read: (cell: CellModel | undefined) => V): V[][] {
  if (cellsOf(area) > CELLS_PER_READ)
    throw new Error(`fake: not modelled: reading ${formatArea(area)} at once`);
  const rows: V[][] = [];
  for (let r = area.top; r <= area.bottom; r++) {
    const row: V[] = [];
    for (let c = area.left; c <= area.right; c++) row.push(read(sheet.cells[cellAddress(r, c)]));
    rows.push(row);
  }
  return rows;
}

/**
 * A 2-D array written to a range must match its size; a single value (not an array) fills every cell
 * (Range.values / numberFormat in @types/office-js).
 */
function eachInput(area: CellArea, input: unknown, visit: (address: string, value: unknown) => void): void {
  const rows = area.bottom - area.top + 1;
  const columns = area.right - area.left + 1;
  if (!Array.isArray(input)) return eachCell(area, (_r, _c, address) => visit(address, input));
  if (input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== columns)) {
    throw new FakeOfficeError(
      'InvalidArgument',
      `The number of rows or columns does not match ${formatArea(area)}`,
    );
  }
  eachCell(area, (r, c, address) => visit(address, (input[r - area.top] as unknown[])[c - area.left]));
}

export class FakeRange extends FakeClientObject<RangeTarget> {
  protected readonly properties: PropertyReaders<RangeTarget> = {
    address: ({ sheet, area }) => qualified(sheet, formatArea(area)),
    rowIndex: ({ area }) => area.top - 1,
    columnIndex: ({ area }) => area.left - 1,
    rowCount: ({ area }) => area.bottom - area.top + 1,
    columnCount: ({ area }) => area.right - area.left + 1,
    values: ({ sheet, area }) => matrix(area, sheet, readValue),
    text: ({ sheet, area }) => matrix(area, sheet, readText),
    numberFormat: ({ sheet, area }) => matrix(area, sheet, (cell) => cell?.numberFormat ?? 'General'),
    formulas: ({ sheet, area }) => matrix(area, sheet, (cell) => cell?.formula ?? readValue(cell)),
  };

  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }
  get text(): string[][] {
    return this.read('text');
  }
  get formulas(): unknown[][] {
    return this.read('formulas');
  }

  get values(): unknown[][] {
    return this.read('values');
  }
  set values(input: unknown) {
    this.queueSet('values', input, ({ sheet, area }) =>
      eachInput(area, input, (address, value) =>
        writeValue(sheet, address, value, this.session.host.textCells),
      ),
    );
  }

  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(input: unknown) {
    this.queueSet('numberFormat', input, ({ sheet, area }) =>
      eachInput(area, input, (address, format) => {
        const cell = cellAt(sheet, address);
        if (format === 'General' || format === null) delete cell.numberFormat;
        else cell.numberFormat = String(format);
        tidy(sheet, address);
      }),
    );
  }

  get hyperlink(): Hyperlink {
    return this.read('hyperlink');
  }
  /** Excel shows `textToDisplay` as the cell's value (as typed, not parsed: see the report). */
  set hyperlink(link: Hyperlink) {
    this.queueSet('hyperlink', link, ({ sheet, area }) => {
      const address = cellAddress(area.top, area.left);
      const cell = cellAt(sheet, address);
      cell.hyperlink = { ...link };
      if (link.textToDisplay !== undefined) {
        delete cell.formula;
        delete cell.text;
        cell.value = link.textToDisplay;
      }
    });
  }

  /** Hides or shows the range's whole rows (Excel's own row hiding; values untouched). */
  set rowHidden(hidden: boolean) {
    this.queueSet('rowHidden', hidden, ({ sheet, area }) =>
      setRowsHidden(sheet, area.top, area.bottom, hidden),
    );
  }

  getVisibleView(): FakeRangeView {
    return new FakeRangeView(this.session, () => this.target(), {
      method: 'getVisibleView',
      args: [],
      parent: this,
    });
  }

  get format(): FakeRangeFormat {
    return this.nav('format', (path) => new FakeRangeFormat(this.session, () => this.target(), path));
  }

  get dataValidation(): FakeDataValidation {
    return this.nav(
      'dataValidation',
      (path) => new FakeDataValidation(this.session, () => this.target(), path),
    );
  }

  setRowProperties(rows: Parameters<typeof setRowProperties>[1]): void {
    this.queueCall('setRowProperties', [rows], (target) => setRowProperties(target, rows));
  }
  setColumnProperties(columns: Parameters<typeof setColumnProperties>[1]): void {
    this.queueCall('setColumnProperties', [columns], (target) => setColumnProperties(target, columns));
  }
  setCellProperties(cells: Parameters<typeof setCellProperties>[1]): void {
    this.queueCall('setCellProperties', [cells], (target) => setCellProperties(target, cells));
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    const areas = () => {
      const { sheet, area } = this.target();
      return { sheet, areas: [area] };
    };
    return this.nav(
      'conditionalFormats',
      (path) => new FakeConditionalFormatCollection(this.session, areas, path),
    );
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(
      this.session,
      () => {
        const { sheet, area } = this.target();
        const top = area.top + row;
        const left = area.left + column;
        return { sheet, area: { top, left, bottom: top, right: left } };
      },
      { method: 'getCell', args: [row, column], parent: this },
    );
  }

  /** The merged areas whose top-left cell lies in the range (office-js#3611); fails above 512. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(
      this.session,
      () => {
        const { sheet, area } = this.target();
        const inside = sheet.merges
          .map((merge) => parseArea(merge))
          .filter((merge) =>
            intersects(area, { top: merge.top, left: merge.left, bottom: merge.top, right: merge.left }),
          );
        if (inside.length > MERGED_AREAS_LIMIT) {
          throw new FakeOfficeError(
            'GeneralException',
            `${inside.length} merged areas: more than ${MERGED_AREAS_LIMIT}`,
          );
        }
        return inside.length === 0 ? null : { sheet, areas: inside };
      },
      { method: 'getMergedAreasOrNullObject', args: [], parent: this },
    );
  }

  merge(across = false): void {
    this.queueCall('merge', [across], ({ sheet, area }) => {
      const rows = across
        ? Array.from({ length: area.bottom - area.top + 1 }, (_, i) => ({
            ...area,
            top: area.top + i,
            bottom: area.top + i,
          }))
        : [area];
      for (const merged of rows) {
        if (sheet.merges.some((m) => intersects(parseArea(m), merged))) {
          throw new Error('fake: not modelled: merging over an existing merge');
        }
        // Excel keeps the top-left value only.
        eachCell(merged, (r, c, address) => {
          if (r !== merged.top || c !== merged.left) writeValue(sheet, address, null);
        });
        if (cellsOf(merged) > 1) sheet.merges.push(formatArea(merged));
      }
    });
  }

  unmerge(): void {
    this.queueCall('unmerge', [], ({ sheet, area }) => {
      sheet.merges = sheet.merges.filter((merge) => !intersects(parseArea(merge), area));
    });
  }

  /** The whole rows of the range (ExcelApi 1.1). */
  getEntireRow(): FakeRange {
    return new FakeRange(
      this.session,
      () => {
        const { sheet, area } = this.target();
        return { sheet, area: { top: area.top, bottom: area.bottom, left: 1, right: MAX_COLUMNS } };
      },
      { method: 'getEntireRow', args: [], parent: this },
    );
  }

  /** Inserts cells, shifting the others; modelled for whole rows shifted down, what the add-in does. */
  insert(shift: string): FakeRange {
    this.queueCall('insert', [shift], ({ sheet, area }) => {
      if (shift !== 'Down' || area.left !== 1 || area.right !== MAX_COLUMNS)
        throw new Error('fake: only whole rows inserted down are modelled');
      insertRows(sheet, area.top, area.bottom - area.top + 1);
    });
    return this;
  }

  clear(applyTo: string = 'All'): void {
    this.queueCall('clear', [applyTo], ({ sheet, area }) => clearArea(sheet, area, applyTo));
  }

  /** Selects the range; Excel shows its sheet, which must be visible. */
  select(): void {
    this.queueCall('select', [], ({ sheet, area }) => {
      const model = this.session.model;
      showSheet(model, sheet);
      model.selection = { sheet: sheet.name, address: formatArea(area) };
    });
  }
}

export function showSheet(model: WorkbookModel, sheet: SheetModel): void {
  if (sheet.visibility !== 'Visible') {
    throw new FakeOfficeError('InvalidOperation', `fake: cannot show the hidden sheet ${sheet.name}`);
  }
  model.activeSheet = sheet.name;
}

/** The model target of a range proxy passed as an argument (NoteCollection.add). */
export function rangeTargetOf(range: unknown): RangeTarget {
  if (!(range instanceof FakeRange)) throw new Error('fake: expected a Range proxy of this fake');
  return range.target();
}

export class FakeRangeAreas extends FakeClientObject<AreasTarget> {
  protected readonly properties: PropertyReaders<AreasTarget> = {
    address: ({ sheet, areas }) => areas.map((area) => qualified(sheet, formatArea(area))).join(', '),
    areaCount: ({ areas }) => areas.length,
  };

  get address(): string {
    return this.read('address');
  }
  get areaCount(): number {
    return this.read('areaCount');
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    return this.nav(
      'conditionalFormats',
      (path) => new FakeConditionalFormatCollection(this.session, () => this.target(), path),
    );
  }
}

/**
 * `Worksheet.getRanges`: a list of areas joined by the host's list separator — "," on the web and en-US
 * desktops, ";" on desktops with a locale that uses it (office-js#1167); the other one is InvalidArgument.
 */
export function rangesFrom(
  sheet: SheetModel,
  address: string,
  separator: ',' | ';' = ',',
  limit = ADDRESS_LIST_LIMIT,
): AreasTarget {
  if (address.length > limit) {
    throw new FakeOfficeError('InvalidArgument', `An address list of ${address.length} characters`);
  }
  const wrong = separator === ',' ? ';' : ',';
  if (address.includes(wrong)) throw new FakeOfficeError('InvalidArgument', `"${wrong}" in ${address}`);
  return { sheet, areas: address.split(separator).map(parseAddress) };
}

class FakeRangeFormat extends FakeClientObject<RangeTarget> {
  protected readonly properties: PropertyReaders<RangeTarget> = {};

  constructor(
    session: Session,
    private readonly range: () => RangeTarget,
    path: PathSpec,
  ) {
    super(session, range, path);
  }

  get font(): FakeFont {
    return this.nav('font', (path) => new FakeFont(this.session, this.range, path));
  }
  get borders(): FakeBorderCollection {
    return this.nav('borders', (path) => new FakeBorderCollection(this.session, this.range, path));
  }
  set horizontalAlignment(alignment: string) {
    this.queueSet('horizontalAlignment', alignment, (target) =>
      setEach(target, (cell) =>
        alignment === 'General' ? delete cell.horizontalAlignment : (cell.horizontalAlignment = alignment),
      ),
    );
  }
  set rowHeight(points: number) {
    this.queueSet('rowHeight', points, ({ sheet, area }) =>
      setRowHeights(sheet, area.top, area.bottom, points),
    );
  }
  /** "Only intended to be set to true" (@types/office-js): the rows go back to the standard height. */
  set useStandardHeight(standard: boolean) {
    this.queueSet('useStandardHeight', standard, ({ sheet, area }) => {
      if (standard) setRowHeights(sheet, area.top, area.bottom, null);
    });
  }
  set useStandardWidth(standard: boolean) {
    this.queueSet('useStandardWidth', standard, ({ sheet, area }) => {
      if (!standard) return;
      for (const column of Object.keys(sheet.columnWidths)) {
        const at = parseArea(`${column}1`).left;
        if (at >= area.left && at <= area.right) drop(sheet.columnWidths, column);
      }
    });
  }
  /** Excel fits the rows to their text: the fake keeps no height for them. */
  autofitRows(): void {
    this.queueCall('autofitRows', [], ({ sheet, area }) => setRowHeights(sheet, area.top, area.bottom, null));
  }
  get fill(): FakeCellStyle {
    return this.nav('fill', (path) => new FakeCellStyle(this.session, this.range, 'color', path));
  }

  set columnWidth(points: number) {
    this.queueSet('columnWidth', points, ({ sheet, area }) => {
      for (const column of columnsOf(area)) sheet.columnWidths[column] = points;
    });
  }
  set wrapText(wrap: boolean) {
    this.queueSet('wrapText', wrap, (target) =>
      setEach(target, (cell) => (wrap ? (cell.wrapText = true) : delete cell.wrapText)),
    );
  }
  set verticalAlignment(alignment: string) {
    this.queueSet('verticalAlignment', alignment, (target) =>
      setEach(target, (cell) =>
        alignment === 'Bottom' ? delete cell.verticalAlignment : (cell.verticalAlignment = alignment),
      ),
    );
  }
}

/** `format.font` (bold) and `format.fill` (color): the two cell styles the adapter sets. */
class FakeCellStyle extends FakeClientObject<RangeTarget> {
  protected readonly properties: PropertyReaders<RangeTarget> = {};

  constructor(
    session: Session,
    resolver: () => RangeTarget,
    private readonly style: 'bold' | 'color',
    path: PathSpec,
  ) {
    super(session, resolver, path);
  }

  set bold(bold: boolean) {
    if (this.style !== 'bold') throw new Error('fake: not modelled: fill.bold');
    this.queueSet('bold', bold, (target) =>
      setEach(target, (cell) => (bold ? (cell.bold = true) : delete cell.bold)),
    );
  }
  set color(color: string) {
    if (this.style !== 'color') throw new Error('fake: not modelled: font.color');
    this.queueSet('color', color, (target) => setEach(target, (cell) => (cell.fill = color)));
  }
}

function setEach({ sheet, area }: RangeTarget, change: (cell: CellModel) => unknown): void {
  eachCell(area, (_r, _c, address) => {
    change(cellAt(sheet, address));
    tidy(sheet, address);
  });
}
