import { SHEET_STRINGS } from '../check/strings';
import type { CellGrid } from '../grid';
import { cellText, lastRow } from '../grid';
import type { Lang } from '../messages';
import type { SheetSpec } from '../sheetSpec';
import { foldKey } from '../text';
import type { Review } from './review';

/**
 * The hidden sheet "Phát hiện đã xem": one row per reviewed finding. A sheet, as the settings are, so the
 * add-in, the workbench and the command line all read it, and ExcelJS keeps it when it saves.
 * @example reviewsSheetSpec([{ sheet: 'Phụ lục 1', cell: 'C31', code: 'vague-agency', text: 'Các sở', reason: 'đúng ý', reviewedAt: '06/12/2026 09:15' }]).rows[0]
 *   → ['Phụ lục 1', 'C31', 'vague-agency', 'Các sở', 'đúng ý', '06/12/2026 09:15']
 */
export function reviewsSheetSpec(reviews: readonly Review[], lang: Lang = 'vi'): SheetSpec {
  const t = SHEET_STRINGS[lang];
  return {
    name: t.reviewsSheet,
    tag: 'reviews',
    title: [t.reviewsTitle],
    header: [...t.reviewsHeader],
    rows: reviews.map((r) => [r.sheet, r.cell, r.code, r.text, r.reason, r.reviewedAt]),
    widths: [18, 8, 24, 60, 30, 18],
    hidden: true,
  };
}

const HEADERS = (['vi', 'en'] as const).map((lang) =>
  SHEET_STRINGS[lang].reviewsHeader.slice(0, 3).map(foldKey).join('|'),
);

/**
 * The reviews written in the sheet, in either language's header; rows without a sheet, cell or code are
 * not reviews (an officer's note below the table) and are left out.
 */
export function readReviewsSheet(grid: CellGrid): Review[] {
  const text = (row: number, col: number) => cellText(grid, row, grid.left + col);
  let header: number | undefined;
  for (let row = grid.top; row <= Math.min(lastRow(grid), grid.top + 9) && header === undefined; row++)
    if (HEADERS.includes([0, 1, 2].map((col) => foldKey(text(row, col))).join('|'))) header = row;
  if (header === undefined) return [];
  const reviews: Review[] = [];
  for (let row = header + 1; row <= lastRow(grid); row++) {
    const [sheet, cell, code, cellTextThen, reason, reviewedAt] = [0, 1, 2, 3, 4, 5].map((c) => text(row, c));
    if (!sheet || !cell || !code) continue;
    reviews.push({
      sheet,
      cell: cell.toUpperCase(),
      code,
      text: cellTextThen ?? '',
      reason: reason ?? '',
      reviewedAt: reviewedAt ?? '',
    });
  }
  return reviews;
}
