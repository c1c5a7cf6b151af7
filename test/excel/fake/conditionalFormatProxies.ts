import { formatArea, parseArea } from '../../../src/domain';
import type { PropertyReaders } from './clientObject';
import { FakeClientObject, FakeCollection } from './clientObject';
import { FakeOfficeError } from './errors';
import type { ConditionalFormatModel, SheetModel } from './model';
import { intersects } from './model';
import type { AreasTarget } from './rangeProxies';

interface FormatTarget {
  sheet: SheetModel;
  format: ConditionalFormatModel;
}

/**
 * `Range.conditionalFormats`: the formats that intersect the range (or areas), in priority order. An item
 * is addressed by its id, which is its priority in this collection (see ConditionalFormatModel): a proxy
 * loaded before a delete may name another format after it, as in Excel.
 */
export class FakeConditionalFormatCollection extends FakeCollection<
  AreasTarget,
  FormatTarget,
  FakeConditionalFormat
> {
  protected itemsOf({ sheet, areas }: AreasTarget): FormatTarget[] {
    return sheet.conditionalFormats
      .filter((format) => format.appliesTo.some((a) => areas.some((area) => intersects(parseArea(a), area))))
      .map((format) => ({ sheet, format }));
  }

  protected itemProperties(): PropertyReaders<FormatTarget> {
    return {
      id: ({ format }) => String(this.priorityOf(format)),
      type: ({ format }) => format.type,
      priority: ({ format }) => this.priorityOf(format),
    };
  }

  private priorityOf(format: ConditionalFormatModel): number {
    return this.itemsOf(this.target()).findIndex((item) => item.format === format);
  }

  /** The format at this priority when the batch runs. */
  private byId(id: string): FormatTarget {
    const found = /^\d+$/u.test(id) ? this.itemsOf(this.target())[Number(id)] : undefined;
    if (!found) throw new FakeOfficeError('ItemNotFound', `No conditional format ${id}`);
    return found;
  }

  protected proxyFor(item: FormatTarget): FakeConditionalFormat {
    const id = String(this.priorityOf(item.format));
    return new FakeConditionalFormat(this.session, () => this.byId(id), { item: id, parent: this });
  }

  /** A new format goes first (priority 0), over the cells' other formats. */
  add(type: string): FakeConditionalFormat {
    return new FakeConditionalFormat(
      this.session,
      () => {
        const { sheet, areas } = this.target();
        const format: ConditionalFormatModel = {
          type,
          appliesTo: areas.map((area) => formatArea(area)),
        };
        sheet.conditionalFormats.unshift(format);
        return { sheet, format };
      },
      { method: 'add', args: [type], parent: this },
    );
  }

  getItem(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(this.session, () => this.byId(id), {
      method: 'getItem',
      args: [id],
      parent: this,
    });
  }
}

export class FakeConditionalFormat extends FakeClientObject<FormatTarget> {
  protected readonly properties: PropertyReaders<FormatTarget> = {
    id: ({ sheet, format }) => String(sheet.conditionalFormats.indexOf(format)),
    type: ({ format }) => format.type,
    priority: ({ sheet, format }) => sheet.conditionalFormats.indexOf(format),
  };

  /** Only a custom format has custom properties: instantiating them on another type fails. */
  get custom(): FakeCustomConditionalFormat {
    const custom = () => {
      const target = this.target();
      if (target.format.type !== 'Custom')
        throw new FakeOfficeError('InvalidOperation', 'Not a custom format');
      return target;
    };
    return this.nav('custom', (path) => new FakeCustomConditionalFormat(this.session, custom, path));
  }

  protected override check(target: FormatTarget): FormatTarget {
    if (!target.sheet.conditionalFormats.includes(target.format)) {
      throw new FakeOfficeError('ItemNotFound', 'The conditional format was deleted');
    }
    return target;
  }

  get id(): string {
    return this.read('id');
  }
  get type(): string {
    return this.read('type');
  }
  get priority(): number {
    return this.read('priority');
  }

  delete(): void {
    this.queueCall('delete', [], ({ sheet, format }) => {
      sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => f !== format);
    });
  }
}

class FakeCustomConditionalFormat extends FakeClientObject<FormatTarget> {
  protected readonly properties: PropertyReaders<FormatTarget> = {};

  get rule(): FakeConditionalFormatRule {
    return this.nav('rule', (path) => new FakeConditionalFormatRule(this.session, () => this.target(), path));
  }
  get format(): FakeConditionalRangeFormat {
    return this.nav(
      'format',
      (path) => new FakeConditionalRangeFormat(this.session, () => this.target(), path),
    );
  }
}

class FakeConditionalRangeFormat extends FakeClientObject<FormatTarget> {
  protected readonly properties: PropertyReaders<FormatTarget> = {};

  get fill(): FakeConditionalFill {
    return this.nav('fill', (path) => new FakeConditionalFill(this.session, () => this.target(), path));
  }
}

class FakeConditionalFormatRule extends FakeClientObject<FormatTarget> {
  protected readonly properties: PropertyReaders<FormatTarget> = {
    formula: ({ format }) => format.formula ?? '',
  };

  get formula(): string {
    return this.read('formula');
  }
  set formula(formula: string) {
    this.queueSet('formula', formula, ({ format }) => (format.formula = formula));
  }
}

class FakeConditionalFill extends FakeClientObject<FormatTarget> {
  protected readonly properties: PropertyReaders<FormatTarget> = { color: ({ format }) => format.fill ?? '' };

  get color(): string {
    return this.read('color');
  }
  set color(color: string) {
    this.queueSet('color', color, ({ format }) => (format.fill = color));
  }
}
