import { atCell, fieldCells } from '../fieldCells';
import type { Rule } from '../types';

/** A funding text that names no known source and no amount. */
export const unclassifiedFunding: Rule = {
  meta: {
    code: 'unclassified-funding',
    severity: 'info',
    title: { vi: 'Nguồn kinh phí chưa phân loại', en: 'Unclassified funding' },
    columns: ['funding'],
  },
  check: (input) =>
    fieldCells(input, 'funding')
      .filter((cell) => input.analyses[cell.taskIndex]?.funding.unclassified === true)
      .map((cell) => ({ ...atCell(cell), data: { text: cell.text } })),
};
