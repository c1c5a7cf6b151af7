/**
 * Years in a time frame that do not match the plan: the check behind "the year should fall in the plan's
 * year or period" (domain.md §5).
 */
import { minOf } from '../arrays';
import { partEnd, partYears } from './facts';
import type { Timeframe, TimeframePart } from './schema';

/** The years a plan covers: "năm 2025" → 2025–2025, "giai đoạn 2026–2030", "đến năm 2030" (to), open ends. */
const PREPARATION_KINDS: ReadonlySet<TimeframePart['kind']> = new Set([
  'deadline',
  'date',
  'month',
  'quarter',
]);

export interface PlanPeriod {
  from: number | null;
  to: number | null;
}

function overlaps(part: Extract<TimeframePart, { kind: 'period' }>, period: PlanPeriod): boolean {
  return (
    (part.from?.year ?? -Infinity) <= (period.to ?? Infinity) &&
    (period.from ?? -Infinity) <= (part.to?.year ?? Infinity)
  );
}

/**
 * The explicit years of a time frame outside the plan's period, ascending. A period that overlaps the
 * plan's is in order ("Giai đoạn 2021–2025" in a 2024 plan). A linked part counts only its closing
 * "năm 2024", never a year inside a cited document's number or date. Parts without a year take the
 * plan's. A plain year stands for a one-year period.
 * Given the plan's date (ISO), a day due after it and before the period begins is preparation, in order: "Chậm
 * nhất là ngày 31/12/2025" in a plan for 2026 issued in December 2025 (Lâm Đồng 2026).
 * @example yearsOutside(parseTimeframe('Quý II/2023; trong năm 2024'), 2024) → [2023]
 * @example yearsOutside(parseTimeframe('Quý I/2027'), { from: 2026, to: 2030 }) → []
 * @example yearsOutside(parseTimeframe('Trước ngày 31/12/2025'), { from: 2026, to: 2026 }, '2025-12-01') → []
 */
export function yearsOutside(
  timeframe: Timeframe,
  plan: number | PlanPeriod,
  issued: string | null = null,
): number[] {
  const period = typeof plan === 'number' ? { from: plan, to: plan } : plan;
  const outside = new Set<number>();
  for (const part of timeframe.parts) {
    if (part.kind === 'period' && overlaps(part, period)) continue;
    if (issued !== null && preparation(part, period, issued)) continue;
    // "01/01/2026" closing a 2025 plan (Bộ VHTTDL 6225/BVHTTDL-VP 2025): by the start of the next year.
    if (
      part.kind === 'date' &&
      part.day === 1 &&
      part.month === 1 &&
      period.to !== null &&
      part.year === period.to + 1
    )
      continue;
    for (const year of partYears(part))
      if ((period.from !== null && year < period.from) || (period.to !== null && year > period.to))
        outside.add(year);
  }
  return [...outside].sort((a, b) => a - b);
}

/**
 * A day, month or quarter due on or after the plan's date and before its period begins: the plan's own
 * preparation ("Tháng 12/2025" in a plan of 20/11/2025 for 2026–2030, 141/KH-UBND Bắc Ninh). A year that
 * began before the plan ("2025" in a plan of 18/11/2025 for 2026–2030, Đồng Nai 179) is not.
 */
function preparation(part: TimeframePart, period: PlanPeriod, issued: string): boolean {
  if (!PREPARATION_KINDS.has(part.kind)) return false;
  const end = partEnd(part);
  const start = spanStart(part);
  if (start !== undefined && start < issued) return false;
  return period.from !== null && end !== undefined && end >= issued && Number(end.slice(0, 4)) < period.from;
}

/** The first day of a month or quarter span; undefined for a day or deadline (due at its end). */
function spanStart(part: TimeframePart): string | undefined {
  const first =
    part.kind === 'month'
      ? { year: part.year, month: minOf(part.months, 1) }
      : part.kind === 'quarter'
        ? { year: part.year, month: minOf(part.quarters, 1) * 3 - 2 }
        : undefined;
  if (first?.year === undefined) return undefined;
  return `${first.year}-${String(first.month).padStart(2, '0')}-01`;
}
