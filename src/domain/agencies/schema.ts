/**
 * The agency registry model: one entry per agency (or collective phrase) a plan can name in its lead and
 * partner columns, with the dates it was valid and what replaced it (domain.md §4).
 */
import { z } from 'zod';

export const AGENCY_KINDS = [
  'department',
  'board',
  'people-committee',
  'party',
  'mass-organisation',
  'armed-forces',
  'public-service-unit',
  'office',
  'collective',
  'ministry',
  'central-body',
  'judicial',
] as const;
export const AgencyKindSchema = z.enum(AGENCY_KINDS);
export type AgencyKind = z.infer<typeof AgencyKindSchema>;

const IsoDate = z.iso.date();

// Excel refuses these in a sheet name, and a name over 31 characters or wrapped in apostrophes
// (https://support.microsoft.com/en-us/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9).
const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/u;
const SHEET_NAME_MAX = 31;

/** Why a text cannot be an Excel sheet name, or undefined when it can. */
export type SheetNameProblem = 'empty' | 'too-long' | 'forbidden-character' | 'apostrophe';

/**
 * @example sheetNameProblem('Sở KH&ĐT') === undefined
 * @example sheetNameProblem('Sở LĐ/TB&XH') === 'forbidden-character'
 */
export function sheetNameProblem(name: string): SheetNameProblem | undefined {
  if (name.trim() === '') return 'empty';
  if (name.length > SHEET_NAME_MAX) return 'too-long';
  if (SHEET_NAME_FORBIDDEN.test(name)) return 'forbidden-character';
  if (name.startsWith("'") || name.endsWith("'")) return 'apostrophe';
  return undefined;
}

export const AgencyEntrySchema = z
  .object({
    /** Stable kebab-case id; successors refer to it. */
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    /** Canonical full name, e.g. "Sở Kế hoạch và Đầu tư". */
    name: z.string().min(1),
    /** Short form, also the name of the agency's sheet when tasks are distributed (≤ 31 characters). */
    shortName: z.string().superRefine((value, ctx) => {
      const problem = sheetNameProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: `not a sheet name: ${problem}` });
    }),
    /** Other spellings and abbreviations seen in plans. */
    aliases: z.array(z.string().min(1)),
    kind: AgencyKindSchema,
    /**
     * A phrase that names no particular agency ("các cơ quan có liên quan"): a task needs a named lead.
     * Its mention also swallows the rest of the phrase up to the next "," or ";".
     */
    vague: z.boolean().optional(),
    /**
     * A vague phrase that takes in every body of its kinds and no level in particular ("Các cơ quan, đơn
     * vị, địa phương", "Các địa phương"): each body does the task in its own scope. As a lead it is a
     * collective assignment to note, not a missing lead (D69).
     */
    everyone: z.boolean().optional(),
    /** First day valid (ISO). */
    validFrom: IsoDate.optional(),
    /** Last day valid (ISO). */
    validTo: IsoDate.optional(),
    /**
     * `validTo` is the day by which the body had ended everywhere, not the day it ended: provinces merged
     * their Party boards on dates of their own in 2025.
     */
    endedBy: z.boolean().optional(),
    /**
     * A province's office of the central body with this id ("Cục Thuế tỉnh" of "Cục Thuế"): its key is the
     * central body's (the key drops "tỉnh"), so the splitter names it only where a level word, and maybe a
     * province, follows that body's name — never by its own.
     */
    officeOf: z.string().optional(),
    /** Ids of the agencies that took over, when it ended. */
    successors: z.array(z.string()).optional(),
    /**
     * Where the body sits: a central body ("Bộ Tài chính"), a body every province has in its own name
     * ("Sở Tài chính", "Công an tỉnh": a province name may follow it), or a local (district, commune) one.
     */
    level: z.enum(['central', 'province', 'local']).optional(),
    /**
     * A body only some provinces have (Sở Ngoại vụ, Sở Du lịch after 2025 — Nghị định 45/2025/NĐ-CP):
     * naming it is never a fault, and its end is a fact of the province, recorded in its registry sheet.
     */
    optional: z.boolean().optional(),
    /**
     * A provincial body that kept a merged province's name after 1/7/2025 until the new province
     * reorganised it on a day of its own ("Ban quản lý Khu Kinh tế Phú Yên" in Đắk Lắk's 010/CT-UBND of
     * 17/11/2025): no end is read from its province's.
     */
    outlivesProvince: z.boolean().optional(),
    /**
     * A provincial body whose own name takes the province's name with no level word: "Báo và Phát thanh,
     * Truyền hình Đồng Nai", "Đài Phát thanh và Truyền hình Nghệ An" (the press units' founding decisions
     * name them so). Written so, or with "tỉnh", it is no variant, and its name in a province is said bare.
     */
    bareProvince: z.boolean().optional(),
  })
  .refine((e) => !e.validFrom || !e.validTo || e.validFrom <= e.validTo, {
    message: 'validFrom is after validTo',
    path: ['validTo'],
  });
export type AgencyEntry = z.infer<typeof AgencyEntrySchema>;

/**
 * A registry is a plain list of entries; the lookup index is built once per list (see registryIndex.ts),
 * so keep and reuse the same array.
 */
export type AgencyRegistry = readonly AgencyEntry[];

/**
 * A province-level unit (tỉnh or thành phố trực thuộc trung ương): 63 until 30 June 2025, 34 from 1 July
 * 2025 (Nghị quyết 202/2025/QH15). A name that survived a merger keeps one entry and no end date.
 */
export interface Province {
  /** Stable kebab-case id ("ba-ria-vung-tau"). */
  id: string;
  /** The name without its level: "Bà Rịa - Vũng Tàu", "Hồ Chí Minh", "Huế". */
  name: string;
  level: 'tỉnh' | 'thành phố';
  /** Other written forms: "BR-VT", "TP.HCM", "Thừa Thiên - Huế". */
  aliases: string[];
  validFrom?: string;
  validTo?: string;
  /** Ids of the provinces it went into. */
  successors?: string[];
  /** A province that became a centrally-run city keeps its entry: the day it did (a 'tỉnh' before). */
  cityFrom?: string;
}
