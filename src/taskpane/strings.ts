import type { Lang } from '../domain';

/** Wording of the task pane itself; finding and error wording comes from src/domain/messages. */
export interface Strings {
  title: string;
  intro: string;
  readButton: string;
  reading: string;
  resultLabel: string;
  sheet: string;
  headerRow: string;
  plan: string;
  planMissing: string;
  dated: (date: string) => string;
  countsHeading: string;
  sections: string;
  groups: string;
  tasks: string;
  continuationRows: string;
  findingsHeading: (count: number) => string;
  noFindings: string;
  row: (rowNumber: number) => string;
  failedTitle: string;
  unexpected: (message: string) => string;
}

export const STRINGS: Record<Lang, Strings> = {
  vi: {
    title: 'Ma trận nhiệm vụ',
    intro: 'Mở trang tính có phụ lục nhiệm vụ của kế hoạch, rồi bấm nút dưới đây.',
    readButton: 'Đọc trang hiện tại',
    reading: 'Đang đọc trang tính…',
    resultLabel: 'Kết quả đọc trang tính',
    sheet: 'Trang tính',
    headerRow: 'Dòng tiêu đề',
    plan: 'Kế hoạch',
    planMissing: 'không thấy số, ngày kế hoạch',
    dated: (date) => `ngày ${date}`,
    countsHeading: 'Đọc được',
    sections: 'Mục',
    groups: 'Nhóm',
    tasks: 'Nhiệm vụ',
    continuationRows: 'Dòng nối tiếp',
    findingsHeading: (count) => `Điểm cần rà soát (${count})`,
    noFindings: 'Không có điểm nào cần rà soát.',
    row: (rowNumber) => `Dòng ${rowNumber}`,
    failedTitle: 'Không đọc được trang tính',
    unexpected: (message) => `Lỗi ngoài dự kiến khi đọc trang tính: ${message}`,
  },
  en: {
    title: 'Task Matrix',
    intro: "Open the sheet with the plan's task appendix, then press the button below.",
    readButton: 'Read the active sheet',
    reading: 'Reading the sheet…',
    resultLabel: 'What was read from the sheet',
    sheet: 'Sheet',
    headerRow: 'Header row',
    plan: 'Plan',
    planMissing: 'no plan number or date found',
    dated: (date) => `dated ${date}`,
    countsHeading: 'Read',
    sections: 'Sections',
    groups: 'Groups',
    tasks: 'Tasks',
    continuationRows: 'Continuation rows',
    findingsHeading: (count) => `Points to review (${count})`,
    noFindings: 'Nothing to review.',
    row: (rowNumber) => `Row ${rowNumber}`,
    failedTitle: 'Could not read the sheet',
    unexpected: (message) => `Unexpected error while reading the sheet: ${message}`,
  },
};
