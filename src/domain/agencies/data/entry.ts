/**
 * Factories for the registry's data files: every block of entries in this folder is built with them, so
 * the data reads as a table (id, name, short name, kind, extras) with its legal source in a comment.
 */
import type { AgencyEntry, AgencyKind, Province } from '../schema';

export type Extra = Partial<
  Pick<
    AgencyEntry,
    | 'aliases'
    | 'validFrom'
    | 'validTo'
    | 'successors'
    | 'vague'
    | 'everyone'
    | 'level'
    | 'optional'
    | 'endedBy'
    | 'officeOf'
    | 'outlivesProvince'
    | 'bareProvince'
  >
>;

/** One registry entry. @example agency('so-y-te', 'Sở Y tế', 'Sở Y tế', 'department') */
export function agency(
  id: string,
  name: string,
  shortName: string,
  kind: AgencyKind,
  extra: Extra = {},
): AgencyEntry {
  return { id, name, shortName, kind, aliases: [], ...extra };
}

/** One province-level unit. @example province('dong-nai', 'Đồng Nai', 'tỉnh') */
export function province(
  id: string,
  name: string,
  level: Province['level'],
  extra: Partial<Pick<Province, 'aliases' | 'validFrom' | 'validTo' | 'successors' | 'cityFrom'>> = {},
): Province {
  return { id, name, level, aliases: [], ...extra };
}
