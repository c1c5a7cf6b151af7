/** A calendar date found in Vietnamese text. `valid` is false for impossible dates such as 31/02. */
export interface ParsedDate {
  /** The text that was read, as written. */
  text: string;
  day: number;
  month: number;
  year: number;
  valid: boolean;
  /** yyyy-mm-dd when valid. */
  iso?: string;
}

// "ngày 11 tháng 03 năm 2024" (the wording Nghị định 30/2020 prescribes for the date line).
const WORDED = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu;
// 31/12/2021, 05-01-2022 (Party style), 11.03.2024.
const NUMERIC = /(?<!\d)(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})(?!\d)/u;

/**
 * The first date in the text, worded or numeric.
 * @example parseVietnameseDate('ngày 11 tháng 03 năm 2024')?.iso === '2024-03-11'
 * @example parseVietnameseDate('ngày 31/02/2024')?.valid === false
 */
export function parseVietnameseDate(text: string): ParsedDate | undefined {
  const source = text.normalize('NFC');
  const worded = WORDED.exec(source);
  const numeric = NUMERIC.exec(source);
  const first = pickEarliest(worded, numeric);
  if (!first) return undefined;
  const [day, month, year] =
    first === worded
      ? [Number(first[1]), Number(first[2]), Number(first[3])]
      : [Number(first[1]), Number(first[3]), Number(first[4])];
  const valid = isValidDate(year, month, day);
  return {
    text: first[0],
    day,
    month,
    year,
    valid,
    ...(valid ? { iso: formatIsoDate(year, month, day) } : {}),
  };
}

function pickEarliest(a: RegExpExecArray | null, b: RegExpExecArray | null): RegExpExecArray | null {
  if (!a) return b;
  if (!b) return a;
  return a.index <= b.index ? a : b;
}

function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** @example formatIsoDate(2024, 3, 11) === '2024-03-11' */
export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
