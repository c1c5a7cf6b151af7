import type { AgencyRegistry } from '../agencies';
import { gapsAround, splitAgencies } from '../agencies';
import type { Section, Task } from '../schema';

/**
 * An appendix arranged by agency: "I. Sở Nội vụ", "II. UBND các xã, phường" over their tasks, the lead
 * column left blank or absent (session 21 probe). Each such task takes the body its nearest heading names
 * (`leadFromHeading`): no "missing lead" on every row, and the lists file the task under that body. A heading
 * that is not a body's name, or names of bodies, and nothing else ("I. CẢI CÁCH THỂ CHẾ", "II. Nhiệm vụ của
 * Sở Nội vụ và các sở") gives nothing; a lead cell of the task's own always wins. The words that frame the
 * name in a heading are not part of it: "NHIỆM VỤ CỦA SỞ NỘI VỤ", "Các nhiệm vụ giao Sở Y tế", "Sở Tư pháp
 * chủ trì", "Trách nhiệm của Sở Tài chính:" (session 22 probe: each had filed its tasks as unidentified).
 */
export function addHeadingLeads(
  tasks: Task[],
  sections: readonly Section[],
  registry: AgencyRegistry,
  province: string | null,
): void {
  const byRow = new Map(sections.map((section) => [section.row, section]));
  const named = new Map<number, string | null>();
  const nameOf = (row: number): string | null => {
    let name = named.get(row);
    if (name === undefined) {
      const title = byRow.get(row)?.title ?? '';
      const body = framedBody(title);
      name = namesBodiesOnly(body, registry, province) ? body : null;
      named.set(row, name);
    }
    return name;
  };
  for (const task of tasks) {
    if (task.lead.trim() !== '') continue;
    for (let row = task.parentRow; row !== null; row = byRow.get(row)?.parentRow ?? null) {
      const name = nameOf(row);
      if (name === null) continue;
      task.leadFromHeading = { row, text: name };
      break;
    }
  }
}

// "Nhiệm vụ của", "Các nhiệm vụ do", "Nhiệm vụ giao cho", "Trách nhiệm của", "Giao", "Phân công cho" …
const FRAME_BEFORE =
  /^(?:(?:các\s+)?(?:nhiệm vụ|trách nhiệm|công việc)(?:\s+cụ thể)?\s+(?:của|do|giao cho|giao|cho)|giao cho|giao|phân công cho)\s+/iu;
// … "chủ trì", "chủ trì thực hiện", "thực hiện", "có trách nhiệm", "chịu trách nhiệm".
const FRAME_AFTER = /\s+(?:chủ trì(?:\s+thực hiện)?|thực hiện|có trách nhiệm|chịu trách nhiệm)$/iu;

/**
 * The heading without the words that frame the body it names, and without its closing colon or stop.
 * @example framedBody('NHIỆM VỤ CỦA SỞ NỘI VỤ:') === 'SỞ NỘI VỤ'
 */
function framedBody(title: string): string {
  const bare = title.trim().replace(/[\s:.]+$/u, '');
  return bare.replace(FRAME_BEFORE, '').replace(FRAME_AFTER, '');
}

// What may stand between and around the names: separators, "và", a closing colon or full stop.
const BETWEEN = /^[\s,;:.\-–]*(?:và[\s,;:.\-–]*)?$/u;

/** The title is one or more known, named bodies and nothing else. */
function namesBodiesOnly(title: string, registry: AgencyRegistry, province: string | null): boolean {
  if (title.trim() === '' || title.length > 200) return false;
  const mentions = splitAgencies(title, registry, { province });
  if (mentions.length === 0 || mentions.some((m) => !m.entry || m.vague)) return false;
  return gapsAround(title, mentions).every((gap) => BETWEEN.test(gap));
}
