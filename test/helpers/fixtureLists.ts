/**
 * Expected lists of Kế hoạch 58/KH-UBND, sheet "Phụ lục 1", written out by hand from the lead column (C)
 * as the reader gives it: [first row, TT, other leads of a shared task]. A task with no other leads is led
 * alone. Variants found by reading the cells: C31 "Sở Kế hoạch - Đầu tư", C84 "Sở Kế hoạch-Đầu tư";
 * C60–C65, C96 "Liên hiệp các tổ chức hữu nghị" without "tỉnh". Shared by the domain tests of the lists
 * and the adapter tests of the sheets drawn from them.
 */
export type Expected = ReadonlyArray<readonly [number, string, ...string[]]>;

export const SO_NGOAI_VU: Expected = [
  [7, ''],
  [10, '1'],
  [12, '3'],
  [15, '5.1'],
  [20, '7', 'Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh'],
  [26, '12'],
  [27, '13'],
  [28, '14'],
  [30, '16'],
  [44, '1'],
  [46, '3'],
  [47, '4'],
  [50, '7'],
  [71, '1'],
  [72, '2'],
  [73, '3'],
  [76, '1', 'Sở Nội vụ'],
  [77, '2'],
  [81, '1'],
  [82, '2'],
  [83, '3'],
  [89, '9', 'Sở Công Thương', 'Sở Kế hoạch và Đầu tư'],
  [91, '11'],
  [98, '1'],
  [100, '2.1'],
  [102, '3', 'Sở Thông tin và Truyền thông', 'Các cơ quan có liên quan'],
  [103, '4', 'Đài Phát thanh và Truyền hình tỉnh'],
  [104, '5'],
  [108, ''],
  [111, '2.2'],
  [112, '2.3'],
  [113, '2.4'],
  [114, '2.5'],
  [115, '3'],
  [119, '3'],
  [120, '4'],
  [122, '1'],
  [123, '2', 'Sở Tư pháp'],
  [124, '3'],
  [125, '4'],
  [126, '5'],
];

export const LIEN_HIEP: Expected = [
  [59, '1.1'],
  [60, '1.2'],
  [61, '1.3'],
  [62, '2'],
  [64, '3.1'],
  [65, '3.2'],
  [66, '3.3'],
  [67, '3.4'],
  [68, '3.5'],
  [69, '3.6'],
  [74, '4'],
  [96, '4'],
  [127, '6'],
];

export const SO_KE_HOACH_DAU_TU: Expected = [
  [24, '10', 'Sở Nông nghiệp và Phát triển nông thôn'],
  [25, '11'],
  [31, '17'],
  [84, '4', 'Sở Công Thương', 'Các cơ quan có liên quan'],
  [89, '9', 'Sở Công Thương', 'Sở Ngoại vụ'],
];

// The lead cells naming more than one agency: C11, C13, C20, C24, C76, C84, C86, C89, C94, C95, C102,
// C103, C123.
export const MULTI_LEAD_ROWS = [11, 13, 20, 24, 76, 84, 86, 89, 94, 95, 102, 103, 123];
