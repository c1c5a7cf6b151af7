import { agencyKey } from './agencyKey';
import type { AgencyEntry, AgencyRegistry } from './schema';

/**
 * The registry's entries by the key of their canonical name, for matching an officer's row. A provincial
 * office keys as its central body ("Cục Thuế tỉnh" as "Cục Thuế"): a row of that name is the central body's.
 */
export function entriesByName(registry: AgencyRegistry): Map<string, AgencyEntry> {
  return new Map(
    registry.filter((entry) => entry.officeOf === undefined).map((entry) => [agencyKey(entry.name), entry]),
  );
}

/**
 * The defaults with the officer's entries applied. An officer entry whose canonical name matches a
 * default's (by matching key) replaces it: its name, short name, dates and successors are taken as
 * written — an empty end date means the agency is kept — and its aliases are added to the default's. The
 * default's id and kind stay, so successors pointing at it still resolve. Other officer entries are
 * appended. The result is a new array: build it once and reuse it (the lookup index is cached per array).
 * @example mergeRegistries(DEFAULT_REGISTRY, [{ ...soNgoaiVu, validTo: undefined, successors: [] }])
 *   // Sở Ngoại vụ kept: agencyStatusAt(…, '2025-08-01', merged).current === true
 */
export function mergeRegistries(defaults: AgencyRegistry, officerEntries: AgencyRegistry): AgencyEntry[] {
  const byName = entriesByName(defaults);
  const idFor = new Map<string, string>();
  const replacements = new Map<string, AgencyEntry>();
  const added: AgencyEntry[] = [];
  for (const officer of officerEntries) {
    const base = byName.get(agencyKey(officer.name));
    if (base) {
      idFor.set(officer.id, base.id);
      replacements.set(base.id, override(base, officer));
    } else {
      added.push(officer);
    }
  }
  const renumber = (entry: AgencyEntry): AgencyEntry =>
    entry.successors ? { ...entry, successors: entry.successors.map((id) => idFor.get(id) ?? id) } : entry;
  return [...defaults.map((entry) => renumber(replacements.get(entry.id) ?? entry)), ...added.map(renumber)];
}

function override(base: AgencyEntry, officer: AgencyEntry): AgencyEntry {
  // The default's spelling stays findable when the officer spells the canonical name otherwise.
  const previousName = base.name === officer.name ? [] : [base.name];
  const aliases = [...new Set([...base.aliases, ...previousName, ...officer.aliases])];
  return {
    id: base.id,
    name: officer.name,
    shortName: officer.shortName,
    aliases,
    kind: base.kind,
    ...(base.vague ? { vague: true } : {}),
    ...(base.everyone ? { everyone: true } : {}),
    ...(officer.validFrom ? { validFrom: officer.validFrom } : {}),
    ...(officer.validTo ? { validTo: officer.validTo } : {}),
    ...(officer.successors?.length ? { successors: officer.successors } : {}),
  };
}
