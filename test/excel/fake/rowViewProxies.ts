import type { PathSpec, PropertyReaders, Session } from './clientObject';
import { FakeClientObject, FakeCollection } from './clientObject';
import { FakeOfficeError } from './errors';
import type { SheetModel, TemporaryViewModel, WorkbookModel } from './model';
import { cellAddress } from '../../../src/domain';
import { qualified } from './model';
import type { RangeTarget } from './rangeProxies';

/**
 * What "Lọc theo cơ quan" uses: `Range.rowHidden` (in rangeProxies.ts, on the model's `hiddenRows`),
 * `Range.getVisibleView()` (ExcelApi 1.3: the range without its hidden rows), `Workbook.settings`
 * (ExcelApi 1.4: the add-in's key/value store in the file) and `Worksheet.namedSheetViews`
 * (ExcelApiOnline 1.1: only where the host has it, else the batch fails with ApiNotFound).
 */
export class FakeRangeView extends FakeClientObject<RangeTarget> {
  protected readonly properties: PropertyReaders<RangeTarget> = {
    // One row per visible row of the range, one address per cell, sheet-qualified as Office.js gives them.
    cellAddresses: ({ sheet, area }) => {
      const rows: string[][] = [];
      for (let row = area.top; row <= area.bottom; row++) {
        if (isHidden(sheet, row)) continue;
        const cells: string[] = [];
        for (let column = area.left; column <= area.right; column++)
          cells.push(qualified(sheet, cellAddress(row, column)));
        rows.push(cells);
      }
      return rows;
    },
  };

  get cellAddresses(): string[][] {
    return this.read('cellAddresses');
  }
}

/** The rows hidden in the view the officer sees: the temporary sheet view while one is entered. */
function activeView(sheet: SheetModel): { hiddenRows?: number[] } {
  return sheet.sheetView ?? sheet;
}

export function isHidden(sheet: SheetModel, row: number): boolean {
  return activeView(sheet).hiddenRows?.includes(row) ?? false;
}

/**
 * Hides or shows rows `from`–`to` in the active view (a temporary sheet view keeps its own); the model
 * keeps a sorted list, absent when empty (Excel's default).
 */
export function setRowsHidden(sheet: SheetModel, from: number, to: number, hidden: boolean): void {
  const view = activeView(sheet);
  const rows = new Set(view.hiddenRows ?? []);
  for (let row = from; row <= to; row++) {
    if (hidden) rows.add(row);
    else rows.delete(row);
  }
  if (rows.size === 0) delete view.hiddenRows;
  else view.hiddenRows = [...rows].sort((a, b) => a - b);
}

interface SettingTarget {
  model: WorkbookModel;
  key: string;
}

export class FakeSettingCollection extends FakeClientObject<WorkbookModel> {
  protected readonly properties: PropertyReaders<WorkbookModel> = {};

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(
      this.session,
      () => {
        const model = this.target();
        return model.settings && key in model.settings ? { model, key } : null;
      },
      { method: 'getItemOrNullObject', args: [key], parent: this },
    );
  }

  add(key: string, value: unknown): FakeSetting {
    return new FakeSetting(
      this.session,
      () => {
        const model = this.target();
        // Office stores settings as JSON: what goes in is what comes out, as a copy.
        model.settings = { ...model.settings, [key]: JSON.parse(JSON.stringify(value)) as unknown };
        return { model, key };
      },
      { method: 'add', args: [key, value], parent: this },
    );
  }
}

export class FakeSetting extends FakeClientObject<SettingTarget> {
  protected readonly properties: PropertyReaders<SettingTarget> = {
    key: ({ key }) => key,
    value: ({ model, key }) => model.settings?.[key],
  };

  get value(): unknown {
    return this.read('value');
  }

  delete(): void {
    this.queueCall('delete', [], ({ model, key }) => {
      if (!model.settings || !(key in model.settings)) throw new FakeOfficeError('ItemNotFound', key);
      const { [key]: _gone, ...rest } = model.settings;
      if (Object.keys(rest).length === 0) delete model.settings;
      else model.settings = rest;
    });
  }
}

interface ViewTarget {
  sheet: SheetModel;
  view: TemporaryViewModel;
}

/**
 * `Worksheet.namedSheetViews` (ExcelApiOnline 1.1, learn.microsoft.com/javascript/api/excel/
 * excel.namedsheetviewcollection): only the temporary view is modelled, named "" as documented. It is
 * "removed when closing the application, exiting the temporary view with the exit method, or switching to
 * another sheet view" — `FakeWorkbook.closeFile()` models the first. `getItem("")` with no temporary view
 * fails with ItemNotFound (documented); the collection's items include the temporary view, as `getCount`
 * is documented to.
 */
export class FakeNamedSheetViewCollection extends FakeCollection<SheetModel, ViewTarget, FakeNamedSheetView> {
  constructor(session: Session, sheet: () => SheetModel, path: PathSpec) {
    super(
      session,
      () => {
        if (!session.host.sheetViews)
          throw new FakeOfficeError('ApiNotFound', 'Named sheet views need ExcelApiOnline 1.1');
        return sheet();
      },
      path,
    );
  }

  protected itemsOf(sheet: SheetModel): ViewTarget[] {
    return sheet.sheetView ? [{ sheet, view: sheet.sheetView }] : [];
  }

  protected itemProperties(): PropertyReaders<ViewTarget> {
    return { name: () => '' };
  }

  protected proxyFor(item: ViewTarget): FakeNamedSheetView {
    return new FakeNamedSheetView(this.session, () => item, { item: '', parent: this });
  }

  getItem(key: string): FakeNamedSheetView {
    return new FakeNamedSheetView(
      this.session,
      () => {
        const sheet = this.target();
        if (key !== '' || !sheet.sheetView)
          throw new FakeOfficeError('ItemNotFound', `No sheet view "${key}"`);
        return { sheet, view: sheet.sheetView };
      },
      { method: 'getItem', args: [key], parent: this },
    );
  }

  /**
   * A new temporary view, replacing any other, active at once. Assumption (not documented): it starts as
   * the shared view looks, with the same rows hidden.
   */
  enterTemporary(): void {
    this.queueCall('enterTemporary', [], (sheet) => {
      sheet.sheetView = sheet.hiddenRows ? { hiddenRows: [...sheet.hiddenRows] } : {};
    });
  }

  /** "Exits the currently active sheet view": its hidden rows go with it. */
  exit(): void {
    this.queueCall('exit', [], (sheet) => delete sheet.sheetView);
  }
}

export class FakeNamedSheetView extends FakeClientObject<ViewTarget> {
  protected readonly properties: PropertyReaders<ViewTarget> = { name: () => '' };

  get name(): string {
    return this.read('name');
  }
}
