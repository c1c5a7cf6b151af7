import { findProvinceIn, levelAt } from '../agencies/provinceNames';
import { parseVietnameseDate } from '../text';
import type { Paragraph } from './planParagraphs';

/** What the plan's own first lines say of it (Nghị định 30/2020/NĐ-CP's header: body, number, place and date, type and title). */
export interface PlanHeader {
  /** "Kế hoạch", "Quyết định", …; null when the type line is missing. */
  documentType: string | null;
  /** "58/KH-UBND"; "/KH-UBND" for a draft whose number is left blank; null when there is no "Số:" line. */
  number: string | null;
  /** "ngày 11 tháng 03 năm 2024" as written (a draft may leave the day blank). */
  dateText: string | null;
  /** yyyy-mm-dd when the date is complete and valid. */
  date: string | null;
  /** The first and last days the date can be: a draft's "ngày   tháng 3 năm 2025" is some day of March. */
  earliest: string | null;
  latest: string | null;
  title: string | null;
  /** "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu", when the header says whose plan it is. */
  issuer: string | null;
}

const TYPES = ['KẾ HOẠCH', 'QUYẾT ĐỊNH', 'CHƯƠNG TRÌNH', 'THÔNG BÁO', 'CHỈ THỊ', 'NGHỊ QUYẾT', 'ĐỀ ÁN'];
const TYPE_LINE = new RegExp(`^(${TYPES.join('|')})(?![\\p{L}])\\s*(.*)$`, 'u');
const NUMBER_LINE = /^Số\s*:?\s*(\S*\/\S+)/iu;
const DATE_LINE = /^([^,]{2,40}),\s*(ngày\b.*)$/iu;
const COUNCIL = /ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN/u;

/**
 * The plan's facts from the paragraphs before its first heading.
 * @example planHeader(planParagraphs('ỦY BAN NHÂN DÂN\nSố: 58/KH-UBND\nBà Rịa - Vũng Tàu, ngày 11 tháng 03 năm 2024\nKẾ HOẠCH\nHOẠT ĐỘNG ĐỐI NGOẠI NĂM 2024'))
 *   → { documentType: 'Kế hoạch', number: '58/KH-UBND', date: '2024-03-11', title: 'HOẠT ĐỘNG ĐỐI NGOẠI NĂM 2024', issuer: 'Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu', … }
 */
export function planHeader(preamble: readonly Paragraph[]): PlanHeader {
  const texts = preamble.map((p) => p.text);
  const number = firstMatch(texts, NUMBER_LINE)?.[1] ?? null;
  const dated = firstMatch(texts, DATE_LINE);
  const dateText = dated?.[2]?.trim() ?? null;
  const parsed = dateText ? parseVietnameseDate(dateText) : undefined;
  const date = parsed?.valid ? (parsed.iso ?? null) : null;
  const typeAt = texts.findIndex((text) => TYPE_LINE.test(text));
  const typeMatch = typeAt >= 0 ? TYPE_LINE.exec(texts[typeAt] ?? '') : null;
  const title = typeMatch ? titleFrom(typeMatch[2] ?? '', texts.slice(typeAt + 1)) : null;
  const head = typeAt >= 0 ? texts.slice(0, typeAt) : texts.slice(0, 6);
  const council = head.some((text) => COUNCIL.test(text)) || /-UBND$/u.test(number ?? '');
  const province = findProvinceIn(
    [...head.filter((t) => !/^CỘNG HÒA|^CHỦ NGHĨA/u.test(t)), dated?.[1] ?? ''].join('\n'),
  );
  const { earliest, latest } = date ? { earliest: date, latest: date } : dateBounds(dateText ?? '');
  const level = province ? (levelAt(province, earliest) ?? province.level) : undefined;
  return {
    documentType: typeMatch?.[1] ? sentenceCase(typeMatch[1]) : null,
    number,
    dateText,
    date,
    earliest,
    latest,
    title,
    issuer: council && province ? `Ủy ban nhân dân ${level} ${province.name}` : null,
  };
}

const PARTIAL_DATE = /tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})|năm\s+((?:19|20)\d{2})/iu;

/** @example dateBounds('ngày   tháng 3 năm 2025') → { earliest: '2025-03-01', latest: '2025-03-31' } */
function dateBounds(dateText: string): { earliest: string | null; latest: string | null } {
  const match = PARTIAL_DATE.exec(dateText);
  if (!match) return { earliest: null, latest: null };
  if (match[3]) return { earliest: `${match[3]}-01-01`, latest: `${match[3]}-12-31` };
  const month = Number(match[1]);
  if (month < 1 || month > 12) return { earliest: null, latest: null };
  const prefix = `${match[2]}-${String(month).padStart(2, '0')}`;
  return { earliest: `${prefix}-01`, latest: `${prefix}-${daysIn(Number(match[2]), month)}` };
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function firstMatch(texts: readonly string[], pattern: RegExp): RegExpExecArray | null {
  for (const text of texts) {
    const match = pattern.exec(text);
    if (match) return match;
  }
  return null;
}

// The title follows the type on its line ("KẾ HOẠCH Công tác đối ngoại …") or on the capitalised lines
// under it ("KẾ HOẠCH" / "HOẠT ĐỘNG ĐỐI NGOẠI NĂM 2024 …").
function titleFrom(sameLine: string, below: readonly string[]): string | null {
  if (sameLine !== '') return sameLine;
  const lines: string[] = [];
  for (const text of below) {
    // A line in capitals under the type is the title's, "THỰC HIỆN NGHỊ QUYẾT SỐ 48/NQ-CP …" included (556/KH-UBND
    // Đồng Tháp 2025): the preamble ("Căn cứ …", "Thực hiện …") is written in sentence case.
    if (text !== text.toLocaleUpperCase('vi')) break;
    lines.push(text);
  }
  return lines.length > 0 ? lines.join(' ') : null;
}

function sentenceCase(text: string): string {
  const lower = text.toLocaleLowerCase('vi');
  return lower.charAt(0).toLocaleUpperCase('vi') + lower.slice(1);
}

/**
 * The appendix's reference line, as a plan's appendix says it: "(Kèm theo Kế hoạch số 58/KH-UBND ngày
 * 11 tháng 03 năm 2024 của Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu)"; undefined when the header gives
 * neither number nor date.
 */
export function attachedToLine(header: PlanHeader): string | undefined {
  if (header.number === null && header.dateText === null) return undefined;
  const parts = [
    `Kèm theo ${header.documentType ?? 'Kế hoạch'}`,
    header.number === null ? '' : ` số ${header.number}`,
    header.dateText === null ? '' : ` ${header.dateText}`,
    header.issuer === null ? '' : ` của ${header.issuer}`,
  ];
  return `(${parts.join('')})`;
}
