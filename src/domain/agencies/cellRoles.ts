import type { AgencyMention } from './splitAgencies';

// "Sở Nội vụ phối hợp", "Sở Nội vụ (phối hợp)", "Sở Nội vụ - phối hợp thực hiện": the body's part is to support.
// Not "Sở Nội vụ phối hợp với Sở Tài chính", where it works with another and leads.
const SUPPORTS_AFTER = /^\s*(?:[-–]\s*)?\(?\s*phối hợp(?:\s+thực hiện)?\s*\)?\s*(?=[,;.\n]|$)/iu;
const SUPPORTS_IN_NAME = /\(\s*phối hợp(?:\s+thực hiện)?\s*\)\s*$/iu;
// "Sở Nội vụ (chủ trì)", "Sở Nội vụ chủ trì,": the body named as the lead, the others beside it unmarked.
const LEADS_AFTER = /^\s*(?:[-–]\s*)?\(?\s*chủ trì(?:\s+thực hiện)?\s*\)?\s*(?=[,;.\n]|$)/iu;
const LEADS_IN_NAME = /\(\s*chủ trì(?:\s+thực hiện)?\s*\)\s*$/iu;
// "Chủ trì: Sở Tài chính; Phối hợp: Sở Nội vụ": a label for the names after it, up to the next label.
const ROLE_LABEL = /(?<![\p{L}])(?:(?:cơ quan|đơn vị)\s+)?(chủ trì|phối hợp)\s*:/giu;

/**
 * Marks the mentions a lead cell names as supporting, not leading — "Sở Tài chính chủ trì, Sở Nội vụ phối
 * hợp", "Sở Tài chính (chủ trì); Sở Nội vụ (phối hợp)", "Chủ trì: Sở Tài chính; Phối hợp: Sở Nội vụ" (session
 * 20 probe), "Sở Tài chính (chủ trì), Sở Nội vụ" (the body beside the one named as lead) — so that the task
 * goes to Sở Nội vụ's list as one it supports. A cell whose every body is so marked keeps them all: the lead
 * column names them, and nobody else leads.
 * @example markSupporting('Sở A chủ trì, Sở B phối hợp', mentions).map((m) => m.supporting) // [undefined, true]
 */
export function markSupporting(cellText: string, mentions: AgencyMention[]): AgencyMention[] {
  const marksLead = /chủ trì/iu.test(cellText) && !/đồng chủ trì/iu.test(cellText);
  if (!marksLead && !/phối hợp|cùng với/iu.test(cellText)) return mentions;
  const zones = supportZones(cellText);
  const leads = mentions.map(
    (m) => marksLead && (LEADS_IN_NAME.test(m.text) || LEADS_AFTER.test(cellText.slice(m.end))),
  );
  // "Sở Nội vụ (chủ trì), Sở Tư pháp, Sở Tài chính" (session 22 probe): one body named as the lead, the
  // others beside it support it. Not "Sở A, Sở B (đồng chủ trì)": both lead.
  // Only in a cell of names alone: "1. Bộ Công Thương chủ trì, tổng hợp. 2. Các bộ … đề xuất …" gives each its
  // own work (109/NQ-CP 2026).
  const besideLead = leads.some(Boolean) && namesOnly(cellText, mentions);
  const supporting = mentions.map(
    (m, i) =>
      m.supporting === true ||
      SUPPORTS_IN_NAME.test(m.text) ||
      SUPPORTS_AFTER.test(cellText.slice(m.end)) ||
      inZones(m, zones) ||
      (besideLead && !leads[i]),
  );
  if (!supporting.some(Boolean)) return mentions;
  // Nobody left to lead: the lead column's bodies lead, whatever it says of them.
  if (supporting.every(Boolean)) return mentions.map(({ supporting: _, ...m }) => m);
  return mentions.map((m, i) => (supporting[i] ? { ...m, supporting: true } : m));
}

/** The mentions of a lead cell that lead: not those it names as supporting ("Sở Nội vụ phối hợp"). */
export function leadingMentions(mentions: readonly AgencyMention[]): AgencyMention[] {
  return mentions.filter((m) => m.supporting !== true);
}

/** The mentions of a lead cell that support the lead ("Sở Nội vụ phối hợp", "phối hợp với Sở Nội vụ"). */
export function supportingMentions(mentions: readonly AgencyMention[]): AgencyMention[] {
  return mentions.filter((m) => m.supporting === true);
}

/** Whether the mention starts inside one of the stretches [from, to) of its cell. */
export function inZones(m: AgencyMention, zones: ReadonlyArray<readonly [number, number]>): boolean {
  return zones.some(([from, to]) => m.start >= from && m.start < to);
}

/** The stretches of the cell that a "Phối hợp:" label opens, each up to the next label or the end. */
function supportZones(cellText: string): Array<[number, number]> {
  const labels = [...cellText.matchAll(ROLE_LABEL)];
  return labels.flatMap((label, i): Array<[number, number]> => {
    if (!/phối hợp/iu.test(label[1] ?? '')) return [];
    const end = labels[i + 1]?.index ?? cellText.length;
    return [[label.index + label[0].length, end]];
  });
}

// What may stand between names in a cell of names alone: role words, "và", punctuation, list marks.
const BETWEEN_NAMES =
  /chủ trì(?:\s+thực hiện)?|phối hợp(?:\s+thực hiện)?|(?<!\p{L})và(?!\p{L})|[\s()[\],;.:\-–+•]/giu;

/** The cell is its bodies' names and role words only, no work described. */
function namesOnly(cellText: string, mentions: readonly AgencyMention[]): boolean {
  return !/\p{L}/u.test(gapsAround(cellText, mentions).join(' ').replace(BETWEEN_NAMES, ''));
}

/**
 * The text outside the mentions: before the first, between each two, after the last — what a test of "names
 * and nothing else" reads.
 * @example gapsAround(text, splitAgencies(text, registry)) // ['', ' và ', ''] for 'Sở Nội vụ và Sở Tư pháp'
 */
export function gapsAround(text: string, mentions: readonly AgencyMention[]): string[] {
  const gaps: string[] = [];
  let at = 0;
  for (const m of mentions) {
    gaps.push(text.slice(at, m.start));
    at = Math.max(at, m.end);
  }
  gaps.push(text.slice(at));
  return gaps;
}
