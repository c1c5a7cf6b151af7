import { appendixKind } from '../appendix/appendixKinds';
import type { AppendixKindId, Field } from '../schema';
import type { UnusableWorkbookCode } from '../errors';

export type Lang = 'vi' | 'en';

type Data = Record<string, unknown>;

/** Wording for every finding code and every unusable-workbook code, in one language. */
export interface Catalogue {
  findings: Record<string, (data: Data) => string>;
  errors: Record<UnusableWorkbookCode, (data: Data) => string>;
  severities: Record<'error' | 'warning' | 'info', string>;
  /** What the officer reads when working with the workbook failed (failureMessage). */
  failures: { unexpected: (message: string) => string; cellEditing: string };
}

const PROBLEMS: Record<string, { vi: string; en: string }> = {
  spaces: { vi: 'có khoảng trắng trong ký hiệu', en: 'spaces inside the symbol' },
  'type-mismatch': {
    vi: 'tên loại văn bản không khớp với ký hiệu',
    en: 'the document type contradicts the symbol',
  },
  'unknown-type-code': { vi: 'mã loại văn bản không có trong danh mục', en: 'unknown document type code' },
  'missing-year': { vi: 'thiếu năm ban hành trong số ký hiệu', en: 'the symbol lacks its year' },
};

/** The malformed-citation problems of a finding, worded. */
export function problemList(data: Data, lang: 'vi' | 'en'): string {
  const problems = Array.isArray(data.problems) ? data.problems.map(String) : [];
  return problems.map((p) => PROBLEMS[p]?.[lang] ?? p).join('; ');
}

/** The appendix's column names in both languages (messages, the CLI, the task pane, agency sheets). */
export const FIELD_NAMES: Record<Field, { vi: string; en: string }> = {
  tt: { vi: 'TT', en: 'TT' },
  task: { vi: 'Nhiệm vụ', en: 'Task' },
  lead: { vi: 'Cơ quan chủ trì', en: 'Lead agency' },
  partners: { vi: 'Cơ quan phối hợp', en: 'Partners' },
  time: { vi: 'Thời gian thực hiện', en: 'Time frame' },
  basis: { vi: 'Căn cứ', en: 'Legal basis' },
  funding: { vi: 'Nguồn kinh phí', en: 'Funding' },
  product: { vi: 'Sản phẩm', en: 'Product' },
  note: { vi: 'Ghi chú', en: 'Note' },
  destination: { vi: 'Nơi đến', en: 'Destination' },
  area: { vi: 'Lĩnh vực', en: 'Field' },
  members: { vi: 'Thành phần đoàn đi', en: 'Members' },
  people: { vi: 'Số người', en: 'People' },
  days: { vi: 'Số ngày', en: 'Days' },
};

/** A field name from a finding's data, worded. */
export function fieldVi(data: Data, key: string): string {
  return `"${fieldNameOf(str(data, key), 'vi')}"`;
}

export function fieldEn(data: Data, key: string): string {
  return `"${fieldNameOf(str(data, key), 'en')}"`;
}

/** A column's name in the language ("Căn cứ", "Legal basis"). */
export function fieldName(field: Field, lang: Lang): string {
  return FIELD_NAMES[field][lang];
}

/**
 * A column's name as a kind of appendix calls it: a delegations list's "task" is its "Mục đích".
 * @example kindFieldName('delegations', 'task', 'vi') === 'Mục đích'
 */
export function kindFieldName(kind: AppendixKindId, field: Field, lang: Lang): string {
  return appendixKind(kind).fieldNames?.[field]?.[lang] ?? fieldName(field, lang);
}

function fieldNameOf(key: string, lang: Lang): string {
  return (FIELD_NAMES as Record<string, { vi: string; en: string } | undefined>)[key]?.[lang] ?? key;
}

/** An ISO date field shown as dd/mm/yyyy. */
export function isoToVn(data: Data, key: string): string {
  return str(data, key).split('-').reverse().join('/');
}

/** Reads a data field as text for a message. */
export function str(data: Data, key: string): string {
  const value = data[key];
  if (Array.isArray(value)) return value.map(String).join(', ');
  return value === undefined || value === null ? '' : String(value);
}

/** "2026–2030", "từ 2026" / "from 2026", or the plan year, from a finding's from/to/planYear data. */
export function periodText(d: Readonly<Record<string, unknown>>): string {
  const from = typeof d.from === 'number' ? d.from : null;
  const to = typeof d.to === 'number' ? d.to : null;
  if (from !== null && to !== null) return from === to ? String(from) : `${from}–${to}`;
  if (from !== null) return `${from}–`;
  return str(d, 'planYear');
}

/** The name of the appendix kind a finding's or error's data names ("danh sách đoàn ra"). */
export function kindName(data: Data, lang: Lang): string {
  return appendixKind(str(data, 'kind') as AppendixKindId).name[lang];
}
