import { keyTokens, tokenizeAgencyText } from './agencyKey';
import type { AgencyToken } from './agencyKey';
import { isVariant, matchAt, registryIndex } from './registryIndex';
import type { RegistryIndex } from './registryIndex';
import type { AgencyEntry, AgencyRegistry } from './schema';

/** One agency (or collective phrase) named in a lead or partner cell. */
export interface AgencyMention {
  /** As written in the cell. */
  text: string;
  /** Offsets in the cell text: `cellText.slice(start, end) === text`. */
  start: number;
  end: number;
  /** Undefined for a piece the registry does not know. */
  entry?: AgencyEntry;
  /** Spelled otherwise than the canonical name or the short form ("Sở Kế hoạch - Đầu tư"). */
  variant: boolean;
  /** Names no particular agency ("các cơ quan có liên quan"). */
  vague: boolean;
  /** Stands for several agencies ("UBND các huyện, thị xã, thành phố"). */
  collective: boolean;
}

/**
 * The agencies a lead or partner cell names, in order. Registry names are matched longest first, so a
 * name containing a comma or "và" stays whole; text the registry does not know is split at ";", ",", "và"
 * and line breaks and comes back without `entry`.
 * @example splitAgencies('Sở Du lịch; Trung tâm xúc tiến đầu tư, thương mại du lịch tỉnh', DEFAULT_REGISTRY)
 *   .map((m) => m.entry?.id) // ['so-du-lich', 'trung-tam-xuc-tien-dau-tu-thuong-mai-du-lich']
 * @example splitAgencies('Sở Văn hóa, Thể thao và Du lịch', DEFAULT_REGISTRY).length === 1
 */
export function splitAgencies(cellText: string, registry: AgencyRegistry): AgencyMention[] {
  const index = registryIndex(registry);
  const cache = cellCache(index);
  let mentions = cache.get(cellText);
  if (!mentions) {
    mentions = findMentions(index, cellText);
    if (cache.size >= CELL_CACHE_LIMIT) cache.clear();
    cache.set(cellText, mentions);
  }
  return mentions.map((mention) => ({ ...mention }));
}

// Lead columns repeat the same few texts ("Sở Ngoại vụ" on 40 rows of the real appendix), so each
// registry remembers the split of the texts it has seen; callers get copies.
const cellCaches = new WeakMap<RegistryIndex, Map<string, readonly AgencyMention[]>>();
const CELL_CACHE_LIMIT = 10_000;

function cellCache(index: RegistryIndex): Map<string, readonly AgencyMention[]> {
  let cache = cellCaches.get(index);
  if (!cache) {
    cache = new Map();
    cellCaches.set(index, cache);
  }
  return cache;
}

function findMentions(index: RegistryIndex, cellText: string): AgencyMention[] {
  const tokens = tokenizeAgencyText(cellText);
  const mentions: AgencyMention[] = [];
  // Token indices of the unknown piece being gathered.
  let unknown: { first: number; last: number } | undefined;
  const flush = () => {
    if (unknown) mentions.push(unknownMention(cellText, tokens.slice(unknown.first, unknown.last + 1)));
    unknown = undefined;
  };
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as AgencyToken;
    const match = token.separator || startsInside(tokens, i) ? undefined : matchAt(index, tokens, i);
    if (match) {
      flush();
      mentions.push(knownMention(index, cellText, token.start, endOf(tokens, match.end), match.entry));
      i = match.end;
      continue;
    }
    if (token.separator && token.separator !== 'join') flush();
    else if (!token.separator) unknown = { first: unknown?.first ?? i, last: i };
    i++;
  }
  flush();
  return mentions;
}

function startsInside(tokens: readonly AgencyToken[], i: number): boolean {
  return i > 0 && tokens[i - 1]?.start === tokens[i]?.start;
}

function endOf(tokens: readonly AgencyToken[], end: number): number {
  return (tokens[end - 1] as AgencyToken).end;
}

function knownMention(
  index: RegistryIndex,
  cellText: string,
  start: number,
  end: number,
  entry: AgencyEntry,
): AgencyMention {
  const text = cellText.slice(start, end);
  const vague = entry.vague === true;
  return {
    text,
    start,
    end,
    entry,
    variant: !vague && isVariant(index, text, entry),
    vague,
    collective: entry.kind === 'collective',
  };
}

// An unknown "các …" phrase still names no particular agency: "các ngành có liên quan", "các đơn vị được
// giao nhiệm vụ".
const PLURAL = /^cac /u;
const UNSPECIFIC = /\b(?:lien quan|duoc giao)\b/u;

function unknownMention(cellText: string, piece: readonly AgencyToken[]): AgencyMention {
  const start = (piece[0] as AgencyToken).start;
  const end = (piece[piece.length - 1] as AgencyToken).end;
  const text = cellText.slice(start, end);
  const key = keyTokens(piece).join(' ');
  const collective = PLURAL.test(key);
  return { text, start, end, variant: false, vague: collective && UNSPECIFIC.test(key), collective };
}
