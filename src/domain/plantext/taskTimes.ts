/*
 * The time a task's sentence gives: its deadlines by date, else a time in words (a frequency, urgency, an event).
 */

// A deadline a sentence gives: "trước ngày 15 tháng 11 năm 2025", "trước 17 giờ ngày 27/11/2025", "vào ngày
// 19/12/2025", "trong tháng 12/2025", "hoàn thành trong năm 2025", "trong Quý IV/2025".
export const DEADLINE =
  /(?:từ\s+ngày\s+\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?\s+đến(?:\s+hết)?\s+ngày\s+\d{1,2}\s*\/\s*\d{1,2}(?:\s*\/\s*\d{4})?|(?:hoàn thành\s+)?(?:(?:(?:chậm nhất\s+)?trước|chậm nhất|vào|trong|từ|đến hết|đến)\s+(?:(?:\d{1,2}\s*(?:giờ|h|:)\s*(?:\d{2})?’?\s+)?ngày\s+\d{1,2}(?:\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|\s*\/\s*\d{1,2}\s*\/\s*\d{4})|tháng\s+\d{1,2}(?:\s*\/\s*|\s+năm\s+)\d{4}|qu[ýí]\s+[IV]+(?:\s*\/\s*|\s+năm\s+)\d{4})|(?:trước|trong|đến hết)\s+năm\s+\d{4}))/giu;

/**
 * The deadlines a sentence names, in order, once each.
 * @example deadlinesIn('… kiểm tra trước ngày 15 tháng 11 năm 2025, khánh thành vào ngày 19/12/2025.')
 *   → ['trước ngày 15 tháng 11 năm 2025', 'vào ngày 19/12/2025']
 */
export function deadlinesIn(text: string): string[] {
  return [...new Set([...text.matchAll(DEADLINE)].map((m) => m[0]))];
}

// The times a task gives in words, no date, in order of what says most: a frequency ("trước 19h00’ hằng
// ngày", 0129/KH-UBND Đắk Lắk 2025; "vào 15:00 ngày Chủ nhật hàng tuần", 229/CĐ-TTg 2025; "Định kỳ hàng
// tháng"), urgency ("trong thời gian sớm nhất có thể"), an event ("ngay sau khi lũ rút", 380/NQ-CP 2025;
// "trong 24-48 giờ sau khi nước rút").
const TIME_IN_WORDS: readonly RegExp[] = [
  // A frequency with its time of day or its "định kỳ"; "kế hoạch hàng năm", "Nghị quyết hằng năm" are
  // documents, no time.
  // With its days in brackets and the further reports after it: "định kỳ hàng tháng (trước ngày 18 hàng tháng), 6
  // tháng (trước ngày 18/5), tổng kết năm (trước ngày 30/11 hàng năm)" (2954/QĐ-UBND Sơn La 2025).
  /(?:(?:trước|vào)\s+(?=[^,;.()]*\d)[^,;.()]{1,25}?\s+|định kỳ\s+)(?:hằng|hàng)\s+(?:ngày|tuần|tháng|quý|năm)(?![\p{L}\d])(?:\s*\([^()]{1,60}\)(?:,\s*[^,;.()]{1,25}?\s*\([^()]{1,60}\))*)?/iu,
  /trong thời gian sớm nhất(?:\s+có thể)?/iu,
  /(?:ngay|trong\s+\d+(?:\s*[-–]\s*\d+)?\s*(?:giờ|ngày))\s+(?:sau\s+)?khi(?:\s+(?!(?:với|để|và|nhằm|theo|thì|của)(?!\p{L}))\p{L}+){1,3}/iu,
  // Daily and weekly are times on their own ("báo cáo các cấp hàng ngày", 231/CĐ-TTg 2025), when nothing
  // above says more.
  /(?:hằng|hàng)\s+(?:ngày|tuần)(?![\p{L}\d])/iu,
];
// "- Thường xuyên kiểm tra, đôn đốc …" (4240/UBND-VX TP HCM 2025), "Định kỳ báo cáo …": the task's own first word.
const OPENS_WITH_TIME =
  /^(?:[-+•]\s*)?(thường xuyên|(?:hằng|hàng) năm|định kỳ(?!\s+(?:hằng|hàng)\s))(?![\p{L}])/iu;

/**
 * The time a task's text gives in words when it names no date: its opening "Thường xuyên" or "Định kỳ", else
 * the first frequency, urgency or event it names; '' when none.
 * @example timeInWords('- Thường xuyên kiểm tra, đôn đốc việc cập nhật dữ liệu') === 'Thường xuyên'
 */
export function timeInWords(text: string): string {
  const opening = OPENS_WITH_TIME.exec(text)?.[1];
  if (opening) return opening.charAt(0).toUpperCase() + opening.slice(1);
  for (const form of TIME_IN_WORDS) {
    const time = form.exec(text)?.[0];
    if (time) return time;
  }
  return '';
}
