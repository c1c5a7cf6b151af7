import { z } from 'zod';
import { agencyKey } from './agencyKey';
import { AgencyEntrySchema } from './schema';
import type { AgencyEntry } from './schema';

/** A problem that makes a list of entries unusable as a registry (a bug in data, not an officer's slip). */
export interface RegistryProblem {
  code: 'duplicate-id' | 'unknown-successor' | 'duplicate-sheet-name' | 'ambiguous-key';
  id: string;
  detail: string;
}

/**
 * Cross-entry checks: unique ids, successors that exist, short names usable together as sheet names
 * (Excel compares them case-insensitively), and no spelling that keys to two agencies.
 * @example registryProblems(DEFAULT_REGISTRY) // []
 */
export function registryProblems(entries: readonly AgencyEntry[]): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  const ids = new Set<string>();
  const sheetNames = new Map<string, string>();
  const keys = new Map<string, string>();
  for (const entry of entries) {
    if (ids.has(entry.id)) problems.push({ code: 'duplicate-id', id: entry.id, detail: entry.id });
    ids.add(entry.id);
    const sheet = entry.shortName.toLocaleLowerCase('vi');
    const sheetOwner = sheetNames.get(sheet);
    if (sheetOwner) problems.push({ code: 'duplicate-sheet-name', id: entry.id, detail: sheetOwner });
    sheetNames.set(sheet, entry.id);
    // A provincial office keys as its central body by design: it is found through that body.
    if (entry.officeOf !== undefined) continue;
    for (const text of [entry.name, entry.shortName, ...entry.aliases]) {
      const key = agencyKey(text);
      const owner = keys.get(key);
      if (owner && owner !== entry.id) problems.push({ code: 'ambiguous-key', id: entry.id, detail: text });
      keys.set(key, entry.id);
    }
  }
  for (const entry of entries) {
    for (const id of [
      ...(entry.successors ?? []),
      ...(entry.officeOf === undefined ? [] : [entry.officeOf]),
    ]) {
      if (!ids.has(id)) problems.push({ code: 'unknown-successor', id: entry.id, detail: id });
    }
  }
  return problems;
}

/** A whole registry: each entry valid on its own and all of them together (registryProblems). */
export const AgencyRegistrySchema = z.array(AgencyEntrySchema).superRefine((entries, ctx) => {
  for (const problem of registryProblems(entries)) {
    ctx.addIssue({ code: 'custom', message: `${problem.code}: ${problem.id} (${problem.detail})` });
  }
});
