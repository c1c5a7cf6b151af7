/**
 * Years in a time frame that do not match the plan: the check behind "the year should fall in the plan's
 * year or period" (domain.md §5).
 */
import { partYears } from './facts';
import type { Timeframe, TimeframePart } from './schema';

// An open end ("Đến năm 2025") reaches as far as it needs to.
function periodContains(part: Extract<TimeframePart, { kind: 'period' }>, year: number): boolean {
  return (part.from?.year ?? -Infinity) <= year && year <= (part.to?.year ?? Infinity);
}

/**
 * The explicit years of a time frame that are not the plan year, ascending. A period that contains the plan
 * year is in order ("Giai đoạn 2021–2025" in a 2024 plan). A linked part counts only its closing "năm 2024"
 * ("Theo Hướng dẫn của Bộ Ngoại giao năm 2023" in a 2024 plan reads as last year's row copied), never a
 * year inside a cited document's number or date. Parts without a year ("Quý II") take the plan's.
 * @example yearsOutside(parseTimeframe('Quý II/2023; trong năm 2024'), 2024) → [2023]
 * @example yearsOutside(parseTimeframe('Giai đoạn 2021–2025'), 2024) → []
 */
export function yearsOutside(timeframe: Timeframe, planYear: number): number[] {
  const outside = new Set<number>();
  for (const part of timeframe.parts) {
    if (part.kind === 'period' && periodContains(part, planYear)) continue;
    for (const year of partYears(part)) if (year !== planYear) outside.add(year);
  }
  return [...outside].sort((a, b) => a - b);
}
