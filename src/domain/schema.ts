/**
 * zod schemas for the appendix model and the JSON report: the one description of the shapes the core
 * produces. Types are inferred from them, and the CLI's tests validate its own output against them.
 */
import { z } from 'zod';
import { DelegationSchema, DelegationSummarySchema } from './delegations/schema';
import { FundingSchema } from './funding/schema';
import { CellCitationsSchema } from './legal/schema';
import { TimeframeSchema } from './timeframe/schema';

export const FIELDS = [
  'tt',
  'task',
  'lead',
  'partners',
  'time',
  'basis',
  'funding',
  'product',
  'note',
  // The delegations table (Phụ lục "đoàn ra"): where, what field, who goes, how many, how long.
  'destination',
  'area',
  'members',
  'people',
  'days',
] as const;
export const FieldSchema = z.enum(FIELDS);
export type Field = z.infer<typeof FieldSchema>;

/** The kinds of appendix table the add-in reads: the task matrix and the delegations (đoàn ra) list. */
export const APPENDIX_KINDS = ['tasks', 'delegations'] as const;
export const AppendixKindIdSchema = z.enum(APPENDIX_KINDS);
export type AppendixKindId = z.infer<typeof AppendixKindIdSchema>;

const ColumnLetter = z.string().regex(/^[A-Z]{1,3}$/);
const CellAddress = z.string().regex(/^[A-Z]{1,3}\d+$/);

export const SeveritySchema = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof SeveritySchema>;

export const FindingSchema = z.object({
  code: z.string().regex(/^[a-z]+(-[a-z]+)*$/),
  severity: SeveritySchema,
  /** The sheet the finding is on when it is not the appendix sheet (e.g. "Danh mục cơ quan"). */
  sheet: z.string().min(1).optional(),
  rowNumber: z.number().int().positive(),
  column: ColumnLetter.optional(),
  cell: CellAddress.optional(),
  data: z.record(z.string(), z.unknown()),
});
export type Finding = z.infer<typeof FindingSchema>;

export const ColumnMapSchema = z.partialRecord(FieldSchema, ColumnLetter);
export type ColumnMap = z.infer<typeof ColumnMapSchema>;

export const ExtraColumnSchema = z.object({ column: ColumnLetter, title: z.string() });
export type ExtraColumn = z.infer<typeof ExtraColumnSchema>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const PlanSchema = z.object({
  /** "PHỤ LỤC 1" as written. */
  appendixName: z.string().nullable(),
  title: z.string().nullable(),
  /** The whole reference line, e.g. "(Kèm theo Kế hoạch số 58/KH-UBND ngày 11 tháng 03 năm 2024 …)". */
  reference: z.string().nullable(),
  documentType: z.string().nullable(),
  number: z.string().nullable(),
  date: IsoDate.nullable(),
  /** The date as written, kept even when it is impossible (then `date` is null). */
  dateText: z.string().nullable(),
  issuer: z.string().nullable(),
  year: z.number().int().nullable(),
  /**
   * A draft's reference gives only the month ("ngày …/12/2025"): the first day the plan can bear, so that
   * a body ended before it is still an outdated name. Absent when the full date is known.
   */
  earliestDate: IsoDate.optional(),
  /** The issuer's province (a registry province id), when the issuer names one: whose "tỉnh" the plan means. */
  province: z.string().nullable().optional(),
  /** The issuer's level: a central body (Chính phủ, Thủ tướng, a Bộ) or a province. */
  level: z.enum(['central', 'province']).nullable().optional(),
  /**
   * The years the plan covers, from its title: "năm 2025" → 2025–2025, "giai đoạn 2026–2030", "đến năm
   * 2030" (from the plan's year); without either, from the plan's year with no end.
   */
  period: z
    .object({ from: z.number().int().nullable(), to: z.number().int().nullable() })
    .nullable()
    .optional(),
});
export type Plan = z.infer<typeof PlanSchema>;

export const RowKindSchema = z.enum([
  'title',
  'header',
  'column-index',
  'repeated-header',
  'section',
  'group',
  'task',
  'continuation',
  'blank',
  'note',
]);
export type RowKind = z.infer<typeof RowKindSchema>;

export const SectionSchema = z.object({
  row: z.number().int().positive(),
  /** 'section' for I, II.I, A …; 'group' for a numbered title whose children carry the data. */
  kind: z.enum(['section', 'group']),
  tt: z.string(),
  title: z.string(),
  /** TT path from the outermost section down to this one, e.g. ["III", "III.I", "3"]. */
  path: z.array(z.string()),
  /** Row of the enclosing section or group; null at the top level. */
  parentRow: z.number().int().positive().nullable(),
  /**
   * The heading of another table of the same sheet, right above its repeated header ("2. Các nhiệm vụ …"):
   * its tasks are numbered from 1 again, and its own number counts headings, not tasks.
   */
  startsTable: z.boolean().optional(),
});
export type Section = z.infer<typeof SectionSchema>;

export const TaskSchema = z.object({
  /** First and last sheet row the task spans (continuation rows included). */
  rows: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  /** The task's number within its group or section (the detail column's label when the sheet has one). */
  tt: z.string(),
  /**
   * The running number of a sheet that numbers tasks twice: one continuous column ("1" … "33") beside a
   * detail column numbered within each group ("a)", "b)"). Absent otherwise.
   */
  serial: z.string().optional(),
  /** TT path including the task's own TT when it has one, e.g. ["III", "III.I", "3", "3.4"]. */
  path: z.array(z.string()),
  /** Row of the section or group the task sits in; null when it sits above every section. */
  parentRow: z.number().int().positive().nullable(),
  task: z.string(),
  lead: z.string(),
  time: z.string(),
  basis: z.string(),
  funding: z.string(),
  partners: z.string().optional(),
  product: z.string().optional(),
  note: z.string().optional(),
  /** A delegation's destination, field, members, number of people and of days, as written. */
  destination: z.string().optional(),
  area: z.string().optional(),
  members: z.string().optional(),
  people: z.string().optional(),
  days: z.string().optional(),
  /** Texts of columns the header did not recognise, keyed by their header title (or column letter). */
  extra: z.record(z.string(), z.string()),
  /**
   * Fields whose value comes from a cell merged over several rows (it applies to this task too), each with
   * the merged area's top-left cell. Other fields are read from the task's own row: `columns[field] + row`.
   */
  mergedFrom: z.partialRecord(FieldSchema, CellAddress),
  /** Continuation rows joined to this task. */
  continuationRows: z.array(z.number().int().positive()),
  /**
   * The body the enclosing heading names, when the lead cell is empty: an appendix arranged by agency ("I. Sở
   * Nội vụ" over its tasks, the lead column left blank). The lists file the task under it.
   */
  leadFromHeading: z.object({ row: z.number().int().positive(), text: z.string() }).optional(),
});
export type Task = z.infer<typeof TaskSchema>;

/** The lead a task is filed under: its lead cell, else the body its heading names. */
export function leadOf(task: Pick<Task, 'lead' | 'leadFromHeading'>): string {
  return task.leadFromHeading && task.lead.trim() === '' ? task.leadFromHeading.text : task.lead;
}

export const NoteSchema = z.object({
  row: z.number().int().positive(),
  text: z.string(),
  /** A row of another table on the sheet (its own header): kept, not checked (see otherTables). */
  otherTable: z.literal(true).optional(),
});
export type Note = z.infer<typeof NoteSchema>;

export const RowInfoSchema = z.object({ row: z.number().int().positive(), kind: RowKindSchema });
export type RowInfo = z.infer<typeof RowInfoSchema>;

export const AppendixSchema = z.object({
  sheet: z.string(),
  /** Which kind of table the sheet holds: its tasks are tasks, or delegations going abroad. */
  kind: AppendixKindIdSchema,
  headerRow: z.number().int().positive(),
  columns: ColumnMapSchema,
  /**
   * The detail numbering column beside TT, when tasks are numbered twice (a continuous TT and a per-group
   * "a), b)" column under one merged "Stt"): it holds the structure, TT the running number.
   */
  ttDetailColumn: ColumnLetter.optional(),
  /**
   * The unit the time column counts in when its title says so ("Số ngày dự kiến", "Thời gian (ngày)"): a
   * bare number there is a duration ("7" is seven days), not an unread time.
   */
  timeUnit: z.enum(['day', 'month']).optional(),
  /**
   * A timetable: the time written as one column per period ("2026" | "2027" | …, "Quý I" … "Quý IV"), a
   * mark under each period of the task. A task's `time` is then its marked periods ("2026, 2027"), and
   * `columns.time` the first period column. The form does not rewrite these cells.
   */
  timePeriods: z.array(z.object({ column: ColumnLetter, title: z.string() })).optional(),
  /**
   * Funding written as one column per source ("Kinh phí (triệu đồng)" over "Tổng số" | "NSTW" | "NSĐP" |
   * "Khác"), an amount under each source of the task, in the unit the parent names. A task's `funding` is
   * then its sources with their amounts ("NSTW: 500 triệu đồng; NSĐP: 200 triệu đồng"), and
   * `columns.funding` the first source column. The form does not rewrite these cells.
   */
  fundingSources: z
    .array(z.object({ column: ColumnLetter, title: z.string(), unit: z.string().optional() }))
    .optional(),
  extraColumns: z.array(ExtraColumnSchema),
  plan: PlanSchema,
  /**
   * The numbered heading right above the header ("1. Các đoàn do lãnh đạo tỉnh làm Trưởng đoàn:"): the
   * first table's own title when the sheet holds several tables.
   */
  heading: z.object({ row: z.number().int().positive(), text: z.string() }).optional(),
  sections: z.array(SectionSchema),
  tasks: z.array(TaskSchema),
  notes: z.array(NoteSchema),
  rowKinds: z.array(RowInfoSchema),
  findings: z.array(FindingSchema),
});
export type Appendix = z.infer<typeof AppendixSchema>;

/**
 * The columns a field is written in when it takes one column per value (a timetable's time, funding by
 * source), or undefined: its text is then composed from several cells, which the form and the fixes leave
 * to the officer.
 */
export function valueColumnsOf(
  appendix: Pick<Appendix, 'timePeriods' | 'fundingSources'>,
  field: Field,
): Appendix['timePeriods'] | Appendix['fundingSources'] {
  if (field === 'time') return appendix.timePeriods;
  if (field === 'funding') return appendix.fundingSources;
  return undefined;
}

/** A finding as the JSON report prints it: the data plus its wording in the chosen language. */
export const ReportFindingSchema = z.object({
  code: FindingSchema.shape.code,
  severity: SeveritySchema,
  /** The sheet of the cell: the appendix sheet, or another one such as "Danh mục cơ quan". */
  sheet: z.string().min(1),
  row: z.number().int().positive(),
  column: ColumnLetter.nullable(),
  cell: CellAddress.nullable(),
  message: z.string().min(1),
  data: z.record(z.string(), z.unknown()),
});

export const SummarySchema = z.object({
  sections: z.number().int().nonnegative(),
  groups: z.number().int().nonnegative(),
  tasks: z.number().int().nonnegative(),
  continuationRows: z.number().int().nonnegative(),
  blankRows: z.number().int().nonnegative(),
  notes: z.number().int().nonnegative(),
  errors: z.number().int().nonnegative(),
  warnings: z.number().int().nonnegative(),
  infos: z.number().int().nonnegative(),
});
export type Summary = z.infer<typeof SummarySchema>;

/** The JSON output contract of `task-matrix check --json`. Later work adds fields; it never renames these. */
/** A task in the report: the model's fields plus what the rules parsed from its cells. */
/** An agency named in a lead cell, resolved against the registry. */
export const ReportAgencySchema = z.object({
  /** As written. */
  text: z.string(),
  /** Canonical name and registry id; null when the registry does not know it. */
  name: z.string().nullable(),
  id: z.string().nullable(),
  variant: z.boolean(),
  vague: z.boolean(),
  collective: z.boolean(),
  /** Named in the lead cell as supporting, not leading ("Sở Nội vụ phối hợp"). */
  supporting: z.boolean().optional(),
});

export const ReportTaskSchema = TaskSchema.extend({
  /** Documents cited in the Căn cứ cell. */
  citations: CellCitationsSchema,
  timeframe: TimeframeSchema,
  funding: FundingSchema,
  /** The lead cell split into agencies (longest registry match), with canonical names. */
  leadAgencies: z.array(ReportAgencySchema),
});

export const CheckReportSchema = AppendixSchema.omit({ findings: true, tasks: true }).extend({
  file: z.string(),
  tasks: z.array(ReportTaskSchema),
  /** The date the plan was checked as of: --plan-date, else the plan's own date; null when unknown. */
  checkedAsOf: IsoDate.nullable(),
  /** How the sheet was chosen: named by the user, or picked as the most appendix-like. */
  sheetChoice: z.object({
    picked: z.enum(['named', 'auto']),
    candidates: z.array(
      z.object({
        sheet: z.string(),
        score: z.number().int().nonnegative(),
        kind: AppendixKindIdSchema.optional(),
      }),
    ),
  }),
  summary: SummarySchema,
  /** On a delegations appendix: each delegation read, and the totals by quarter, country, source, lead. */
  delegations: z.object({ rows: z.array(DelegationSchema), summary: DelegationSummarySchema }).optional(),
  findings: z.array(ReportFindingSchema),
  /** Findings the officer marked reviewed in the add-in ("Phát hiện đã xem"): not in `findings`, not counted. */
  reviewed: z.array(ReportFindingSchema.extend({ reason: z.string(), reviewedAt: z.string() })).optional(),
});
export type CheckReport = z.infer<typeof CheckReportSchema>;
