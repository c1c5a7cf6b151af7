import type { CellCitations } from '../../legal';
import type { RuleInput } from '../types';

/** One Căn cứ cell: a merged area shared by several tasks is checked, and reported, once. */
export interface BasisCell {
  rowNumber: number;
  column: string;
  cell: string;
  text: string;
  citations: CellCitations;
}

export function basisCells({ appendix, analyses }: RuleInput): BasisCell[] {
  const column = appendix.columns.basis;
  if (column === undefined) return [];
  const seen = new Set<string>();
  const cells: BasisCell[] = [];
  appendix.tasks.forEach((task, i) => {
    const cell = task.mergedFrom.basis ?? `${column}${task.rows[0]}`;
    if (task.basis.trim() === '' || seen.has(cell)) return;
    seen.add(cell);
    const analysis = analyses[i];
    if (!analysis) return;
    cells.push({
      rowNumber: Number(cell.slice(column.length)),
      column,
      cell,
      text: task.basis,
      citations: analysis.citations,
    });
  });
  return cells;
}
