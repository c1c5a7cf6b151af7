import type { Settings, Severity } from '../domain';
import { readDateCell, RULES } from '../domain';

/** The settings as the form edits them: the plan date as typed, and every rule of the catalogue. */
export interface SettingsDraft {
  /** dd/mm/yyyy (or yyyy-mm-dd) as typed; empty for the plan's own date. */
  planDate: string;
  rules: Record<string, { enabled: boolean; severity: Severity | null }>;
}

/**
 * The form's starting point from the settings the last check read.
 * @example draftFrom({ planDate: '2025-08-01', rules: { 'missing-funding': { enabled: false } } }).planDate === '01/08/2025'
 */
export function draftFrom(settings: Settings): SettingsDraft {
  const rules: SettingsDraft['rules'] = {};
  for (const { meta } of RULES) {
    const setting = settings.rules[meta.code];
    rules[meta.code] = { enabled: setting?.enabled !== false, severity: setting?.severity ?? null };
  }
  const planDate = settings.planDate ? settings.planDate.split('-').reverse().join('/') : '';
  return { planDate, rules };
}

/** Whether the typed plan date can be saved (empty is fine: the plan's own date applies). */
export function planDateValid(text: string): boolean {
  return readDateCell(text.trim()).ok;
}

/**
 * The settings to save, keeping only what differs from the defaults; null when the plan date is not a date.
 * @example settingsFrom({ planDate: '1/8/2025', rules: { 'missing-funding': { enabled: false, severity: null } } })
 *   → { planDate: '2025-08-01', rules: { 'missing-funding': { enabled: false } } }
 */
export function settingsFrom(draft: SettingsDraft): Settings | null {
  const date = readDateCell(draft.planDate.trim());
  if (!date.ok) return null;
  const rules: Settings['rules'] = {};
  for (const [code, rule] of Object.entries(draft.rules)) {
    if (!rule.enabled) rules[code] = { enabled: false };
    else if (rule.severity) rules[code] = { severity: rule.severity };
  }
  return date.iso ? { planDate: date.iso, rules } : { rules };
}
