import type { Severity } from '../schema';

/**
 * How a finding's cell is marked, in any workbook: a conditional format whose always-true formula names the
 * add-in (so both adapters find their marks again, and a workbook marked in the browser workbench is
 * cleared by the add-in in Excel, and the other way round), filled by severity (docs/decisions.md D27).
 */
const TAG = 'MaTranNhiemVu';
const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Excel's light red, yellow and blue "good/neutral/bad" fills: readable in light and dark themes. */
export const MARK_FILLS: Record<Severity, string> = { error: '#FFC7CE', warning: '#FFEB9C', info: '#DDEBF7' };

/**
 * The formula of a severity's mark, as Office.js writes it (with "="); ExcelJS writes it without.
 * @example markFormula('error') === '=ISTEXT("MaTranNhiemVu:error")'
 */
export function markFormula(severity: Severity): string {
  return `=ISTEXT("${TAG}:${severity}")`;
}

/** The severity a formula of ours stands for (with or without "="), or undefined for any other formula. */
export function markSeverity(formula: string): Severity | undefined {
  return SEVERITIES.find((severity) => formula.includes(`"${TAG}:${severity}"`));
}

export function isMarkFormula(formula: string): boolean {
  return markSeverity(formula) !== undefined;
}
