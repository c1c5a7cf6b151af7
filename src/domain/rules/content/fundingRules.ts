import type { FieldCell } from '../fieldCells';
import { atCell, fieldCells } from '../fieldCells';
import type { Rule, RuleFinding } from '../types';

/**
 * A funding text that names no known source and no amount. Cells that hold only codes of the document's
 * own legend ("I, II, IV" for the sources its footnote lists, 2530/QĐ-TTg 2025) are noted once, at the
 * first of them, with their number: the codes cannot be read without the footnote, and are not a fault.
 */
export const unclassifiedFunding: Rule = {
  meta: {
    code: 'unclassified-funding',
    severity: 'info',
    title: { vi: 'Nguồn kinh phí chưa phân loại', en: 'Unclassified funding' },
    columns: ['funding'],
  },
  check: (input) => {
    const cells = fieldCells(input, 'funding').filter(
      (cell) => input.analyses[cell.taskIndex]?.funding.unclassified === true,
    );
    const coded = cells.filter((cell) => isLegendCodes(cell.text));
    const findings: RuleFinding[] = cells
      .filter((cell) => !coded.includes(cell))
      .map((cell) => ({ ...atCell(cell), data: { text: cell.text } }));
    const first: FieldCell | undefined = coded[0];
    if (first)
      findings.push({ ...atCell(first), data: { text: first.text, coded: true, count: coded.length } });
    return findings;
  },
};

// Roman numerals, one letter or a small number, bracketed or not, listed with commas, "và" or dashes.
const CODE = String.raw`\(?\s*(?:[IVX]{1,4}|[a-zđA-ZĐ]|\d{1,2})\s*\)?`;
const LEGEND_CODES = new RegExp(String.raw`^\s*${CODE}(?:\s*(?:[,;/+–-]|và)\s*${CODE})*\s*\.?\s*$`, 'u');

/** @example isLegendCodes('I, II, IV') === true; isLegendCodes('Ngân sách tỉnh') === false */
export function isLegendCodes(text: string): boolean {
  return LEGEND_CODES.test(text.normalize('NFC'));
}
