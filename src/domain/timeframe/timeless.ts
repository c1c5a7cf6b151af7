import { foldKey } from '../text';

/** Why a time cell the parser cannot read says no time at all. */
export type TimelessReason = 'no-time' | 'year-cut-off';

// Words a time expression is made of, folded: any of them (or a digit) and the cell is at least trying
// to say when ("Theo lộ trình của Đề án", "Trong quá trình thực hiện", "Khi có yêu cầu").
const TIME_WORDS =
  /\b(?:ngay|thang|quy|nam|tuan|giai doan|thuong xuyen|lien tuc|hang|dinh ky|trong|theo|khi|sau|truoc|den|tu|suot|kip thoi|lo trinh|tien do|thoi gian|thoi han|thoi diem|som|han|dai han|trung han|ngan han|hien nay|tiep theo|dot|ky)\b/u;

// A month or year whose year is cut off: "Tháng 01 - 02/2", "02/20", "Tháng 01- 02/" (105/2025/UBTVQH15 as
// published), "năm 20".
const YEAR_CUT_OFF = /(?:\d{1,2}\s*\/\s*\d{0,3}|(?:^|\s)năm\s+\d{1,3})\s*[.;]?$/u;

/**
 * The reason a time cell names no time, or undefined when it names one (read or not): "Bộ Công an xây
 * dựng kế hoạch triển khai" (175/NQ-CP 2023, the lead's words in the time column), "Đã hoàn thành"
 * (844/QĐ-TTg 2026), a year cut off.
 * @example timelessReason('Đã hoàn thành') === 'no-time'
 * @example timelessReason('Tháng 01 - 02/20') === 'year-cut-off'
 * @example timelessReason('Trong quá trình thực hiện Đề án') === undefined
 */
export function timelessReason(text: string): TimelessReason | undefined {
  const key = foldKey(text);
  if (key === '') return undefined;
  if (YEAR_CUT_OFF.test(text.normalize('NFC').toLowerCase().trim())) return 'year-cut-off';
  if (/\d/u.test(key) || TIME_WORDS.test(key)) return undefined;
  return 'no-time';
}
