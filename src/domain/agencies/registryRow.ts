/**
 * One row of the registry sheet, read through zod (the sheet is a trust boundary, STYLE.md): the raw cells
 * go in, a clean row or a list of issues comes out, and issueFindings() turns the issues into findings.
 */
import { z } from 'zod';
import type { CellValue } from '../grid';
import type { Finding } from '../schema';
import { formatIsoDate, normalizeText, parseVietnameseDate } from '../text';
import type { RegistryField } from './registryTable';
import { sheetNameProblem } from './schema';

/** Why a date cell could not be read. */
export type DateProblem = 'unreadable' | 'impossible' | 'order';

type DateCell = { ok: true; iso?: string } | { ok: false; problem: DateProblem };

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/u;
// Excel's serial day 0 is 1899-12-30 in the 1900 date system; 2958465 is 9999-12-31.
const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const MAX_SERIAL = 2_958_465;
const DAY_MS = 86_400_000;

/**
 * A date cell: empty, an Excel serial number, or text as dd/mm/yyyy (or yyyy-mm-dd).
 * @example readDateCell(45658) // { ok: true, iso: '2025-01-01' }
 * @example readDateCell('31/02/2025') // { ok: false, problem: 'impossible' }
 */
export function readDateCell(value: CellValue): DateCell {
  if (value === null || (typeof value === 'string' && value.trim() === '')) return { ok: true };
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 1 || value > MAX_SERIAL)
      return { ok: false, problem: 'unreadable' };
    const iso = new Date(EXCEL_EPOCH_MS + Math.floor(value) * DAY_MS).toISOString().slice(0, 10);
    return { ok: true, iso };
  }
  if (typeof value !== 'string') return { ok: false, problem: 'unreadable' };
  const text = value.trim();
  const iso = ISO.exec(text);
  const parsed = iso ? parseVietnameseDate(`${iso[3]}/${iso[2]}/${iso[1]}`) : parseVietnameseDate(text);
  // The whole cell must be the date: "1/7/2025 (dự kiến)" is not read as 1/7/2025.
  if (!parsed || (!iso && text.replace(parsed.text, '').trim() !== ''))
    return { ok: false, problem: 'unreadable' };
  if (!parsed.valid) return { ok: false, problem: 'impossible' };
  return { ok: true, iso: formatIsoDate(parsed.year, parsed.month, parsed.day) };
}

const DateSchema = z.custom<CellValue>().transform((value, ctx) => {
  const cell = readDateCell(value);
  if (cell.ok) return cell.iso;
  ctx.addIssue({ code: 'custom', message: cell.problem, input: value });
  return z.NEVER;
});

/** "Sở KHĐT; Sở KH-ĐT" or one per line. */
const ListSchema = z.string().transform((text) =>
  text
    .split(/[;\n]/u)
    .map(normalizeText)
    .filter((item) => item !== ''),
);

export const RegistryRowSchema = z
  .object({
    name: z.string().transform(normalizeText).pipe(z.string().min(1, 'missing')),
    aliases: ListSchema,
    shortName: z
      .string()
      .transform(normalizeText)
      .superRefine((value, ctx) => {
        const problem = value === '' ? undefined : sheetNameProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', message: problem, input: value });
      }),
    validFrom: DateSchema,
    validTo: DateSchema,
    successors: ListSchema,
  })
  .superRefine((row, ctx) => {
    if (row.validFrom && row.validTo && row.validFrom > row.validTo) {
      ctx.addIssue({ code: 'custom', message: 'order', path: ['validTo'], input: row.validTo });
    }
  });
export type RegistryRow = z.infer<typeof RegistryRowSchema>;

/** The cells of one row as the schema reads them. */
export type RawRegistryRow = Record<RegistryField, CellValue>;

/** Where a field of the current row is, for the finding's `column` and `cell`. */
export type Locate = (field: RegistryField) => { column?: string; cell?: string };

/** The findings for a row's zod issues: one code per field (the one place zod issues become findings). */
export function issueFindings(
  issues: readonly z.core.$ZodIssue[],
  row: { rowNumber: number; sheet: string; locate: Locate; display: (field: RegistryField) => string },
): Finding[] {
  return issues.map((issue) => {
    const field = (issue.path[0] ?? 'name') as RegistryField;
    const base = { severity: 'warning' as const, rowNumber: row.rowNumber, ...row.locate(field) };
    const name = normalizeText(row.display('name'));
    const text = row.display(field);
    if (field === 'name') return { ...base, code: 'registry-missing-name', data: { sheet: row.sheet } };
    if (field === 'shortName') {
      const data = { sheet: row.sheet, name, shortName: text, problem: issue.message };
      return { ...base, code: 'registry-invalid-short-name', data };
    }
    const data = { sheet: row.sheet, name, field, text, problem: issue.message };
    return { ...base, code: 'registry-invalid-date', data };
  });
}
