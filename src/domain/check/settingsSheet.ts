import { readDateCell } from '../agencies';
import type { CellGrid } from '../grid';
import { cellAddress, cellText, cellValue, columnLetter, lastRow } from '../grid';
import { MergeLookup } from '../mergeLookup';
import { severityLabel } from '../messages';
import type { Lang } from '../messages';
import { RULES } from '../rules';
import type { Finding, Severity } from '../schema';
import { periodSettingText, provinceSettingText, readPeriodSetting, readProvinceSetting } from '../planScope';
import { SettingsSchema } from '../settings';
import type { Settings } from '../settings';
import type { SheetSpec } from '../sheetSpec';
import type { TableKind } from '../table';
import { findTableHeader } from '../table';
import { foldKey } from '../text';
import { SHEET_STRINGS } from './strings';

/**
 * The settings sheet "Cài đặt kiểm tra": a hidden sheet the add-in writes and the officer may edit by hand
 * (unhide it). A sheet, not a custom XML part or Office settings, because every reader of the workbook (the
 * add-in, the workbench, the command line) can read a sheet and ExcelJS keeps it when it saves.
 * @example settingsSheetSpec({ planDate: '2025-08-01', rules: { 'missing-funding': { enabled: false } } }).rows
 *   → [['Ngày kế hoạch', '2025-08-01', …], …, ['missing-funding', 'tắt', …], …]
 */
export function settingsSheetSpec(settings: Settings, lang: Lang = 'vi'): SheetSpec {
  const t = SHEET_STRINGS[lang];
  const rules = RULES.map((rule) => [
    rule.meta.code,
    ruleValue(settings.rules[rule.meta.code], lang),
    t.ruleNote(rule.meta.title[lang], severityLabel(rule.meta.severity, lang)),
  ]);
  return {
    name: t.settingsSheet,
    tag: 'settings',
    title: [t.settingsTitle],
    header: [...t.settingsHeader],
    rows: [
      [t.planDate, settings.planDate ?? '', t.planDateNote],
      [t.province, provinceSettingText(settings.province), t.provinceNote],
      [t.period, periodSettingText(settings.period), t.periodNote],
      [t.recipients, (settings.recipients ?? []).join('\n'), t.recipientsNote],
      [t.signature, (settings.signature ?? []).join('\n'), t.signatureNote],
      ...rules,
    ],
    widths: [28, 14, 80],
    hidden: true,
  };
}

function ruleValue(setting: Settings['rules'][string] | undefined, lang: Lang): string {
  if (setting?.enabled === false) return SHEET_STRINGS[lang].values.off;
  if (setting?.severity) return severityLabel(setting.severity, lang);
  if (setting?.enabled === true) return SHEET_STRINGS[lang].values.on;
  return '';
}

const PLAN_DATE_KEYS = new Set(['ngay ke hoach', 'plan date'].map(foldKey));
const PROVINCE_KEYS = new Set(['tinh/thanh pho', 'tinh', 'tinh thanh pho', 'province'].map(foldKey));
const PERIOD_KEYS = new Set(['thoi ky ke hoach', 'thoi ky', 'plan period', 'period'].map(foldKey));
const RECIPIENTS_KEYS = new Set(['noi nhan', 'recipients'].map(foldKey));
const SIGNATURE_KEYS = new Set(['chu ky', 'khoi chu ky', 'signature'].map(foldKey));
const OFF = new Set(['tat', 'off', 'khong', 'no', 'false', '0'].map(foldKey));
const ON = new Set(['bat', 'on', 'co', 'yes', 'true', '1'].map(foldKey));
const SEVERITIES = new Map<string, Severity>(
  (['error', 'warning', 'info'] as const).flatMap((s) => [
    [foldKey(s), s],
    [foldKey(severityLabel(s, 'vi')), s],
    [foldKey(severityLabel(s, 'en')), s],
  ]),
);
const CODES = new Set(RULES.map((rule) => rule.meta.code));

/**
 * Reads the settings sheet back: the rows below the header ("Mục" / "Giá trị"), by item. A row the add-in
 * cannot use (an unknown rule, a value that is neither on/off nor a severity, an unreadable date) is an
 * `invalid-setting` finding on its cell and is ignored; the other rows still apply.
 */
export function readSettingsSheet(grid: CellGrid): { settings: Settings; findings: Finding[] } {
  const findings: Finding[] = [];
  const draft: Draft = { rules: {} };
  const layout = settingsLayout(grid);
  for (let rowNumber = layout.firstRow; rowNumber <= lastRow(grid); rowNumber++) {
    const item = cellText(grid, rowNumber, layout.item).trim();
    if (item === '') continue;
    const raw = cellValue(grid, rowNumber, layout.value);
    const text = cellText(grid, rowNumber, layout.value).trim();
    const problem = applyRow(draft, item, raw, text);
    if (problem) findings.push(invalidSetting(grid, rowNumber, item, text, problem, layout));
  }
  return { settings: SettingsSchema.parse(draft), findings };
}

type SettingsField = 'item' | 'value' | 'note';

/** The settings sheet as a table kind: the header the add-in writes, in either language. */
const SETTINGS_TABLE: TableKind<SettingsField> = {
  columns: (['item', 'value', 'note'] as const).map((field, i) => ({
    field,
    titles: [SHEET_STRINGS.vi.settingsHeader[i] ?? field, SHEET_STRINGS.en.settingsHeader[i] ?? field],
    match: 'exact',
  })),
  required: ['item'],
  minFields: 1,
  searchRows: 10,
  pick: 'first',
  twoRowHeaders: false,
};

interface SettingsLayout {
  firstRow: number;
  item: number;
  value: number;
}

/** Where the items and values are: under the header ("Mục" | "Giá trị"); without one, A and B from the top. */
function settingsLayout(grid: CellGrid): SettingsLayout {
  const header = findTableHeader(SETTINGS_TABLE, grid, new MergeLookup(grid));
  if (!header) return { firstRow: grid.top, item: grid.left, value: grid.left + 1 };
  const item = header.fields.item ?? grid.left;
  return { firstRow: header.rowNumber + 1, item, value: header.fields.value ?? item + 1 };
}

type Problem = 'unknown-item' | 'bad-value' | 'bad-date' | 'bad-province' | 'bad-period';
type Draft = Pick<Settings, 'planDate' | 'province' | 'period' | 'recipients' | 'signature'> & {
  rules: Settings['rules'];
};

function applyRow(
  draft: Draft,
  item: string,
  raw: ReturnType<typeof cellValue>,
  text: string,
): Problem | undefined {
  if (PLAN_DATE_KEYS.has(foldKey(item))) {
    const date = readDateCell(raw);
    if (!date.ok) return 'bad-date';
    if (date.iso) draft.planDate = date.iso;
    return undefined;
  }
  if (PROVINCE_KEYS.has(foldKey(item))) {
    const province = readProvinceSetting(text);
    if (!province.ok) return 'bad-province';
    if (province.value) draft.province = province.value;
    return undefined;
  }
  if (PERIOD_KEYS.has(foldKey(item))) {
    const period = readPeriodSetting(text);
    if (!period.ok) return 'bad-period';
    if (period.value) draft.period = period.value;
    return undefined;
  }
  if (RECIPIENTS_KEYS.has(foldKey(item))) {
    const lines = printedLines(text);
    if (lines.length > 0) draft.recipients = lines;
    return undefined;
  }
  if (SIGNATURE_KEYS.has(foldKey(item))) {
    const lines = printedLines(text);
    if (lines.length > 0) draft.signature = lines;
    return undefined;
  }
  if (!CODES.has(item)) return 'unknown-item';
  if (text === '') return undefined;
  const key = foldKey(text);
  const severity = SEVERITIES.get(key);
  if (severity) draft.rules[item] = { severity };
  else if (OFF.has(key)) draft.rules[item] = { enabled: false };
  else if (ON.has(key)) draft.rules[item] = { enabled: true };
  else return 'bad-value';
  return undefined;
}

/**
 * The lines of a cell typed with Alt+Enter (or of the pane's text box), each trimmed; blank lines inside
 * kept (the space left for a signature), blank lines around dropped.
 */
export function printedLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/u).map((line) => line.trim());
  while (lines.length > 0 && lines[0] === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

function invalidSetting(
  grid: CellGrid,
  rowNumber: number,
  item: string,
  value: string,
  problem: Problem,
  layout: SettingsLayout,
): Finding {
  const column = problem === 'unknown-item' ? layout.item : layout.value;
  const letter = columnLetter(column);
  return {
    code: 'invalid-setting',
    severity: 'warning',
    sheet: grid.sheetName,
    rowNumber,
    column: letter,
    cell: cellAddress(rowNumber, column),
    data: { sheet: grid.sheetName, item, value, problem },
  };
}
