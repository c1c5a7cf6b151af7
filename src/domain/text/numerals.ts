const ROMAN: ReadonlyArray<readonly [number, string]> = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];

/** @example romanNumeral(8) === 'VIII'; romanNumeral(14) === 'XIV' */
export function romanNumeral(n: number): string {
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN)
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  return out;
}

const ROMAN_DIGITS: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };

/**
 * The value of a Roman numeral, either case; NaN when a character is no Roman digit.
 * @example romanValue('XIV') === 14; romanValue('iv') === 4; Number.isNaN(romanValue('A'))
 */
export function romanValue(numeral: string): number {
  const upper = numeral.toUpperCase();
  let total = 0;
  for (let i = 0; i < upper.length; i++) {
    const value = ROMAN_DIGITS[upper.charAt(i)] ?? Number.NaN;
    const next = ROMAN_DIGITS[upper.charAt(i + 1)] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/** The Vietnamese alphabet as plans letter their sections: no F, J, W, Z; Đ after D (A, B, C, D, Đ, E, G …). */
export const VIETNAMESE_LETTERS = 'ABCDĐEGHIKLMNOPQRSTUVXY';
