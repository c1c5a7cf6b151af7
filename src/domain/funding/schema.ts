/**
 * zod description of a classified "Nguồn kinh phí" (funding source) cell. The category codes are stable,
 * kebab-case data: rules, views and the JSON report key on them, and their wording lives in
 * FUNDING_CATEGORY_LABELS.
 */
import { z } from 'zod';

/** Every funding category, in the order the labels and documentation list them. */
export const FUNDING_CATEGORIES = [
  'provincial-budget',
  'central-budget',
  'state-budget',
  'local-budget',
  'regular-operating',
  'delegation-out',
  'delegation-in',
  'foreign-affairs',
  'defence-security',
  'training',
  'promotion',
  'project',
  'socialization',
  'sponsorship',
  'oda-aid',
  'self-funded',
  'no-cost',
  'other-lawful',
] as const;

export const FundingCategorySchema = z.enum(FUNDING_CATEGORIES);
export type FundingCategory = z.infer<typeof FundingCategorySchema>;

export const FundingSchema = z.object({
  /** The cell text as the officer wrote it (never rewritten). */
  text: z.string(),
  /** Unique, in order of first mention. */
  categories: z.array(FundingCategorySchema),
  /** Amounts in VND (đồng), in order of mention. */
  amounts: z.array(z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER)),
  /** Names a district-level budget ("ngân sách huyện/thị xã/thành phố"), stale after 1/7/2025. */
  districtLevel: z.boolean(),
  /** Non-blank text that named no known source and no amount. */
  unclassified: z.boolean(),
  /** The cost depends on another plan or decision ("theo Kế hoạch đoàn ra, đoàn vào"). */
  conditional: z.boolean(),
});
export type Funding = z.infer<typeof FundingSchema>;
