import type { AgencyMention } from '../agencies';
import { mentionName } from '../agencies';
import type { Funding, FundingCategory } from '../funding';
import type { Timeframe } from '../timeframe';
import type { Appendix, Section, Task } from '../schema';
import { normalizeText } from '../text';
import { countValue, readCount } from './counts';
import { parseDestinations } from './destinations';
import type { Delegation, DelegationSummary, DelegationTableSummary } from './schema';

/** What the check parsed from a row's cells (a TaskAnalysis). */
export interface RowAnalysis {
  funding: Funding;
  timeframe: Timeframe;
  leadAgencies: readonly AgencyMention[];
}

/**
 * The delegations of a delegations appendix, read from its tasks and their analyses (parallel arrays).
 * @example readDelegations(appendix, analyses)[0] → { row: 8, destinations: [{ country: 'Trung Quốc', place: 'Hồng Công' }], … }
 */
export function readDelegations(appendix: Appendix, analyses: readonly RowAnalysis[]): Delegation[] {
  const sections = new Map(appendix.sections.map((s) => [s.row, s]));
  const tableStarts = appendix.sections.filter((s) => s.startsTable).map((s) => s.row);
  return appendix.tasks.map((task, i) => {
    const analysis = analyses[i];
    const amounts = analysis?.funding.amounts ?? [];
    return {
      row: task.rows[0],
      tt: task.tt,
      table: 1 + tableStarts.filter((row) => row < task.rows[0]).length,
      group: groupOf(task, sections),
      destinations: parseDestinations(task.destination ?? ''),
      quarters: analysis?.timeframe.quarters ?? [],
      people: readCount(task.people ?? ''),
      days: readCount(task.days ?? ''),
      head: headOf(task.members ?? ''),
      leads: unique((analysis?.leadAgencies ?? []).map((m) => m.entry?.name ?? mentionName(m))),
      amount: amounts.length > 0 ? amounts.reduce((a, b) => a + b, 0) : null,
      sources: analysis?.funding.categories ?? [],
    };
  });
}

/** The delegations of a delegations appendix and their totals: what the report and the result sheet show. */
export function delegationReport(
  appendix: Appendix,
  analyses: readonly RowAnalysis[],
): { rows: Delegation[]; summary: DelegationSummary } {
  const rows = readDelegations(appendix, analyses);
  return { rows, summary: summarizeDelegations(appendix, rows) };
}

/** Totals of the delegations by quarter, country, funding source and lead; cost per person-day. */
export function summarizeDelegations(
  appendix: Appendix,
  delegations: readonly Delegation[],
): DelegationSummary {
  const peopleOf = (d: Delegation) => countValue(d.people) ?? 0;
  const byQuarter = new Map<number | null, { delegations: number; people: number }>();
  const byCountry = new Map<string, { country: string; delegations: number; people: number }>();
  const byFunding = new Map<FundingCategory | 'amount-only', { delegations: number; amount: number }>();
  const byLead = new Map<string, { delegations: number; people: number; amount: number }>();
  const costPerPersonDay: DelegationSummary['costPerPersonDay'] = [];
  let people = 0;
  let personDays = 0;
  let totalAmount = 0;
  for (const d of delegations) {
    const headcount = countValue(d.people);
    const days = countValue(d.days);
    people += headcount ?? 0;
    if (headcount !== undefined && days !== undefined) personDays += headcount * days;
    totalAmount += d.amount ?? 0;
    for (const quarter of d.quarters.length > 0 ? d.quarters : [null]) {
      const entry = byQuarter.get(quarter) ?? { delegations: 0, people: 0 };
      byQuarter.set(quarter, { delegations: entry.delegations + 1, people: entry.people + peopleOf(d) });
    }
    for (const country of unique(d.destinations.map((x) => x.country))) {
      const key = normalizeText(country).toLowerCase();
      const entry = byCountry.get(key) ?? { country, delegations: 0, people: 0 };
      byCountry.set(key, {
        ...entry,
        delegations: entry.delegations + 1,
        people: entry.people + peopleOf(d),
      });
    }
    const sources: Array<FundingCategory | 'amount-only'> =
      d.sources.length > 0 ? d.sources : d.amount !== null ? ['amount-only'] : [];
    sources.forEach((source, i) => {
      const entry = byFunding.get(source) ?? { delegations: 0, amount: 0 };
      // An amount is counted once, under the first source the cell names.
      byFunding.set(source, {
        delegations: entry.delegations + 1,
        amount: entry.amount + (i === 0 ? (d.amount ?? 0) : 0),
      });
    });
    for (const lead of d.leads) {
      const entry = byLead.get(lead) ?? { delegations: 0, people: 0, amount: 0 };
      byLead.set(lead, {
        delegations: entry.delegations + 1,
        people: entry.people + peopleOf(d),
        amount: entry.amount + (d.amount ?? 0),
      });
    }
    if (d.amount !== null && headcount !== undefined && days !== undefined)
      costPerPersonDay.push({
        row: d.row,
        tt: d.tt,
        amount: d.amount,
        personDays: headcount * days,
        perPersonDay: Math.round(d.amount / (headcount * days)),
      });
  }
  return {
    delegations: delegations.length,
    people,
    personDays,
    tables: tablesOf(appendix, delegations),
    byQuarter: [...byQuarter]
      .map(([quarter, v]) => ({ quarter, ...v }))
      .sort((a, b) => (a.quarter ?? 5) - (b.quarter ?? 5)),
    byCountry: [...byCountry.values()].sort((a, b) => b.delegations - a.delegations),
    byFunding: [...byFunding].map(([source, v]) => ({ source, ...v })),
    byLead: [...byLead].map(([lead, v]) => ({ lead, ...v })).sort((a, b) => b.delegations - a.delegations),
    totalAmount,
    costPerPersonDay,
  };
}

function tablesOf(appendix: Appendix, delegations: readonly Delegation[]): DelegationTableSummary[] {
  const headings: Array<Section | undefined> = [undefined, ...appendix.sections.filter((s) => s.startsTable)];
  return headings.map((section, i) => ({
    table: i + 1,
    headingRow: section?.row ?? appendix.heading?.row ?? null,
    heading: section ? `${section.tt}. ${section.title}` : (appendix.heading?.text ?? null),
    delegations: delegations.filter((d) => d.table === i + 1).length,
  }));
}

function groupOf(task: Task, sections: ReadonlyMap<number, Section>): string | null {
  const parent = task.parentRow === null ? undefined : sections.get(task.parentRow);
  return parent && !parent.startsTable ? parent.tt : null;
}

/** "Phó Chủ tịch UBND tỉnh (Trưởng Đoàn), các cơ quan liên quan" → "Phó Chủ tịch UBND tỉnh". */
export function headOf(members: string): string | null {
  const text = normalizeText(members);
  const marker = /\(\s*trưởng\s+đoàn\s*\)/iu.exec(text);
  if (!marker) return null;
  const before = text.slice(0, marker.index).split(/[\n;]/u).at(-1)?.trim() ?? '';
  return before.replace(/^[-–•+*\s]+/u, '') || null;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
