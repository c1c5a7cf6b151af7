import { SHEET_STRINGS } from '../check/strings';
import type { CellGrid } from '../grid';
import { cellText, lastRow } from '../grid';
import type { Lang } from '../messages';
import type { SheetSpec } from '../sheetSpec';
import type { TableKind } from '../table';
import { findTableHeader } from '../table';
import { MergeLookup } from '../mergeLookup';
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

const FIELDS = ['sheet', 'cell', 'code', 'text', 'reason', 'reviewedAt'] as const;
type ReviewField = (typeof FIELDS)[number];

/** The reviews sheet as a table kind: the header the add-in writes, in either language. */
const REVIEWS_TABLE: TableKind<ReviewField> = {
  columns: FIELDS.map((field, i) => ({
    field,
    titles: [SHEET_STRINGS.vi.reviewsHeader[i] ?? field, SHEET_STRINGS.en.reviewsHeader[i] ?? field],
    match: 'exact',
  })),
  required: ['sheet', 'cell', 'code'],
  minFields: 3,
  searchRows: 10,
  pick: 'first',
  twoRowHeaders: false,
};

/**
 * The reviews written in the sheet, found by its header (either language, columns in any order); rows
 * without a sheet, cell or code are not reviews (an officer's note below the table) and are left out.
 */
export function readReviewsSheet(grid: CellGrid): Review[] {
  const header = findTableHeader(REVIEWS_TABLE, grid, new MergeLookup(grid));
  if (!header) return [];
  const reviews: Review[] = [];
  for (let row = header.rowNumber + 1; row <= lastRow(grid); row++) {
    const text = (field: ReviewField) => {
      const column = header.fields[field];
      return column === undefined ? '' : cellText(grid, row, column);
    };
    if (!text('sheet') || !text('cell') || !text('code')) continue;
    reviews.push({
      sheet: text('sheet'),
      cell: text('cell').toUpperCase(),
      code: text('code'),
      text: text('text'),
      reason: text('reason'),
      reviewedAt: text('reviewedAt'),
    });
  }
  return reviews;
}
