import type { Lang } from '../domain';

// Wording of the workbench page around the task pane (the pane has its own, src/taskpane/strings.ts).
const vi = {
  pageTitle: 'Ma trận nhiệm vụ — bàn thử trên trình duyệt',
  toolbarLabel: 'Tệp',
  open: 'Mở tệp .xlsx…',
  openInput: 'Chọn tệp .xlsx để mở',
  sample: 'Mở lại tệp mẫu',
  download: 'Tải xuống',
  fileLabel: 'Tệp đang mở',
  noFile: 'chưa mở tệp nào',
  opening: 'Đang mở tệp…',
  openFailedTitle: 'Không mở được tệp',
  unexpected: (message: string) => `Lỗi ngoài dự kiến khi mở tệp: ${message}`,
  selectedCell: 'Ô đang chọn',
  sheetsLabel: 'Các trang tính',
  gridLabel: (sheet: string) => `Trang tính "${sheet}" (chỉ xem)`,
  rowHeader: 'Dòng',
  truncated: (rows: number) => `Chỉ hiện ${rows} dòng đầu.`,
  dropHint: 'Thả tệp .xlsx vào đây để mở',
  privacy: 'Tệp chỉ được đọc trong trình duyệt này; không gửi đi đâu.',
  markLabel: { error: 'lỗi', warning: 'cảnh báo', info: 'thông tin' },
  hasNote: 'có ghi chú',
};

export type WorkbenchStrings = typeof vi;

const en: WorkbenchStrings = {
  pageTitle: 'Task Matrix — browser workbench',
  toolbarLabel: 'File',
  open: 'Open .xlsx file…',
  openInput: 'Choose an .xlsx file to open',
  sample: 'Reopen the sample',
  download: 'Download',
  fileLabel: 'Open file',
  noFile: 'no file open',
  opening: 'Opening the file…',
  openFailedTitle: 'Could not open the file',
  unexpected: (message) => `Unexpected error while opening the file: ${message}`,
  selectedCell: 'Selected cell',
  sheetsLabel: 'Sheets',
  gridLabel: (sheet) => `Sheet "${sheet}" (read-only)`,
  rowHeader: 'Row',
  truncated: (rows) => `Showing the first ${rows} rows only.`,
  dropHint: 'Drop an .xlsx file here to open it',
  privacy: 'The file is read in this browser only; nothing is sent anywhere.',
  markLabel: { error: 'error', warning: 'warning', info: 'info' },
  hasNote: 'has a note',
};

export const WORKBENCH_STRINGS: Record<Lang, WorkbenchStrings> = { vi, en };
