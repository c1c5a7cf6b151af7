import type { Field } from '../schema';
import { titleMatcher } from '../table';
import type { AppendixKind } from './appendixKind';
import { fundingSourceTitle } from './fundingSources';
import { timeColumnTitle } from './periodTime';

/**
 * Column titles seen in real appendices, per field, the canonical title first. Matching is on folded text
 * (no diacritics, any case, line breaks and extra spaces ignored); a title also matches when it starts
 * with a synonym followed by more words, e.g. "Kinh phí (triệu đồng)". TT titles must match whole (a
 * prefix match would take "TT hành chính công" for the number column).
 */
const SYNONYMS: Partial<Record<Field, readonly string[]>> = {
  tt: ['TT', 'STT', 'Số TT', 'Số thứ tự', 'Thứ tự'],
  task: [
    'Nhiệm vụ',
    'Nhiệm vụ cụ thể',
    'Nội dung',
    'Nội dung nhiệm vụ',
    'Tên nhiệm vụ',
    'Nội dung công việc',
    // A plan of work steps: "TT | Công việc | Đơn vị thực hiện | …" (Sở Y tế Hà Nội 6582/SYT-QLBHYTCNTT 2026).
    'Công việc',
    'Tên công việc',
    'Tên dự án',
    'Tên đề án',
    'Tên văn bản',
    // A list of documents to draft: "TT | Tên Nghị quyết | Cơ quan chủ trì soạn thảo | Thời gian trình" (session
    // 23 probe: no header was found).
    'Tên nghị quyết',
    'Tên quyết định',
    'Tên báo cáo',
    'Tên dự thảo',
    'Tên chính sách',
    // "Đề án, nhiệm vụ", "Nhiệm vụ, giải pháp" (session 16 probe of header wordings).
    'Đề án, nhiệm vụ',
    'Tên đề án, nhiệm vụ',
    'Nhiệm vụ, giải pháp',
    // Targets assigned to a lead, as a task list is ("TT | Chỉ tiêu | Chủ trì", Bắc Ninh 144/KH-UBND 2025).
    'Chỉ tiêu',
    'Tên chỉ tiêu',
    // A programme's activities: "TT | Nhóm hoạt động | Hoạt động | Cơ quan chủ trì | …" (419/QĐ-TTg 2017).
    'Hoạt động',
    'Nội dung hoạt động',
    'Tên hoạt động',
    // Training, events and conferences planned as tasks: "TT | Tên lớp | Đối tượng | Số lượng | Thời gian tổ
    // chức | Cơ quan chủ trì | Kinh phí" (session 23 probe: no header was found at all).
    'Tên lớp',
    'Tên lớp học',
    'Tên khóa học',
    'Tên chuyên đề',
    'Chuyên đề',
    'Tên sự kiện',
    'Tên hội nghị',
    'Tên chương trình',
  ],
  lead: [
    'Cơ quan chủ trì',
    'Cơ quan chủ trì tham mưu',
    'Đơn vị chủ trì',
    'Cơ quan thực hiện',
    'Đơn vị thực hiện',
    'Cơ quan chủ trì thực hiện',
    // Under a merged parent "Cơ quan thực hiện": the child titles alone.
    'Chủ trì',
    // The body that prepares the work for the issuer leads it; "phụ trách" (in charge) too — but not the
    // leader in charge ("Lãnh đạo UBND tỉnh phụ trách"), a person, whose column stays an extra one.
    'Cơ quan tham mưu',
    'Đơn vị tham mưu',
    'Cơ quan phụ trách',
    'Đơn vị phụ trách',
    'Người/đơn vị phụ trách',
    // A list of projects: "Tên dự án | Chủ đầu tư | … | Nguồn vốn" — the investor answers for the project.
    'Chủ đầu tư',
    'Đơn vị chủ đầu tư',
  ],
  partners: [
    'Cơ quan phối hợp',
    'Đơn vị phối hợp',
    'Cơ quan phối hợp thực hiện',
    'Phối hợp',
    // 105/2025/UBTVQH15: "Cơ quan tham gia thẩm tra" beside "Cơ quan chủ trì thẩm tra".
    'Cơ quan tham gia',
    'Đơn vị tham gia',
  ],
  time: [
    'Thời gian thực hiện',
    'Thời gian hoàn thành',
    'Thời hạn',
    'Thời hạn hoàn thành',
    'Tiến độ',
    'Thời gian',
    // A plan of work steps counts days: "Số ngày dự kiến" (Sở Y tế Hà Nội 6582/SYT-QLBHYTCNTT 2026).
    'Số ngày',
    'Số ngày thực hiện',
    'Thời lượng',
    'Lộ trình',
    'Lộ trình thực hiện',
    // "Dự kiến thời gian hoàn thành", "Dự kiến sản phẩm": the estimate said first (session 20 probe).
    'Dự kiến thời gian',
  ],
  basis: [
    'Căn cứ',
    'Căn cứ pháp lý',
    'Cơ sở pháp lý',
    'Căn cứ thực hiện',
    'Văn bản giao nhiệm vụ',
    'Văn bản chỉ đạo',
    'Căn cứ giao nhiệm vụ',
  ],
  // 2530/QĐ-TTg 2025: "Nguồn lực thực hiện" holds the funding sources (I)–(IV) of its footnote.
  funding: [
    'Nguồn kinh phí',
    'Kinh phí',
    'Dự toán',
    'Kinh phí thực hiện',
    'Nguồn vốn',
    'Nguồn lực thực hiện',
    'Dự kiến kinh phí',
    'Kinh phí dự kiến',
  ],
  product: [
    'Sản phẩm',
    'Sản phẩm đầu ra',
    'Kết quả sản phẩm',
    'Hình thức sản phẩm',
    'Kết quả',
    'Kết quả đầu ra',
    'Đầu ra',
    'Đầu ra chủ yếu',
    // 88/NQ-CP 2022 heads it "Sản phẩm, hình thức văn bản": the form of the document the task yields.
    'Hình thức văn bản',
    'Dự kiến sản phẩm',
    'Dự kiến kết quả',
  ],
  note: ['Ghi chú'],
};

const EXACT_ONLY: ReadonlySet<Field> = new Set(['tt']);

/** Last words of a title that name its field when nothing else does ("Cơ quan, tổ chức đảng chủ trì"). */
const ENDINGS: Partial<Record<Field, readonly string[]>> = {
  lead: ['chủ trì', 'chủ trì thực hiện', 'chủ trì tham mưu'],
  partners: ['phối hợp', 'phối hợp thực hiện'],
};

/**
 * Titles that name a field's content outright, taking it from a column that another of its titles heads:
 * "Nguồn vốn" beside "Kinh phí (triệu đồng)" holds the sources the funding checks read (session 21 probe).
 */
const RANKS_FIRST: Partial<Record<Field, readonly string[]>> = {
  funding: ['Nguồn kinh phí', 'Nguồn vốn', 'Nguồn lực thực hiện', 'Nguồn'],
  // The deadline the follow-up tracks, beside the start: "Thời gian bắt đầu" | "Thời gian hoàn thành", or
  // "Bắt đầu" | "Kết thúc" under "Thời gian thực hiện".
  time: ['Thời gian hoàn thành', 'Thời hạn hoàn thành', 'Thời hạn', 'Hoàn thành', 'Kết thúc'],
  // The lead named as such over a project's investor beside it.
  lead: ['Cơ quan chủ trì', 'Đơn vị chủ trì', 'Chủ trì'],
};

/** Generic words that name a field only as the whole title (175/NQ-CP 2023 heads its lead column "Đơn vị"). */
const WHOLE_TITLES: Partial<Record<Field, readonly string[]>> = {
  lead: ['Đơn vị', 'Cơ quan', 'Cơ quan, đơn vị', 'Bộ, ngành', 'Bộ, cơ quan'],
};

/**
 * The task appendix as a table kind: a header naming the task column and at least two other fields, the
 * best such row among the first 30, possibly over two rows.
 */
export const APPENDIX_TABLE: AppendixKind = {
  id: 'tasks',
  name: { vi: 'phụ lục nhiệm vụ', en: 'task appendix' },
  columns: (Object.entries(SYNONYMS) as Array<[Field, readonly string[]]>).map(([field, titles]) => ({
    field,
    titles,
    match: EXACT_ONLY.has(field) ? 'exact' : 'prefix',
    ...(WHOLE_TITLES[field] ? { wholeTitles: WHOLE_TITLES[field] } : {}),
    ...(ENDINGS[field] ? { endings: ENDINGS[field] } : {}),
    ...(RANKS_FIRST[field] ? { ranksFirst: RANKS_FIRST[field] } : {}),
  })),
  required: ['task'],
  expected: ['tt', 'task', 'lead', 'time', 'basis', 'funding'],
  minFields: 3,
  searchRows: 30,
  pick: 'best',
  twoRowHeaders: true,
  valueColumns: [
    // A timetable: "Thời gian thực hiện" over "2026" | "2027" | …, or "Quý I" … "Quý IV", an "x" per period;
    // "Thời gian trình" over "Kỳ họp giữa năm" | "Kỳ họp cuối năm", an "x" under the session.
    { field: 'time', valueTitle: timeColumnTitle, cells: 'marks' },
    // Funding by source: "Kinh phí (triệu đồng)" over "Tổng số" | "NSTW" | "NSĐP" | "Khác", amounts below.
    { field: 'funding', valueTitle: fundingSourceTitle, cells: 'amounts' },
  ],
};

/**
 * The field a task appendix's column title names, or undefined.
 * @example fieldForTitle('Cơ quan chủ trì\ntham mưu') === 'lead'
 * @example fieldForTitle('Kinh phí (triệu đồng)') === 'funding'
 */
export const fieldForTitle = titleMatcher(APPENDIX_TABLE);
