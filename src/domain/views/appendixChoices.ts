import type { AgencyRegistry } from '../agencies';
import { maxOf } from '../arrays';
import { SHEET_STRINGS } from '../check/strings';
import type { SheetSpec } from '../sheetSpec';

/** The usual funding sources, each one the funding check classifies (test/domain/views/appendixChoices). */
const FUNDING = [
  'Ngân sách trung ương',
  'Ngân sách tỉnh',
  'Ngân sách địa phương',
  'Ngân sách nhà nước',
  'Kinh phí thường xuyên của cơ quan, đơn vị',
  'Lồng ghép trong các chương trình, đề án',
  'Xã hội hóa',
  'Nguồn hợp pháp khác',
];

const QUARTERS = ['I', 'II', 'III', 'IV'];

/** The usual time frames for this year and the next, each one the time check reads without a finding. */
function timeFrames(year: number): string[] {
  return [
    'Thường xuyên',
    'Hằng năm',
    ...[year, year + 1].flatMap((y) => [
      `Năm ${y}`,
      ...QUARTERS.map((q) => `Quý ${q}/${y}`),
      `6 tháng đầu năm ${y}`,
      `6 tháng cuối năm ${y}`,
    ]),
  ];
}

/** What the new appendix's dropdowns offer: agencies (canonical names), time frames, funding sources. */
export interface AppendixChoices {
  agencies: string[];
  times: string[];
  funding: string[];
}

/**
 * The registry's bodies an officer may name as of a day, by their canonical names: none ended by then or
 * not yet begun, no phrase that names nobody in particular. Without a day, none with an end date.
 * @example currentAgencyNames(DEFAULT_REGISTRY, '2026-12-06').includes('Sở Kế hoạch và Đầu tư') === false
 */
export function currentAgencyNames(registry: AgencyRegistry, asOf: string | null): string[] {
  const names = registry
    .filter((entry) => !entry.vague)
    .filter((entry) => (asOf === null ? !entry.validTo : !entry.validTo || entry.validTo >= asOf))
    .filter((entry) => asOf === null || !entry.validFrom || entry.validFrom <= asOf)
    .map((entry) => entry.name);
  return [...new Set(names)];
}

/**
 * The choices for a new appendix as of a day: the bodies current then (`currentAgencyNames`), the usual
 * time frames of that year and the next, the usual funding sources.
 * @example appendixChoices(DEFAULT_REGISTRY, '2026-12-06').times[2] === 'Năm 2026'
 */
export function appendixChoices(registry: AgencyRegistry, asOf: string): AppendixChoices {
  return {
    agencies: currentAgencyNames(registry, asOf),
    times: timeFrames(Number(asOf.slice(0, 4))),
    funding: [...FUNDING],
  };
}

/** The columns of the choices sheet, in order. */
export const CHOICE_COLUMNS = ['agencies', 'times', 'funding'] as const;

/**
 * The hidden sheet "Danh sách chọn" the new appendix's dropdowns read: one column per list. The add-in's
 * own (tagged), replaced each time a new appendix is made; the officer may unhide and extend it.
 */
export function choicesSheetSpec(choices: AppendixChoices): SheetSpec {
  const t = SHEET_STRINGS.vi;
  const length = maxOf(CHOICE_COLUMNS.map((key) => choices[key].length));
  return {
    name: t.choicesSheet,
    tag: 'choices',
    title: [t.choicesTitle],
    header: [...t.choicesHeader],
    rows: Array.from({ length }, (_, i) => CHOICE_COLUMNS.map((key) => choices[key][i] ?? '')),
    widths: [50, 24, 40],
    hidden: true,
  };
}
