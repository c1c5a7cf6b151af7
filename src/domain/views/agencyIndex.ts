import type { AgencyList, AgencyLists, AgencyTaskEntry } from './types';
import { maxOf } from '../arrays';

/** The counts of one agency (or their sums). Quarter and basis counts cover the tasks it leads. */
export interface AgencyCounts {
  /** Tasks it leads alone. */
  led: number;
  /** Tasks it leads with others. */
  shared: number;
  /** Tasks it supports. */
  supporting: number;
  /**
   * Led tasks (alone or shared) by the quarter they end in, Quý I–IV: each task counts once, so
   * `byQuarter` and `otherTime` add up to `led + shared`.
   */
  byQuarter: [number, number, number, number];
  /** Led tasks with no quarter: recurring, the whole year, linked to another plan, or unreadable. */
  otherTime: number;
  /** Led tasks whose Căn cứ cell is blank. */
  lacksBasis: number;
  /** Delegations abroad it leads (0 without a delegations appendix). */
  delegations: number;
}

export interface AgencyIndexRow extends AgencyCounts {
  list: AgencyList;
}

export interface AgencyIndex {
  rows: AgencyIndexRow[];
  /** Each column summed over the rows (a shared task counts once per lead). */
  totals: AgencyCounts;
  /** Tasks in the appendix: `soleTasks + sharedTasks`. */
  tasks: number;
  /** Tasks in exactly one list's `led`. */
  soleTasks: number;
  /** Tasks in several lists' `led`, each counted once. */
  sharedTasks: number;
}

/**
 * The summary sheet's figures: per list, its tasks by role, by quarter and without a legal basis, with
 * totals that add up (a task with several leads is counted once in `sharedTasks`).
 * @example agencyIndex(buildAgencyLists(appendix)).rows.find((r) => r.list.key === 'so-ke-hoach-dau-tu')
 *   // { led: 2, shared: 3, supporting: 0, byQuarter: [0, 0, 0, 0], otherTime: 5, lacksBasis: 0, … }
 */
export function agencyIndex(lists: AgencyLists): AgencyIndex {
  const rows = lists.lists.map((list) => ({ list, ...countsOf(list) }));
  const totals = rows.reduce(addCounts, emptyCounts());
  const shared = new Set<number>();
  for (const list of lists.lists)
    for (const entry of list.led) if (entry.role === 'shared') shared.add(entry.taskIndex);
  return { rows, totals, tasks: lists.taskCount, soleTasks: totals.led, sharedTasks: shared.size };
}

/**
 * The quarter a task ends in (1–4), or undefined when its time frame names none narrower than a year.
 * @example dueQuarter([1, 2]) === 2
 */
export function dueQuarter(quarters: readonly number[]): number | undefined {
  return quarters.length === 0 ? undefined : maxOf(quarters);
}

function countsOf(list: AgencyList): AgencyCounts {
  const counts = emptyCounts();
  counts.supporting = list.supporting.length;
  counts.delegations = list.delegations.length;
  for (const entry of list.led) countLed(counts, entry);
  return counts;
}

function countLed(counts: AgencyCounts, entry: AgencyTaskEntry): void {
  if (entry.role === 'shared') counts.shared++;
  else counts.led++;
  const quarter = dueQuarter(entry.quarters);
  if (quarter === undefined) counts.otherTime++;
  else counts.byQuarter[(quarter - 1) as 0 | 1 | 2 | 3] += 1;
  if (entry.lacksBasis) counts.lacksBasis++;
}

function emptyCounts(): AgencyCounts {
  return {
    led: 0,
    shared: 0,
    supporting: 0,
    byQuarter: [0, 0, 0, 0],
    otherTime: 0,
    lacksBasis: 0,
    delegations: 0,
  };
}

function addCounts(sum: AgencyCounts, row: AgencyCounts): AgencyCounts {
  return {
    led: sum.led + row.led,
    shared: sum.shared + row.shared,
    supporting: sum.supporting + row.supporting,
    byQuarter: sum.byQuarter.map((n, q) => n + (row.byQuarter[q] ?? 0)) as AgencyCounts['byQuarter'],
    otherTime: sum.otherTime + row.otherTime,
    lacksBasis: sum.lacksBasis + row.lacksBasis,
    delegations: sum.delegations + row.delegations,
  };
}
