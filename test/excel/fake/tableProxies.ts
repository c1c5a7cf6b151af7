import type { CellArea } from '../../../src/domain';
import { formatArea } from '../../../src/domain';
import type { PathSpec, PropertyReaders, Session } from './clientObject';
import { FakeClientObject, FakeCollection } from './clientObject';
import { FakeOfficeError } from './errors';
import type { SheetModel, TableModel, WorkbookModel } from './model';
import { parseAddress } from './model';
import type { RangeTarget } from './rangeProxies';

const overlaps = (a: CellArea, b: CellArea) =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

const allTables = (model: WorkbookModel) => model.sheets.flatMap((sheet) => sheet.tables ?? []);

/** Whether a name is taken by a table or a defined name: they share one name space, ignoring case. */
function nameTaken(model: WorkbookModel, name: string, except?: TableModel): boolean {
  const key = name.toLowerCase();
  return (
    allTables(model).some((table) => table !== except && table.name.toLowerCase() === key) ||
    (model.names ?? []).some((each) => each.toLowerCase() === key)
  );
}

/** ECMA-376 "Names": a letter, "_" or "\" first, then letters, digits, "_" and "."; not a cell address. */
function validName(name: string): boolean {
  return (
    /^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name) &&
    name.length <= 255 &&
    !/^[a-z]{1,3}\d+$/i.test(name) &&
    !/^(r\d*c\d*|r|c)$/i.test(name)
  );
}

const tableProperties: PropertyReaders<TableModel> = {
  name: (table) => table.name,
  style: (table) => table.style,
  showBandedRows: (table) => table.showBandedRows,
};

/**
 * `Workbook.tables` and `Worksheet.tables` (ExcelApi 1.1): `add(address, hasHeaders)` "creates a new table
 * … If the table cannot be added (e.g., because the address is invalid, or the table would overlap with
 * another table), an error will be thrown" (learn.microsoft.com/javascript/api/excel/
 * excel.tablecollection#excel-excel-tablecollection-add-member(1)). A new table is named "Table1", "Table2" …
 */
export class FakeTableCollection<T extends WorkbookModel | SheetModel> extends FakeCollection<
  T,
  TableModel,
  FakeTable
> {
  constructor(
    session: Session,
    resolver: () => T,
    path: PathSpec,
    private readonly sheetOf: () => SheetModel | null,
  ) {
    super(session, resolver, path);
  }

  protected itemsOf(target: T): TableModel[] {
    return 'sheets' in target ? allTables(target) : (target.tables ?? []);
  }

  protected itemProperties(): PropertyReaders<TableModel> {
    return tableProperties;
  }

  protected proxyFor(table: TableModel): FakeTable {
    return new FakeTable(this.session, () => table, { item: table.name, parent: this });
  }

  add(address: string | { target(): RangeTarget }, hasHeaders: boolean): FakeTable {
    return new FakeTable(
      this.session,
      () => {
        const { sheet, area } = this.placeOf(address);
        if ((sheet.tables ?? []).some((table) => overlaps(area, parseAddress(table.area))))
          throw new FakeOfficeError('InvalidArgument', 'A table cannot overlap another table');
        const model = this.session.model;
        let n = 1;
        while (nameTaken(model, `Table${n}`)) n++;
        const table: TableModel = {
          name: `Table${n}`,
          area: formatArea(area),
          hasHeaders,
          style: 'TableStyleMedium2',
          showBandedRows: true,
        };
        (sheet.tables ??= []).push(table);
        return table;
      },
      { method: 'add', args: [typeof address === 'string' ? address : '<Range>', hasHeaders], parent: this },
    );
  }

  private placeOf(address: string | { target(): RangeTarget }): RangeTarget {
    if (typeof address !== 'string') return address.target();
    const sheetName = /^'?(.*?)'?!/.exec(address)?.[1];
    const sheet = sheetName
      ? this.session.model.sheets.find((each) => each.name === sheetName)
      : this.sheetOf();
    if (!sheet) throw new FakeOfficeError('InvalidArgument', `No sheet for ${address}`);
    return { sheet, area: parseAddress(address) };
  }
}

/** `Excel.Table`: its name (unique in the workbook, a valid name), style and banding. */
export class FakeTable extends FakeClientObject<TableModel> {
  protected readonly properties = tableProperties;

  get name(): string {
    return this.read('name');
  }
  set name(name: string) {
    this.queueSet('name', name, (table) => {
      if (!validName(name)) throw new FakeOfficeError('InvalidArgument', `Invalid table name "${name}"`);
      if (nameTaken(this.session.model, name, table))
        throw new FakeOfficeError('InvalidArgument', `The name "${name}" is taken`);
      table.name = name;
    });
  }

  set style(style: string) {
    this.queueSet('style', style, (table) => (table.style = style));
  }

  set showBandedRows(show: boolean) {
    this.queueSet('showBandedRows', show, (table) => (table.showBandedRows = show));
  }
}

/** `Workbook.names` (ExcelApi 1.1): the defined names, loaded as `items/name`. */
export class FakeNamedItemCollection extends FakeCollection<WorkbookModel, string, FakeNamedItem> {
  protected itemsOf(model: WorkbookModel): string[] {
    return model.names ?? [];
  }

  protected itemProperties(): PropertyReaders<string> {
    return { name: (name) => name };
  }

  protected proxyFor(name: string): FakeNamedItem {
    return new FakeNamedItem(this.session, () => name, { item: name, parent: this });
  }
}

export class FakeNamedItem extends FakeClientObject<string> {
  protected readonly properties: PropertyReaders<string> = { name: (name) => name };

  get name(): string {
    return this.read('name');
  }
}
