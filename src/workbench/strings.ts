import type { Lang } from '../domain';
import type { ContentKind } from '../xlsx';

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
  unkeptTitle: 'Bản vừa tải xuống không giữ được một số nội dung',
  unkept: (what: string, sheets: string) =>
    `Trang ${sheets} đã thay đổi trong lần làm việc này có ${what} mà bàn thử không ghi lại được; các trang khác được giữ nguyên như tệp gốc. Tệp gốc trên máy của bạn không bị thay đổi; để giữ các nội dung đó, hãy dùng phần bổ trợ trong Excel.`,
  contentKinds: {
    chart: 'biểu đồ',
    image: 'hình ảnh',
    threadedComment: 'chuỗi bình luận',
    pivotTable: 'bảng PivotTable',
    slicer: 'bộ lọc slicer',
    macro: 'macro',
    customXml: 'phần dữ liệu XML riêng',
    embedded: 'đối tượng nhúng',
    externalLink: 'liên kết tới tệp khác',
    note: 'ghi chú',
  } as Record<ContentKind, string>,
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
  unkeptTitle: 'The download just made could not keep some content',
  unkept: (what, sheets) =>
    `The sheet(s) ${sheets} changed in this session hold ${what} that the workbench cannot write back; every other sheet is kept as in the original file. Your original file is not changed; to keep them, use the add-in inside Excel.`,
  contentKinds: {
    chart: 'chart(s)',
    image: 'image(s)',
    threadedComment: 'comment thread(s)',
    note: 'note(s)',
    pivotTable: 'PivotTable(s)',
    slicer: 'slicer(s)',
    macro: 'macros',
    customXml: 'custom XML part(s)',
    embedded: 'embedded object(s)',
    externalLink: 'link(s) to other files',
  },
};

export const WORKBENCH_STRINGS: Record<Lang, WorkbenchStrings> = { vi, en };
