import { isUnparsed, partEnd, timelessReason, yearsOutside } from '../../timeframe';
import { atCell, fieldCells } from '../fieldCells';
import type { Rule } from '../types';
import { reportsOnAssignedTasks } from './lateTasks';

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
        return timeframe !== undefined && isUnparsed(timeframe) && timelessReason(cell.text) === undefined;
      })
      .map((cell) => ({ ...atCell(cell), data: { text: cell.text } })),
};

/**
 * A time cell that names no time: other words in the time column ("Bộ Công an xây dựng kế hoạch triển
 * khai", 175/NQ-CP 2023), a task already done ("Đã hoàn thành", 844/QĐ-TTg 2026), or a year cut off
 * ("Tháng 01 - 02/20", 105/2025/UBTVQH15). The task then has no deadline an officer can follow up.
 * Cells that are unread but say when in words of their own stay `unparsed-timeframe` notes.
 */
export const timeframeWithoutTime: Rule = {
  meta: {
    code: 'timeframe-without-time',
    severity: 'warning',
    title: { vi: 'Thời gian không nêu thời điểm', en: 'Time frame names no time' },
    columns: ['time'],
  },
  check: (input) =>
    fieldCells(input, 'time').flatMap((cell) => {
      const timeframe = input.analyses[cell.taskIndex]?.timeframe;
      const reason = timeframe && isUnparsed(timeframe) ? timelessReason(cell.text) : undefined;
      return reason ? [{ ...atCell(cell), data: { text: cell.text, reason } }] : [];
    }),
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

/**
 * A time frame in a year outside the plan's period: after its end, or before it begins ("Quý II/2023" in a
 * 2024 plan) — unless due after the plan's date, as preparation for a period about to begin. The period comes from the title ("năm 2025", "giai đoạn 2026–2030", "đến năm 2030"); a plan
 * whose title names none is only held to its start (a Government resolution assigns work years ahead).
 */
export const timeframeOutsidePlanYear: Rule = {
  meta: {
    code: 'timeframe-outside-plan-year',
    severity: 'warning',
    title: { vi: 'Thời gian ngoài thời kỳ kế hoạch', en: 'Time frame outside the plan period' },
    columns: ['time'],
  },
  check: (input) => {
    const { planPeriod, planYear } = input;
    if (planPeriod === null || reportsOnAssignedTasks(input)) return [];
    return fieldCells(input, 'time').flatMap((cell) => {
      const timeframe = input.analyses[cell.taskIndex]?.timeframe;
      const years = timeframe ? yearsOutside(timeframe, planPeriod, input.planDate) : [];
      if (years.length === 0) return [];
      return [
        {
          ...atCell(cell),
          data: { text: cell.text, years, planYear, from: planPeriod.from, to: planPeriod.to },
        },
      ];
    });
  },
};

/**
 * A deadline that had passed when the plan was issued: "Tháng 3/2026" in a resolution of 06/4/2026, "Quý
 * I/2026" in one of 08/4/2026 (the real corpus: 97/NQ-CP, 105/NQ-CP). Only time frames that write their
 * year are judged; an appendix that lists late tasks (reportsOnAssignedTasks) is not.
 */
export const timeframeBeforePlanDate: Rule = {
  meta: {
    code: 'timeframe-before-plan-date',
    severity: 'warning',
    title: { vi: 'Thời hạn trước ngày ban hành', en: 'Deadline before the plan date' },
    columns: ['time'],
  },
  check: (input) => {
    const issued = input.appendix.plan.date;
    if (issued === null || reportsOnAssignedTasks(input)) return [];
    return fieldCells(input, 'time').flatMap((cell) => {
      const timeframe = input.analyses[cell.taskIndex]?.timeframe;
      if (!timeframe || timeframe.parts.length === 0) return [];
      // A year before the plan's period is already reported, once, as outside it.
      if (input.planPeriod && yearsOutside(timeframe, input.planPeriod, input.planDate).length > 0) return [];
      // Each part is a deadline of its own ("Tháng 02/2026\nTháng 11/2026", a task's two sub-rows, 97/NQ-CP
      // 2026): one already past when the plan was issued is reported, with its own text.
      const past = timeframe.parts.find((part) => {
        const end = partEnd(part);
        return end !== undefined && end < issued;
      });
      if (!past) return [];
      return [{ ...atCell(cell), data: { text: past.text, planDate: issued } }];
    });
  },
};
