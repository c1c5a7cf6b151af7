/**
 * A likely typo: an unknown name one or two letters away from a registry name with the same head word
 * ("Sở Tài chíh" → Sở Tài chính). Diacritics are already folded away by the key, so only real letter
 * slips are left to catch here.
 */
import { keyTokens, tokenizeAgencyText as tokenize } from './agencyKey';
import type { AgencyToken } from './agencyKey';
import type { RegistryIndex } from './registryIndex';
import type { AgencyEntry } from './schema';

const byFirstWord = new WeakMap<RegistryIndex, Map<string, Array<{ key: string; entry: AgencyEntry }>>>();

function keysOf(index: RegistryIndex): Map<string, Array<{ key: string; entry: AgencyEntry }>> {
  let map = byFirstWord.get(index);
  if (map) return map;
  map = new Map();
  for (const entry of index.byId.values()) {
    if (entry.kind === 'collective') continue;
    for (const text of [entry.name, entry.shortName, ...entry.aliases]) {
      const words = keyTokens(tokenize(text));
      const first = words[0];
      if (!first || words.length < 2) continue;
      const list = map.get(first) ?? [];
      list.push({ key: words.join(' '), entry });
      map.set(first, list);
    }
  }
  byFirstWord.set(index, map);
  return map;
}

/** The entry an unknown piece most likely meant, or undefined. */
export function typoSuggestion(
  index: RegistryIndex,
  piece: readonly AgencyToken[],
  words: readonly string[] = keyTokens(piece),
): AgencyEntry | undefined {
  if (words.length < 2) return undefined;
  const key = words.join(' ');
  const limit = key.length >= 16 ? 2 : 1;
  let best: { distance: number; entry: AgencyEntry } | undefined;
  for (const candidate of keysOf(index).get(words[0] as string) ?? []) {
    if (Math.abs(candidate.key.length - key.length) > limit) continue;
    const distance = editDistance(key, candidate.key, limit);
    if (distance > 0 && distance <= limit && (!best || distance < best.distance))
      best = { distance, entry: candidate.entry };
  }
  return best?.entry;
}

// Two rows of the distance table, reused: the check runs on every unknown piece of every cell.
let rowA = new Uint16Array(64);
let rowB = new Uint16Array(64);

/** Levenshtein distance, giving up (limit + 1) once every path exceeds the limit. */
function editDistance(a: string, b: string, limit: number): number {
  if (rowA.length <= b.length) {
    rowA = new Uint16Array(b.length * 2);
    rowB = new Uint16Array(b.length * 2);
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + cost,
      );
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    [previous, current] = [current, previous];
  }
  return previous[b.length] as number;
}
