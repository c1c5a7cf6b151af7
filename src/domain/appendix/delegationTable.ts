import type { Field } from '../schema';
import type { AppendixKind } from './appendixKind';

/**
 * The delegations appendix ("đoàn ra", Phụ lục 2 of Kế hoạch 58/KH-UBND Bà Rịa - Vũng Tàu 2024): TT · Nơi đến
 * · Thời gian · Lĩnh vực · Mục đích · Thành phần đoàn đi · Số người · Số ngày · Cơ quan chủ trì tham mưu ·
 * Nguồn kinh phí. The purpose is the row's "task": what the delegation is sent to do.
 */
const TITLES: Partial<Record<Field, readonly string[]>> = {
  tt: ['TT', 'STT', 'Số TT', 'Số thứ tự'],
  destination: [
    'Nơi đến',
    'Nước đến',
    'Quốc gia đến',
    'Địa điểm đến',
    'Nước, vùng lãnh thổ đến',
    'Quốc gia, vùng lãnh thổ',
    'Quốc gia/vùng lãnh thổ',
  ],
  time: ['Thời gian', 'Thời gian dự kiến', 'Thời gian thực hiện', 'Dự kiến thời gian', 'Thời điểm'],
  area: ['Lĩnh vực', 'Lĩnh vực hợp tác'],
  task: ['Mục đích', 'Mục đích, nội dung', 'Mục đích chuyến đi', 'Nội dung', 'Nội dung làm việc'],
  members: ['Thành phần đoàn đi', 'Thành phần đoàn', 'Thành phần', 'Trưởng đoàn'],
  people: ['Số người', 'Số lượng', 'Số thành viên', 'Số lượng thành viên', 'Số lượng người'],
  days: ['Số ngày', 'Số ngày làm việc'],
  lead: [
    'Cơ quan chủ trì tham mưu',
    'Cơ quan chủ trì',
    'Đơn vị chủ trì',
    'Cơ quan tham mưu',
    'Đơn vị tham mưu',
    'Cơ quan đề xuất',
  ],
  funding: ['Nguồn kinh phí', 'Kinh phí', 'Kinh phí dự kiến', 'Dự toán kinh phí', 'Dự toán'],
  note: ['Ghi chú'],
};

/** A header naming where the delegation goes and at least three more fields. */
export const DELEGATION_TABLE: AppendixKind = {
  id: 'delegations',
  name: { vi: 'danh sách đoàn ra', en: 'delegations abroad' },
  fieldNames: {
    task: { vi: 'Mục đích', en: 'Purpose' },
    time: { vi: 'Thời gian', en: 'Time' },
    lead: { vi: 'Cơ quan chủ trì tham mưu', en: 'Lead agency' },
  },
  columns: (Object.entries(TITLES) as Array<[Field, readonly string[]]>).map(([field, titles]) => ({
    field,
    titles,
    match: field === 'tt' ? 'exact' : 'prefix',
    ...(field === 'lead' ? { endings: ['chủ trì', 'tham mưu'] } : {}),
  })),
  required: ['destination'],
  expected: ['tt', 'destination', 'time', 'task', 'people', 'days', 'lead', 'funding'],
  minFields: 4,
  searchRows: 30,
  pick: 'best',
  twoRowHeaders: true,
};
