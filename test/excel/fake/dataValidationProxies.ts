import { formatArea } from '../../../src/domain';
import type { PropertyReaders } from './clientObject';
import { FakeClientObject } from './clientObject';
import { FakeOfficeError } from './errors';
import type { DataValidationModel } from './model';
import type { RangeTarget } from './rangeProxies';

/** What a list source is, once resolved: a range "'Sheet'!$A$3:$A$9", or the comma-separated text. */
function sourceText(source: unknown): string {
  if (typeof source === 'string') return source;
  const target = (source as { target?: () => RangeTarget }).target?.();
  if (!target) throw new FakeOfficeError('InvalidArgument', 'list source is neither text nor a Range');
  return `'${target.sheet.name}'!${formatArea(target.area)}`;
}

/**
 * `Range.dataValidation` (ExcelApi 1.8): the rule, error alert and prompt of the range's cells, recorded on
 * the sheet by area. A list rule's source is text (comma-separated items) or a Range object
 * (learn.microsoft.com/javascript/api/excel/excel.listdatavalidation).
 */
export class FakeDataValidation extends FakeClientObject<RangeTarget> {
  protected readonly properties: PropertyReaders<RangeTarget> = {};

  set rule(rule: { list?: { inCellDropDown?: boolean; source: unknown } }) {
    const { list } = rule;
    if (!list) throw new FakeOfficeError('InvalidArgument', 'fake: only list rules are modelled');
    // The source resolves when the batch runs, as any proxy does.
    this.queueSet('rule', rule, (target) => {
      this.entry(target).list = {
        inCellDropDown: list.inCellDropDown ?? true,
        source: sourceText(list.source),
      };
    });
  }

  set errorAlert(alert: DataValidationModel['errorAlert']) {
    this.queueSet('errorAlert', alert, (target) => (this.entry(target).errorAlert = alert));
  }

  set prompt(prompt: DataValidationModel['prompt']) {
    this.queueSet('prompt', prompt, (target) => (this.entry(target).prompt = prompt));
  }

  private entry({ sheet, area }: RangeTarget): DataValidationModel {
    const address = formatArea(area);
    const list = (sheet.dataValidations ??= []);
    let found = list.find((each) => each.area === address);
    if (!found) {
      found = { area: address };
      list.push(found);
    }
    return found;
  }
}
