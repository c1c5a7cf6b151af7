import { isUnparsed, yearsOutside } from '../../timeframe';
import { atCell, fieldCells } from '../fieldCells';
import type { Rule } from '../types';

/** A time frame the parser cannot read as a quarter, month, date, deadline, year, period or recurrence. */
export const unparsedTimeframe: Rule = {
  meta: {
    code: 'unparsed-timeframe',
    severity: 'info',
    title: { vi: 'Thời gian chưa đọc được', en: 'Unreadable time frame' },
    columns: ['time'],
  },
  check: (input) =>
    fieldCells(input, 'time')
      .filter((cell) => {
        const timeframe = input.analyses[cell.taskIndex]?.timeframe;
        return timeframe !== undefined && isUnparsed(timeframe);
      })
      .map((cell) => ({ ...atCell(cell), data: { text: cell.text } })),
};

/** A quarter, month or date that cannot exist: Quý V, tháng 13, 31/6. */
export const invalidTimeframe: Rule = {
  meta: {
    code: 'invalid-timeframe',
    severity: 'error',
    title: { vi: 'Thời gian không hợp lệ', en: 'Invalid time frame' },
    columns: ['time'],
  },
  check: (input) =>
    fieldCells(input, 'time').flatMap((cell) =>
      (input.analyses[cell.taskIndex]?.timeframe.problems ?? []).map((problem) => ({
        ...atCell(cell),
        data: { kind: problem.kind, text: problem.text },
      })),
    ),
};

/** A time frame in another year than the plan's (a period that contains the plan year is fine). */
export const timeframeOutsidePlanYear: Rule = {
  meta: {
    code: 'timeframe-outside-plan-year',
    severity: 'warning',
    title: { vi: 'Thời gian ngoài năm kế hoạch', en: 'Time frame outside the plan year' },
    columns: ['time'],
  },
  check: (input) => {
    const { planYear } = input;
    if (planYear === null) return [];
    return fieldCells(input, 'time').flatMap((cell) => {
      const timeframe = input.analyses[cell.taskIndex]?.timeframe;
      const years = timeframe ? yearsOutside(timeframe, planYear) : [];
      return years.length === 0 ? [] : [{ ...atCell(cell), data: { text: cell.text, years, planYear } }];
    });
  },
};
