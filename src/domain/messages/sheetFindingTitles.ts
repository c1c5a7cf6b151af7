import type { Lang } from './types';

/**
 * Titles of the findings reported outside the rule catalogue — rows of the officer's own sheets (the
 * settings sheet and the agency registry) — for the result sheet and the task pane's groups.
 */
export const SHEET_FINDING_TITLES: Record<string, Record<Lang, string>> = {
  'invalid-setting': { vi: 'Cài đặt không dùng được', en: 'Unusable setting' },
  'registry-missing-name': { vi: 'Danh mục cơ quan: thiếu tên', en: 'Agency registry: missing name' },
  'registry-invalid-date': { vi: 'Danh mục cơ quan: ngày không hợp lệ', en: 'Agency registry: invalid date' },
  'registry-unknown-successor': {
    vi: 'Danh mục cơ quan: cơ quan kế thừa không có',
    en: 'Agency registry: unknown successor',
  },
  'registry-duplicate-name': { vi: 'Danh mục cơ quan: tên bị trùng', en: 'Agency registry: duplicate name' },
  'registry-no-header': { vi: 'Danh mục cơ quan: thiếu dòng tiêu đề', en: 'Agency registry: no header row' },
  'registry-invalid-short-name': {
    vi: 'Danh mục cơ quan: tên viết tắt không dùng được',
    en: 'Agency registry: unusable short name',
  },
};
