/**
 * What one piece of a time-frame cell is. Each reader matches the whole canonical piece (anchored regexes
 * that fail on the first word for the other kinds); the first reader that matches wins, so the order
 * settles overlaps: "thường xuyên trong năm" is recurring before it could be a year, "theo quý" is
 * recurring before it could be linked, "hoàn thành trong tháng 6" is a deadline before it could be a month.
 */
import type { Cadence, TimePoint, TimeframePart } from './schema';
import { readDate, readMonths, readPoint, readQuarters } from './grammar';
import { isoDate } from './facts';

type Reader = (canonical: string, text: string) => TimeframePart | undefined;

const year = (group: string | undefined) => (group === undefined ? {} : { year: Number(group) });

// "Đột xuất" (ad hoc, as need arises: "Thường xuyên, đột xuất"), session 21 probe.
const STANDING = String.raw`(?:thuong xuyen|lien tuc|dinh ky|dot xuat)`;
const UNIT = String.raw`(6 thang|3 thang|nua nam|nam|quy|thang|tuan|ngay)`;
const IN_THE_YEAR = String.raw`(?: trong (?:thang|quy|tuan))?(?: (?:trong|ca|suot|trong ca|trong suot) nam(?: (\d{4}))?)?`;
// "Thường xuyên", "thường xuyên trong năm", "Định kỳ 6 tháng", "định kỳ hằng năm", "Hằng/Hàng năm", "theo quý".
// "Định kỳ 2 năm/lần": every so many units.
const EVERY_N = String.raw`(?: \d{1,2} (?:nam|quy|thang|tuan) \/ lan)`;
// "định kỳ (6 tháng/ năm)": the unit in brackets, "/năm" after it (58/KH-UBND Bà Rịa - Vũng Tàu 2024).
// The bracket may stay open: a bracket parts pieces, so the piece read whole ends before ")".
const BRACKETED_UNIT = / \( (6 thang|3 thang|nam|quy|thang|tuan)(?: \/ nam)?(?: \))?$/;
const RECURRING = new RegExp(
  String.raw`^(?:(${STANDING}(?: (?:, |va )?${STANDING})*)(?: (?:hang |moi )?${UNIT}|${EVERY_N})?|(?:hang|moi|theo) ${UNIT})${IN_THE_YEAR}$`,
);
// Standing work whenever something asks for it: "Thường xuyên khi có yêu cầu …", "Định kỳ theo thời gian quy
// định" — recurring, what follows says what calls for it.
const STANDING_WHEN = new RegExp(
  String.raw`^${STANDING}(?: (?:hang |moi )?${UNIT})? (?:khi|theo|moi khi) .+`,
);
const CADENCE_OF_UNIT: Readonly<Record<string, Cadence>> = {
  '6 thang': 'half-yearly',
  'nua nam': 'half-yearly',
  '3 thang': 'quarterly',
  quy: 'quarterly',
  thang: 'monthly',
  tuan: 'weekly',
  nam: 'yearly',
  // "Hằng ngày" (0130/KH-UBND Đắk Lắk 2025): every day, as good as without a break.
  ngay: 'continuous',
};

const readRecurring: Reader = (canonical, text) => {
  const m = RECURRING.exec(canonical.replace(BRACKETED_UNIT, ' $1'));
  if (!m) {
    const when = STANDING_WHEN.test(canonical);
    const standing = /^thuong xuyen|^lien tuc/.test(canonical) ? 'continuous' : 'periodic';
    return when ? { kind: 'recurring', text, cadence: standing } : undefined;
  }
  const standing = m[1] ?? '';
  const unit = m[3] ?? m[2];
  const cadence: Cadence =
    (unit === undefined ? undefined : CADENCE_OF_UNIT[unit]) ??
    (standing.includes('thuong xuyen') || standing.includes('lien tuc') ? 'continuous' : 'periodic');
  return { kind: 'recurring', text, cadence, ...year(m[4]) };
};

// "Các năm tiếp theo", "những tháng sau" (after a year: every one after it), "từng giai đoạn"; a day of each
// following year or month: "Trước ngày 31/01 năm liền kề", "chậm nhất là ngày 05 của tháng liền kề" (reports).
// "Từ năm 2013 đến năm 2020 và tiếp theo" (252/KH-BCĐQG1237 2013): on after the period.
const EVERY_NEXT =
  /^(?:trong )?(?:(?:cac|nhung) (nam|quy|thang) (?:tiep theo|sau do|sau)|(?:cac nam |nhung nam )?tiep theo)$/;
const EACH_STAGE = /^(?:(?:tung|moi|cac) (?:giai doan|dot|ky)|giai doan)$/;
const DAY_OF_NEXT =
  /^(?:truoc|cham nhat(?: la)?|vao|trong) (?:ngay )?\d{1,2}(?: \/ \d{1,2})? (?:cua )?(nam|quy|thang) (?:truoc )?(?:lien ke|tiep theo|sau)$/;

// A time of each year, quarter or month: "Tháng 12 hằng năm", "Trước ngày 15/12 hằng năm", "Quý IV hằng
// năm", "Trước ngày 20 tháng cuối quý".
const EACH_UNIT = / (?:(?:hang|moi) (nam|quy|thang|tuan)|(?:cua )?thang cuoi (quy|nam))$/;
// "Trước ngày thứ Sáu hằng tuần" (Công điện 229/CĐ-TTg 2025), "Hằng tuần (thứ Sáu)": a day of each week.
const WEEKDAY =
  /^(?:(?:truoc|cham nhat(?: la)?|vao|trong) )?(?:ngay )?(?:thu (?:hai|ba|tu|nam|sau|bay)|chu nhat)$/;

// The cadence first, the day after it: "Hằng tháng, trước ngày 25", "Hằng tháng (trước ngày 25)" (session 20
// probe) — the same as "Trước ngày 25 hằng tháng".
const EACH_UNIT_FIRST = /^(?:hang|moi) (nam|quy|thang|tuan) (?:, |\( )?(.+?)(?: \))?$/;

const readEachUnit: Reader = (canonical, text) => {
  const first = EACH_UNIT_FIRST.exec(canonical);
  if (first) return eachUnitOn(first[2] ?? '', first[1] ?? '', text);
  const each = EACH_UNIT.exec(canonical);
  if (!each) return undefined;
  return eachUnitOn(canonical.slice(0, each.index), each[1] ?? each[2] ?? '', text);
};

/** A day or time (`rest`) of every `unit`: "trước ngày 25" of every month. */
function eachUnitOn(rest: string, unit: string, text: string): TimeframePart | undefined {
  // "Quý IV/2026 hằng năm" names one year and every year: not read.
  if (/\d{4}/.test(rest)) return undefined;
  const dated =
    /^(?:truoc|cham nhat(?: la)?|vao|trong) (?:ngay )?\d{1,2}$/.test(rest) ||
    (unit === 'tuan' && WEEKDAY.test(rest)) ||
    [readWithin, readDeadline].some((read) => read(rest, text) !== undefined);
  return dated ? { kind: 'recurring', text, cadence: CADENCE_OF_UNIT[unit] ?? 'periodic' } : undefined;
}

const readEveryNext: Reader = (canonical, text) => {
  const next = EVERY_NEXT.exec(canonical) ?? DAY_OF_NEXT.exec(canonical);
  if (next) return { kind: 'recurring', text, cadence: CADENCE_OF_UNIT[next[1] ?? ''] ?? 'periodic' };
  return EACH_STAGE.test(canonical) ? { kind: 'recurring', text, cadence: 'periodic' } : undefined;
};

// A trigger word and at least one more word: "Theo KH đoàn ra", "khi có yêu cầu", "Dịp kỷ niệm …".
// "Trong quá trình thực hiện Đề án", "Kỳ họp thứ nhất Quốc hội khóa XVI": an event or a stretch of work.
// "Ngay khi nước rút", "trước khi có lũ tràn về", "trong thời gian sớm nhất" (Công điện 96/CĐ-BXD, 0130/KH-UBND
// Đắk Lắk 2025): tied to an event, or as soon as can be.
// "Trước kỳ họp HĐND tỉnh cuối năm 2025", "Trước Tết Nguyên đán", "Mùa mưa bão năm 2025" (session 19 probe).
const LINKED =
  /^(?:theo|tuy|tuy theo|tuy thuoc|phu thuoc|can cu|khi|sau khi|ngay sau khi|ngay khi|truoc khi|den khi|de kip|trong thoi gian|dip|vao dip|nhan dip|trong qua trinh|(?:truoc |tai )?ky hop|truoc (?:tet|dip|le)|mua (?:mua|kho|lu|bao|dong|he)) /;
// Only a closing "năm 2024" dates the task ("Theo Hướng dẫn … năm 2024"); years inside document numbers or
// "ngày 31/12/2021" belong to a citation, not to the time frame.
const LINKED_YEAR = / nam (\d{4})$/;

// Counted from an event: "100 ngày kể từ ngày ban hành Kế hoạch", "Từ ngày ban hành Kế hoạch trở đi"
// (Hà Nội 277/KH-UBND 2026), "03 tháng sau khi …".
const RELATIVE =
  /^(?:(?:trong(?: vong)? |sau )?\d+(?: - \d+)? (?:gio|ngay|tuan|thang|nam)(?: lam viec)? (?:ke tu|tinh tu|sau|sau khi|tu)|(?:ke )?tu (?:ngay|khi) (?:ban hanh|ky|co hieu luc|phe duyet)) /;
// A duration alone, counted from the plan's issue: "Trong 30 ngày", "07 ngày làm việc", "Trong vòng 03
// tháng", "Sau 06 tháng" (work-step plans such as 6582/SYT-QLBHYTCNTT Hà Nội 2026).
const DURATION = /^(?:(?:trong|trong vong|sau|khoang|du kien) )?\d{1,3} (?:ngay|tuan|thang)(?: lam viec)?$/;

const readLinked: Reader = (canonical, text) =>
  LINKED.test(canonical) || RELATIVE.test(canonical) || DURATION.test(canonical)
    ? { kind: 'linked', text, ...year(LINKED_YEAR.exec(canonical)?.[1]) }
    : undefined;

// "Hoàn thành chậm nhất trước ngày 31/12/2025" (Công điện 234/CĐ-TTg 2025).
const DEADLINE_LEAD =
  /^(?:(?:hoan thanh|xong|ket thuc)(?: (?:truoc|trong|vao|cham nhat(?: la)?(?: (?:vao|truoc))?))?|truoc|cham nhat(?: la)?(?: (?:vao|truoc))?|han chot(?: la)?|thoi han(?: hoan thanh)?(?: la)?) /;

const readDeadline: Reader = (canonical, text) => {
  const lead = DEADLINE_LEAD.exec(canonical);
  const by = lead && readPoint(canonical.slice(lead[0].length));
  return by ? { kind: 'deadline', text, by } : undefined;
};

// "Giai đoạn 2026 - 2027", "trong giai đoạn …", "Hoàn thành trong giai đoạn …" (done within it).
const PERIOD_LEAD = /^(?:hoan thanh )?(?:trong )?giai doan /;
// "Năm học 2025 - 2026": a school year runs over the two.
const YEAR_RANGE = /^(?:(?:cac )?nam (?:hoc )?|tu nam )?(\d{4}) (?:-|den|den nam) (\d{4})$/;
// "đến" first, so the dashes inside "15-3-2024" are not taken for the range.
const FROM_TO = [/^tu (.+?) (?:den|toi) (?:het )?(.+)$/, /^tu (.+?) - (.+)$/];
const TO_ONLY = /^(?:cho )?den (?:het )?(.+)$/;
const OPEN_END = /^tu (.+?) (?:tro di|(?:den|toi) khi .+)$/;
// "Quý IV/2025- Quý II/2026", "Tháng 10/2025 - Tháng 3/2026": two points with their years and a bare dash.
const POINT_TO_POINT = /^((?:quy|thang) .+? \d{4}) - ((?:quy|thang) .+? \d{4})$/;

function readFromTo(s: string): { from?: TimePoint; to: TimePoint } | undefined {
  for (const pattern of FROM_TO) {
    const m = pattern.exec(s);
    const to = m && readPoint(m[2] ?? '');
    if (!m || !to) continue;
    // "từ nay đến năm 2025": the start is today, i.e. open.
    if (m[1] === 'nay') return { to };
    const from = readPoint(m[1] ?? '');
    if (from) return { from, to };
  }
  return undefined;
}

// "sau năm 2028", "từ sau năm 2027" (2530/QĐ-TTg 2025): from the year after, open-ended.
const AFTER_YEAR = /^(?:tu )?sau nam (\d{4})$/;

function readRange(s: string): { from?: TimePoint; to?: TimePoint } | undefined {
  const years = YEAR_RANGE.exec(s);
  if (years) return { from: { year: Number(years[1]) }, to: { year: Number(years[2]) } };
  const after = AFTER_YEAR.exec(s);
  if (after) return { from: { year: Number(after[1]) + 1 } };
  if (s.startsWith('tu ')) {
    const fromTo = readFromTo(s);
    if (fromTo) return fromTo;
    // "Từ tháng 11/2025 đến khi kết thúc Tổng kiểm kê" (1627/QĐ-UBND Quảng Ngãi 2025), "Từ tháng 11/2013 trở
    // đi": from a point, to an event or on.
    const onward = OPEN_END.exec(s);
    const from = readPoint(onward ? (onward[1] ?? '') : s.slice('tu '.length));
    return from && { from };
  }
  const to = TO_ONLY.exec(s);
  const point = to ? readPoint(to[1] ?? '') : undefined;
  if (point) return { to: point };
  const points = POINT_TO_POINT.exec(s);
  const [from, end] = points ? [readPoint(points[1] ?? ''), readPoint(points[2] ?? '')] : [];
  return from && end ? { from, to: end } : undefined;
}

const readPeriod: Reader = (canonical, text) => {
  const range = readRange(canonical.replace(PERIOD_LEAD, ''));
  return range ? { kind: 'period', text, ...range } : undefined;
};

// Words before a quarter, month, date or year that do not change which one is meant.
// "Tuần 1 tháng 12/2025", "Đợt 1: tháng 11/2025", "Tuần đầu tháng 2/2026": a week or a round inside the month
// names the month; "Quanh năm" (all year round) is "Cả năm".
const LEAD =
  /^(?:(?:trong|vao|du kien|trong thoi gian|suot|ca|quanh|cuoi|dau|giua|(?:tuan|dot) (?:\d{1,2}|dau|cuoi|thu \d{1,2}|thu (?:nhat|hai|ba|tu))(?: :)?) )+/;
// "Năm 2024", "trong năm 2024", "2024"; "trong năm" and "Cả năm" (the plan's year) need their lead word.
const YEAR_ALONE = /^(?:nam )?(\d{4})$/;
// "6 tháng", "06 tháng", "Sáu tháng" (session 20 probe), "Nửa" đầu/cuối năm.
const HALF_YEAR = /^(?:0?6 thang|sau thang|nua) (dau|cuoi) nam(?: (\d{4}))?$/;

function readWithin(canonical: string, text: string): TimeframePart | undefined {
  const lead = LEAD.exec(canonical);
  const s = lead ? canonical.slice(lead[0].length) : canonical;
  const y = YEAR_ALONE.exec(s);
  if (y || (lead && s === 'nam')) return { kind: 'year', text, ...year(y?.[1]) };
  const quarters = readQuarters(s);
  if (quarters) return { kind: 'quarter', text, ...quarters };
  const months = readMonths(s);
  if (months) return { kind: 'month', text, ...months };
  const half = HALF_YEAR.exec(s);
  if (half) return { kind: 'half-year', text, half: half[1] === 'dau' ? 1 : 2, ...year(half[2]) };
  const date = readDate(s);
  return date ? { kind: 'date', text, ...date, ...isoDate(date) } : undefined;
}

// A verb, or the word for the work itself: "Nhiệm vụ thường xuyên", "vận hành thường xuyên, liên tục",
// "Bắt đầu triển khai từ năm 2026".
const ACTION_LEAD =
  /^(?:thuc hien|trien khai|to chuc thuc hien|to chuc|van hanh|duy tri|nhiem vu|cong viec|bat dau(?: (?:thuc hien|trien khai))?) /;

const LABEL =
  /^(?:thoi gian(?: thuc hien| hoan thanh)?|thoi han(?: hoan thanh)?|tien do(?: thuc hien)?|hoan thanh) : /;

// Words of the work itself, not of when it is done: "Ban hành kế hoạch", "tổ chức thực hiện", "lắp đặt".
const WORK_VERB =
  '(?:kien toan|to chuc|thuc hien|trien khai|van hanh|duy tri|nang cap|cap nhat|bao cao|hoan thanh|xay dung|ban hanh|lap dat|dau tu|mo rong|thi diem|ra soat|sua doi|bo sung|kiem tra|danh gia|tong ket|so ket|trinh|long ghep)';
// "… và có rà soát, sửa đổi …" (2530/QĐ-TTg 2025): "có" before the verb.
const WORK = new RegExp(`^(?:co )?${WORK_VERB}(?: |$)`);
const NO_DIGIT = /^\D*$/;

/** A piece that only names work (a verb first, no number): "tổ chức thực hiện" after "Quý II/2026 và". */
export function namesWork(canonical: string): boolean {
  return WORK.test(canonical) && NO_DIGIT.test(canonical);
}

// Where the time starts in a sentence of work: "Ban hành kế hoạch trong tháng 01/2026", "… chậm nhất là ngày
// 15/4/2026", "Thí điểm trong giai đoạn 2026 - 2027".
const WHEN_STARTS = / (?=(?:trong|cham nhat|truoc|vao|xong|tu|den|dinh ky|thuong xuyen|hang|sau)(?: |$))/g;

function workThenWhen(canonical: string, text: string): TimeframePart | undefined {
  if (!WORK.test(canonical)) return undefined;
  for (const at of canonical.matchAll(WHEN_STARTS)) {
    const part = readAny(canonical.slice(at.index + 1), text);
    if (part) return part;
  }
  return undefined;
}

// Where the work starts after a time: "định kỳ hằng quý báo cáo về Sở Tài chính".
const WORK_STARTS = new RegExp(` (?=${WORK_VERB}(?: |$))`, 'g');

function whenThenWork(canonical: string, text: string): TimeframePart | undefined {
  for (const at of canonical.matchAll(WORK_STARTS)) {
    // "Quý I/2025: ban hành kế hoạch", "Quý I/2025 - tổng kết": the mark between time and work goes with neither.
    const part = readAny(canonical.slice(0, at.index).replace(/ [-:]$/u, ''), text);
    if (part) return part;
  }
  return undefined;
}

// A time of day: "17 giờ", "16h30", "19h00’", "15:00", "8 giờ 30 phút" (Công điện 229, 232/CĐ-TTg; 0129/KH-UBND
// Đắk Lắk 2025). It narrows the day, not which day: the time is read without it.
const TIME_OF_DAY = / \d{1,2} (?:gio|h|:)(?: \d{2})?(?: phut)?(?: ['’])?(?= |$)/g;
const BEFORE = /^(?:truoc|cham nhat(?: la)?|vao|luc) /;

const readTimeOfDay: Reader = (canonical, text) => {
  const day = ` ${canonical}`.replace(TIME_OF_DAY, '').trim();
  if (day === canonical) return undefined;
  // "Trước 19h00’ hằng ngày": the time of each day's report, the day itself recurring.
  return readAny(day, text) ?? (BEFORE.test(day) ? readAny(day.replace(BEFORE, ''), text) : undefined);
};

// Most cells are "thường xuyên" or a quarter, so those readers come first.
const READERS: readonly Reader[] = [
  readRecurring,
  readWithin,
  readLinked,
  readDeadline,
  readPeriod,
  readEveryNext,
  readEachUnit,
  readTimeOfDay,
];

/**
 * The part a canonical piece denotes, or an `unparsed` part keeping its text.
 * @example classify('quy ii / 2024', 'Quý II/2024') → { kind: 'quarter', text: 'Quý II/2024', quarters: [2], year: 2024 }
 */
export function classify(canonical: string, text: string): TimeframePart {
  // "Thời gian: Quý I/2025", "Thời hạn: 30/6/2025": the column's own word as a label (session 21 probe).
  const label = LABEL.exec(canonical);
  if (label) return classify(canonical.slice(label[0].length), text);
  // "Thực hiện thường xuyên", "Triển khai trong quý III/2026": the verb says nothing of when.
  const verb = ACTION_LEAD.exec(canonical);
  if (verb) {
    const part = classify(canonical.slice(verb[0].length), text);
    if (part.kind !== 'unparsed') return part;
  }
  return (
    readAny(canonical, text) ??
    workThenWhen(canonical, text) ??
    whenThenWork(canonical, text) ?? { kind: 'unparsed', text }
  );
}

/** The part the first reader that knows the whole piece gives, or undefined. */
function readAny(canonical: string, text: string): TimeframePart | undefined {
  for (const read of READERS) {
    const part = read(canonical, text);
    if (part) return part;
  }
  return undefined;
}
