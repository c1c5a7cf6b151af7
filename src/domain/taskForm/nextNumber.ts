import { romanNumeral, romanValue, VIETNAMESE_LETTERS } from '../text';

const LOWER_LETTERS = VIETNAMESE_LETTERS.toLocaleLowerCase('vi');

/**
 * The number after a task's number, in the same style: "5" → "6", "2.3" → "2.4", "a)" → "b)", "d" → "đ",
 * "IV" → "V"; undefined for a number of no known style (the officer types it).
 * @example nextNumber('2.3') === '2.4'
 */
export function nextNumber(tt: string): string | undefined {
  const trimmed = tt.trim();
  const dotted = /^(.*?)(\d+)([.)]?)$/u.exec(trimmed);
  if (dotted) return `${dotted[1]}${Number(dotted[2]) + 1}${dotted[3]}`;
  const lettered = /^([a-zđ])([.)]?)$/u.exec(trimmed);
  if (lettered) {
    const next = LOWER_LETTERS[LOWER_LETTERS.indexOf(lettered[1] as string) + 1];
    return next === undefined ? undefined : `${next}${lettered[2]}`;
  }
  const roman = /^([IVXLC]+)([.)]?)$/u.exec(trimmed);
  const value = roman ? romanValue(roman[1] as string) : Number.NaN;
  // Only a well-formed numeral ("IIII" is none) goes on.
  if (!roman || Number.isNaN(value) || romanNumeral(value) !== roman[1]) return undefined;
  return `${romanNumeral(value + 1)}${roman[2]}`;
}
