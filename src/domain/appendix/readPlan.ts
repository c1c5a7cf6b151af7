import type { CellGrid } from '../grid';
import { lastColumn } from '../grid';
import type { MergeLookup } from '../mergeLookup';
import { findProvinceIn } from '../agencies/provinceNames';
import type { Plan } from '../schema';
import { normalizeText, parseVietnameseDate } from '../text';
import { maxOf } from '../arrays';

export interface TitleLine {
  rowNumber: number;
  text: string;
}

const APPENDIX = /^(ph[uụ]\s*l[uụ]c(?:\s+(?:s[oố]\s*)?[0-9IVXLC]+[a-z]?)?)\s*[:.\-–—]?\s*(.*)$/iu;
const REFERENCE_HINT = /(k[eè]m\s+theo|ban\s+h[aà]nh\s+k[eè]m)/iu;
const DOCUMENT_TYPES = [
  'Kế hoạch',
  'Quyết định',
  'Chương trình',
  'Nghị quyết',
  'Đề án',
  'Công văn',
  'Thông báo',
  'Chỉ thị',
  'Hướng dẫn',
  // An appendix of a report on progress (session 21 probe).
  'Báo cáo',
];
const DOC_TYPE = new RegExp(`(${DOCUMENT_TYPES.join('|')})`, 'iu');
// 58/KH-UBND, 12/2023/QĐ-UBND, 124-KH/TU: the symbol runs up to a space, comma, semicolon or bracket.
const DOC_NUMBER = /(?:số\s*:?\s*)?(\d+(?:\/\d{4})?\s*[/-]\s*[\p{L}\d&]+(?:\s*[-/]\s*[\p{L}\d&.]+)*)/u;
const ISSUER = /\bcủa\s+(.+?)\s*\)?\s*$/iu;
// "năm 2025" that is not the end of a date ("ngày 30 tháng 4 năm 2025" cites a document).
const YEAR_IN_TITLE = /(?<!tháng\s+\d{1,2}\s+)năm\s+((?:19|20)\d{2})/iu;

// A law named with its year ("LUẬT ĐẦU TƯ CÔNG NĂM 2024", "Hiến pháp năm 2013", "Bộ luật Lao động năm 2019"):
// the year is the law's, not the plan's (session 23 probe: a 2025 list of the regulations that law delegates
// had its 2025 deadlines "outside the plan year 2024"). Not the law in general ("pháp luật năm 2026", "các luật
// mới năm 2025"), which the plan's year qualifies.
const NAMED_LAW =
  /(?<!(?:pháp|các|những|một số)\s+)\b(?:(?:bộ\s+)?luật|pháp\s+lệnh)\s+(?!năm\b)[^,;:()]{1,100}?\s+năm\s+(?:19|20)\d{2}|hiến\s+pháp\s+năm\s+(?:19|20)\d{2}/giu;

/** The title with the years of the laws it names taken out (see NAMED_LAW). */
function withoutNamedLaws(title: string): string {
  return title.replace(NAMED_LAW, ' ');
}

/** The title rows above the header: the text of each non-empty row, cells joined left to right. */
export function titleLines(grid: CellGrid, merges: MergeLookup, headerRow: number): TitleLine[] {
  const lines: TitleLine[] = [];
  for (let rowNumber = grid.top; rowNumber < headerRow; rowNumber++) {
    const parts: string[] = [];
    for (let column = grid.left; column <= lastColumn(grid); column++) {
      const source = merges.source(rowNumber, column);
      if (source.inherited) continue;
      const text = normalizeText(source.text);
      if (text !== '') parts.push(text);
    }
    if (parts.length > 0) lines.push({ rowNumber, text: parts.join(' ') });
  }
  return lines;
}

/**
 * Plan metadata from the title rows: appendix name, title, the plan's number, date and issuer.
 * @example readPlan([{ rowNumber: 1, text: 'PHỤ LỤC 1' }, …, { rowNumber: 3, text: '(Kèm theo Kế hoạch số 58/KH-UBND ngày 11 tháng 03 năm 2024 của …)' }])
 *   → { appendixName: 'PHỤ LỤC 1', number: '58/KH-UBND', date: '2024-03-11', year: 2024, … }
 */
export function readPlan(lines: readonly TitleLine[]): { plan: Plan; referenceRow?: number } {
  let appendixName: string | null = null;
  const titleParts: string[] = [];
  let referenceLine: TitleLine | undefined;
  for (const line of lines) {
    const appendix: RegExpExecArray | null = appendixName === null ? APPENDIX.exec(line.text) : null;
    if (appendix) {
      appendixName = appendix[1] ?? null;
      // What stood above "PHỤ LỤC" is the document's letterhead, not the appendix's title.
      titleParts.length = 0;
      if (appendix[2]) titleParts.push(appendix[2]);
    } else if (!referenceLine && REFERENCE_HINT.test(line.text)) {
      referenceLine = line;
    } else if (!referenceLine && !isLetterhead(line.text)) {
      titleParts.push(line.text);
    }
  }
  const title = titleParts.length > 0 ? titleParts.join(' ') : null;
  const reference = referenceLine ? parseReference(referenceLine.text) : undefined;
  // "… ĐẾN NĂM 2030" is the plan's horizon, not its year (Hà Nội 310/KH-UBND 2025).
  const dated = title ? withoutNamedLaws(title) : null;
  const yearFromTitle = dated
    ? Number(YEAR_IN_TITLE.exec(dated.replace(new RegExp(UNTIL.source, 'giu'), ''))?.[1] ?? NaN)
    : NaN;
  const plan: Plan = {
    appendixName,
    title,
    reference: referenceLine?.text ?? null,
    documentType: reference?.documentType ?? null,
    number: reference?.number ?? null,
    date: reference?.date?.iso ?? null,
    dateText: reference?.date?.text ?? null,
    issuer: reference?.issuer ?? null,
    year: reference?.date?.valid
      ? reference.date.year
      : Number.isFinite(yearFromTitle)
        ? yearFromTitle
        : (reference?.year ?? null),
    ...(reference?.earliestDate ? { earliestDate: reference.earliestDate } : {}),
    ...jurisdiction(reference?.issuer ?? null, lines),
  };
  plan.period = planPeriod(title, plan.year);
  return { plan, ...(referenceLine ? { referenceRow: referenceLine.rowNumber } : {}) };
}

// A document's letterhead pasted above the table (session 21 probe): the issuer's name, the national motto,
// the number and the place and date. None of it is the appendix's title.
const LETTERHEAD = [
  /^(?:THỦ TƯỚNG )?CHÍNH PHỦ$/u,
  /^CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM/iu,
  /^Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc/iu,
  /^Số\s*:/iu,
  /^[\p{L} .'-]{2,40},\s*ngày\s/u,
  /^[-–—_=*\s]+$/u,
];

function isLetterhead(text: string): boolean {
  return ISSUER_HEADING.test(text) || LETTERHEAD.some((pattern) => pattern.test(text));
}

function parseReference(text: string) {
  const typeMatch = DOC_TYPE.exec(text);
  const afterType = typeMatch ? text.slice(typeMatch.index + typeMatch[0].length) : text;
  // A draft leaves the number blank ("Kế hoạch số        /KH-UBND"): no number, not the date's digits.
  const blankNumber = /^\s*số\s*[:.]?\s*\//iu.test(afterType);
  const number = blankNumber ? null : (DOC_NUMBER.exec(afterType)?.[1]?.replace(/\s+/g, '') ?? null);
  const date = parseVietnameseDate(text);
  const issuerText = date ? text.slice(text.indexOf(date.text) + date.text.length) : afterType;
  const issuer = ISSUER.exec(issuerText)?.[1] ?? null;
  return {
    documentType: typeMatch ? capitalize(typeMatch[1] ?? '') : null,
    number,
    date,
    issuer,
    ...(date ? {} : monthOnly(text)),
  };
}

// "ngày        /12/2025", "ngày    tháng 12 năm 2025": a draft's date with the day left blank; "ngày / /2025",
// "ngày    tháng    năm 2025" (Hà Nội 310/KH-UBND 2025): the month too, the year still given.
const MONTH_ONLY =
  /ngày[\s.…_]*(?:\/\s*(\d{1,2})?\s*\/\s*((?:19|20)\d{2})|tháng\s+(\d{1,2})?\s*năm\s+((?:19|20)\d{2}))/iu;

function monthOnly(text: string): { earliestDate?: string; year?: number } {
  const match = MONTH_ONLY.exec(text);
  if (!match) return {};
  const month = Number(match[1] ?? match[3] ?? 0);
  const year = Number(match[2] ?? match[4]);
  if (month < 1 || month > 12) return { year };
  return { earliestDate: `${year}-${String(month).padStart(2, '0')}-01`, year };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1).toLowerCase();
}

const CENTRAL_ISSUER =
  /^(?:thủ tướng|chính phủ|văn phòng chính phủ|bộ\s|quốc hội|ủy ban thường vụ quốc hội|ban chấp hành trung ương|bộ chính trị)/iu;

/**
 * The issuer's province and level, from the reference line's issuer or, failing that, the title rows
 * ("UBND tỉnh Đồng Nai", "Thủ tướng Chính phủ").
 * @example jurisdiction('Ủy ban nhân dân tỉnh Đồng Nai', []) → { province: 'dong-nai', level: 'province' }
 */
function jurisdiction(issuer: string | null, lines: readonly TitleLine[]): Pick<Plan, 'province' | 'level'> {
  const issuerText = issuer ?? '';
  if (CENTRAL_ISSUER.test(issuerText.trim())) return { province: null, level: 'central' };
  // "… của UBND thành phố" under "ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ", "… của Tỉnh ủy" under "TỈNH ỦY ĐỒNG NAI": the
  // issuer's own heading names the province the reference line leaves out.
  const heading = issuer ? lines.filter((l) => ISSUER_HEADING.test(l.text.trim())) : lines;
  const province = findProvinceIn(issuerText) ?? findProvinceIn(heading.map((l) => l.text).join('\n'));
  return province ? { province: province.id, level: 'province' } : { province: null, level: null };
}

const ISSUER_HEADING =
  /^(?:ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND|TỈNH ỦY|TỈNH UỶ|THÀNH ỦY|THÀNH UỶ|HỘI ĐỒNG NHÂN DÂN)\s/u;

const RANGE = /(?:giai\s+đoạn\s+)?\b((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})\b/iu;
const UNTIL = /đến\s+năm\s+((?:19|20)\d{2})/iu;

/**
 * The years the plan covers, read from its title.
 * @example planPeriod('… GIAI ĐOẠN 2026 - 2030', 2026) → { from: 2026, to: 2030 }
 * @example planPeriod('… ĐẾN NĂM 2030, TẦM NHÌN ĐẾN NĂM 2045', 2026) → { from: 2026, to: 2045 }
 * @example planPeriod('… NĂM 2024', 2024) → { from: 2024, to: 2024 }
 */
export function planPeriod(title: string | null, year: number | null): Plan['period'] {
  const text = withoutNamedLaws(title ?? '');
  const untils = [...text.matchAll(new RegExp(UNTIL.source, 'giu'))].map((m) => Number(m[1]));
  const range = RANGE.exec(text);
  // "GIAI ĐOẠN 2021 – 2025 VÀ ĐỊNH HƯỚNG ĐẾN NĂM 2030": the orientation runs on to its year.
  if (range) return { from: Number(range[1]), to: maxOf([Number(range[2]), ...untils]) };
  if (untils.length > 0) return { from: year, to: maxOf(untils) };
  const single = YEAR_IN_TITLE.exec(text);
  // "NĂM 2026 VÀ CÁC NĂM TIẾP THEO": from that year on.
  if (single) return { from: Number(single[1]), to: ONWARDS.test(text) ? null : Number(single[1]) };
  return year === null ? null : { from: year, to: null };
}

const ONWARDS = /(?:các|những)\s+năm\s+(?:tiếp\s+theo|sau)/iu;
