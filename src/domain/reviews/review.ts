import type { CellGrid } from '../grid';
import { cellText, parseArea } from '../grid';
import type { Finding } from '../schema';

/**
 * The officer's word on one finding: seen, and left as it is (with a reason, if they gave one). It holds
 * while the cell's text is what it was when reviewed; once the cell changes, the finding counts again.
 */
export interface Review {
  sheet: string;
  cell: string;
  code: string;
  /** The cell's text when the finding was reviewed. */
  text: string;
  reason: string;
  /** When, as the officer reads it ("06/12/2026 09:15"); the edge owns the clock. */
  reviewedAt: string;
}

export interface ReviewedFinding {
  finding: Finding;
  review: Review;
}

const keyOf = (sheet: string, cell: string, code: string) => `${sheet}\u0000${cell}\u0000${code}`;

/** The text of a finding's cell on the checked sheet, as a review records it ('' for an empty cell). */
export function findingCellText(grid: CellGrid, cell: string): string {
  const { top: rowNumber, left: column } = parseArea(cell);
  const value = grid.values[rowNumber - grid.top]?.[column - grid.left];
  return typeof value === 'string' ? value : cellText(grid, rowNumber, column);
}

/** Whether the officer can mark this finding reviewed: it names a cell of the checked sheet. */
export function isReviewable(finding: Finding): boolean {
  return finding.cell !== undefined && finding.sheet === undefined;
}

/**
 * Sets the reviewed findings apart: a finding of the checked sheet whose cell still holds the text it
 * held when the officer reviewed it is no longer open (not marked, not counted), but listed apart. `live`
 * are the reviews still worth keeping: another sheet's, and this sheet's whose cell has not changed.
 * @example setAsideReviewed(findings, reviews, grid) // { open: [...], reviewed: [{ finding, review }], live }
 */
export function setAsideReviewed(
  findings: readonly Finding[],
  reviews: readonly Review[],
  grid: CellGrid,
): { open: Finding[]; reviewed: ReviewedFinding[]; live: Review[] } {
  if (reviews.length === 0) return { open: [...findings], reviewed: [], live: [] };
  const live = reviews.filter(
    (review) => review.sheet !== grid.sheetName || review.text === findingCellText(grid, review.cell),
  );
  const byKey = new Map(live.map((review) => [keyOf(review.sheet, review.cell, review.code), review]));
  const open: Finding[] = [];
  const reviewed: ReviewedFinding[] = [];
  for (const finding of findings) {
    const review =
      isReviewable(finding) && finding.cell
        ? byKey.get(keyOf(grid.sheetName, finding.cell, finding.code))
        : undefined;
    if (review) reviewed.push({ finding, review });
    else open.push(finding);
  }
  return { open, reviewed, live };
}

/** The reviews to save after the officer reviews `added` and takes back `withdrawn` (newest wins). */
export function nextReviews(
  existing: readonly Review[],
  change: { added?: readonly Review[]; withdrawn?: readonly Review[] },
): Review[] {
  const gone = new Set(
    [...(change.added ?? []), ...(change.withdrawn ?? [])].map((r) => keyOf(r.sheet, r.cell, r.code)),
  );
  return [...existing.filter((r) => !gone.has(keyOf(r.sheet, r.cell, r.code))), ...(change.added ?? [])];
}
