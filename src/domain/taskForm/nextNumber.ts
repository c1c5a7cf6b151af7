const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII', 'XIII', 'XIV', 'XV'];
// Vietnamese lettering skips no letter a plan uses: a, b, c, d, đ, e, g, h, i, k, l, m, n (no f, j).
const LETTERS = [
  'a',
  'b',
  'c',
  'd',
  'đ',
  'e',
  'g',
  'h',
  'i',
  'k',
  'l',
  'm',
  'n',
  'o',
  'p',
  'q',
  'r',
  's',
  't',
];

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
    const next = LETTERS[LETTERS.indexOf(lettered[1] as string) + 1];
    return next === undefined ? undefined : `${next}${lettered[2]}`;
  }
  const roman = ROMAN.indexOf(trimmed.replace(/[.)]$/u, ''));
  if (roman >= 0 && roman + 1 < ROMAN.length) return `${ROMAN[roman + 1]}${trimmed.endsWith('.') ? '.' : ''}`;
  return undefined;
}
