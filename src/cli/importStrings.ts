import type { Lang } from '../domain';

/** Wording of `task-matrix import` (the text's findings are worded in src/domain/messages). */
export const IMPORT_STRINGS: Record<
  Lang,
  {
    written: (out: string) => string;
    fromText: (sheet: string, tasks: number, sections: number) => string;
    fromTable: (sheet: string, kind: string) => string;
    aboutText: string;
    textClean: string;
    checked: (sheet: string) => string;
    noTasks: string;
    outExists: (out: string) => string;
    outNotXlsx: (out: string) => string;
    notText: (file: string) => string;
    templateWritten: (out: string, table: boolean) => string;
  }
> = {
  vi: {
    written: (out) => `Đã ghi ${out}:`,
    fromText: (sheet, tasks, sections) =>
      `  trang "${sheet}": ${tasks} nhiệm vụ, ${sections} mục, đọc từ thân văn bản;`,
    fromTable: (sheet, kind) =>
      `  trang "${sheet}": bảng ${kind === 'tasks' ? 'nhiệm vụ' : 'đoàn ra'} trong văn bản, chép từng ô (giữ ô gộp);`,
    aboutText: 'Về văn bản kế hoạch:',
    textClean: 'Về văn bản kế hoạch: không có gì cần lưu ý.',
    checked: (sheet) => `Kiểm tra trang "${sheet}" vừa lập:`,
    noTasks: 'Không tìm thấy nhiệm vụ nào trong văn bản.',
    outExists: (out) => `Tệp "${out}" đã có: không ghi đè. Hãy chọn tên khác cho --out.`,
    outNotXlsx: (out) => `--out cần tên tệp .xlsx, không phải "${out}".`,
    templateWritten: (out, table) =>
      `Đã ghi ${out}: trang "Phụ lục" theo mẫu chuẩn${table ? ', dạng bảng Excel (tự mở rộng khi gõ thêm dòng)' : ''} (TT · Nhiệm vụ · Cơ quan chủ trì · Cơ quan phối hợp · Thời gian thực hiện · Căn cứ · Nguồn kinh phí · Ghi chú). Hãy điền số, ngày kế hoạch ở dòng "Kèm theo".`,
    notText: (file) =>
      `Không đọc được "${file}" như văn bản: cần tệp .txt (UTF-8 hoặc UTF-16) hoặc .docx. Với .doc hay .pdf, hãy mở bằng Word và lưu lại dạng .docx.`,
  },
  en: {
    written: (out) => `Wrote ${out}:`,
    fromText: (sheet, tasks, sections) =>
      `  sheet "${sheet}": ${tasks} tasks, ${sections} sections, read from the body;`,
    fromTable: (sheet, kind) =>
      `  sheet "${sheet}": the document's ${kind === 'tasks' ? 'task' : 'delegations'} table, cell by cell (merges kept);`,
    aboutText: 'About the plan text:',
    textClean: 'About the plan text: nothing to note.',
    checked: (sheet) => `Checking the new sheet "${sheet}":`,
    noTasks: 'No task found in the text.',
    outExists: (out) => `"${out}" already exists: not overwritten. Choose another name for --out.`,
    outNotXlsx: (out) => `--out needs an .xlsx file name, not "${out}".`,
    templateWritten: (out, table) =>
      `Wrote ${out}: sheet "Phụ lục" in the standard layout${table ? ', as an Excel table (it grows as rows are typed below it)' : ''}. Fill in the plan's number and date on its "Kèm theo" line.`,
    notText: (file) =>
      `"${file}" cannot be read as text: a .txt (UTF-8 or UTF-16) or .docx file is needed. Save a .doc or .pdf as .docx from Word first.`,
  },
};
