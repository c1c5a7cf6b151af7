import { foldKey, normalizeText } from '../text';
import type { CountCell } from './schema';

const UNIT = String.raw`(?:\s*(?:người|thành viên|đồng chí|đ/c|ngày|ngày làm việc|ngày\/đoàn|người\/đoàn))?`;
const NUMBER = new RegExp(String.raw`^(?:khoảng\s+|dự kiến\s+)?(\d{1,4})${UNIT}\.?$`, 'iu');
const RANGE = new RegExp(
  String.raw`^(?:khoảng\s+|dự kiến\s+)?(\d{1,4})\s*(?:-|–|đến)\s*(\d{1,4})${UNIT}\.?$`,
  'iu',
);
/** Words that hand the number to someone else's rules or decision. */
const RULE =
  /^(?:theo|do|căn cứ|tùy|tuỳ|sẽ)(?=\s)|(?:^|\s)(?:quy định|quyết định|thông báo|thư mời|lời mời)(?=\s|$)/u;

/** @example readCount('05 người') → { kind: 'number', value: 5 } */
export function readCount(text: string): CountCell {
  const value = normalizeText(text).trim();
  if (value === '') return { kind: 'blank' };
  const number = NUMBER.exec(value);
  if (number) {
    const n = Number(number[1]);
    return n > 0 ? { kind: 'number', value: n } : { kind: 'invalid' };
  }
  const range = RANGE.exec(value);
  if (range) {
    const min = Number(range[1]);
    const max = Number(range[2]);
    return min > 0 && min < max ? { kind: 'range', min, max } : { kind: 'invalid' };
  }
  return RULE.test(value.toLowerCase()) && foldKey(value).split(' ').length >= 3
    ? { kind: 'rule' }
    : { kind: 'invalid' };
}

/** The number a summary adds up: the value, or the top of a range (budgets are planned for it). */
export function countValue(cell: CountCell): number | undefined {
  if (cell.kind === 'number') return cell.value;
  if (cell.kind === 'range') return cell.max;
  return undefined;
}

/**
 * The count a group's title declares: "Các đoàn đào tạo, bồi dưỡng: 04 đoàn" → 4.
 * @example declaredCount('… logistics: 07 đoàn') === 7
 */
export function declaredCount(title: string): number | undefined {
  const match = /(?:^|[\s:(])(\d{1,3})\s+đoàn\b\)?\s*[.:;]?\s*$/u.exec(normalizeText(title));
  return match ? Number(match[1]) : undefined;
}
