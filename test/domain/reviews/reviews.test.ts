import type { Finding, Review } from '../../../src/domain';
import { nextReviews, readReviewsSheet, reviewsSheetSpec, setAsideReviewed } from '../../../src/domain';
import { gridFrom, HEADER } from '../../helpers/grid';
import { gridFromSpec } from '../../helpers/specGrid';

const grid = gridFrom(
  [['PHỤ LỤC'], HEADER, [1, 'Việc một', 'Các sở, ngành', 'Quý I'], [2, 'Việc hai', 'Sở Tư pháp', 'Quý II']],
  { sheetName: 'Phụ lục 1' },
);

const finding = (cell: string, code: string): Finding => ({
  code,
  severity: 'warning',
  rowNumber: Number(cell.slice(1)),
  column: cell.charAt(0),
  cell,
  data: {},
});

const review = (cell: string, code: string, text: string, reason = ''): Review => ({
  sheet: 'Phụ lục 1',
  cell,
  code,
  text,
  reason,
  reviewedAt: '06/12/2026 09:15',
});

describe('reviewed findings', () => {
  it('sets apart a reviewed finding while its cell reads as when reviewed', () => {
    const findings = [finding('C3', 'vague-agency'), finding('D4', 'missing-quarter')];
    const reviews = [review('C3', 'vague-agency', 'Các sở, ngành', 'các sở tự phân công')];
    const { open, reviewed, live } = setAsideReviewed(findings, reviews, grid);
    expect(open.map((f) => f.cell)).toEqual(['D4']);
    expect(reviewed.map((r) => [r.finding.cell, r.review.reason])).toEqual([['C3', 'các sở tự phân công']]);
    expect(live).toEqual(reviews);
  });

  it('counts the finding again once the cell has changed, and drops the stale review', () => {
    const stale = review('C3', 'vague-agency', 'Các sở');
    const otherSheet = { ...review('C9', 'vague-agency', 'x'), sheet: 'Phụ lục 2' };
    const { open, reviewed, live } = setAsideReviewed(
      [finding('C3', 'vague-agency')],
      [stale, otherSheet],
      grid,
    );
    expect(open).toHaveLength(1);
    expect(reviewed).toEqual([]);
    expect(live).toEqual([otherSheet]);
  });

  it('reviews only the finding of that code: another rule on the same cell still counts', () => {
    const { open } = setAsideReviewed(
      [finding('C3', 'vague-agency'), finding('C3', 'collective-lead')],
      [review('C3', 'vague-agency', 'Các sở, ngành')],
      grid,
    );
    expect(open.map((f) => f.code)).toEqual(['collective-lead']);
  });

  it('never sets apart a finding of another sheet (the registry) or without a cell', () => {
    const registryFinding = { ...finding('C3', 'vague-agency'), sheet: 'Danh mục cơ quan' };
    const { open } = setAsideReviewed(
      [registryFinding],
      [review('C3', 'vague-agency', 'Các sở, ngành')],
      grid,
    );
    expect(open).toEqual([registryFinding]);
  });

  it('keeps the newest review of a finding and drops the ones taken back', () => {
    const old = review('C3', 'vague-agency', 'Các sở, ngành', 'cũ');
    const other = review('D4', 'missing-quarter', 'Quý II');
    const newer = { ...old, reason: 'mới' };
    expect(nextReviews([old, other], { added: [newer] })).toEqual([other, newer]);
    expect(nextReviews([old, other], { withdrawn: [other] })).toEqual([old]);
  });

  it('reads back what it writes, in Vietnamese or English, and skips rows that are no review', () => {
    const reviews = [
      review('C3', 'vague-agency', 'Các sở,\nngành', '="đúng" theo chỉ đạo'),
      review('D4', 'x', ''),
    ];
    for (const lang of ['vi', 'en'] as const) {
      const spec = reviewsSheetSpec(reviews, lang);
      expect(spec).toMatchObject({ name: 'Phát hiện đã xem', tag: 'reviews', hidden: true });
      const written = gridFromSpec({ ...spec, rows: [...spec.rows, ['ghi chú của cán bộ']] });
      expect(readReviewsSheet(written)).toEqual(reviews);
    }
    expect(readReviewsSheet(gridFrom([['không có bảng']]))).toEqual([]);
  });
});
