import { nameOnDay } from './foreignBody';
import { registryIndex } from './registryIndex';
import type { AgencyEntry, AgencyRegistry } from './schema';
import { appendAll } from '../arrays';

export type AgencyStatus =
  | { current: true }
  | {
      current: false;
      /** The agencies that carry on its work at that date (following chains of successors). */
      successors: AgencyEntry[];
      /** The last day it was valid (ISO), i.e. its `validTo`. */
      endedOn: string;
    };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * Whether an agency still existed on a date (the plan's date): one that was merged, renamed or ended
 * before it is reported with the agencies that took over. A date before `validFrom` is not judged here.
 * @example agencyStatusAt(soNgoaiVu, '2024-03-11', DEFAULT_REGISTRY) // { current: true }
 * @example agencyStatusAt(soKeHoachDauTu, '2025-08-01', DEFAULT_REGISTRY)
 *   // { current: false, endedOn: '2025-02-28', successors: [Sở Tài chính] }
 */
export function agencyStatusAt(entry: AgencyEntry, isoDate: string, registry: AgencyRegistry): AgencyStatus {
  if (!ISO_DATE.test(isoDate)) throw new RangeError(`Not an ISO date: ${isoDate}`);
  if (!endedBy(entry, isoDate)) return { current: true };
  const index = registryIndex(registry);
  // Another province's body (foreignBody.ts) hands over to that province's successor's body.
  const lookup = (id: string) => index.byId.get(id) ?? index.derived.get(id);
  return {
    current: false,
    // Named as on that day: another province's body with the level its province had then.
    successors: successorsAt(entry, isoDate, lookup).map((s) => {
      const name = nameOnDay(index, s, isoDate);
      return name === s.name ? s : { ...s, name };
    }),
    endedOn: entry.validTo as string,
  };
}

function endedBy(entry: AgencyEntry, isoDate: string): boolean {
  return entry.validTo !== undefined && entry.validTo < isoDate;
}

// Ban Tôn giáo → Sở Dân tộc và Tôn giáo is one step, Long Điền → Long Đất → the commune level two, and an
// officer's registry may add more, so ended successors are replaced by theirs. An ended agency with nowhere
// further to go (no successor, or a cycle) is named as the last known.
function successorsAt(
  entry: AgencyEntry,
  isoDate: string,
  lookup: (id: string) => AgencyEntry | undefined,
): AgencyEntry[] {
  const found = new Set<AgencyEntry>();
  const seen = new Set<string>([entry.id]);
  const queue = [...(entry.successors ?? [])];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    const successor = lookup(id);
    if (!successor || seen.has(id)) continue;
    seen.add(id);
    const next = (successor.successors ?? []).filter((next) => !seen.has(next) && lookup(next) !== undefined);
    if (endedBy(successor, isoDate) && next.length > 0) appendAll(queue, next);
    else found.add(successor);
  }
  return [...found];
}
