import { errorCode, UnusableWorkbookError } from '../errors';
import type { Finding, Severity } from '../schema';
import { en } from './en';
import type { Catalogue, Lang } from './types';
import { vi } from './vi';

export type { Lang } from './types';
export { formatMatrixDifference, formatPlanTextFinding, planTextLines } from './planTextMessages';
export {
  changedPart,
  fixLine,
  fixOutcomeLines,
  fixPreviewLines,
  renumberLines,
  skipLine,
} from './fixMessages';
export { comparisonReport } from './comparisonReport';
export type { ComparisonReport } from './comparisonReport';

const CATALOGUES: Record<Lang, Catalogue> = { vi, en };

/** Every finding code that has wording (the README documents each). */
export const FINDING_CODES = Object.keys(vi.findings);

/** The finding's wording in the chosen language; Vietnamese is the default. */
export function formatFinding(finding: Pick<Finding, 'code' | 'data'>, lang: Lang = 'vi'): string {
  const format = CATALOGUES[lang].findings[finding.code];
  if (!format) throw new Error(`No ${lang} wording for finding code "${finding.code}"`);
  return format(finding.data);
}

export function formatError(error: UnusableWorkbookError, lang: Lang = 'vi'): string {
  return CATALOGUES[lang].errors[error.code](error.data);
}

/**
 * What the officer reads when working with the workbook failed (task pane and ribbon commands): an
 * unusable sheet gets the core's wording, Excel in cell-edit mode what to do, anything else (an Office
 * error, a bug) a generic sentence with its own text, so the officer can report it. Runs wait for a cell
 * edit to end (src/excel/runExcel.ts); a host that fails them anyway says so with the code
 * InvalidOperationInCellEditMode (the error table of Microsoft's application-specific-api-error-handling;
 * docs/office-js-research.md §5).
 * @example failureMessage(new Error('RichApi.Error: …'), 'vi') → 'Lỗi ngoài dự kiến khi làm việc với sổ tính: RichApi.Error: …'
 */
export function failureMessage(error: unknown, lang: Lang = 'vi'): string {
  if (error instanceof UnusableWorkbookError) return formatError(error, lang);
  const failures = CATALOGUES[lang].failures;
  if (errorCode(error) === 'InvalidOperationInCellEditMode') return failures.cellEditing;
  return failures.unexpected(error instanceof Error ? error.message : String(error));
}

export function severityLabel(severity: Severity, lang: Lang = 'vi'): string {
  return CATALOGUES[lang].severities[severity];
}
export { languageFor } from './languageFor';
export { repeatedFindings } from './repeatedFindings';
export type { RepeatedFinding } from './repeatedFindings';
export { SHEET_FINDING_TITLES } from './sheetFindingTitles';
export { fieldName, kindFieldName } from './types';
