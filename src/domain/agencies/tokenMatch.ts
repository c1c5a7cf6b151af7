/**
 * What a matcher reports for the tokens of a lead or partner cell: the entry named and the index of the
 * first token after the name. Matchers are the registry trie (registryIndex.ts), the collective phrases
 * (collectivePhrase.ts) and local units (localUnit.ts); the longest match wins.
 */
import type { AgencyToken } from './agencyKey';
import type { AgencyEntry, Province } from './schema';

export interface TokenMatch {
  entry: AgencyEntry;
  /** Index of the first token after the match. */
  end: number;
  /** The province named after a provincial body ("Công an tỉnh Đồng Nai"). */
  province?: Province;
  /**
   * A vague phrase narrowed by what follows it to a set the reader can name ("Các cơ quan, đơn vị giải
   * quyết TTHC"): no longer vague.
   */
  qualified?: boolean;
  /** A provincial body of every province ("Sở Y tế các tỉnh, thành phố"): a collective mention. */
  everyProvince?: boolean;
  /** A central body's name with a province's level after it ("Cục Thuế tỉnh …"): its office there. */
  inProvince?: true;
  /**
   * A State group's unit named by the province alone ("Viettel Đồng Nai"): the group's, whatever became of
   * the province (a company's branches are not the province's bodies).
   */
  branch?: true;
  /** Where a commune's name starts after its body's ("Công an xã Tân Phú": the token of "Tân"). */
  unitFrom?: number;
  /** The phrase as written with a slip in its standard wording mended ("trữ thuộc" → "trực thuộc"). */
  mended?: string;
}

/** The text of a token as written: its first character tells a proper name ("Châu Đức") from a word. */
export function rawStartsUpper(text: string, token: AgencyToken | undefined): boolean {
  if (!token) return false;
  const first = text.charAt(token.start);
  return first !== first.toLowerCase() || /\d/u.test(first);
}

/** Index of the next token that is not a line break, from i on. */
export function skipLines(tokens: readonly AgencyToken[], i: number): number {
  let j = i;
  while (tokens[j]?.separator === 'line') j++;
  return j;
}
