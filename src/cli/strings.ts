import type { Lang } from '../domain';

/** Wording of the command line's own output (finding wording lives in src/domain/messages). */
export const STRINGS = {
  vi: {
    sheetNamed: (sheet: string, kind: string) => `Trang "${sheet}": ${kind}`,
    sheetAuto: (sheet: string, kind: string, others: string) =>
      `Trang "${sheet}": ${kind} (tự chọn: trang giống phụ lục nhiệm vụ nhất${others ? `; ${others}` : ''})`,
    otherSheet: (sheet: string, score: number, kind: string | undefined) =>
      score > 0
        ? `"${sheet}": ${kind ?? 'phụ lục'}, ${score} cột nhận ra`
        : `"${sheet}": không có tiêu đề phụ lục`,
    header: (row: number, columns: string) => `Dòng tiêu đề: ${row} · Cột: ${columns}`,
    extraColumns: (columns: string) => `Cột bổ sung (giữ nguyên): ${columns}`,
    plan: (text: string) => `Kế hoạch: ${text}`,
    planMissing: 'Kế hoạch: không thấy số/ngày ở các dòng trên tiêu đề',
    appendix: (text: string) => `Phụ lục: ${text}`,
    dated: (date: string) => `ngày ${date}`,
    by: (issuer: string) => `của ${issuer}`,
    year: (year: number) => `(năm ${year})`,
    period: (from: number | null, to: number | null) =>
      to === null ? `(từ năm ${from ?? '?'})` : from === to ? `(năm ${to})` : `(${from ?? '?'}–${to})`,
    central: '· cấp trung ương',
    province: (name: string) => `· địa phương: ${name}`,
    counts: (s: {
      sections: number;
      groups: number;
      tasks: number;
      continuationRows: number;
      blankRows: number;
      notes: number;
    }) =>
      `Đọc được: ${s.sections} mục, ${s.groups} nhóm, ${s.tasks} nhiệm vụ; ${s.continuationRows} dòng nối tiếp, ${s.blankRows} dòng trống, ${s.notes} ghi chú.`,
    findings: (e: number, w: number, i: number) => `Phát hiện: ${e} lỗi, ${w} cảnh báo, ${i} thông tin.`,
    none: 'Không có phát hiện nào.',
    reviewed: (count: number) =>
      `Đã xem, bỏ qua trong add-in: ${count} phát hiện (không đếm; trang "Phát hiện đã xem").`,
    chose: (sheet: string, kind: string) => `Đã chọn trang "${sheet}": ${kind}.`,
    help: {
      titles: {
        'Usage:': 'Cách dùng:',
        'Options:': 'Tùy chọn:',
        'Commands:': 'Lệnh:',
        'Arguments:': 'Tham số:',
        'Global Options:': 'Tùy chọn chung:',
      } as Record<string, string>,
      usage: { '[options]': '[tùy chọn]', '[command]': '[lệnh]' } as Record<string, string>,
      option: 'hiện hướng dẫn này',
      command: 'hiện hướng dẫn của một lệnh',
    },
    internalError: (what: string) =>
      `Lỗi nội bộ của công cụ (${what}). Đây là lỗi phần mềm, không phải lỗi của tệp: hãy báo cho nhóm phát triển, kèm lệnh đã chạy và tệp nếu được.`,
  },
  en: {
    sheetNamed: (sheet: string, kind: string) => `Sheet "${sheet}": ${kind}`,
    sheetAuto: (sheet: string, kind: string, others: string) =>
      `Sheet "${sheet}": ${kind} (picked: the most task-appendix-like sheet${others ? `; ${others}` : ''})`,
    otherSheet: (sheet: string, score: number, kind: string | undefined) =>
      score > 0
        ? `"${sheet}": ${kind ?? 'appendix'}, ${score} known columns`
        : `"${sheet}": no appendix header`,
    header: (row: number, columns: string) => `Header row: ${row} · Columns: ${columns}`,
    extraColumns: (columns: string) => `Extra columns (kept): ${columns}`,
    plan: (text: string) => `Plan: ${text}`,
    planMissing: 'Plan: no number/date in the rows above the header',
    appendix: (text: string) => `Appendix: ${text}`,
    dated: (date: string) => `dated ${date}`,
    by: (issuer: string) => `by ${issuer}`,
    year: (year: number) => `(year ${year})`,
    period: (from: number | null, to: number | null) =>
      to === null ? `(from ${from ?? '?'})` : from === to ? `(year ${to})` : `(${from ?? '?'}–${to})`,
    central: '· central level',
    province: (name: string) => `· province: ${name}`,
    counts: (s: {
      sections: number;
      groups: number;
      tasks: number;
      continuationRows: number;
      blankRows: number;
      notes: number;
    }) =>
      `Read: ${s.sections} sections, ${s.groups} groups, ${s.tasks} tasks; ${s.continuationRows} continuation rows, ${s.blankRows} blank rows, ${s.notes} notes.`,
    findings: (e: number, w: number, i: number) => `Findings: ${e} errors, ${w} warnings, ${i} info.`,
    none: 'No findings.',
    reviewed: (count: number) =>
      `Reviewed and dismissed in the add-in: ${count} findings (not counted; sheet "Phát hiện đã xem").`,
    chose: (sheet: string, kind: string) => `Picked sheet "${sheet}": ${kind}.`,
    help: {
      titles: {} as Record<string, string>,
      usage: {} as Record<string, string>,
      option: 'display this help',
      command: 'display help for a command',
    },
    internalError: (what: string) =>
      `Internal error in the tool (${what}). This is a bug, not a problem with the file: please report it with the command you ran and, if you can, the file.`,
  },
} satisfies Record<Lang, unknown>;
