import type { AgencyMention } from './splitAgencies';

// "Sở Nội vụ phối hợp", "Sở Nội vụ (phối hợp)", "Sở Nội vụ - phối hợp thực hiện": the body's part is to support.
// Not "Sở Nội vụ phối hợp với Sở Tài chính", where it works with another and leads.
const SUPPORTS_AFTER = /^\s*(?:[-–]\s*)?\(?\s*phối hợp(?:\s+thực hiện)?\s*\)?\s*(?=[,;.\n]|$)/iu;
const SUPPORTS_IN_NAME = /\(\s*phối hợp(?:\s+thực hiện)?\s*\)\s*$/iu;
// "Chủ trì: Sở Tài chính; Phối hợp: Sở Nội vụ": a label for the names after it, up to the next label.
const ROLE_LABEL = /(?<![\p{L}])(?:(?:cơ quan|đơn vị)\s+)?(chủ trì|phối hợp)\s*:/giu;

/**
 * Marks the mentions a lead cell names as supporting, not leading — "Sở Tài chính chủ trì, Sở Nội vụ phối
 * hợp", "Sở Tài chính (chủ trì); Sở Nội vụ (phối hợp)", "Chủ trì: Sở Tài chính; Phối hợp: Sở Nội vụ" (session
 * 20 probe) — so that the task goes to Sở Nội vụ's list as one it supports. A cell whose every body is so
 * marked keeps them all: the lead column names them, and nobody else leads.
 * @example markSupporting('Sở A chủ trì, Sở B phối hợp', mentions).map((m) => m.supporting) // [undefined, true]
 */
export function markSupporting(cellText: string, mentions: AgencyMention[]): AgencyMention[] {
  if (!/phối hợp|cùng với/iu.test(cellText)) return mentions;
  const zones = supportZones(cellText);
  const supporting = mentions.map(
    (m) =>
      m.supporting === true ||
      SUPPORTS_IN_NAME.test(m.text) ||
      SUPPORTS_AFTER.test(cellText.slice(m.end)) ||
      inZones(m, zones),
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
