/**
 * zod schemas for a parsed "Thời gian thực hiện" cell, so the JSON report can be validated. The types the
 * parser returns are inferred from these; numbers are kept as written (a "Quý V" part holds 5) and the
 * impossible ones are listed in `problems`, so the shapes do not bound them.
 */
import { z } from 'zod';

const Int = z.number().int();
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** One end of a period or the limit of a deadline: "30/9/2024", "tháng 6", "quý III", "năm 2025". */
export const TimePointSchema = z.object({
  day: Int.optional(),
  month: Int.optional(),
  quarter: Int.optional(),
  year: Int.optional(),
});
export type TimePoint = z.infer<typeof TimePointSchema>;

export const CadenceSchema = z.enum([
  'continuous',
  'periodic',
  'weekly',
  'monthly',
  'quarterly',
  'half-yearly',
  'yearly',
]);
export type Cadence = z.infer<typeof CadenceSchema>;

/** The part's text as written (normalised), a substring of the normalised cell. */
const text = z.string();

export const TimeframePartSchema = z.discriminatedUnion('kind', [
  /** "Quý II", "Quý I, II/2024", "Quý II–III năm 2024". */
  z.object({ kind: z.literal('quarter'), text, quarters: z.array(Int).min(1), year: Int.optional() }),
  /** "Tháng 6/2024", "Tháng 3–4/2024". */
  z.object({ kind: z.literal('month'), text, months: z.array(Int).min(1), year: Int.optional() }),
  /** "6 tháng đầu năm" (half 1), "6 tháng cuối năm 2024" (half 2). */
  z.object({
    kind: z.literal('half-year'),
    text,
    half: z.union([z.literal(1), z.literal(2)]),
    year: Int.optional(),
  }),
  /** "ngày 15/3/2024"; `iso` only when the year is written and the date exists. */
  z.object({
    kind: z.literal('date'),
    text,
    day: Int,
    month: Int,
    year: Int.optional(),
    iso: IsoDate.optional(),
  }),
  /** "Trước ngày 30/9", "chậm nhất tháng 6/2024", "hoàn thành trong quý III". */
  z.object({ kind: z.literal('deadline'), text, by: TimePointSchema }),
  /** "Năm 2024", "trong năm 2024", "Cả năm" (no year written: the plan's year). */
  z.object({ kind: z.literal('year'), text, year: Int.optional() }),
  /** "Thường xuyên", "Hằng năm", "Định kỳ 6 tháng". */
  z.object({ kind: z.literal('recurring'), text, cadence: CadenceSchema, year: Int.optional() }),
  /** "Theo KH đoàn ra", "khi có yêu cầu"; `year` only from a closing "năm 2024" (see parseTimeframe). */
  z.object({ kind: z.literal('linked'), text, year: Int.optional() }),
  /** "Giai đoạn 2021–2025", "Đến năm 2025", "từ tháng 3 đến tháng 6/2024"; an open end is omitted. */
  z.object({
    kind: z.literal('period'),
    text,
    from: TimePointSchema.optional(),
    to: TimePointSchema.optional(),
  }),
  /** Anything the parser did not understand, kept so the officer can see it. */
  z.object({ kind: z.literal('unparsed'), text }),
]);
export type TimeframePart = z.infer<typeof TimeframePartSchema>;
export type TimeframePartKind = TimeframePart['kind'];

export const TimeframeProblemKindSchema = z.enum(['invalid-quarter', 'invalid-month', 'invalid-date']);
export type TimeframeProblemKind = z.infer<typeof TimeframeProblemKindSchema>;

/** An impossible value ("Quý V", "Tháng 13", "31/6"); `text` is the text of the part that holds it. */
export const TimeframeProblemSchema = z.object({ kind: TimeframeProblemKindSchema, text: z.string() });
export type TimeframeProblem = z.infer<typeof TimeframeProblemSchema>;

export const TimeframeSchema = z.object({
  /** The cell text exactly as given. */
  text: z.string(),
  parts: z.array(TimeframePartSchema),
  /** Every explicit year written, ascending and distinct. */
  years: z.array(Int),
  /** The valid quarters (1–4) that sub-year parts cover, ascending; [] when none is narrower than a year. */
  quarters: z.array(Int.min(1).max(4)),
  problems: z.array(TimeframeProblemSchema),
});
export type Timeframe = z.infer<typeof TimeframeSchema>;
