import type { Lang } from '../domain';

/** Wording of `task-matrix compare` (differences are worded in src/domain/messages). */
export const COMPARE_STRINGS: Record<
  Lang,
  {
    header: (plan: string, tasks: number, sheet: string, file: string, rows: number) => string;
    summary: (
      pairs: number,
      split: number,
      planOnly: number,
      appendixOnly: number,
      differing: number,
    ) => string;
    planOnly: (count: number) => string;
    appendixOnly: (count: number) => string;
    differing: (count: number) => string;
    at: (unit: 'line' | 'paragraph', line: number, tt: string) => string;
    noAppendix: string;
    aboutText: string;
  }
> = {
  vi: {
    header: (plan, tasks, sheet, file, rows) =>
      `Văn bản "${plan}": ${tasks} nhiệm vụ · Phụ lục: trang "${sheet}" của "${file}": ${rows} dòng nhiệm vụ.`,
    summary: (pairs, split, planOnly, appendixOnly, differing) =>
      `Ghép được ${pairs} cặp${split ? ` (${split} dòng phụ lục tách từ một nhiệm vụ của văn bản)` : ''}; ${planOnly} nhiệm vụ chỉ có trong văn bản; ${appendixOnly} dòng chỉ có trong phụ lục; ${differing} cặp khác nhau.`,
    planOnly: (count) => `Chỉ có trong văn bản, không thấy trong phụ lục (${count}):`,
    appendixOnly: (count) => `Chỉ có trong phụ lục, không thấy trong văn bản (${count}):`,
    differing: (count) => `Văn bản và phụ lục ghi khác nhau (${count}):`,
    at: (unit, line, tt) => `${unit === 'line' ? 'Dòng' : 'Đoạn'} ${line}${tt ? ` (${tt})` : ''}`,
    noAppendix:
      'Chưa có phụ lục để so sánh: hãy nêu tệp .xlsx của phụ lục, hoặc dùng tệp .docx có bảng phụ lục trong đó.',
    aboutText: 'Về văn bản kế hoạch:',
  },
  en: {
    header: (plan, tasks, sheet, file, rows) =>
      `Text "${plan}": ${tasks} tasks · Appendix: sheet "${sheet}" of "${file}": ${rows} task rows.`,
    summary: (pairs, split, planOnly, appendixOnly, differing) =>
      `${pairs} pairs${split ? ` (${split} appendix rows split from one task of the text)` : ''}; ${planOnly} tasks only in the text; ${appendixOnly} rows only in the appendix; ${differing} pairs differ.`,
    planOnly: (count) => `Only in the text, not found in the appendix (${count}):`,
    appendixOnly: (count) => `Only in the appendix, not found in the text (${count}):`,
    differing: (count) => `The text and the appendix differ (${count}):`,
    at: (unit, line, tt) => `${unit === 'line' ? 'Line' : 'Paragraph'} ${line}${tt ? ` (${tt})` : ''}`,
    noAppendix:
      'No appendix to compare with: name the appendix .xlsx, or use a .docx that holds its appendix table.',
    aboutText: 'About the plan text:',
  },
};
