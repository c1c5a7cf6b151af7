import type { Finding } from '../schema';
import { matchAgency } from './matchAgency';
import { mergeRegistries } from './mergeRegistries';
import type { Locate, RegistryRow } from './registryRow';
import type { AgencyEntry, AgencyRegistry } from './schema';

/** A registry-sheet row that passed its own checks, with its entry still lacking successors. */
export interface SheetRow {
  rowNumber: number;
  row: RegistryRow;
  entry: AgencyEntry;
  locate: Locate;
}

/**
 * The rows' entries with "Thay thế bởi" names turned into ids, looked up among the defaults and the
 * sheet's own rows (names and aliases). A row with a name nobody knows is reported and dropped; as that
 * may leave another row pointing at a dropped one, this repeats until nothing more is dropped.
 */
export function resolveSuccessors(
  rows: readonly SheetRow[],
  base: AgencyRegistry,
  sheet: string,
): { entries: AgencyEntry[]; findings: Finding[] } {
  const findings: Finding[] = [];
  let alive = rows;
  let pool = mergeRegistries(
    base,
    alive.map((r) => r.entry),
  );
  for (;;) {
    const kept = alive.filter((r) => {
      const unknown = r.row.successors.filter((name) => !matchAgency(name, pool));
      for (const successor of unknown) findings.push(unknownSuccessor(r, successor, sheet));
      return unknown.length === 0;
    });
    if (kept.length === alive.length) break;
    alive = kept;
    pool = mergeRegistries(
      base,
      alive.map((r) => r.entry),
    );
  }
  const entries = alive.map((r) => withSuccessors(r, pool));
  return { entries, findings };
}

function withSuccessors(r: SheetRow, pool: AgencyRegistry): AgencyEntry {
  if (r.row.successors.length === 0) return r.entry;
  const ids = r.row.successors.map((name) => matchAgency(name, pool)?.entry.id as string);
  return { ...r.entry, successors: [...new Set(ids)] };
}

function unknownSuccessor(r: SheetRow, successor: string, sheet: string): Finding {
  return {
    code: 'registry-unknown-successor',
    severity: 'warning',
    rowNumber: r.rowNumber,
    ...r.locate('successors'),
    data: { sheet, name: r.row.name, successor },
  };
}
