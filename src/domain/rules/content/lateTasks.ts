import type { RuleInput } from '../types';

// An appendix of tasks already late ("Tổng hợp các nhiệm vụ chậm muộn", "… quá hạn chưa hoàn thành",
// 624/TB-VPCP 2025) lists past deadlines on purpose: they are its subject, not slips.
const LATE_TASKS = /qu[áa] h[ạa]n|ch[ậa]m (?:mu[ộo]n|ti[ếe]n [đd][ộo])|t[ồo]n [đd][ọo]ng/iu;

// A report on how assigned tasks went ("KẾT QUẢ THỰC HIỆN NHIỆM VỤ 6 THÁNG ĐẦU NĂM 2025", "(Kèm theo Báo cáo số
// 120/BC-UBND …)", session 21 probe): its deadlines were set by the plan it reports on, past by design.
const REPORT_TITLE =
  /^(?:báo cáo|kết quả thực hiện|tình hình thực hiện|tiến độ thực hiện|tổng hợp kết quả)/iu;

/**
 * Whether the appendix reports on tasks assigned before it — a list of late tasks, or a report on progress —
 * rather than assigning them: past deadlines, bodies named as the original documents named them and results
 * not yet filled in are its subject, not its slips.
 */
export function reportsOnAssignedTasks(input: RuleInput): boolean {
  const { plan, sections } = input.appendix;
  if (plan.documentType === 'Báo cáo') return true;
  if ([plan.title, plan.appendixName].some((text) => text !== null && REPORT_TITLE.test(text.trim())))
    return true;
  return [plan.title, plan.appendixName, ...sections.map((s) => s.title)].some(
    (text) => text !== null && text !== undefined && LATE_TASKS.test(text),
  );
}
