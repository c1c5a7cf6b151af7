import type { Settings, Severity } from '../domain';
import {
  periodSettingText,
  printedLines,
  provinceSettingText,
  readDateCell,
  readPeriodSetting,
  readProvinceSetting,
  RULES,
} from '../domain';

/** The settings as the form edits them: the plan date as typed, and every rule of the catalogue. */
export interface SettingsDraft {
  /** dd/mm/yyyy (or yyyy-mm-dd) as typed; empty for the plan's own date. */
  planDate: string;
  /** The plan's province as typed ("Đồng Nai", "Trung ương"); empty for the title rows' issuer. */
  province: string;
  /** The plan's years as typed ("2026-2030"); empty for the plan's title. */
  period: string;
  /** The closing of the lists sent to agencies, one line per line as typed; empty for none. */
  recipients: string;
  signature: string;
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
  return {
    planDate,
    province: provinceSettingText(settings.province),
    period: periodSettingText(settings.period),
    recipients: (settings.recipients ?? []).join('\n'),
    signature: (settings.signature ?? []).join('\n'),
    rules,
  };
}

/** Whether the typed province can be saved (empty is fine: the issuer in the title rows applies). */
export function provinceValid(text: string): boolean {
  return readProvinceSetting(text).ok;
}

/** Whether the typed period can be saved (empty is fine: the plan's title applies). */
export function periodValid(text: string): boolean {
  return readPeriodSetting(text).ok;
}

/** Whether the typed plan date can be saved (empty is fine: the plan's own date applies). */
export function planDateValid(text: string): boolean {
  return readDateCell(text.trim()).ok;
}

/**
 * The settings to save, keeping only what differs from the defaults; null when the plan date, the
 * province or the period cannot be read.
 * @example settingsFrom({ planDate: '1/8/2025', province: '', period: '', rules: { 'missing-funding': { enabled: false, severity: null } } })
 *   → { planDate: '2025-08-01', rules: { 'missing-funding': { enabled: false } } }
 */
export function settingsFrom(draft: SettingsDraft): Settings | null {
  const date = readDateCell(draft.planDate.trim());
  const province = readProvinceSetting(draft.province);
  const period = readPeriodSetting(draft.period);
  if (!date.ok || !province.ok || !period.ok) return null;
  const rules: Settings['rules'] = {};
  for (const [code, rule] of Object.entries(draft.rules)) {
    if (!rule.enabled) rules[code] = { enabled: false };
    else if (rule.severity) rules[code] = { severity: rule.severity };
  }
  const recipients = printedLines(draft.recipients);
  const signature = printedLines(draft.signature);
  return {
    ...(date.iso ? { planDate: date.iso } : {}),
    ...(province.value ? { province: province.value } : {}),
    ...(period.value ? { period: period.value } : {}),
    ...(recipients.length > 0 ? { recipients } : {}),
    ...(signature.length > 0 ? { signature } : {}),
    rules,
  };
}
