/**
 * The building blocks shared by several part kinds, matched against canonical strings ("quy ii - iii /
 * 2024"; see tokens.ts): quarter and month lists, dates and single time points. Regexes are compiled once.
 */
import type { TimePoint } from './schema';
import { romanValue } from '../text';

// A quarter is an Arabic 1–2 digit number or a Roman numeral; "v", "vi"… are read so "Quý V" can be reported.
const Q = String.raw`(?:\d{1,2}|[ivx]{1,4})`;
const LIST_SEP = String.raw`(?:,|-|va|den)`;
const YEAR_TAIL = String.raw`(?: (?:/|-|nam) (\d{4}))?`;

// "quy ?" also accepts "QuýII" typed without a space (one token "quyii").
const QUARTER_SPEC = new RegExp(String.raw`^quy ?(${Q}(?: ${LIST_SEP} (?:quy )?${Q})*)${YEAR_TAIL}$`);
const MONTH_SPEC = new RegExp(String.raw`^thang (\d{1,2}(?: ${LIST_SEP} (?:thang )?\d{1,2})*)${YEAR_TAIL}$`);
// "12/2019", "10-11/2019", "01-4/2021" (836/QĐ-BXD 2019): months without the word, so the year is required.
const BARE_MONTH_SPEC = /^(\d{1,2}(?: - \d{1,2})?) \/ (\d{4})$/;
// 15/3/2024, 15.3, 15-3-2024 or worded "15 tháng 3 năm 2024"; the separator repeats (\2).
const DATE_SPEC =
  /^(?:ngay )?(\d{1,2}) (?:([/.-]) (\d{1,2})(?: \2 (\d{4}))?|thang (\d{1,2})(?: nam (\d{4}))?)$/;
const YEAR_SPEC = /^(?:nam )?(\d{4})$/;
const ROMAN = /^[ivx]+$/;

function numberValue(token: string): number | undefined {
  if (ROMAN.test(token)) return romanValue(token);
  const n = Number(token);
  return Number.isInteger(n) ? n : undefined;
}

const optionalYear = (group: string | undefined) => (group === undefined ? {} : { year: Number(group) });
const withYear = (point: TimePoint, year: number | undefined): TimePoint =>
  year === undefined ? point : { ...point, year };

/** 1…max from `from` to `to`, wrapping past max when written backwards ("Quý IV - I", "Tháng 11 - 2"). */
function span(from: number, to: number, max: number): number[] {
  const length = ((to - from + max) % max) + 1;
  return Array.from({ length }, (_, i) => ((from - 1 + i) % max) + 1);
}

/**
 * The numbers of a list such as "i , ii", "ii - quy iii" or "3 - 4", ranges expanded. A range expands only
 * when both ends are valid (1…max); otherwise its ends are kept as written so the impossible one is reported.
 */
function listValues(list: string, max: number): number[] {
  const values = new Set<number>();
  let previous: number | undefined;
  let range = false;
  const valid = (v: number) => v >= 1 && v <= max;
  for (const token of list.split(' ')) {
    if (token === '-' || token === 'den') range = true;
    const n = numberValue(token);
    if (n === undefined) continue;
    if (range && previous !== undefined && valid(previous) && valid(n)) {
      for (const v of span(previous, n, max)) values.add(v);
    }
    values.add(n);
    previous = n;
    range = false;
  }
  return [...values].sort((a, b) => a - b);
}

/** @example readQuarters('quy i , ii / 2024') → { quarters: [1, 2], year: 2024 } */
export function readQuarters(canonical: string): { quarters: number[]; year?: number } | undefined {
  const m = QUARTER_SPEC.exec(canonical);
  return m ? { quarters: listValues(m[1] ?? '', 4), ...optionalYear(m[2]) } : undefined;
}

/** @example readMonths('thang 3 - 4 / 2024') → { months: [3, 4], year: 2024 }; readMonths('10 - 11 / 2019') too */
export function readMonths(canonical: string): { months: number[]; year?: number } | undefined {
  const m = MONTH_SPEC.exec(canonical) ?? BARE_MONTH_SPEC.exec(canonical);
  return m ? { months: listValues(m[1] ?? '', 12), ...optionalYear(m[2]) } : undefined;
}

/** @example readDate('ngay 15 / 3 / 2024') → { day: 15, month: 3, year: 2024 } */
export function readDate(canonical: string): { day: number; month: number; year?: number } | undefined {
  const m = DATE_SPEC.exec(canonical);
  if (!m) return undefined;
  const [, day, separator, month, year, wordedMonth, wordedYear] = m;
  // "6 - 9" without a year is a range of numbers, not 6 September.
  if (separator === '-' && year === undefined) return undefined;
  return { day: Number(day), month: Number(month ?? wordedMonth), ...optionalYear(year ?? wordedYear) };
}

/**
 * A single time point: a date, one month, one quarter or a year.
 * @example readPoint('thang 6 / 2024') → { month: 6, year: 2024 }
 */
export function readPoint(canonical: string): TimePoint | undefined {
  const date = readDate(canonical);
  if (date) return date;
  const months = readMonths(canonical);
  if (months) {
    const [month, ...more] = months.months;
    return more.length === 0 ? withYear({ month }, months.year) : undefined;
  }
  const quarters = readQuarters(canonical);
  if (quarters) {
    const [quarter, ...more] = quarters.quarters;
    return more.length === 0 ? withYear({ quarter }, quarters.year) : undefined;
  }
  const year = YEAR_SPEC.exec(canonical);
  return year ? { year: Number(year[1]) } : undefined;
}
