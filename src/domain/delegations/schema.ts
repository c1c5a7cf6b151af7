/**
 * zod description of the delegations (đoàn ra) a delegations appendix lists and of their summary: the
 * JSON report carries both, and the CLI's tests validate its output against them.
 */
import { z } from 'zod';
import { FundingCategorySchema } from '../funding/schema';

export const DestinationSchema = z.object({
  /** The country (or territory taken as one), as written: "Pháp", "Trung Quốc". */
  country: z.string(),
  /** A city or territory inside the country: "Hồng Công" in "Hồng Công (Trung Quốc)". */
  place: z.string().optional(),
  /** The region the cell grouped countries under: "Châu Âu" in "Châu Âu (Pháp, Hà Lan, Đan Mạch)". */
  region: z.string().optional(),
});
export type Destination = z.infer<typeof DestinationSchema>;

/**
 * A "Số người" or "Số ngày" cell read: a positive whole number ("10", "05 người"), a range ("08-10"), a
 * pointer to whoever sets it ("theo quy định của Bộ Quốc phòng"), blank, or something else.
 */
export const CountCellSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('number'), value: z.number().int().positive() }),
  z.object({ kind: z.literal('range'), min: z.number().int().positive(), max: z.number().int().positive() }),
  z.object({ kind: z.literal('rule') }),
  z.object({ kind: z.literal('blank') }),
  z.object({ kind: z.literal('invalid') }),
]);
export type CountCell = z.infer<typeof CountCellSchema>;

const Vnd = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

export const DelegationSchema = z.object({
  row: z.number().int().positive(),
  tt: z.string(),
  /** 1 for the sheet's first table, 2 for the table below the next heading … */
  table: z.number().int().positive(),
  /** The group the row sits in ("A"), when it has one. */
  group: z.string().nullable(),
  destinations: z.array(DestinationSchema),
  /** Quarters the time cell covers ([] when it names none). */
  quarters: z.array(z.number().int().min(1).max(4)),
  people: CountCellSchema,
  days: CountCellSchema,
  /** Head of delegation, from "Thành phần": the text before "(Trưởng đoàn)". */
  head: z.string().nullable(),
  /** Lead agencies as the registry names them (the cell's text where it does not know them). */
  leads: z.array(z.string()),
  /** The amounts in VND the funding cell gives, summed; null when it gives none. */
  amount: Vnd.nullable(),
  /** Funding sources the cell names ([] for an amount alone). */
  sources: z.array(FundingCategorySchema),
});
export type Delegation = z.infer<typeof DelegationSchema>;

export const DelegationTableSummarySchema = z.object({
  table: z.number().int().positive(),
  /** Row of the table's heading ("2. Các đoàn do Trưởng các cơ quan … làm Trưởng đoàn:"), if any. */
  headingRow: z.number().int().positive().nullable(),
  heading: z.string().nullable(),
  delegations: z.number().int().nonnegative(),
});
export type DelegationTableSummary = z.infer<typeof DelegationTableSummarySchema>;

const Count = z.number().int().nonnegative();

export const DelegationSummarySchema = z.object({
  delegations: Count,
  /** Sums over the delegations whose cell holds a number (the top of a range). */
  people: Count,
  personDays: Count,
  tables: z.array(DelegationTableSummarySchema),
  /** Quarter null: the time cell names none. */
  byQuarter: z.array(
    z.object({ quarter: z.number().int().min(1).max(4).nullable(), delegations: Count, people: Count }),
  ),
  byCountry: z.array(z.object({ country: z.string(), delegations: Count, people: Count })),
  /** Source 'amount-only': the cell gives an amount and names no source. */
  byFunding: z.array(
    z.object({
      source: z.union([FundingCategorySchema, z.literal('amount-only')]),
      delegations: Count,
      amount: Vnd,
    }),
  ),
  byLead: z.array(z.object({ lead: z.string(), delegations: Count, people: Count, amount: Vnd })),
  /** The exact sum of every amount given, in VND. */
  totalAmount: Vnd,
  /** Per delegation with an amount, people and days: what one person-day costs (VND, rounded). */
  costPerPersonDay: z.array(
    z.object({
      row: z.number().int().positive(),
      tt: z.string(),
      amount: Vnd,
      personDays: Count,
      perPersonDay: Vnd,
    }),
  ),
});
export type DelegationSummary = z.infer<typeof DelegationSummarySchema>;
