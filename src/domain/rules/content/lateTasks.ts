import type { RuleInput } from '../types';

// An appendix of tasks already late ("Tổng hợp các nhiệm vụ chậm muộn", "… quá hạn chưa hoàn thành",
// 624/TB-VPCP 2025) lists past deadlines on purpose: they are its subject, not slips.
const LATE_TASKS = /qu[áa] h[ạa]n|ch[ậa]m (?:mu[ộo]n|ti[ếe]n [đd][ộo])|t[ồo]n [đd][ọo]ng/iu;

/** Whether the appendix (its title, or a heading of its tables) lists tasks already late. */
export function listsLateTasks(input: RuleInput): boolean {
  const { plan, sections } = input.appendix;
  return [plan.title, plan.appendixName, ...sections.map((s) => s.title)].some(
    (text) => text !== null && text !== undefined && LATE_TASKS.test(text),
  );
}
