/**
 * Wording of the per-agency sheets, Vietnamese and English. The lists themselves carry no text of their
 * own; agency names are the registry's and the task cells are the officer's, never translated.
 */
import type { Lang } from '../messages';
import { fieldName } from '../messages';
import type { Field } from '../schema';
import { FIELDS } from '../schema';

export interface ListText {
  unidentifiedName: string;
  unidentifiedShortName: string;
  indexSheetName: string;
  listTitle: (agency: string) => string;
  indexTitle: string;
  /** "Kèm theo Kế hoạch số 58/KH-UBND ngày 11/03/2024 của …": pieces already in the plan's words. */
  attachedTo: (document: string, number: string, date: string, issuer: string) => string;
  dated: (date: string) => string;
  by: (issuer: string) => string;
  listSummary: (
    led: number,
    shared: number,
    supporting: number | undefined,
    delegations: number | undefined,
  ) => string;
  columns: Record<
    'tt' | 'task' | 'role' | 'partners' | 'time' | 'basis' | 'funding' | 'product' | 'note',
    string
  >;
  partLed: (count: number) => string;
  partSupporting: (count: number) => string;
  noTasks: string;
  /** The title line naming the columns left out because no row fills them. */
  blankColumns: (names: string) => string;
  /** The page footer, in Excel's header/footer codes (&P page, &N pages). */
  footer: string;
  /** The closing's first recipient lines: the heading, then the agency the list is sent to. */
  recipients: string;
  recipient: (name: string) => string;
  /** The part of the delegations abroad the agency leads, lettered after the task parts. */
  partDelegations: (letter: string, count: number) => string;
  noDelegations: string;
  /** A delegation in the task column: where to, what for, who goes, how many and how long. */
  delegation: (d: {
    destination: string;
    purpose: string;
    members: string;
    people: string;
    days: string;
  }) => string;
  lead: string;
  sharedWith: (others: string) => string;
  supportOf: (leads: string) => string;
  unknownNames: (names: string) => string;
  blankLead: string;
  inPlaceOf: (names: string) => string;
  indexColumns: Record<
    | 'number'
    | 'agency'
    | 'sheet'
    | 'file'
    | 'led'
    | 'shared'
    | 'supporting'
    | 'otherTime'
    | 'lacksBasis'
    | 'delegations'
    | 'picture',
    string
  >;
  /** The heading of the index's picture by quarter (a note line), then one line per quarter. */
  byQuarter: string;
  quarters: [string, string, string, string];
  total: string;
  indexNotes: (tasks: number, sole: number, shared: number) => string[];
  /** The note on the "Thiếu căn cứ" column, printed only with it. */
  indexBasisNote: string;
  indexDelegationsNote: (delegations: number) => string;
}

const vi: ListText = {
  unidentifiedName: 'Chưa xác định cơ quan',
  unidentifiedShortName: 'Chưa xác định',
  indexSheetName: 'Tổng hợp theo cơ quan',
  listTitle: (agency) => `DANH SÁCH NHIỆM VỤ – ${agency}`,
  indexTitle: 'TỔNG HỢP NHIỆM VỤ THEO CƠ QUAN',
  attachedTo: (document, number, date, issuer) => `Kèm theo ${document} số ${number}${date}${issuer}`,
  dated: (date) => ` ngày ${date}`,
  by: (issuer) => ` của ${issuer}`,
  listSummary: (led, shared, supporting, delegations) =>
    `Chủ trì: ${led} nhiệm vụ${shared > 0 ? ` (trong đó ${shared} cùng chủ trì với cơ quan khác)` : ''}.` +
    (supporting === undefined ? '' : ` Phối hợp: ${supporting} nhiệm vụ.`) +
    (delegations === undefined ? '' : ` Đoàn ra chủ trì tham mưu: ${delegations} đoàn.`),
  columns: { ...fieldNames('vi'), role: 'Vai trò' },
  partLed: (count) => `A. NHIỆM VỤ CHỦ TRÌ (${count})`,
  partSupporting: (count) => `B. NHIỆM VỤ PHỐI HỢP (${count})`,
  noTasks: 'Không có nhiệm vụ.',
  blankColumns: (names) => `Không in cột để trống ở mọi dòng của phụ lục: ${names}.`,
  footer: 'Trang &P/&N',
  recipients: 'Nơi nhận:',
  recipient: (name) => `- ${name};`,
  partDelegations: (letter, count) => `${letter}. ĐOÀN RA CHỦ TRÌ THAM MƯU (${count})`,
  noDelegations: 'Không có đoàn ra.',
  delegation: (d) =>
    [
      [d.destination && `Đoàn đi ${d.destination}`, d.purpose].filter(Boolean).join(': '),
      d.members && `Thành phần: ${d.members}`,
      [d.people && `Số người: ${d.people}`, d.days && `Số ngày: ${d.days}`].filter(Boolean).join('; '),
    ]
      .filter(Boolean)
      .join('\n'),
  lead: 'Chủ trì',
  sharedWith: (others) => `Cùng chủ trì với: ${others}`,
  supportOf: (leads) => (leads ? `Phối hợp; chủ trì: ${leads}` : 'Phối hợp'),
  unknownNames: (names) => `chưa xác định: ${names}`,
  blankLead: 'Chưa ghi cơ quan chủ trì',
  inPlaceOf: (names) => `thay cho ${names}`,
  indexColumns: {
    number: 'STT',
    agency: 'Cơ quan',
    sheet: 'Trang tính',
    file: 'Tệp',
    led: 'Chủ trì',
    shared: 'Cùng chủ trì',
    supporting: 'Phối hợp',
    otherTime: 'Khác/cả năm',
    lacksBasis: 'Thiếu căn cứ',
    delegations: 'Đoàn ra',
    picture: 'Biểu đồ chủ trì',
  },
  byQuarter: 'Nhiệm vụ chủ trì theo quý hết hạn (cộng theo cơ quan, như dòng Tổng cộng):',
  quarters: ['Quý I', 'Quý II', 'Quý III', 'Quý IV'],
  total: 'Tổng cộng',
  indexNotes: (tasks, sole, shared) => [
    `Phụ lục có ${tasks} nhiệm vụ: ${sole} do một cơ quan chủ trì, ${shared} do nhiều cơ quan cùng chủ trì (tính ở mỗi cơ quan).`,
    'Quý I–IV: quý kết thúc thời gian thực hiện của nhiệm vụ chủ trì; Khác/cả năm: thường xuyên, cả năm, theo kế hoạch khác hoặc chưa rõ.',
  ],
  indexBasisNote: 'Thiếu căn cứ: nhiệm vụ chủ trì có ô Căn cứ để trống.',
  indexDelegationsNote: (delegations) =>
    `Đoàn ra: số đoàn do cơ quan chủ trì tham mưu, theo phụ lục đoàn ra (${delegations} đoàn).`,
};

const en: ListText = {
  unidentifiedName: 'Agency not identified',
  unidentifiedShortName: 'Not identified',
  indexSheetName: 'By agency',
  listTitle: (agency) => `TASK LIST – ${agency}`,
  indexTitle: 'TASKS BY AGENCY',
  attachedTo: (document, number, date, issuer) => `Attached to ${document} No. ${number}${date}${issuer}`,
  dated: (date) => ` of ${date}`,
  by: (issuer) => ` by ${issuer}`,
  listSummary: (led, shared, supporting, delegations) =>
    `Leads: ${led} tasks${shared > 0 ? ` (${shared} shared with other agencies)` : ''}.` +
    (supporting === undefined ? '' : ` Supports: ${supporting} tasks.`) +
    (delegations === undefined ? '' : ` Leads ${delegations} delegations abroad.`),
  columns: { ...fieldNames('en'), role: 'Role' },
  partLed: (count) => `A. TASKS LED (${count})`,
  partSupporting: (count) => `B. TASKS SUPPORTED (${count})`,
  noTasks: 'No tasks.',
  blankColumns: (names) => `Columns blank on every row of the appendix are left out: ${names}.`,
  footer: 'Page &P of &N',
  recipients: 'Recipients:',
  recipient: (name) => `- ${name};`,
  partDelegations: (letter, count) => `${letter}. DELEGATIONS ABROAD LED (${count})`,
  noDelegations: 'No delegations.',
  delegation: (d) =>
    [
      [d.destination && `Delegation to ${d.destination}`, d.purpose].filter(Boolean).join(': '),
      d.members && `Members: ${d.members}`,
      [d.people && `People: ${d.people}`, d.days && `Days: ${d.days}`].filter(Boolean).join('; '),
    ]
      .filter(Boolean)
      .join('\n'),
  lead: 'Lead',
  sharedWith: (others) => `Shared lead with: ${others}`,
  supportOf: (leads) => (leads ? `Support; lead: ${leads}` : 'Support'),
  unknownNames: (names) => `not identified: ${names}`,
  blankLead: 'No lead agency written',
  inPlaceOf: (names) => `in place of ${names}`,
  indexColumns: {
    number: 'No.',
    agency: 'Agency',
    sheet: 'Sheet',
    file: 'File',
    led: 'Leads',
    shared: 'Shared lead',
    supporting: 'Supports',
    otherTime: 'Other/all year',
    lacksBasis: 'No legal basis',
    delegations: 'Delegations',
    picture: 'Tasks led (chart)',
  },
  byQuarter: 'Tasks led by the quarter they end in (summed over agencies, as the Total row):',
  quarters: ['Q1', 'Q2', 'Q3', 'Q4'],
  total: 'Total',
  indexNotes: (tasks, sole, shared) => [
    `The appendix has ${tasks} tasks: ${sole} led by one agency, ${shared} by several (counted for each).`,
    'Q1–Q4: the quarter a led task ends in; Other/all year: recurring, all year, linked to another plan, or unclear.',
  ],
  indexBasisNote: 'No legal basis: led tasks whose Căn cứ cell is blank.',
  indexDelegationsNote: (delegations) =>
    `Delegations: delegations abroad the agency leads, from the delegations appendix (${delegations} in all).`,
};

const TEXTS: Record<Lang, ListText> = { vi, en };

/** The wording for a language. @example listText('vi').indexSheetName === 'Tổng hợp theo cơ quan' */
export function listText(lang: Lang = 'vi'): ListText {
  return TEXTS[lang];
}

function fieldNames(lang: Lang): Record<Exclude<Field, 'lead'>, string> {
  const names = Object.fromEntries(FIELDS.map((field) => [field, fieldName(field, lang)]));
  return names as Record<Exclude<Field, 'lead'>, string>;
}
