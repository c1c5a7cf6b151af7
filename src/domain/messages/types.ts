import type { UnusableWorkbookCode } from '../errors';

export type Lang = 'vi' | 'en';

type Data = Record<string, unknown>;

/** Wording for every finding code and every unusable-workbook code, in one language. */
export interface Catalogue {
  findings: Record<string, (data: Data) => string>;
  errors: Record<UnusableWorkbookCode, (data: Data) => string>;
  severities: Record<'error' | 'warning' | 'info', string>;
}

/** Reads a data field as text for a message. */
export function str(data: Data, key: string): string {
  const value = data[key];
  if (Array.isArray(value)) return value.map(String).join(', ');
  return value === undefined || value === null ? '' : String(value);
}
