/**
 * File names for the lists written outside Excel. They must survive Windows (reserved device names,
 * < > : " / \ | ? *, trailing dots and spaces, 255 characters), and zip tools and mail gateways that
 * mangle non-ASCII names, so an agency's file is named by its registry id ("so-ngoai-vu"), numbered in
 * index order; the full name is inside, in the title row.
 */
import type { AgencyList } from './types';

// eslint-disable-next-line no-control-regex -- control characters are what is being removed
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f\u007f]/gu;
// CON, PRN, AUX, NUL, COM0–9, LPT0–9 (and the superscript digits Windows also reserves), with or without
// an extension: "NUL.xlsx" is the device too.
const RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(?:\.|$)/iu;
const MAX_STEM = 80;

/**
 * A stem (name without extension) Windows accepts: forbidden characters become "-", no leading or trailing
 * dots and spaces, a reserved device name prefixed with "_", at most `maxLength` characters.
 * @example safeFileName('CON') === '_CON'
 * @example safeFileName('Sở LĐ/TB&XH. ') === 'Sở LĐ-TB&XH'
 */
export function safeFileName(stem: string, maxLength = MAX_STEM): string {
  let name = trimEnds(stem.replace(FORBIDDEN, '-'));
  if (RESERVED.test(name)) name = `_${name}`;
  name = trimEnds(name.slice(0, maxLength));
  return name === '' ? 'tep' : name;
}

function trimEnds(name: string): string {
  return name.replace(/^[\s.]+|[\s.]+$/gu, '');
}

/** The index workbook's file name (ASCII, first in a folder listing). */
export const INDEX_FILE_NAME = '00-tong-hop.xlsx';

const UNIDENTIFIED_STEM = 'chua-xac-dinh';

/**
 * File names for the lists, in their order: "01-so-ngoai-vu.xlsx", … (two digits, more when needed), so
 * a folder sorts like the index and no two names clash, even on a case-insensitive file system.
 * @example agencyFileNames(lists).slice(0, 2) // ['01-van-phong-doan-dbqh-hdnd-tinh.xlsx', '02-so-ngoai-vu.xlsx'] for Kế hoạch 58
 */
export function agencyFileNames(lists: readonly AgencyList[]): string[] {
  const digits = Math.max(2, String(lists.length).length);
  return lists.map((list, index) => {
    const number = String(index + 1).padStart(digits, '0');
    return `${safeFileName(`${number}-${list.entry?.id ?? UNIDENTIFIED_STEM}`)}.xlsx`;
  });
}
