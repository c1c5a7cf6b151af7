import type { Lang } from '../messages';
import type { Plan } from '../schema';
import type { AgencyCounts, AgencyIndex } from './agencyIndex';
import type { LinkTarget, ListCell, ListRow, ListSheetSpec } from './listSheetSpec';
import { fitWidths, planReferenceLine } from './listSheetSpec';
import type { ListText } from './listText';
import { listText } from './listText';
import { listName } from './sheetNames';
import { appendAll, maxOf } from '../arrays';
import { textBar } from './findingsBySection';

export interface IndexSheetOptions {
  sheetName: string;
  /** Where each list's row links, by list key: its sheet in this workbook, or its file beside this one. */
  targets: ReadonlyMap<string, LinkTarget>;
  /** Whether the appendix has a "Cơ quan phối hợp" column (else the column would only show zeros). */
  withSupporting: boolean;
  /**
   * Whether to count led tasks without a legal basis: not when the appendix has no Căn cứ column or leaves
   * it blank on every row (the count would be every task, and say nothing). Counted by default.
   */
  withBasis?: boolean;
  /** Number of delegations of the workbook's delegations appendix; null or absent when it has none. */
  delegationCount?: number | null;
  lang?: Lang;
}

/**
 * The index "Tổng hợp theo cơ quan": per list its tasks led alone, shared and supported, led tasks by the
 * quarter they end in, led tasks without a legal basis, a link to its sheet or file, and a bar of its led
 * tasks; a totals row, notes saying how the totals add up to the appendix's task count, and the totals by
 * quarter as bars.
 * @example indexSheetSpec(agencyIndex(lists), lists.plan, { sheetName: 'Tổng hợp theo cơ quan', targets, withSupporting: false }).header
 *   // ['STT', 'Cơ quan', 'Trang tính', 'Chủ trì', 'Cùng chủ trì', 'Quý I', …, 'Khác/cả năm', 'Thiếu căn cứ', 'Biểu đồ chủ trì']
 */
export function indexSheetSpec(index: AgencyIndex, plan: Plan, options: IndexSheetOptions): ListSheetSpec {
  const text = listText(options.lang);
  const toFiles = [...options.targets.values()].some((target) => 'file' in target);
  const c = text.indexColumns;
  const header = [c.number, c.agency, toFiles ? c.file : c.sheet, c.led, c.shared];
  if (options.withSupporting) header.push(c.supporting);
  const withBasis = options.withBasis ?? true;
  appendAll(header, [...text.quarters, c.otherTime, ...(withBasis ? [c.lacksBasis] : [])]);
  const delegationCount = options.delegationCount ?? null;
  if (delegationCount !== null) header.push(c.delegations);
  // A picture of the lists' sizes: a bar of the tasks each agency leads, the busiest the longest.
  header.push(c.picture);
  const mostLed = maxOf(
    index.rows.map((row) => row.led),
    0,
  );
  const bar = (count: number) => textBar([[BAR_GLYPH, count]], mostLed, PICTURE_WIDTH);
  const counts = (row: AgencyCounts): number[] => [
    row.led,
    row.shared,
    ...(options.withSupporting ? [row.supporting] : []),
    ...row.byQuarter,
    row.otherTime,
    ...(withBasis ? [row.lacksBasis] : []),
    ...(delegationCount !== null ? [row.delegations] : []),
  ];
  const rows: ListRow[] = index.rows.map((row, i) => ({
    kind: 'task',
    cells: [
      i + 1,
      ...nameCells(listName(row.list, options.lang), options.targets.get(row.list.key)),
      ...counts(row),
      bar(row.led),
    ],
  }));
  rows.push({ kind: 'total', cells: ['', text.total, '', ...counts(index.totals), ''] });
  appendAll(rows, notes(index, text));
  appendAll(rows, quarterLines(index, text));
  if (withBasis) rows.push({ kind: 'note', text: text.indexBasisNote });
  if (delegationCount !== null) rows.push({ kind: 'note', text: text.indexDelegationsNote(delegationCount) });
  const reference = planReferenceLine(plan, text);
  const last = header.length - 1;
  const bounds = header.map((_, i): readonly [number, number] =>
    i === 1 ? [24, 50] : i === 2 ? [10, 32] : i === last ? [PICTURE_WIDTH + 2, PICTURE_WIDTH + 2] : [6, 12],
  );
  return {
    name: options.sheetName,
    tag: 'agency-index',
    footer: text.footer,
    title: [text.indexTitle, ...(reference ? [reference] : [])],
    header,
    widths: fitWidths(header, rows, bounds),
    align: header.map((_, i) => (i === 1 || i === 2 || i === last ? 'left' : 'center')),
    rows,
  };
}

/** The longest bar of the index's pictures, in glyphs, and its glyph. */
const PICTURE_WIDTH = 20;
const BAR_GLYPH = '█';

/** The totals by quarter as bars, one note line each ("Quý II  ████████  25"), when any task ends in one. */
function quarterLines(index: AgencyIndex, text: ListText): ListRow[] {
  const counts = [...index.totals.byQuarter, index.totals.otherTime];
  if (index.totals.byQuarter.every((count) => count === 0)) return [];
  const most = maxOf(counts, 0);
  const names = [...text.quarters, text.indexColumns.otherTime];
  return [
    { kind: 'note', text: text.byQuarter },
    ...counts.map((count, i): ListRow => {
      const bar = textBar([[BAR_GLYPH, count]], most, PICTURE_WIDTH);
      return { kind: 'note', text: `${names[i] ?? ''}  ${bar || '·'}  ${count}` };
    }),
  ];
}

function nameCells(name: string, target: LinkTarget | undefined): ListCell[] {
  if (!target) return [name, ''];
  const where = 'file' in target ? target.file : target.sheet;
  return [
    { text: name, link: target },
    { text: where, link: target },
  ];
}

function notes(index: AgencyIndex, text: ListText): ListRow[] {
  return text
    .indexNotes(index.tasks, index.soleTasks, index.sharedTasks)
    .map((line): ListRow => ({ kind: 'note', text: line }));
}
