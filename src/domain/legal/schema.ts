import { z } from 'zod';

/**
 * How a document is numbered:
 * - `administrative`: N/CODE-ISSUER, no year (Nghị định 30/2020): `217/KH-UBND`;
 * - `official-letter`: Công văn, N/AGENCY-UNIT, no type code: `2810/SDL-VP`;
 * - `normative`: legal normative document, N/YYYY/CODE-ISSUER: `58/2022/NĐ-CP`;
 * - `legislative`: law or resolution of the National Assembly, N/YYYY/QHxx: `80/2015/QH13`;
 * - `party`: N-CODE/BODY, no year: `124-KH/TU`;
 * - `free-form`: a diplomatic note and the like, N/N: `57301/336`.
 */
export const CitationSystemSchema = z.enum([
  'administrative',
  'official-letter',
  'normative',
  'legislative',
  'party',
  'free-form',
]);
export type CitationSystem = z.infer<typeof CitationSystemSchema>;

/** Why a symbol is not in the standard form. */
export const CitationProblemSchema = z.enum(['spaces', 'type-mismatch', 'unknown-type-code', 'missing-year']);
export type CitationProblem = z.infer<typeof CitationProblemSchema>;

export const CitationDateSchema = z.object({
  text: z.string(),
  /** yyyy-mm-dd; null for an impossible date such as 31/02. */
  iso: z.string().nullable(),
});

export const CitationSchema = z.object({
  /** The citation as written, from the type word (if any) to the date or issuer. */
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** Document type named before the symbol ("Kế hoạch"), as written; null when none. */
  typeName: z.string().nullable(),
  /** Document type the symbol's code stands for ("Báo cáo" for 423/BC-VP); null for a Công văn. */
  symbolType: z.string().nullable(),
  symbol: z.string(),
  /** The symbol without stray spaces: "82/KH- UBND" → "82/KH-UBND". */
  canonicalSymbol: z.string(),
  system: CitationSystemSchema,
  number: z.number().int().nonnegative(),
  /** Year carried in the symbol (normative and legislative documents), or named after it ("… 1234/QĐ-TTg năm 2025"). */
  year: z.number().int().nullable(),
  issuerCode: z.string(),
  date: CitationDateSchema.nullable(),
  /** Issuing body named after "của" ("UBND tỉnh"). */
  issuer: z.string().nullable(),
  /** Mentioned as the subject of another document ("… thực hiện Nghị quyết số 24-NQ/TW"), not as a basis. */
  subordinate: z.boolean(),
  problems: z.array(CitationProblemSchema),
  /** The standard form, when the symbol is malformed: "Báo cáo 423/BC-VP". */
  suggestion: z.string().nullable(),
});
export type Citation = z.infer<typeof CitationSchema>;

/** A document named without number: "Kế hoạch của Ban Thường vụ Tỉnh ủy", "Đề án “…”". */
export const DocumentReferenceSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  typeName: z.string(),
  issuer: z.string().nullable(),
  title: z.string().nullable(),
  /** A bare number with no symbol or date ("Kế hoạch 02", "Kế hoạch số 02"). */
  number: z.string().optional(),
  /** Identified by its title alone: a law and its year, a congress's resolution. */
  named: z.boolean().optional(),
});
export type DocumentReference = z.infer<typeof DocumentReferenceSchema>;

export const CellCitationsSchema = z.object({
  citations: z.array(CitationSchema),
  references: z.array(DocumentReferenceSchema),
});
export type CellCitations = z.infer<typeof CellCitationsSchema>;
