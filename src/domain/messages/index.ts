import type { UnusableWorkbookError } from '../errors';
import type { Finding, Severity } from '../schema';
import { en } from './en';
import type { Catalogue, Lang } from './types';
import { vi } from './vi';

export type { Lang } from './types';

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

export function severityLabel(severity: Severity, lang: Lang = 'vi'): string {
  return CATALOGUES[lang].severities[severity];
}
export { failureMessage } from './failureMessage';
export { languageFor } from './languageFor';
export { repeatedFindings } from './repeatedFindings';
export type { RepeatedFinding } from './repeatedFindings';
export { SHEET_FINDING_TITLES } from './sheetFindingTitles';
export { fieldName } from './types';
