import type { Lang } from '../domain';

/** Wording of `task-matrix compare` of its own (the comparison is worded in src/domain/messages). */
export const COMPARE_STRINGS: Record<
  Lang,
  {
    header: (plan: string, tasks: number, sheet: string, file: string, rows: number) => string;
    noAppendix: string;
  }
> = {
  vi: {
    header: (plan, tasks, sheet, file, rows) =>
      `Văn bản "${plan}": ${tasks} nhiệm vụ · Phụ lục: trang "${sheet}" của "${file}": ${rows} dòng nhiệm vụ.`,
    noAppendix:
      'Chưa có phụ lục để so sánh: hãy nêu tệp .xlsx của phụ lục, hoặc dùng tệp .docx có bảng phụ lục trong đó.',
  },
  en: {
    header: (plan, tasks, sheet, file, rows) =>
      `Text "${plan}": ${tasks} tasks · Appendix: sheet "${sheet}" of "${file}": ${rows} task rows.`,
    noAppendix:
      'No appendix to compare with: name the appendix .xlsx, or use a .docx that holds its appendix table.',
  },
};
