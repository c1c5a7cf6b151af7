import type { Lang } from '../messages';

/** "2024-03-11" → "11/03/2024": officers read one date format, dd/mm/yyyy, everywhere (issue 17). */
function vnDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return day && month && year ? `${day}/${month}/${year}` : iso;
}

/** Wording of the sheets the add-in writes (finding wording lives in ../messages). */
export const SHEET_STRINGS = {
  vi: {
    resultSheet: 'Kết quả kiểm tra',
    resultTitle: (sheet: string, headerRow: number) =>
      `KẾT QUẢ KIỂM TRA PHỤ LỤC — trang "${sheet}", dòng tiêu đề ${headerRow}`,
    plan: (reference: string) => `Kế hoạch: ${reference}`,
    checked: (at: string, asOf: string | null) =>
      `Kiểm tra lúc ${at}${asOf ? `; tên cơ quan xét theo ngày ${vnDate(asOf)}` : ''}`,
    counts: (tasks: number, e: number, w: number, i: number, delegations = false) =>
      `${tasks} ${delegations ? 'đoàn' : 'nhiệm vụ'} · ${e} lỗi · ${w} cảnh báo · ${i} thông tin`,
    none: 'Không có phát hiện nào.',
    bySection: 'Theo mục (█ lỗi, ▓ cảnh báo, ░ thông tin):',
    outsideSections: 'Ngoài các mục (tiêu đề, cột)',
    sectionCounts: (e: number, w: number, i: number) =>
      [e && `${e} lỗi`, w && `${w} cảnh báo`, i && `${i} thông tin`].filter(Boolean).join(', '),
    repeated: (count: number, cells: string) => `${count} ô cùng lỗi này: ${cells}`,
    failedTitle: (sheet: string) => `KHÔNG KIỂM TRA ĐƯỢC trang "${sheet}"`,
    resultHeader: ['Ô', 'Dòng', 'Mức độ', 'Quy tắc', 'Nội dung', 'Mã'],
    settingsSheet: 'Cài đặt kiểm tra',
    settingsTitle: 'CÀI ĐẶT KIỂM TRA — Ma trận nhiệm vụ (sửa cột "Giá trị"; để trống là mặc định)',
    settingsHeader: ['Mục', 'Giá trị', 'Ghi chú'],
    planDate: 'Ngày kế hoạch',
    planDateNote:
      'Ngày ban hành kế hoạch khi các dòng tiêu đề không ghi, hoặc để xét tên cơ quan theo ngày khác',
    province: 'Tỉnh/thành phố',
    provinceNote:
      'Tỉnh/thành phố của kế hoạch ("Đồng Nai"), hoặc "Trung ương"; để trống: lấy theo cơ quan ban hành ở dòng tiêu đề',
    period: 'Thời kỳ kế hoạch',
    periodNote: 'Các năm kế hoạch áp dụng ("2025", "2026-2030"); để trống: lấy theo tên kế hoạch',
    recipients: 'Nơi nhận',
    recipientsNote:
      'In dưới danh sách gửi từng cơ quan, sau tên cơ quan đó: mỗi dòng một nơi (Alt+Enter để xuống dòng), ví dụ "- Lưu: VT, NgV."; để trống: không in',
    signature: 'Chữ ký',
    signatureNote:
      'Khối chữ ký dưới danh sách gửi từng cơ quan, mỗi dòng một dòng in (Alt+Enter), dòng trống là chỗ ký: "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Nguyễn Văn A"; để trống: không in',
    ruleNote: (title: string, severity: string) => `${title} (mặc định: ${severity})`,
    values: { off: 'tắt', on: 'bật' },
    reviewsSheet: 'Phát hiện đã xem',
    reviewsTitle:
      'PHÁT HIỆN ĐÃ XEM — Ma trận nhiệm vụ (không tô, không đếm lại chừng nào nội dung ô còn như lúc xem; xoá dòng để tính lại)',
    reviewsHeader: ['Trang', 'Ô', 'Mã', 'Nội dung ô khi xem', 'Lý do', 'Lúc xem'],
    reviewedHeading: (count: number) => `ĐÃ XEM, BỎ QUA (${count}) — không tô, không đếm`,
    choicesSheet: 'Danh sách chọn',
    choicesTitle:
      'DANH SÁCH CHỌN — các ô chọn của phụ lục mới đọc các cột dưới đây (có thể thêm dòng; vẫn gõ được tên khác)',
    choicesHeader: ['Cơ quan', 'Thời gian thực hiện', 'Nguồn kinh phí'],
  },
  en: {
    resultSheet: 'Kết quả kiểm tra',
    resultTitle: (sheet: string, headerRow: number) =>
      `APPENDIX CHECK RESULT — sheet "${sheet}", header row ${headerRow}`,
    plan: (reference: string) => `Plan: ${reference}`,
    checked: (at: string, asOf: string | null) =>
      `Checked at ${at}${asOf ? `; agency names as of ${vnDate(asOf)}` : ''}`,
    counts: (tasks: number, e: number, w: number, i: number, delegations = false) =>
      `${tasks} ${delegations ? 'delegations' : 'tasks'} · ${e} errors · ${w} warnings · ${i} info`,
    none: 'No findings.',
    bySection: 'By section (█ errors, ▓ warnings, ░ info):',
    outsideSections: 'Outside the sections (title, columns)',
    sectionCounts: (e: number, w: number, i: number) =>
      [e && `${e} errors`, w && `${w} warnings`, i && `${i} info`].filter(Boolean).join(', '),
    repeated: (count: number, cells: string) => `the same in ${count} cells: ${cells}`,
    failedTitle: (sheet: string) => `COULD NOT CHECK sheet "${sheet}"`,
    resultHeader: ['Cell', 'Row', 'Severity', 'Rule', 'Message', 'Code'],
    settingsSheet: 'Cài đặt kiểm tra',
    settingsTitle: 'CHECK SETTINGS — Ma trận nhiệm vụ (edit the "Value" column; blank means the default)',
    settingsHeader: ['Item', 'Value', 'Note'],
    planDate: 'Ngày kế hoạch',
    planDateNote:
      "The plan's date when its title rows do not give it, or to judge agency names as of another date",
    province: 'Tỉnh/thành phố',
    provinceNote:
      'The plan\'s province ("Đồng Nai"), or "Trung ương" for a central body; blank: from the issuer in the title rows',
    period: 'Thời kỳ kế hoạch',
    periodNote: 'The years the plan covers ("2025", "2026-2030"); blank: from the plan\'s title',
    recipients: 'Nơi nhận',
    recipientsNote:
      'Printed under each list sent to an agency, after that agency: one recipient per line (Alt+Enter), e.g. "- Lưu: VT, NgV."; blank: not printed',
    signature: 'Chữ ký',
    signatureNote:
      'The signature block under each list sent to an agency, one printed line per line (Alt+Enter), a blank line where the signature goes: "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Nguyễn Văn A"; blank: not printed',
    ruleNote: (title: string, severity: string) => `${title} (default: ${severity})`,
    values: { off: 'off', on: 'on' },
    reviewsSheet: 'Phát hiện đã xem',
    reviewsTitle:
      'REVIEWED FINDINGS — Ma trận nhiệm vụ (not marked or counted while the cell reads as when reviewed; delete a row to count it again)',
    reviewsHeader: ['Sheet', 'Cell', 'Code', 'Cell text when reviewed', 'Reason', 'Reviewed at'],
    reviewedHeading: (count: number) => `REVIEWED, LEFT AS THEY ARE (${count}) — not marked, not counted`,
    choicesSheet: 'Danh sách chọn',
    choicesTitle:
      'CHOICES — the dropdowns of a new appendix read the columns below (rows may be added; other names can still be typed)',
    choicesHeader: ['Cơ quan', 'Thời gian thực hiện', 'Nguồn kinh phí'],
  },
} satisfies Record<Lang, unknown>;
