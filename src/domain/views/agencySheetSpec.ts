import { formatVnd } from '../funding';
import type { Lang } from '../messages';
import type { ListCell, ListRow, ListSheetSpec } from './listSheetSpec';
import { fitWidths, planReferenceLine } from './listSheetSpec';
import type { ListText } from './listText';
import { listText } from './listText';
import { listName } from './sheetNames';
import type {
  AgencyList,
  AgencyLists,
  AgencyTaskEntry,
  CarriedField,
  ListClosing,
  SectionRef,
} from './types';
import { appendAll } from '../arrays';

type Column = 'tt' | 'task' | 'role' | 'time' | 'basis' | 'funding' | CarriedField;

// Width bounds in characters; the task and basis texts are long and wrap within their maximum.
const BOUNDS: Record<Column, readonly [number, number]> = {
  tt: [5, 9],
  task: [30, 60],
  role: [12, 30],
  partners: [14, 30],
  time: [12, 20],
  basis: [20, 45],
  funding: [14, 28],
  product: [14, 30],
  note: [12, 25],
};
const CENTRED: ReadonlySet<Column> = new Set(['tt', 'time']);

/**
 * The sheet for one agency, ready to print and send: a title naming the agency and the plan, its led
 * tasks (a shared task names the co-leads), then — when the appendix has a "Cơ quan phối hợp" column —
 * the tasks it supports; under each part the appendix's section headings, tasks in appendix order.
 * @example agencySheetSpec(soNgoaiVu, lists, { sheetName: 'Sở Ngoại vụ' }).title[0] === 'DANH SÁCH NHIỆM VỤ – Sở Ngoại vụ'
 */
export function agencySheetSpec(
  list: AgencyList,
  lists: AgencyLists,
  options: { sheetName: string; lang?: Lang },
): ListSheetSpec {
  const text = listText(options.lang);
  // Columns no row fills are left out (the title says which): an empty column only takes paper.
  const blank = new Set<Column>(lists.blankColumns);
  const columns = (
    [
      'tt',
      'task',
      'role',
      ...lists.fields.filter((f) => f === 'partners'),
      'time',
      'basis',
      'funding',
      ...lists.fields.filter((f) => f !== 'partners'),
    ] as Column[]
  ).filter((column) => !blank.has(column));
  // Without a partner column, the part is there for the bodies the lead column names as supporting.
  const withPartners =
    columns.includes('partners') || (!lists.fields.includes('partners') && lists.withSupporting);
  const rows = [...part(text.partLed(list.led.length), text.noTasks, list.led, list, columns, text)];
  if (withPartners) {
    const title = text.partSupporting(list.supporting.length);
    appendAll(rows, part(title, text.noTasks, list.supporting, list, columns, text));
  }
  const withDelegations = lists.delegationCount !== null;
  if (withDelegations) {
    const title = text.partDelegations(withPartners ? 'C' : 'B', list.delegations.length);
    appendAll(rows, part(title, text.noDelegations, list.delegations, list, columns, text, delegationCell));
  }
  if (lists.closing) appendAll(rows, closingRows(lists.closing, listName(list, options.lang), text));
  const shared = list.led.filter((entry) => entry.role === 'shared').length;
  const reference = planReferenceLine(lists.plan, text);
  const header = columns.map((column) => text.columns[column]);
  return {
    name: options.sheetName,
    tag: 'agency-list',
    footer: text.footer,
    title: [
      text.listTitle(listName(list, options.lang)),
      ...(reference ? [reference] : []),
      text.listSummary(
        list.led.length,
        shared,
        withPartners ? list.supporting.length : undefined,
        withDelegations ? list.delegations.length : undefined,
      ),
      ...(lists.blankColumns.length > 0
        ? [text.blankColumns(lists.blankColumns.map((field) => text.columns[field]).join(', '))]
        : []),
    ],
    header,
    widths: fitWidths(
      header,
      rows,
      columns.map((column) => BOUNDS[column]),
    ),
    align: columns.map((column) => (CENTRED.has(column) ? 'center' : 'left')),
    rows,
  };
}

/**
 * The closing under the list, after a blank line: "Nơi nhận:", the agency itself, then the officer's
 * recipients on the left; the signature block on the right, line by line beside them.
 */
function closingRows(closing: ListClosing, agency: string, text: ListText): ListRow[] {
  const left =
    closing.recipients.length > 0 ? [text.recipients, text.recipient(agency), ...closing.recipients] : [];
  const count = Math.max(left.length, closing.signature.length);
  const rows: ListRow[] = [{ kind: 'closing', left: '', right: '' }];
  for (let i = 0; i < count; i++)
    rows.push({
      kind: 'closing',
      left: left[i] ?? '',
      right: closing.signature[i] ?? '',
      ...(i === 0 && left.length > 0 ? { heading: true } : {}),
    });
  return rows;
}

type CellOf = (entry: AgencyTaskEntry, column: Column, list: AgencyList, text: ListText) => ListCell;

function part(
  title: string,
  none: string,
  entries: readonly AgencyTaskEntry[],
  list: AgencyList,
  columns: readonly Column[],
  text: ListText,
  cellOf: CellOf = cell,
): ListRow[] {
  const rows: ListRow[] = [{ kind: 'part', text: title }];
  if (entries.length === 0) rows.push({ kind: 'section', tt: '', title: none });
  let above: readonly SectionRef[] = [];
  for (const entry of entries) {
    appendAll(rows, headingsBetween(above, entry.sections));
    above = entry.sections;
    rows.push({ kind: 'task', cells: columns.map((column) => cellOf(entry, column, list, text)) });
  }
  return rows;
}

/** The headings to write before a task: those of its sections not already open above it. */
function headingsBetween(above: readonly SectionRef[], sections: readonly SectionRef[]): ListRow[] {
  let same = 0;
  while (same < sections.length && above[same]?.rowNumber === sections[same]?.rowNumber) same++;
  return sections.slice(same).map((section) => ({ kind: 'section', tt: section.tt, title: section.title }));
}

function cell(entry: AgencyTaskEntry, column: Column, list: AgencyList, text: ListText): ListCell {
  if (column === 'role') return roleText(entry, list, text);
  if (column === 'tt') return entry.task.tt;
  return entry.task[column] ?? '';
}

/**
 * A delegation in the task list's columns: where, what for, who and how many in the task column, its time
 * and funding in theirs; the columns a delegation does not have (partners, basis, product) stay blank.
 */
function delegationCell(entry: AgencyTaskEntry, column: Column, list: AgencyList, text: ListText): ListCell {
  const row = entry.task;
  if (column === 'tt' || column === 'role') return cell(entry, column, list, text);
  if (column === 'task')
    return text.delegation({
      destination: row.destination ?? '',
      purpose: row.task,
      members: row.members ?? '',
      people: row.people ?? '',
      days: row.days ?? '',
    });
  // An amount typed as a number ("1900000000") reads the Vietnamese way: "1.900.000.000".
  if (column === 'funding')
    return /^\d{4,}$/u.test(row.funding.trim()) ? formatVnd(Number(row.funding)) : row.funding;
  if (column === 'time' || column === 'note') return row[column] ?? '';
  return '';
}

/**
 * The "Vai trò" cell: "Chủ trì", "Cùng chủ trì với: …", "Phối hợp; chủ trì: …", with what the reader should
 * know besides (names not identified, the ended agency a task came from).
 * @example roleText(entryOfRow89, soKeHoachDauTu, listText('vi')) === 'Cùng chủ trì với: Sở Công Thương; Sở Ngoại vụ'
 */
export function roleText(entry: AgencyTaskEntry, list: AgencyList, text: ListText): string {
  const others = entry.otherLeads.join('; ');
  const role =
    entry.role === 'lead'
      ? text.lead
      : entry.role === 'shared'
        ? text.sharedWith(others)
        : text.supportOf(others);
  const notes: string[] = [];
  if (list.kind === 'unidentified') {
    if (entry.asWritten.length === 0 && entry.role !== 'support') return text.blankLead;
    notes.push(text.unknownNames(entry.asWritten.join('; ')));
  }
  if (entry.formerly.length > 0) notes.push(text.inPlaceOf(entry.formerly.join('; ')));
  return notes.length === 0 ? role : `${role} (${notes.join('; ')})`;
}
