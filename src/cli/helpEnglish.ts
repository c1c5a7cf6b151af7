/**
 * The English of the commands' help texts, written in Vietnamese where they are declared: `--lang en`
 * shows these. Each pair replaces the start of a description, so a text that ends in a list made at run
 * time (the fixable codes) keeps its list. A description missing here stays Vietnamese (a test lists them).
 */
const ENGLISH: ReadonlyArray<readonly [string, string]> = [
  [
    'Ma trận nhiệm vụ — đọc và kiểm tra phụ lục nhiệm vụ của kế hoạch (.xlsx)',
    "Ma trận nhiệm vụ — reads and checks a plan's task appendix (.xlsx)",
  ],
  [
    'Đọc phụ lục nhiệm vụ trong tệp .xlsx và báo cáo (không bao giờ ghi vào tệp)',
    'Read the task appendix of an .xlsx file and report (never writes to the file)',
  ],
  ['tệp .xlsx (không bao giờ bị ghi)', 'the .xlsx file (never written)'],
  [
    'tệp .xlsx của phụ lục (mặc định: bảng phụ lục trong tệp .docx)',
    "the appendix's .xlsx (default: the appendix table in the .docx)",
  ],
  ['tệp .xlsx sẽ ghi (không ghi đè tệp đã có)', 'the .xlsx to write (an existing file is never overwritten)'],
  ['tệp .xlsx', 'the .xlsx file'],
  [
    'tên trang tính (mặc định: trang giống phụ lục nhiệm vụ nhất)',
    'sheet name (default: the sheet most like a task appendix)',
  ],
  [
    'trang tính của phụ lục (mặc định: trang giống phụ lục nhiệm vụ nhất)',
    "the appendix's sheet (default: the sheet most like a task appendix)",
  ],
  ['in mô hình và các phát hiện dạng JSON', 'print the model and the findings as JSON'],
  ['ngôn ngữ / language', 'language'],
  ['kiểm tra theo ngày này thay cho ngày của kế hoạch', "check as of this date instead of the plan's"],
  ['lập theo ngày này thay cho ngày của kế hoạch', "draw up as of this date instead of the plan's"],
  [
    'tỉnh/thành phố của kế hoạch ("Đồng Nai"), hoặc "Trung ương"',
    'the plan\'s province ("Đồng Nai"), or "Trung ương" for a central body',
  ],
  ['thời kỳ kế hoạch ("2025", "2026-2030")', 'the years the plan covers ("2025", "2026-2030")'],
  [
    'Lập danh sách nhiệm vụ của từng cơ quan: một tệp .xlsx cho mỗi cơ quan và tệp tổng hợp',
    "Draw up each agency's task list: one .xlsx per agency and an index file",
  ],
  ['thư mục ghi các tệp (tạo nếu chưa có)', 'the folder to write the files in (made if missing)'],
  ['ghi đè cả những tệp không do lệnh này tạo ra', 'overwrite files this command did not make, too'],
  [
    'Lập phụ lục nhiệm vụ (.xlsx) từ văn bản kế hoạch (.txt, .docx) rồi kiểm tra phụ lục đó',
    "Make a task appendix (.xlsx) from a plan's text (.txt, .docx), then check it",
  ],
  ['văn bản kế hoạch: .txt (UTF-8) hoặc .docx', "the plan's text: .txt (UTF-8) or .docx"],
  ['văn bản kế hoạch: .docx hoặc .txt', "the plan's text: .docx or .txt"],
  [
    'So sánh nhiệm vụ trong văn bản kế hoạch với phụ lục nhiệm vụ (không ghi vào tệp nào)',
    "Compare the tasks in a plan's text with its task appendix (writes no file)",
  ],
  [
    'Tạo tệp phụ lục nhiệm vụ trống theo mẫu chuẩn (.xlsx)',
    'Make an empty task appendix from the standard template (.xlsx)',
  ],
  [
    'vẽ phần tiêu đề cột và các dòng thành bảng Excel (Table): tự mở rộng, có nút lọc',
    'draw the header and the rows as an Excel table: it grows by itself and has filter buttons',
  ],
  [
    'Sửa các lỗi sửa được tự động (tên cơ quan, ký hiệu văn bản, khoảng trắng, bảng mã) vào một bản sao',
    'Fix what can be fixed automatically (agency names, document symbols, spaces, encodings) into a copy',
  ],
  [
    'bản sao đã sửa (.xlsx, không ghi đè tệp đã có)',
    'the fixed copy (.xlsx; an existing file is never overwritten)',
  ],
  ['chỉ sửa các mã này, cách nhau bởi dấu phẩy', 'fix only these codes, comma-separated'],
  ['chỉ in danh sách ô sẽ sửa, không ghi tệp', 'only print the cells that would change; write nothing'],
  [
    'đánh số lại các nhóm mục có số trùng, bỏ cách hoặc lùi (liên tục từ số đầu)',
    'renumber the groups whose numbers repeat, skip or go back (on from their first number)',
  ],
];

/** A help text in English when it has one; else as written. @example inEnglish('tệp .xlsx') === 'the .xlsx file' */
export function inEnglish(text: string): string {
  for (const [vietnamese, english] of ENGLISH)
    if (text === vietnamese || text.startsWith(`${vietnamese} (`))
      return english + text.slice(vietnamese.length);
  return text;
}
