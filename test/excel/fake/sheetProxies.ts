import { cellAddress } from '../../../src/domain';
import type { PathSpec, PropertyReaders, Session } from './clientObject';
import { FakeClientObject, FakeCollection } from './clientObject';
import { FakeOfficeError } from './errors';
import { deleteSheet, FakePageLayout } from './listFormatProxies';
import type { SheetModel, Visibility, WorkbookModel } from './model';
import { emptySheet, findSheet, MAX_COLUMNS, MAX_ROWS, parseAddress, usedArea, WHOLE_SHEET } from './model';
import { FakeCustomPropertyCollection, FakeNoteCollection } from './noteProxies';
import { FakeRange, FakeRangeAreas, rangesFrom, showSheet } from './rangeProxies';
import { FakeNamedSheetViewCollection, FakeSettingCollection } from './rowViewProxies';
import { FakeNamedItemCollection, FakeTableCollection } from './tableProxies';

/** `Excel.RequestContext`: the workbook and `sync()`. */
export class FakeRequestContext {
  readonly workbook: FakeWorkbookObject;

  constructor(private readonly session: Session) {
    this.workbook = new FakeWorkbookObject(session);
  }

  sync(): Promise<void> {
    return this.session.sync();
  }
}

class FakeWorkbookObject extends FakeClientObject<WorkbookModel> {
  protected readonly properties: PropertyReaders<WorkbookModel> = {};

  constructor(session: Session) {
    super(session, () => session.model, { root: true });
  }

  get worksheets(): FakeWorksheetCollection {
    return this.nav('worksheets', (path) => new FakeWorksheetCollection(this.session, path));
  }

  get tables(): FakeTableCollection<WorkbookModel> {
    return this.nav(
      'tables',
      (path) =>
        new FakeTableCollection(
          this.session,
          () => this.session.model,
          path,
          () => null,
        ),
    );
  }

  get names(): FakeNamedItemCollection {
    return this.nav(
      'names',
      (path) => new FakeNamedItemCollection(this.session, () => this.session.model, path),
    );
  }

  /** The selected range: the last `select()`, else A1 of the active sheet (Excel always has one). */
  getSelectedRange(): FakeRange {
    return new FakeRange(
      this.session,
      () => {
        const { selection, activeSheet } = this.session.model;
        const sheet = findSheet(this.session.model, selection?.sheet ?? activeSheet);
        if (!sheet) throw new FakeOfficeError('InvalidSelection', 'The current selection is invalid');
        return { sheet, area: parseAddress(selection?.address ?? 'A1') };
      },
      { method: 'getSelectedRange', args: [], parent: this },
    );
  }

  get settings(): FakeSettingCollection {
    return this.nav(
      'settings',
      (path) => new FakeSettingCollection(this.session, () => this.session.model, path),
    );
  }
}

/** Sheet names: at most 31 characters, none of \ / ? * : [ ], not starting or ending with an apostrophe. */
function checkName(model: WorkbookModel, name: string): void {
  if (name.length === 0 || name.length > 31 || /[\\/?*:[\]]/.test(name) || /^'|'$/.test(name)) {
    throw new FakeOfficeError('InvalidArgument', `Invalid sheet name "${name}"`);
  }
  if (findSheet(model, name))
    throw new FakeOfficeError('ItemAlreadyExists', `A sheet named "${name}" exists`);
}

class FakeWorksheetCollection extends FakeCollection<WorkbookModel, SheetModel, FakeWorksheet> {
  constructor(session: Session, path: PathSpec) {
    super(session, () => session.model, path);
  }

  protected itemsOf(model: WorkbookModel): SheetModel[] {
    return model.sheets;
  }

  protected itemProperties(): PropertyReaders<SheetModel> {
    return sheetProperties(this.session.model);
  }

  protected proxyFor(sheet: SheetModel): FakeWorksheet {
    return new FakeWorksheet(this.session, () => sheet, { item: sheet.name, parent: this });
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(
      this.session,
      () => {
        const sheet = findSheet(this.session.model, key);
        if (!sheet) throw new FakeOfficeError('ItemNotFound', `The requested resource doesn't exist: ${key}`);
        return sheet;
      },
      { method: 'getItem', args: [key], parent: this },
    );
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.session, () => findSheet(this.session.model, key) ?? null, {
      method: 'getItemOrNullObject',
      args: [key],
      parent: this,
    });
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(
      this.session,
      () => {
        const sheet = findSheet(this.session.model, this.session.model.activeSheet);
        if (!sheet) throw new Error('fake: the active sheet is missing from the model');
        return sheet;
      },
      { method: 'getActiveWorksheet', args: [], parent: this },
    );
  }

  /** A new sheet at the end, visible and not activated. */
  add(name: string): FakeWorksheet {
    return new FakeWorksheet(
      this.session,
      () => {
        checkName(this.session.model, name);
        const sheet = emptySheet(name);
        this.session.model.sheets.push(sheet);
        return sheet;
      },
      { method: 'add', args: [name], parent: this },
    );
  }
}

function sheetProperties(model: WorkbookModel): PropertyReaders<SheetModel> {
  return {
    id: (sheet) => sheet.id,
    name: (sheet) => sheet.name,
    visibility: (sheet) => sheet.visibility,
    position: (sheet) => model.sheets.indexOf(sheet),
  };
}

export class FakeWorksheet extends FakeClientObject<SheetModel> {
  protected readonly properties: PropertyReaders<SheetModel>;

  constructor(session: Session, resolver: () => SheetModel | null, path: PathSpec) {
    super(session, resolver, path);
    this.properties = sheetProperties(session.model);
  }

  get id(): string {
    return this.read('id');
  }

  get freezePanes(): FakeFreezePanes {
    return this.nav('freezePanes', (path) => new FakeFreezePanes(this.session, () => this.target(), path));
  }

  /** ExcelApi 1.18: a host without it fails the batch that touches notes. */
  get notes(): FakeNoteCollection {
    const sheet = () => {
      if (!this.session.host.notes)
        throw new FakeOfficeError('ApiNotFound', 'Worksheet.notes needs ExcelApi 1.18');
      return this.target();
    };
    return this.nav('notes', (path) => new FakeNoteCollection(this.session, sheet, path));
  }

  get namedSheetViews(): FakeNamedSheetViewCollection {
    return this.nav(
      'namedSheetViews',
      (path) => new FakeNamedSheetViewCollection(this.session, () => this.target(), path),
    );
  }

  get tables(): FakeTableCollection<SheetModel> {
    return this.nav(
      'tables',
      (path) =>
        new FakeTableCollection(
          this.session,
          () => this.target(),
          path,
          () => this.target(),
        ),
    );
  }

  get customProperties(): FakeCustomPropertyCollection {
    return this.nav(
      'customProperties',
      (path) => new FakeCustomPropertyCollection(this.session, () => this.target(), path),
    );
  }

  protected override check(sheet: SheetModel): SheetModel {
    if (!this.session.model.sheets.includes(sheet))
      throw new FakeOfficeError('ItemNotFound', 'The sheet was deleted');
    return sheet;
  }

  get name(): string {
    return this.read('name');
  }

  get visibility(): Visibility {
    return this.read('visibility');
  }
  /** Excel keeps at least one sheet visible; hiding the active sheet shows another. */
  set visibility(visibility: Visibility) {
    this.queueSet('visibility', visibility, (sheet) => {
      this.session.notUndoable('Worksheet.visibility');
      const model = this.session.model;
      if (visibility !== 'Visible' && !model.sheets.some((s) => s !== sheet && s.visibility === 'Visible')) {
        throw new FakeOfficeError('InvalidOperation', 'A workbook must keep one visible sheet');
      }
      sheet.visibility = visibility;
      if (visibility !== 'Visible' && model.activeSheet === sheet.name) {
        model.activeSheet = model.sheets.find((s) => s.visibility === 'Visible')?.name ?? '';
      }
    });
  }

  activate(): void {
    this.queueCall('activate', [], (sheet) => showSheet(this.session.model, sheet));
  }

  get pageLayout(): FakePageLayout {
    return this.nav('pageLayout', (path) => new FakePageLayout(this.session, () => this.target(), path));
  }

  delete(): void {
    this.queueCall('delete', [], (sheet) => deleteSheet(this.session, sheet));
  }

  private range(
    name: string,
    args: unknown[],
    area: (sheet: SheetModel) => ReturnType<typeof parseAddress>,
  ): FakeRange {
    return new FakeRange(
      this.session,
      () => {
        const sheet = this.target();
        return { sheet, area: area(sheet) };
      },
      { method: name, args, parent: this },
    );
  }

  getRange(address?: string): FakeRange {
    return this.range('getRange', address === undefined ? [] : [address], () =>
      address === undefined ? WHOLE_SHEET : parseAddress(address),
    );
  }

  getRangeByIndexes(rowIndex: number, columnIndex: number, rowCount: number, columnCount: number): FakeRange {
    return this.range('getRangeByIndexes', [rowIndex, columnIndex, rowCount, columnCount], () => {
      const area = {
        top: rowIndex + 1,
        left: columnIndex + 1,
        bottom: rowIndex + rowCount,
        right: columnIndex + columnCount,
      };
      const integers = [rowIndex, columnIndex, rowCount, columnCount].every((n) => Number.isInteger(n));
      if (
        !integers ||
        rowIndex < 0 ||
        columnIndex < 0 ||
        rowCount < 1 ||
        columnCount < 1 ||
        area.bottom > MAX_ROWS ||
        area.right > MAX_COLUMNS
      ) {
        throw new FakeOfficeError(
          'InvalidArgument',
          `getRangeByIndexes(${[rowIndex, columnIndex, rowCount, columnCount].join(', ')})`,
        );
      }
      return area;
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.range('getCell', [row, column], () => parseAddress(cellAddress(row + 1, column + 1)));
  }

  getRanges(address: string): FakeRangeAreas {
    const { listSeparator: separator, addressListLimit: limit } = this.session.host;
    return new FakeRangeAreas(this.session, () => rangesFrom(this.target(), address, separator, limit), {
      method: 'getRanges',
      args: [address],
      parent: this,
    });
  }

  /** The bounding box of cells with values (`valuesOnly`) or with anything; a null object when none. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.session,
      () => {
        const sheet = this.target();
        const area = usedArea(sheet, valuesOnly);
        return area ? { sheet, area } : null;
      },
      { method: 'getUsedRangeOrNullObject', args: [valuesOnly], parent: this },
    );
  }
}

class FakeFreezePanes extends FakeClientObject<SheetModel> {
  protected readonly properties: PropertyReaders<SheetModel> = {};

  freezeRows(count = 1): void {
    this.queueCall('freezeRows', [count], (sheet) => (sheet.frozenRows = count));
  }

  unfreeze(): void {
    this.queueCall('unfreeze', [], (sheet) => (sheet.frozenRows = 0));
  }
}
