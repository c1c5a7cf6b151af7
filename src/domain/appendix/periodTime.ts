import { isMark } from '../table';
import type { ValueCell } from '../table';
import { foldKey } from '../text';
import { parseTimeframe } from '../timeframe';

const PERIOD_KINDS: ReadonlySet<string> = new Set(['year', 'quarter', 'month', 'half-year']);

/**
 * A column title that names one period: a year ("2026", "Năm 2026"), a span of years ("2028 - 2030"), a
 * quarter ("Quý I", "Q1", "Quý I/2026"), a month ("Tháng 3", "T3") or a half ("6 tháng đầu năm"), nothing
 * else.
 * @example isPeriodTitle('Năm 2027') === true; isPeriodTitle('Ghi chú') === false; isPeriodTitle('Sau năm 2030') === false
 */
export function isPeriodTitle(title: string): boolean {
  const parsed = parseTimeframe(title);
  const part = parsed.parts[0];
  if (parsed.parts.length !== 1 || parsed.problems.length > 0 || part?.text !== parsed.text) return false;
  // A span of whole years ("2028 - 2030", "Giai đoạn 2026-2030") is a period a timetable marks too.
  if (part.kind === 'period') return part.from?.year !== undefined && part.to?.year !== undefined;
  return PERIOD_KINDS.has(part.kind);
}

/**
 * The period a timetable column stands for, under its parent's title ("" without one), or undefined: a
 * period title ("2026", "Quý I"), with the parent's period when the parent is one ("Quý I" under "Năm 2026":
 * "Quý I Năm 2026"), or a bare number under a parent that names the unit ("1" … "12" under "Thời gian thực
 * hiện (tháng)": "Tháng 1"; "I" … "IV" under "Tiến độ theo quý": "Quý I").
 * @example periodTitle('3', 'Thời gian thực hiện (tháng)') === 'Tháng 3'
 */
export function periodTitle(title: string, parentTitle: string): string | undefined {
  const own = title.trim();
  if (isPeriodTitle(own)) return isPeriodTitle(parentTitle) ? `${own} ${parentTitle.trim()}` : own;
  const unit = UNIT.exec(foldKey(parentTitle))?.[1];
  if (unit === 'thang' && MONTH.test(own)) return `Tháng ${own}`;
  if (unit === 'quy' && QUARTER.test(own)) return `Quý ${own}`;
  return undefined;
}

/**
 * The time a timetable column stands for: a period (see periodTitle) or, under a parent, an occasion or a
 * cadence the time checks read as such — "Thời gian trình" over "Kỳ họp giữa năm" | "Kỳ họp cuối năm" | "Kỳ
 * họp chuyên đề", an "x" under the council's session each resolution goes to; "Thời gian" over "Thường
 * xuyên" | "Định kỳ" | "Đột xuất" (session 23 probe: the first session's column had been the time, "x" a
 * time without a time, the others' resolutions "without time").
 * @example timeColumnTitle('Kỳ họp cuối năm', 'Thời gian trình') === 'Kỳ họp cuối năm'
 */
export function timeColumnTitle(title: string, parentTitle: string): string | undefined {
  const period = periodTitle(title, parentTitle);
  if (period !== undefined || parentTitle.trim() === '') return period;
  const parsed = parseTimeframe(title);
  const occasion =
    parsed.parts.length > 0 &&
    parsed.parts.every((part) => part.kind === 'linked' || part.kind === 'recurring');
  return occasion && parsed.problems.length === 0 ? title.trim() : undefined;
}

const UNIT = /(?<![a-z])(thang|quy)(?![a-z])/u;
const MONTH = /^(?:0?[1-9]|1[0-2])$/u;
const QUARTER = /^(?:[1-4]|I{1,3}|IV)$/u;

/**
 * The time frame a row's marks say, as the time checks and the lists read it: the marked periods' titles
 * in column order ("2026, 2027"); a period cell holding words instead of a mark gives them, its year added
 * when the period is one ("Quý II" under "2026": "Quý II năm 2026"), else after the period's title.
 * @example periodTime([{ column: { column: 5, title: '2026', parentTitle: '' }, text: 'x' }, { column: { column: 7, title: '2028', parentTitle: '' }, text: 'x' }]) === '2026, 2028'
 */
export function periodTime(cells: readonly ValueCell[]): string {
  return cells
    .map(({ column, text }) => {
      if (isMark(text)) return column.title;
      const year = YEAR.exec(column.title.trim());
      return year ? `${text.trim()} năm ${year[1] as string}` : `${column.title}: ${text.trim()}`;
    })
    .join(', ');
}

const YEAR = /^(?:năm\s+)?(\d{4})$/iu;
