import { z } from 'zod';
import { SeveritySchema } from './schema';

/**
 * The officer's settings (saved in the workbook by the add-in, or given on the command line). Read through
 * zod at the trust boundary; unknown rule codes are kept (a newer add-in may know them).
 */
export const SettingsSchema = z.object({
  /** The plan's issue date when the title rows do not give it, or to check "as of" another date. */
  planDate: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  /**
   * The plan's province (a province id), or "trung-uong" for a central body's plan, when the title rows do
   * not say it or say it wrongly: it decides what "tỉnh" and "Sở …" mean.
   */
  province: z.string().min(1).optional(),
  /** The years the plan covers, when its title does not give them (deadlines are checked against them). */
  period: z
    .object({ from: z.number().int(), to: z.number().int() })
    .refine((p) => p.to >= p.from)
    .optional(),
  /**
   * The closing of every list sent to an agency, as on a signed document (Nghị định 30/2020/NĐ-CP, Phụ lục
   * I): the "Nơi nhận" lines after the agency itself, and the signature block (authority, title, blank
   * lines for the signature, name), each line as typed.
   */
  recipients: z.array(z.string()).optional(),
  signature: z.array(z.string()).optional(),
  rules: z
    .record(z.string(), z.object({ enabled: z.boolean().optional(), severity: SeveritySchema.optional() }))
    .default({}),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = { rules: {} };
