/**
 * What a parsed part says about the calendar: the years it writes, the quarters it covers and the
 * impossible values it holds. Kept apart from the grammar so the readers only describe what was written.
 */
import { formatIsoDate, parseVietnameseDate } from '../text';
import type { TimePoint, TimeframePart, TimeframeProblem, TimeframeProblemKind } from './schema';
import { maxOf } from '../arrays';

// The longest each month can be when no year is written: "29/2" may mean a leap year, "31/6" never exists.
const LONGEST_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

interface DayMonth {
  day: number;
  month: number;
  year?: number;
}

// With a year, parseVietnameseDate decides (it knows leap years), so the calendar lives in one place.
const parseWritten = (date: DayMonth & { year: number }) =>
  parseVietnameseDate(`${date.day}/${date.month}/${date.year}`);

function dateExists(date: DayMonth): boolean {
  if (date.year !== undefined) return parseWritten({ ...date, year: date.year })?.valid === true;
  return date.day >= 1 && date.day <= (LONGEST_MONTH[date.month - 1] ?? 0);
}

/** The ISO date when the year is written and the date exists. @example isoDate({ day: 15, month: 3, year: 2024 }) → { iso: '2024-03-15' } */
export function isoDate(date: DayMonth): { iso?: string } {
  if (date.year === undefined) return {};
  const iso = parseWritten({ ...date, year: date.year })?.iso;
  return iso ? { iso } : {};
}

const isQuarter = (q: number) => Number.isInteger(q) && q >= 1 && q <= 4;
const isMonth = (m: number) => Number.isInteger(m) && m >= 1 && m <= 12;
const quarterOfMonth = (month: number) => Math.ceil(month / 3);

/** The quarter a point falls in, when it is narrower than a year and possible. */
function pointQuarter(point: TimePoint): number | undefined {
  if (point.quarter !== undefined) return isQuarter(point.quarter) ? point.quarter : undefined;
  if (point.month === undefined || !isMonth(point.month)) return undefined;
  if (point.day !== undefined && !dateExists({ ...point, day: point.day, month: point.month }))
    return undefined;
  return quarterOfMonth(point.month);
}

// "từ tháng 3 đến tháng 6/2024" covers quarters 1–2; a span across years or reversed covers no single quarter.
function spanQuarters(from: TimePoint | undefined, to: TimePoint | undefined): number[] {
  const a = from && pointQuarter(from);
  const b = to && pointQuarter(to);
  if (a === undefined || b === undefined || a > b) return [];
  if (from?.year !== undefined && to?.year !== undefined && from.year !== to.year) return [];
  return Array.from({ length: b - a + 1 }, (_, i) => a + i);
}

/**
 * The valid quarters a part covers. Parts no narrower than a year (recurring, linked, year) cover none: a
 * "tasks by quarter" view lists them apart rather than in all four quarters.
 * @example partQuarters({ kind: 'month', text: 'Tháng 6', months: [6] }) → [2]
 */
export function partQuarters(part: TimeframePart): number[] {
  switch (part.kind) {
    case 'quarter':
      return part.quarters.filter(isQuarter);
    case 'month':
      return [...new Set(part.months.filter(isMonth).map(quarterOfMonth))];
    case 'half-year':
      return part.half === 1 ? [1, 2] : [3, 4];
    case 'date':
      return dateExists(part) ? [quarterOfMonth(part.month)] : [];
    case 'deadline':
      return optional(pointQuarter(part.by));
    case 'period':
      return spanQuarters(part.from, part.to);
    default:
      return [];
  }
}

const optional = <T>(value: T | undefined): T[] => (value === undefined ? [] : [value]);

/** The years a part writes. @example partYears({ kind: 'period', text: '2021–2025', from: { year: 2021 }, to: { year: 2025 } }) → [2021, 2025] */
export function partYears(part: TimeframePart): number[] {
  switch (part.kind) {
    case 'deadline':
      return optional(part.by.year);
    case 'period':
      return [...optional(part.from?.year), ...optional(part.to?.year)];
    case 'unparsed':
      return [];
    default:
      return optional(part.year);
  }
}

function pointProblems(point: TimePoint): TimeframeProblemKind[] {
  if (point.quarter !== undefined && !isQuarter(point.quarter)) return ['invalid-quarter'];
  if (point.month === undefined) return [];
  if (point.day !== undefined)
    return dateExists({ ...point, day: point.day, month: point.month }) ? [] : ['invalid-date'];
  return isMonth(point.month) ? [] : ['invalid-month'];
}

function problemKinds(part: TimeframePart): TimeframeProblemKind[] {
  switch (part.kind) {
    case 'quarter':
      return part.quarters.every(isQuarter) ? [] : ['invalid-quarter'];
    case 'month':
      return part.months.every(isMonth) ? [] : ['invalid-month'];
    case 'date':
      return dateExists(part) ? [] : ['invalid-date'];
    case 'deadline':
      return pointProblems(part.by);
    case 'period':
      return [...(part.from ? pointProblems(part.from) : []), ...(part.to ? pointProblems(part.to) : [])];
    default:
      return [];
  }
}

/**
 * The impossible values in a part, one problem per kind, each naming the part's text.
 * @example partProblems({ kind: 'quarter', text: 'Quý V', quarters: [5] }) → [{ kind: 'invalid-quarter', text: 'Quý V' }]
 */
export function partProblems(part: TimeframePart): TimeframeProblem[] {
  return [...new Set(problemKinds(part))].map((kind) => ({ kind, text: part.text }));
}

const monthEnd = (year: number, month: number) =>
  formatIsoDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());

/**
 * The last day a part allows, when it writes its year (ISO); undefined otherwise.
 * @example partEnd({ kind: 'quarter', text: 'Quý I/2026', quarters: [1], year: 2026 }) === '2026-03-31'
 */
export function partEnd(part: TimeframePart): string | undefined {
  switch (part.kind) {
    case 'quarter':
      return part.year === undefined ? undefined : monthEnd(part.year, maxOf(part.quarters) * 3);
    case 'month':
      return part.year === undefined ? undefined : monthEnd(part.year, maxOf(part.months));
    case 'half-year':
      return part.year === undefined ? undefined : monthEnd(part.year, part.half * 6);
    case 'date':
      return part.iso;
    case 'deadline':
      return pointEnd(part.by);
    case 'year':
      return part.year === undefined ? undefined : `${part.year}-12-31`;
    default:
      return undefined;
  }
}

function pointEnd(point: TimePoint): string | undefined {
  if (point.year === undefined) return undefined;
  if (point.month !== undefined && point.day !== undefined)
    return formatIsoDate(point.year, point.month, point.day);
  if (point.month !== undefined) return monthEnd(point.year, point.month);
  if (point.quarter !== undefined) return monthEnd(point.year, point.quarter * 3);
  return `${point.year}-12-31`;
}
