/**
 * A district's or commune's people's committee by its pattern, for any province: "UBND huyện Châu Đức",
 * "Ủy ban nhân dân phường Vũng Tàu", "UBND Quận 3", "UBND đặc khu Côn Đảo". No list of the 10,000 units is
 * needed to know such a name is well formed; its level tells its dates (the district level ended on
 * 30 June 2025, NQ 203/2025/QH15; đặc khu began on 1 July 2025).
 */
import type { AgencyToken } from './agencyKey';
import { COLLECTIVE_IDS } from './collectivePhrase';
import { deriveShortName, slugId } from './officerEntry';
import type { AgencyEntry } from './schema';
import type { TokenMatch } from './tokenMatch';
import { rawStartsUpper } from './tokenMatch';

const DISTRICTS_LAST_DAY = '2025-06-30';
const COMMUNES_FIRST_DAY = '2025-07-01';

interface Level {
  words: readonly string[];
  written: string;
  district: boolean;
}

const LEVELS: readonly Level[] = [
  { words: ['huyen'], written: 'huyện', district: true },
  { words: ['quan'], written: 'quận', district: true },
  { words: ['thi', 'xa'], written: 'thị xã', district: true },
  { words: ['thanh', 'pho'], written: 'thành phố', district: true },
  { words: ['thi', 'tran'], written: 'thị trấn', district: false },
  { words: ['xa'], written: 'xã', district: false },
  { words: ['phuong'], written: 'phường', district: false },
  { words: ['dac', 'khu'], written: 'đặc khu', district: false },
];

const COMMITTEE = ['uy', 'ban', 'nhan', 'dan'];

/**
 * The local people's committee named at token `start`, or undefined.
 * @example localUnitAt('UBND huyện Châu Đức', tokens, 0)?.entry.validTo === '2025-06-30'
 */
export function localUnitAt(
  text: string,
  tokens: readonly AgencyToken[],
  start: number,
): TokenMatch | undefined {
  if (tokens[start]?.key !== 'uy' || !COMMITTEE.every((word, k) => tokens[start + k]?.key === word))
    return undefined;
  const at = start + COMMITTEE.length;
  const level = LEVELS.find((l) => l.words.every((word, k) => tokens[at + k]?.key === word));
  if (!level) return undefined;
  const nameStart = at + level.words.length;
  let end = nameStart;
  // A proper name: capitalised words or numbers ("Quận 3"), joined by hyphens ("Tân Uyên - Bắc Tân Uyên").
  while (end < tokens.length) {
    const token = tokens[end] as AgencyToken;
    if (token.separator === 'join' && rawStartsUpper(text, tokens[end + 1])) {
      end++;
      continue;
    }
    if (token.separator || !rawStartsUpper(text, token)) break;
    end++;
  }
  if (end === nameStart) return undefined;
  const name = text.slice((tokens[nameStart] as AgencyToken).start, (tokens[end - 1] as AgencyToken).end);
  return { entry: localEntry(level, name), end };
}

// The same unit is named on many rows: one entry per name, so its variant verdicts are remembered too.
const entries = new Map<string, AgencyEntry>();
const ENTRY_CACHE_LIMIT = 5_000;

function localEntry(level: Level, place: string): AgencyEntry {
  const key = `${level.written}|${place}`;
  let entry = entries.get(key);
  if (!entry) {
    if (entries.size >= ENTRY_CACHE_LIMIT) entries.clear();
    entry = newLocalEntry(level, place);
    entries.set(key, entry);
  }
  return entry;
}

function newLocalEntry(level: Level, place: string): AgencyEntry {
  const name = `Ủy ban nhân dân ${level.written} ${place}`;

  return {
    id: `ubnd-${slugId(level.written)}-${slugId(place)}`,
    name,
    shortName: deriveShortName(`UBND ${level.written} ${place}`),
    kind: 'people-committee',
    level: 'local',
    aliases: [],
    ...(level.district ? { validTo: DISTRICTS_LAST_DAY, successors: [COLLECTIVE_IDS.communes] } : {}),
    ...(level.written === 'đặc khu' ? { validFrom: COMMUNES_FIRST_DAY } : {}),
  };
}
