import { formatArea, parseArea } from '../../../src/domain';
import type { PropertyReaders } from './clientObject';
import { FakeClientObject, FakeCollection } from './clientObject';
import { FakeOfficeError } from './errors';
import type { SheetModel } from './model';
import { cellsOf, drop, parseAddress } from './model';
import { FakeRange, rangeTargetOf } from './rangeProxies';

/** Worksheet.notes (ExcelApi 1.18) and Worksheet.customProperties (ExcelApi 1.12). */

interface NoteTarget {
  sheet: SheetModel;
  cell: string;
}

/** Note keys are cell addresses ("E110", "$E$110", "'Phụ lục 1'!E110"). */
function noteCell(key: string): string {
  const area = parseAddress(key);
  if (cellsOf(area) !== 1) throw new FakeOfficeError('InvalidCellAddress', `Not a single cell: ${key}`);
  return formatArea(area);
}

/** Notes in sheet order: row by row. */
function notesInOrder(sheet: SheetModel): string[] {
  return Object.keys(sheet.notes)
    .map((cell) => ({ cell, at: parseArea(cell) }))
    .sort((a, b) => a.at.top - b.at.top || a.at.left - b.at.left)
    .map(({ cell }) => cell);
}

export class FakeNoteCollection extends FakeCollection<SheetModel, NoteTarget, FakeNote> {
  protected itemsOf(sheet: SheetModel): NoteTarget[] {
    return notesInOrder(sheet).map((cell) => ({ sheet, cell }));
  }

  protected itemProperties(): PropertyReaders<NoteTarget> {
    return { content: ({ sheet, cell }) => sheet.notes[cell], authorName: () => 'Officer' };
  }

  protected proxyFor(item: NoteTarget): FakeNote {
    return new FakeNote(this.session, () => item, { item: item.cell, parent: this });
  }

  getItem(key: string): FakeNote {
    return new FakeNote(
      this.session,
      () => {
        const sheet = this.target();
        const cell = noteCell(key);
        if (sheet.notes[cell] === undefined) throw new FakeOfficeError('ItemNotFound', `No note on ${key}`);
        return { sheet, cell };
      },
      { method: 'getItem', args: [key], parent: this },
    );
  }

  /** One note per cell: adding where one exists is refused (the fake's choice; Excel's answer is untested). */
  add(cellAddress: unknown, content: unknown): FakeNote {
    return new FakeNote(
      this.session,
      () => {
        const sheet = this.target();
        const cell = typeof cellAddress === 'string' ? noteCell(cellAddress) : noteCellOf(sheet, cellAddress);
        if (sheet.notes[cell] !== undefined)
          throw new FakeOfficeError('InvalidArgument', `${cell} has a note`);
        sheet.notes[cell] = String(content);
        return { sheet, cell };
      },
      {
        method: 'add',
        args: [typeof cellAddress === 'string' ? cellAddress : { ObjectPathId: 0 }, content],
        parent: this,
      },
    );
  }
}

function noteCellOf(sheet: SheetModel, range: unknown): string {
  const target = rangeTargetOf(range);
  if (target.sheet !== sheet) throw new FakeOfficeError('InvalidArgument', 'The cell is on another sheet');
  if (cellsOf(target.area) !== 1) throw new FakeOfficeError('InvalidCellAddress', 'Not a single cell');
  return formatArea(target.area);
}

class FakeNote extends FakeClientObject<NoteTarget> {
  protected readonly properties: PropertyReaders<NoteTarget> = {
    content: ({ sheet, cell }) => sheet.notes[cell],
    authorName: () => 'Officer',
  };

  protected override check(target: NoteTarget): NoteTarget {
    if (target.sheet.notes[target.cell] === undefined)
      throw new FakeOfficeError('ItemNotFound', `No note on ${target.cell}`);
    return target;
  }

  get content(): string {
    return this.read('content');
  }
  set content(content: string) {
    this.queueSet('content', content, ({ sheet, cell }) => (sheet.notes[cell] = String(content)));
  }

  delete(): void {
    this.queueCall('delete', [], ({ sheet, cell }) => drop(sheet.notes, cell));
  }

  getLocation(): FakeRange {
    return new FakeRange(
      this.session,
      () => {
        const { sheet, cell } = this.target();
        return { sheet, area: parseArea(cell) };
      },
      { method: 'getLocation', args: [], parent: this },
    );
  }
}

interface PropertyTarget {
  sheet: SheetModel;
  key: string;
}

function propertyKey(sheet: SheetModel, key: string): string | undefined {
  return Object.keys(sheet.customProperties).find((k) => k.toLowerCase() === key.toLowerCase());
}

export class FakeCustomPropertyCollection extends FakeCollection<
  SheetModel,
  PropertyTarget,
  FakeCustomProperty
> {
  protected itemsOf(sheet: SheetModel): PropertyTarget[] {
    return Object.keys(sheet.customProperties).map((key) => ({ sheet, key }));
  }

  protected itemProperties(): PropertyReaders<PropertyTarget> {
    return { key: ({ key }) => key, value: ({ sheet, key }) => sheet.customProperties[key] };
  }

  protected proxyFor(item: PropertyTarget): FakeCustomProperty {
    return new FakeCustomProperty(this.session, () => item, { item: item.key, parent: this });
  }

  getItemOrNullObject(key: string): FakeCustomProperty {
    return new FakeCustomProperty(
      this.session,
      () => {
        const sheet = this.target();
        const found = propertyKey(sheet, key);
        return found === undefined ? null : { sheet, key: found };
      },
      { method: 'getItemOrNullObject', args: [key], parent: this },
    );
  }

  /** Overwrites a property of the same key (keys compare case-insensitively; at most 255 characters). */
  add(key: string, value: string): FakeCustomProperty {
    return new FakeCustomProperty(
      this.session,
      () => {
        if (key.length === 0 || key.length > 255)
          throw new FakeOfficeError('InvalidArgument', `Key "${key}"`);
        const sheet = this.target();
        const existing = propertyKey(sheet, key);
        if (existing !== undefined) drop(sheet.customProperties, existing);
        sheet.customProperties[key] = String(value);
        return { sheet, key };
      },
      { method: 'add', args: [key, value], parent: this },
    );
  }
}

class FakeCustomProperty extends FakeClientObject<PropertyTarget> {
  protected readonly properties: PropertyReaders<PropertyTarget> = {
    key: ({ key }) => key,
    value: ({ sheet, key }) => sheet.customProperties[key],
  };

  get key(): string {
    return this.read('key');
  }
  get value(): string {
    return this.read('value');
  }

  /** WorksheetCustomProperty.delete (ExcelApi 1.12). */
  delete(): void {
    this.queueCall('delete', [], ({ sheet, key }) => drop(sheet.customProperties, key));
  }
}
