import type { PathSpec, PropertyReaders, Session } from './clientObject';
import { FakeClientObject } from './clientObject';
import { FakeOfficeError } from './errors';
import type { SheetModel, WorkbookModel } from './model';
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

export function isHidden(sheet: SheetModel, row: number): boolean {
  return sheet.hiddenRows?.includes(row) ?? false;
}

/** Hides or shows rows `from`–`to`; the model keeps a sorted list, absent when empty (Excel's default). */
export function setRowsHidden(sheet: SheetModel, from: number, to: number, hidden: boolean): void {
  const rows = new Set(sheet.hiddenRows ?? []);
  for (let row = from; row <= to; row++) {
    if (hidden) rows.add(row);
    else rows.delete(row);
  }
  if (rows.size === 0) delete sheet.hiddenRows;
  else sheet.hiddenRows = [...rows].sort((a, b) => a - b);
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

/** A temporary sheet view, recorded on the model (`sheetView: 'temporary'`) while it is entered. */
export class FakeNamedSheetViewCollection extends FakeClientObject<SheetModel> {
  protected readonly properties: PropertyReaders<SheetModel> = {};

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

  enterTemporary(): void {
    this.queueCall('enterTemporary', [], (sheet) => (sheet.sheetView = 'temporary'));
  }

  exit(): void {
    this.queueCall('exit', [], (sheet) => delete sheet.sheetView);
  }
}
