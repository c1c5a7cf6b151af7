import type { RowView } from '../port';
import type { Appendix } from '../schema';
import type { AgencyList } from './types';
import { maxOf } from '../arrays';

/**
 * The rows of the appendix sheet to leave visible when the officer filters it for one agency: the rows of
 * every task in the agency's list (its continuation rows too), and the section and group rows above them,
 * so the tasks keep their context. Everything else between the header and the table's last row is hidden.
 * Supporting tasks ("Phối hợp") count as the agency's tasks too.
 * @example agencyRowView(appendix, listOf('so-ke-hoach-va-dau-tu')).visibleRows
 *   → [21, 24, 25, 29, 31, …] (section rows and the five task rows of Sở Kế hoạch và Đầu tư)
 */
export function agencyRowView(appendix: Appendix, list: AgencyList): RowView {
  const visible = new Set<number>();
  for (const entry of [...list.led, ...list.supporting]) {
    for (let row = entry.task.rows[0]; row <= entry.task.rows[1]; row++) visible.add(row);
    for (const section of entry.sections) visible.add(section.rowNumber);
  }
  const lastRow = Math.max(appendix.headerRow, maxOf(appendix.rowKinds.map((row) => row.row)));
  return {
    sheetName: appendix.sheet,
    firstRow: appendix.headerRow + 1,
    lastRow,
    visibleRows: [...visible].sort((a, b) => a - b),
  };
}
