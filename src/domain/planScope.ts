/**
 * The officer's overrides of what the title rows say about the plan: whose province it is (which decides
 * what "tỉnh", "Sở Tài chính" or "UBND thành phố" means) and the years it covers. Written in the settings
 * sheet and the task pane as text an officer types; kept in Settings as a province id and a year range.
 */
import { findProvinceIn, provinceById } from './agencies';
import type { Appendix } from './schema';
import type { Settings } from './settings';
import { foldKey } from './text';

/** The settings value for a plan of a central body (no province). */
export const CENTRAL_SCOPE = 'trung-uong';

const CENTRAL_WORDS = new Set(['trung uong', 'cap trung uong', 'central'].map(foldKey));

export type SettingRead<T> = { ok: true; value?: T } | { ok: false };

/**
 * @example readProvinceSetting('tỉnh Đồng Nai') → { ok: true, value: 'dong-nai' }
 * @example readProvinceSetting('Trung ương') → { ok: true, value: 'trung-uong' }
 * @example readProvinceSetting('') → { ok: true } // from the title rows
 */
export function readProvinceSetting(text: string): SettingRead<string> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true };
  if (CENTRAL_WORDS.has(foldKey(trimmed))) return { ok: true, value: CENTRAL_SCOPE };
  const province = provinceById(trimmed) ?? findProvinceIn(trimmed) ?? findProvinceIn(`tỉnh ${trimmed}`);
  return province ? { ok: true, value: province.id } : { ok: false };
}

/** The text an officer reads for a province setting ("Đồng Nai", "Trung ương"); '' when unset. */
export function provinceSettingText(value: string | undefined): string {
  if (value === undefined) return '';
  if (value === CENTRAL_SCOPE) return 'Trung ương';
  return provinceById(value)?.name ?? value;
}

export interface PeriodSetting {
  from: number;
  to: number;
}

const PERIOD = /^(?:năm\s+|giai đoạn\s+)?(\d{4})(?:\s*[-–—/]\s*(\d{4}))?$/iu;

/**
 * @example readPeriodSetting('2026 - 2030') → { ok: true, value: { from: 2026, to: 2030 } }
 * @example readPeriodSetting('2025') → { ok: true, value: { from: 2025, to: 2025 } }
 */
export function readPeriodSetting(text: string): SettingRead<PeriodSetting> {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true };
  const m = PERIOD.exec(trimmed);
  if (!m) return { ok: false };
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  return from >= 1945 && to >= from && to <= 2100 ? { ok: true, value: { from, to } } : { ok: false };
}

/** "2026–2030", "2025"; '' when unset. */
export function periodSettingText(value: PeriodSetting | undefined): string {
  if (!value) return '';
  return value.from === value.to ? String(value.from) : `${value.from}–${value.to}`;
}

/**
 * The appendix with the officer's province and period in place of what the title rows say (unchanged
 * when the settings give neither).
 * @example applyPlanScope(appendix, { rules: {}, province: 'trung-uong' }).plan.level === 'central'
 */
export function applyPlanScope(
  appendix: Appendix,
  settings: Pick<Settings, 'province' | 'period'>,
): Appendix {
  const { province, period } = settings;
  if (province === undefined && period === undefined) return appendix;
  const plan = { ...appendix.plan };
  if (province === CENTRAL_SCOPE) {
    plan.province = null;
    plan.level = 'central';
  } else if (province !== undefined) {
    plan.province = province;
    plan.level = 'province';
  }
  if (period !== undefined) plan.period = { from: period.from, to: period.to };
  return { ...appendix, plan };
}
