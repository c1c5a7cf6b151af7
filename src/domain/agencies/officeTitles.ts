/**
 * The titles of the person who answers for a body: "Giám đốc Sở Y tế", "Chủ tịch UBND tỉnh", "Bộ trưởng Bộ
 * Xây dựng", "Người đứng đầu …". A lead written so gives the task to that body (Chỉ thị 254/QĐ-UBND Sơn La
 * 2023: "Thủ trưởng các sở, ban, ngành …; Chủ tịch UBND các huyện …"): its list is the body's, and the name
 * is the body's own, not one the registry lacks.
 */
import type { AgencyToken } from './agencyKey';

const TITLES: ReadonlyArray<readonly string[]> = [
  'chu tich',
  'giam doc',
  'tong giam doc',
  // "Thủ trưởng" and "Thứ trưởng" fold alike: both answer for the body named after them.
  'thu truong',
  'bo truong',
  // "Trưởng Ban Dân tộc", told from "Trường …" (a school) by its written form.
  'truong',
  'chanh van phong',
  'chanh thanh tra',
  'chanh an',
  'thong doc',
  'vien truong',
  'cuc truong',
  'vu truong',
  'tong cuc truong',
  'hieu truong',
  'nguoi dung dau',
  'lanh dao',
  'bi thu',
  'tu lenh',
  'chi huy truong',
].map((title) => title.split(' '));

/**
 * Number of tokens of the office title (with "Phó" before it) starting at token i, or 0. Only a title
 * written with a capital counts: "lãnh đạo" in lower case is a verb.
 * @example officeTitleAt(tokens('Phó Giám đốc Sở Y tế'), 0) === 3
 */
export function officeTitleAt(text: string, tokens: readonly AgencyToken[], i: number): number {
  const first = tokens[i];
  if (!first || first.separator || text.charAt(first.start) === text.charAt(first.start).toLowerCase())
    return 0;
  const from = first.key === 'pho' ? i + 1 : i;
  let best = 0;
  for (const title of TITLES)
    if (
      title.length > best &&
      title.every((word, k) => tokens[from + k]?.key === word && !tokens[from + k]?.separator) &&
      (title.length > 1 || written(text, tokens[from]) === 'trưởng')
    )
      best = title.length;
  return best === 0 ? 0 : from - i + best;
}

function written(text: string, token: AgencyToken | undefined): string {
  return token ? text.slice(token.start, token.end).normalize('NFC').toLowerCase() : '';
}
