/**
 * Province names after a provincial body ("Sở Tài chính tỉnh Đồng Nai", "UBND thành phố Hà Nội",
 * "Công an TP. Hồ Chí Minh"): a trie over the folded names and aliases of the 63 + 34 provinces.
 */
import { keyTokens, tokenizeAgencyText } from './agencyKey';
import type { AgencyToken } from './agencyKey';
import { PROVINCES } from './data/provinces';
import type { Province } from './schema';
import { skipLines } from './tokenMatch';
import type { TrieNode } from './tokenTrie';
import { trieNode } from './tokenTrie';

type Node = TrieNode<Province>;

const LEVEL_WORDS = [
  { words: ['tinh'], level: 'tỉnh' },
  { words: ['thanh', 'pho'], level: 'thành phố' },
] as const;

function build(): Node {
  const root: Node = { next: new Map() };
  for (const province of PROVINCES) {
    for (const text of [province.name, ...province.aliases]) {
      // "Hà Tĩnh" ends in "tinh" once folded: keep it.
      let keys = keyTokens(tokenizeAgencyText(text), true);
      // "TP.HCM" is written with its level: keep the name part too.
      for (const { words } of LEVEL_WORDS)
        if (words.every((word, i) => keys[i] === word) && keys.length > words.length)
          keys = keys.slice(words.length);
      const node = trieNode(root, keys);
      node.value ??= province;
    }
  }
  return root;
}

let root: Node | undefined;

/** The province whose name starts at token `start`, and the index after it. */
export function provinceAt(
  tokens: readonly AgencyToken[],
  start: number,
): { province: Province; end: number } | undefined {
  root ??= build();
  let node = root;
  let best: { province: Province; end: number } | undefined;
  for (let i = skipLines(tokens, start); i < tokens.length; i++) {
    const token = tokens[i] as AgencyToken;
    if (token.separator === 'line') continue;
    const child = node.next.get(token.key);
    if (!child) break;
    node = child;
    if (node.value) best = { province: node.value, end: i + 1 };
  }
  return best;
}

/** The level word ("tỉnh", "thành phố", "TP.") at token i and the index after it, if there is one. */
export function levelWordAt(
  tokens: readonly AgencyToken[],
  i: number,
): { level: Province['level']; end: number } | undefined {
  for (const { words, level } of LEVEL_WORDS)
    if (words.every((word, k) => tokens[i + k]?.key === word)) return { level, end: i + words.length };
  return undefined;
}

/** Index after a level word at token i, or i when there is none. */
export function levelWordEnd(tokens: readonly AgencyToken[], i: number): number {
  return levelWordAt(tokens, i)?.end ?? i;
}

/**
 * A province's level on a day: a province that became a centrally-run city was a 'tỉnh' before; without a
 * day, undefined for such a province (either could be meant).
 * @example levelAt(provinceById('quang-ninh'), '2024-03-11') === 'tỉnh'
 */
export function levelAt(province: Province, isoDate: string | null): Province['level'] | undefined {
  if (!province.cityFrom) return province.level;
  if (!isoDate) return undefined;
  return isoDate < province.cityFrom ? 'tỉnh' : province.level;
}

/** The province with this id, or undefined. */
export function provinceById(id: string): Province | undefined {
  return PROVINCES.find((province) => province.id === id);
}

/** Every province whose name or alias the text contains (longest first), for the plan's issuer. */
export function findProvinceIn(text: string): Province | undefined {
  const tokens = tokenizeAgencyText(text);
  let best: { province: Province; end: number; start: number } | undefined;
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]?.separator) continue;
    const found = provinceAt(tokens, i);
    if (found && (!best || found.end - i > best.end - best.start)) best = { ...found, start: i };
  }
  return best?.province;
}
