import { formatVnd } from '../funding/formatVnd';
import { FUNDING_CATEGORY_LABELS } from '../funding/fundingCategoryLabels';
import type { Lang } from '../messages/types';
import type { Delegation, DelegationSummary } from './schema';

const STRINGS = {
  vi: {
    counts: (n: number, tables: number, groups: number) =>
      `Đọc được: ${n} đoàn trong ${tables} bảng, ${groups} nhóm.`,
    totals: (n: number, people: number, personDays: number, amount: string, withAmount: number) =>
      `Đoàn ra: ${n} đoàn, ${people} người, ${personDays} người-ngày; kinh phí ghi bằng số: ${amount} đồng (${withAmount} đoàn).`,
    byQuarter: 'Theo quý',
    quarter: (q: number | null) =>
      q === null ? 'Không rõ quý' : `Quý ${['I', 'II', 'III', 'IV'][q - 1] ?? q}`,
    byCountry: 'Theo nước',
    byFunding: 'Theo nguồn kinh phí',
    amountOnly: 'Ghi số tiền, không ghi nguồn',
    byLead: 'Theo cơ quan chủ trì',
    delegationsPeople: (n: number, people: number) =>
      people > 0 ? `${n} đoàn, ${people} người` : `${n} đoàn`,
    delegationsAmount: (n: number, amount: string) => `${n} đoàn, ${amount} đồng`,
    delegations: (n: number) => `${n} đoàn`,
  },
  en: {
    counts: (n: number, tables: number, groups: number) =>
      `Read: ${n} delegations in ${tables} tables, ${groups} groups.`,
    totals: (n: number, people: number, personDays: number, amount: string, withAmount: number) =>
      `Delegations abroad: ${n}, ${people} people, ${personDays} person-days; amounts given: ${amount} VND (${withAmount} delegations).`,
    byQuarter: 'By quarter',
    quarter: (q: number | null) => (q === null ? 'No quarter' : `Q${q}`),
    byCountry: 'By country',
    byFunding: 'By funding source',
    amountOnly: 'Amount given, no source named',
    byLead: 'By lead agency',
    delegationsPeople: (n: number, people: number) =>
      people > 0 ? `${n} delegations, ${people} people` : `${n} delegations`,
    delegationsAmount: (n: number, amount: string) => `${n} delegations, ${amount} VND`,
    delegations: (n: number) => `${n} delegations`,
  },
} satisfies Record<Lang, unknown>;

/**
 * The summary of a delegations appendix as lines an officer reads (the command line, the result sheet):
 * counts, totals, then "Theo quý: …", "Theo nước: …", "Theo nguồn kinh phí: …", "Theo cơ quan chủ trì: …".
 * @example delegationSummaryLines(rows, summary, 'vi')[1] → 'Đoàn ra: 15 đoàn, 182 người, 766 người-ngày; kinh phí ghi bằng số: 28.709.465.000 đồng (9 đoàn).'
 */
export function delegationSummaryLines(
  rows: readonly Delegation[],
  summary: DelegationSummary,
  lang: Lang,
): string[] {
  const t = STRINGS[lang];
  const groups = new Set(rows.flatMap((d) => (d.group === null ? [] : [`${d.table}.${d.group}`]))).size;
  const withAmount = rows.filter((d) => d.amount !== null).length;
  const line = (label: string, items: string[]) => `${label}: ${items.join(' · ')}`;
  return [
    t.counts(summary.delegations, summary.tables.length, groups),
    t.totals(
      summary.delegations,
      summary.people,
      summary.personDays,
      formatVnd(summary.totalAmount),
      withAmount,
    ),
    line(
      t.byQuarter,
      summary.byQuarter.map(
        (q) => `${t.quarter(q.quarter)}: ${t.delegationsPeople(q.delegations, q.people)}`,
      ),
    ),
    line(
      t.byCountry,
      summary.byCountry.map((c) => `${c.country} ${c.delegations}`),
    ),
    line(
      t.byFunding,
      summary.byFunding.map((f) => {
        const name = f.source === 'amount-only' ? t.amountOnly : FUNDING_CATEGORY_LABELS[f.source][lang];
        return `${name}: ${f.amount > 0 ? t.delegationsAmount(f.delegations, formatVnd(f.amount)) : t.delegations(f.delegations)}`;
      }),
    ),
    line(
      t.byLead,
      summary.byLead.map((l) => `${l.lead}: ${t.delegationsPeople(l.delegations, l.people)}`),
    ),
  ];
}
