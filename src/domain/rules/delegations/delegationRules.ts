import type { CountCell } from '../../delegations';
import { declaredCount, readCount } from '../../delegations';
import type { Field, Section } from '../../schema';
import { isBlank } from '../../text';
import { atCell, fieldCells } from '../fieldCells';
import type { Rule, RuleFinding, RuleInput } from '../types';
import { fieldLocation } from '../types';

const isDelegations = (input: RuleInput) => input.appendix.kind === 'delegations';

/** A group whose title says how many delegations it holds ("…: 07 đoàn") holds another number of rows. */
export const delegationCountMismatch: Rule = {
  meta: {
    code: 'delegation-count-mismatch',
    severity: 'warning',
    title: { vi: 'Số đoàn không khớp tiêu đề nhóm', en: 'Delegation count differs from the heading' },
    columns: [],
  },
  check: (input) => {
    if (!isDelegations(input)) return [];
    const { appendix } = input;
    const parents = new Map(appendix.sections.map((s) => [s.row, s.parentRow]));
    const within = (section: Section) =>
      appendix.tasks.filter((task) => {
        for (let row = task.parentRow; row !== null; row = parents.get(row) ?? null)
          if (row === section.row) return true;
        return false;
      }).length;
    return appendix.sections.flatMap((section): RuleFinding[] => {
      const declared = declaredCount(section.title);
      if (declared === undefined) return [];
      const actual = within(section);
      return declared === actual
        ? []
        : [{ rowNumber: section.row, data: { tt: section.tt, title: section.title, declared, actual } }];
    });
  },
};

/**
 * "Số người" or "Số ngày" that is no positive whole number (a range counts as its top); a pointer to
 * another body's rules ("theo quy định của Bộ Quốc phòng") is noted quietly.
 */
function countRule(field: Field, code: string, title: { vi: string; en: string }): Rule {
  return {
    meta: { code, severity: 'warning', title, columns: [field] },
    check: (input) =>
      isDelegations(input)
        ? fieldCells(input, field).flatMap((cell): RuleFinding[] => {
            const read: CountCell = readCount(cell.text);
            if (read.kind === 'rule')
              return [{ ...atCell(cell), severity: 'info', data: { text: cell.text, rule: true } }];
            return read.kind === 'invalid' ? [{ ...atCell(cell), data: { text: cell.text } }] : [];
          })
        : [],
  };
}

export const invalidHeadcount = countRule('people', 'invalid-headcount', {
  vi: 'Số người không hợp lệ',
  en: 'Invalid headcount',
});

export const invalidDuration = countRule('days', 'invalid-duration', {
  vi: 'Số ngày không hợp lệ',
  en: 'Invalid duration',
});

/** Figures in the funding cell that read as no amount ("3.500.000.00", "3,5 tỷ tỷ"). */
export const unparsedAmount: Rule = {
  meta: {
    code: 'unparsed-amount',
    severity: 'warning',
    title: { vi: 'Số tiền không đọc được', en: 'Unreadable amount' },
    columns: ['funding'],
  },
  check: (input) =>
    isDelegations(input)
      ? fieldCells(input, 'funding')
          .filter((cell) => {
            const funding = input.analyses[cell.taskIndex]?.funding;
            return funding !== undefined && funding.amounts.length === 0 && looksLikeMoney(cell.text);
          })
          .map((cell) => ({ ...atCell(cell), data: { text: cell.text } }))
      : [],
};

/** A run of digits in groups, or four digits and more, that is not a year. */
function looksLikeMoney(text: string): boolean {
  return (text.match(/\d+(?:[.,\s]\d+)*/gu) ?? []).some(
    (run) => /[.,\s]/u.test(run) || (run.length >= 4 && !/^(?:19|20)\d\d$/u.test(run)),
  );
}

/** A delegation row with no destination. */
export const missingDestination: Rule = {
  meta: {
    code: 'missing-destination',
    severity: 'warning',
    title: { vi: 'Thiếu nơi đến', en: 'No destination' },
    columns: ['destination'],
  },
  check: (input) =>
    isDelegations(input) && input.appendix.columns.destination !== undefined
      ? input.appendix.tasks
          .filter((task) => isBlank(task.destination ?? ''))
          .map((task) => ({
            rowNumber: task.rows[0],
            ...fieldLocation(input.appendix, task, 'destination'),
            data: {},
          }))
      : [],
};

/** A time that places the delegation in no quarter ("Năm 2024"): the quarterly totals cannot count it. */
export const missingQuarter: Rule = {
  meta: {
    code: 'missing-quarter',
    severity: 'info',
    title: { vi: 'Thời gian không nêu quý', en: 'No quarter given' },
    columns: ['time'],
  },
  check: (input) =>
    isDelegations(input)
      ? fieldCells(input, 'time')
          .filter((cell) => input.analyses[cell.taskIndex]?.timeframe.quarters.length === 0)
          .map((cell) => ({ ...atCell(cell), data: { text: cell.text } }))
      : [],
};
