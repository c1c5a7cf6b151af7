/**
 * A likely typo: an unknown name one or two letters away from a registry name with the same head word
 * ("Sở Tài chíh" → Sở Tài chính). Diacritics are already folded away by the key, so only real letter
 * slips are left to catch here.
 */
import { keyTokens, tokenizeAgencyText as tokenize } from './agencyKey';
import type { AgencyToken } from './agencyKey';
import type { RegistryIndex } from './registryIndex';
import type { AgencyEntry } from './schema';

/**
 * One index of the registry's written forms (name, short name, aliases of every body but the
 * collectives), built once per registry: `place` files each form's tokens under the keys it wants.
 */
function formIndex<T>(
  place: (tokens: readonly AgencyToken[], entry: AgencyEntry, map: Map<string, T>) => void,
): (index: RegistryIndex) => Map<string, T> {
  const built = new WeakMap<RegistryIndex, Map<string, T>>();
  return (index) => {
    let map = built.get(index);
    if (map) return map;
    map = new Map();
    for (const entry of index.byId.values()) {
      if (entry.kind === 'collective') continue;
      for (const text of [entry.name, entry.shortName, ...entry.aliases]) place(tokenize(text), entry, map);
    }
    built.set(index, map);
    return map;
  };
}

/** The registry's matching keys by their first word, each with its words. */
const keysOf = formIndex<Array<{ key: string; words: readonly string[]; entry: AgencyEntry }>>(
  (tokens, entry, map) => {
    const words = keyTokens(tokens);
    const first = words[0];
    if (!first || words.length < 2) return;
    const item = { key: words.join(' '), words, entry };
    const list = map.get(first);
    if (list) list.push(item);
    else map.set(first, [item]);
  },
);

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
    if (
      candidate.words.length === words.length + 1 &&
      lostOneWord(words, candidate.words, endsWithLevel(piece))
    )
      return candidate.entry;
    if (Math.abs(candidate.key.length - key.length) > limit) continue;
    const distance = editDistance(key, candidate.key, limit);
    if (distance > 1 && twoWordsDiffer(words, candidate.words)) continue;
    if (distance > 0 && distance <= limit && (!best || distance < best.distance))
      best = { distance, entry: candidate.entry };
  }
  return best?.entry;
}

/**
 * Two slips in two words, each still a word, make another name, not a typo: "Ban Công tác đặc biệt" (of the
 * Government, 252/KH-BCĐQG1237 2013) is no "Ban Công tác đại biểu".
 */
function twoWordsDiffer(words: readonly string[], other: readonly string[]): boolean {
  if (words.length !== other.length) return false;
  return words.filter((word, i) => word !== other[i]).length > 1;
}

// Words a real name may leave out: "các" ("Ban Quản lý Khu kinh tế") and the level of its province.
const OPTIONAL_WORDS: ReadonlySet<string> = new Set(['cac', 'tinh', 'thanh', 'pho', 'huyen', 'xa']);

/** The piece ends with "tỉnh", which its key leaves out ("Ủy ban nhân dân tỉnh" keys as "uy ban nhan dan"). */
function endsWithLevel(piece: readonly AgencyToken[]): boolean {
  const words = piece.filter((token) => !token.separator);
  return words[words.length - 1]?.key === 'tinh';
}

/**
 * A registry name of four words or more with one word inside it left out: "Ủy ban nhân tỉnh" (419/QĐ-TTg
 * 2017, "dân"), "Sở Văn hóa Thể thao du lịch" ("và"). The first and last words stay (the last may go when a
 * "tỉnh" the key leaves out follows it), so no name is cut short at either end.
 */
function lostOneWord(words: readonly string[], full: readonly string[], levelAfter: boolean): boolean {
  if (full.length !== words.length + 1 || full.length < 4) return false;
  const inside = levelAfter ? full.length : full.length - 1;
  if (!levelAfter && full[full.length - 1] !== words[words.length - 1]) return false;
  for (let i = 1; i < inside; i++) {
    if (full[i] !== words[i]) {
      return (
        !OPTIONAL_WORDS.has(full[i] as string) && full.slice(i + 1).every((word, k) => word === words[i + k])
      );
    }
  }
  return false;
}

// Two rows of the distance table, reused: the check runs on every unknown piece of every cell.
let rowA = new Uint16Array(64);
let rowB = new Uint16Array(64);

/** Levenshtein distance, giving up (limit + 1) once every path exceeds the limit. */
export function editDistance(a: string, b: string, limit: number): number {
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

/**
 * The registry entry an unknown piece names but for a comma or dash missing or added ("Ban Quản lý các Khu
 * công nghiệp khu kinh tế" for "…, khu kinh tế"; Đồng Nai 179/KH-UBND 2025). That is the agency, written
 * otherwise — a variant, not a typo to warn about. A missing "và" is a missing word, not punctuation
 * ("Sở Văn hoá Thể thao du lịch", Đồng Tháp 552/KH-UBND 2025): no twin.
 * @example punctuationTwin(index, tokenize('Sở Văn hóa Thể thao và Du lịch'))?.name === 'Sở Văn hóa, Thể thao và Du lịch'
 */
export function punctuationTwin(
  index: RegistryIndex,
  piece: readonly AgencyToken[],
): AgencyEntry | undefined {
  const signature = wordsAndVa(piece);
  if (signature.split(' ').length < 3) return undefined;
  const found = signaturesOf(index).get(signature);
  return found && found.size === 1 ? [...found][0] : undefined;
}

/** The registry's bodies by the words and "và" of their forms. */
const signaturesOf = formIndex<Set<AgencyEntry>>((tokens, entry, map) => {
  const signature = wordsAndVa(tokens);
  map.set(signature, (map.get(signature) ?? new Set<AgencyEntry>()).add(entry));
});

/** The words of a name and its "và", without commas, dashes or a trailing "tỉnh". */
function wordsAndVa(tokens: readonly AgencyToken[]): string {
  const words = tokens
    .filter((token) => !token.separator || token.separator === 'and')
    .map((token) => (token.separator === 'and' ? 'va' : token.key));
  if (words.length > 1 && words[words.length - 1] === 'tinh') words.pop();
  return words.join(' ');
}
