/**
 * Collective leads in any order and wording: "UBND các phường, xã", "UBND các xã, phường, đặc khu",
 * "các sở, ban, ngành", "Các bộ, ngành, địa phương", "các cơ quan, đơn vị liên quan". Each is ONE mention
 * (never split at its commas), named by the registry's entry for that kind of collective so that every
 * wording lands in the same agency list.
 */
import type { AgencyToken } from './agencyKey';
import { agencyKey, SEPARATOR } from './agencyKey';
import { deriveShortName, slugId } from './officerEntry';
import { descriptionOpenerAt, isRolePiece } from './roleWords';
import type { AgencyEntry } from './schema';
import type { TokenMatch } from './tokenMatch';
import { rawStartsUpper, skipLines } from './tokenMatch';
import { headWordAt } from './headWords';
import { editDistance } from './typoSuggestion';

/** Levels of government, after "UBND các …" (or "Chủ tịch UBND các …"). */
const LEVELS: Readonly<Record<string, string>> = {
  tinh: 'province',
  'thanh pho': 'city',
  huyen: 'district',
  quan: 'district',
  'thi xa': 'district',
  xa: 'commune',
  phuong: 'commune',
  'thi tran': 'town',
  'dac khu': 'commune',
  // "Ủy ban nhân dân cấp tỉnh", "UBND các cấp" (844/QĐ-TTg 2026): every committee of a level, or of all.
  'cap tinh': 'province',
  'cap huyen': 'district',
  'cap xa': 'commune',
  cap: 'every',
  // "UBND địa phương", "UBND các địa phương" (Huế 188/KH-UBND 2026): the committees of the localities.
  'dia phuong': 'locality',
};

/** Kinds of bodies, after "các …". */
const BODIES: Readonly<Record<string, string>> = {
  so: 'department',
  ban: 'department',
  nganh: 'sector',
  bo: 'ministry',
  'co quan ngang bo': 'ministry',
  'co quan thuoc chinh phu': 'ministry',
  'co quan trung uong': 'ministry',
  'dia phuong': 'locality',
  'co quan': 'generic',
  'don vi': 'generic',
  'to chuc': 'generic',
  'co quan chuyen mon': 'department',
  'doan the': 'organisation',
  hoi: 'organisation',
  'to chuc chinh tri xa hoi': 'organisation',
  'doanh nghiep': 'business',
  // "các tập đoàn kinh tế, tổng công ty nhà nước hoạt động khoáng sản" (88/NQ-CP 2022).
  'tap doan': 'business',
  'tap doan kinh te': 'business',
  'tong cong ty': 'business',
  'cong ty': 'business',
  truong: 'school',
  // "Các Trường Đại học, Cao đẳng trên địa bàn tỉnh", "Các trường: Đại học, Cao đẳng, Trung cấp" (179/KH-UBND
  // Đồng Nai 2025).
  'truong dai hoc': 'school',
  'dai hoc': 'school',
  'cao dang': 'school',
  'trung cap': 'school',
  'co so giao duc': 'school',
  'co so': 'generic',
  tinh: 'province',
  'thanh pho': 'city',
  huyen: 'district',
  xa: 'commune',
  phuong: 'commune',
};

/** Compounds that start with a kind of body and name none: "hệ thống thông tin, cơ sở dữ liệu". */
const NOT_BODIES: ReadonlyArray<readonly string[]> = [
  'co so du lieu',
  'co so vat chat',
  'co so ha tang',
  'co so phap ly',
  'co so ly luan',
  'co so khoa hoc',
].map((words) => words.split(' '));

const PREFIXES: ReadonlyArray<readonly string[]> = [
  ['uy', 'ban', 'nhan', 'dan'],
  ['chu', 'tich', 'uy', 'ban', 'nhan', 'dan'],
  ['thu', 'truong'],
  ['lanh', 'dao'],
];

/**
 * Words that may close the phrase; "liên quan" and "được giao" make it vague. What follows "được giao" is
 * what was given them, part of the phrase: "Các đơn vị được giao thực hiện TTHC" (6225/BVHTTDL-VP 2025).
 */
const TAILS: ReadonlyArray<{ words: readonly string[]; vague?: true; object?: true }> = [
  { words: ['co', 'lien', 'quan'], vague: true },
  { words: ['lien', 'quan'], vague: true },
  { words: ['duoc', 'giao'], vague: true, object: true },
  { words: ['truc', 'thuoc', 'trung', 'uong'] },
  // "Các sở, ban, ngành (trực) thuộc UBND tỉnh" (254/QĐ-UBND Sơn La 2023): the province's own, named in full.
  ...['truc thuoc', 'thuoc'].flatMap((under) =>
    ['uy ban nhan dan tinh', 'uy ban nhan dan thanh pho', 'uy ban nhan dan', 'tinh'].map((body) => ({
      words: `${under} ${body}`.split(' '),
    })),
  ),
  { words: ['thuoc', 'chinh', 'phu'] },
  { words: ['tren', 'dia', 'ban', 'tinh'] },
  { words: ['tren', 'dia', 'ban'] },
  { words: ['cap', 'tinh'] },
  { words: ['o', 'dia', 'phuong'] },
  { words: ['cung', 'cap'] },
  { words: ['tinh'] },
  { words: ['trung', 'uong'] },
];

/** Registry ids for the usual collectives; a phrase of another make-up gets an entry of its own. */
export const COLLECTIVE_IDS = {
  communes: 'ubnd-cac-xa-phuong-dac-khu',
  communesWithTowns: 'ubnd-cac-xa-phuong-thi-tran',
  districts: 'ubnd-cac-huyen-thi-xa-thanh-pho',
  provinces: 'ubnd-cac-tinh-thanh-pho',
  localCommittees: 'ubnd-cac-dia-phuong',
  departments: 'cac-so-ban-nganh',
  departmentsAndLocalities: 'cac-so-ban-nganh-dia-phuong',
  ministries: 'cac-bo-nganh',
  ministriesAndLocalities: 'cac-bo-nganh-dia-phuong',
  related: 'cac-co-quan-co-lien-quan',
  localities: 'cac-dia-phuong',
  bodies: 'cac-co-quan-don-vi',
} as const;

// The words a collective phrase can start with: a cheap test before reading one (the splitter asks at
// every token of every lead cell).
const FIRST_KEYS = new Set([
  'cac',
  ...PREFIXES.map((prefix) => prefix[0] as string),
  ...Object.keys(BODIES).map((noun) => noun.split(' ')[0] as string),
]);

interface Phrase {
  end: number;
  committee: boolean;
  words: Set<string>;
  vague: boolean;
}

function wordsAt(tokens: readonly AgencyToken[], i: number, words: readonly string[]): number {
  let j = i;
  for (const word of words) {
    j = skipLines(tokens, j);
    if (tokens[j]?.key !== word) return 0;
    j++;
  }
  return j - i;
}

// Each table's nouns by their first word, split once (the splitter reads them at every token).
const NOUNS = new Map<
  Readonly<Record<string, string>>,
  Map<string, Array<{ word: string; parts: string[] }>>
>();

function nounsOf(table: Readonly<Record<string, string>>) {
  let byFirst = NOUNS.get(table);
  if (!byFirst) {
    byFirst = new Map();
    for (const word of Object.keys(table)) {
      const parts = word.split(' ');
      const list = byFirst.get(parts[0] as string) ?? [];
      list.push({ word, parts });
      byFirst.set(parts[0] as string, list);
    }
    NOUNS.set(table, byFirst);
  }
  return byFirst;
}

function longestOf(tokens: readonly AgencyToken[], i: number, table: Readonly<Record<string, string>>) {
  if (NOT_BODIES.some((words) => wordsAt(tokens, i, words) > 0)) return undefined;
  let best: { length: number; word: string } | undefined;
  for (const { word, parts } of nounsOf(table).get(tokens[i]?.key ?? '') ?? []) {
    const length = wordsAt(tokens, i, parts);
    if (length > 0 && (!best || length > best.length)) best = { length, word };
  }
  return best;
}

/**
 * Whether the noun at token i (of `length` tokens) starts a body's own name rather than a kind of body: it
 * is capitalised and a capitalised word that closes no phrase follows ("Sở Nội vụ", "Ban Quản lý …"; not
 * "Sở, Ban, Ngành", nor "các bộ, ngành Trung ương").
 */
function namesOne(text: string, tokens: readonly AgencyToken[], i: number, length: number): boolean {
  const head = tokens[i];
  const after = tokens[i + length];
  if (!head || !after || after.separator || !rawStartsUpper(text, head) || !rawStartsUpper(text, after))
    return false;
  return !TAILS.some((tail) => wordsAt(tokens, i + length, tail.words) > 0);
}

/** "ủy" that is no "Ủy ban": the end of a Party committee's name ("Quân ủy", "Tỉnh ủy"). */
function partyCommitteeAt(tokens: readonly AgencyToken[], i: number): boolean {
  return tokens[i]?.key === 'uy' && tokens[i + 1]?.key !== 'ban';
}

function readPhrase(text: string, tokens: readonly AgencyToken[], start: number): Phrase | undefined {
  // "các Ủy ban nhân dân tỉnh, thành phố" (88/NQ-CP 2022): "các" before the committee, not after.
  const committeesFirst =
    tokens[start]?.key === 'cac' &&
    PREFIXES.some((prefix) => prefix.includes('uy') && wordsAt(tokens, start + 1, prefix) > 0);
  let i = committeesFirst ? start + 1 : start;
  let committee = false;
  for (const prefix of PREFIXES) {
    const length = wordsAt(tokens, i, prefix);
    if (length > 0) {
      committee = prefix.includes('uy');
      i += length;
      break;
    }
  }
  // "UBND tỉnh, thành phố", "Sở, ban, ngành": without "các", a list of two nouns or more.
  const plural = committeesFirst || tokens[skipLines(tokens, i)]?.key === 'cac';
  if (plural && !committeesFirst) i = skipLines(tokens, i) + 1;
  else if (!committee && i !== start) return undefined;
  const table = committee ? LEVELS : BODIES;
  const words = new Set<string>();
  let end = i;
  for (;;) {
    const j = skipLines(tokens, end);
    const noun = longestOf(tokens, j, table);
    if (!noun) break;
    words.add(noun.word);
    end = j + noun.length;
    // A list goes on past a separator only when another noun follows it, and not a body's own name:
    // "Các cơ quan, đơn vị, địa phương\nSở Nội vụ" (Lâm Đồng 2026) ends before "Sở Nội vụ".
    let k = skipLines(tokens, end);
    while (tokens[k]?.key === SEPARATOR || tokens[k]?.separator === 'line') k++;
    const next = k === end ? undefined : longestOf(tokens, k, table);
    // "Ủy ban nhân dân tỉnh, Quân ủy Trung ương", "UBND huyện, Huyện ủy": a level followed by "ủy" is a Party
    // committee, no further level ("Quân" and "quận" fold alike).
    if (!next || namesOne(text, tokens, k, next.length) || partyCommitteeAt(tokens, k + next.length)) break;
    end = k;
  }
  const byLevel = committee && [...words].some((word) => word.startsWith('cap') || word === 'dia phuong');
  const tail = TAILS.find((t) => wordsAt(tokens, end, t.words) > 0);
  // "Bộ có liên quan", "Cơ quan liên quan", "Trường Đại học có liên quan" (09/KH-BTNMT 2024, 980/KH-UBND Nghệ
  // An 2025): one kind of body, whichever is concerned — as vague as "các cơ quan có liên quan".
  const someRelated = !committee && words.size === 1 && tail?.vague === true && !tail.object;
  if (words.size === 0 || (!plural && words.size < 2 && !byLevel && !someRelated)) return undefined;
  let vague = false;
  if (tail) {
    end += wordsAt(tokens, end, tail.words);
    vague = tail.vague === true;
    if (tail.object) while (tokens[end] && !tokens[end]?.separator) end++;
  }
  return { end, committee, words, vague };
}

function collectiveId(phrase: Phrase): string | undefined {
  const kinds = new Set([...phrase.words].map((w) => (phrase.committee ? LEVELS : BODIES)[w]));
  if (phrase.vague) return COLLECTIVE_IDS.related;
  if (phrase.committee) {
    if (kinds.has('every')) return undefined;
    // "the localities", of whatever level the plan's time has.
    if (kinds.has('locality')) return COLLECTIVE_IDS.localCommittees;
    if (kinds.has('district')) return COLLECTIVE_IDS.districts;
    if (kinds.has('town')) return COLLECTIVE_IDS.communesWithTowns;
    if (kinds.has('commune')) return COLLECTIVE_IDS.communes;
    return COLLECTIVE_IDS.provinces;
  }
  const only = (...allowed: string[]) => [...kinds].every((kind) => allowed.includes(kind as string));
  if (kinds.has('ministry') && only('ministry', 'sector', 'department')) return COLLECTIVE_IDS.ministries;
  if (kinds.has('ministry') && only('ministry', 'sector', 'department', 'locality', 'province', 'city'))
    return COLLECTIVE_IDS.ministriesAndLocalities;
  if (only('locality')) return COLLECTIVE_IDS.localities;
  if (only('generic')) return COLLECTIVE_IDS.bodies;
  if (only('department', 'sector')) return COLLECTIVE_IDS.departments;
  if (only('department', 'sector', 'locality', 'district', 'city'))
    return COLLECTIVE_IDS.departmentsAndLocalities;
  return undefined;
}

/**
 * A phrase that names nobody: only generic nouns ("các cơ quan, đơn vị", "các địa phương"), or generic
 * bodies together with unnamed localities ("Các bộ, cơ quan, địa phương", 116/NQ-CP 2026): everyone and
 * no level in particular.
 */
function namesNobody(phrase: Phrase): boolean {
  if (phrase.committee) return false;
  const kinds = [...phrase.words].map((w) => BODIES[w] as string);
  return (
    kinds.every((kind) => kind === 'generic' || kind === 'locality') ||
    (kinds.includes('generic') && kinds.includes('locality'))
  );
}

/**
 * "Các doanh nghiệp" unqualified: businesses as a class, none answerable to the plan's issuer (as the
 * splitter's lone "Doanh nghiệp, nhà đầu tư", Hà Nội 310/KH-UBND 2025). Qualified, the set is one the
 * reader can tell ("Các doanh nghiệp viễn thông": the operators).
 */
function onlyBusinesses(phrase: Phrase): boolean {
  return !phrase.committee && [...phrase.words].every((w) => BODIES[w] === 'business');
}

/**
 * The collective phrase starting at token `start`, as a registry entry (or a new collective entry when
 * the registry has none of its make-up).
 * @example collectiveAt(tokens('UBND các phường, xã'), 0, byId)?.entry.id === 'ubnd-cac-xa-phuong-dac-khu'
 */
export function collectiveAt(
  text: string,
  tokens: readonly AgencyToken[],
  start: number,
  byId: ReadonlyMap<string, AgencyEntry>,
): TokenMatch | undefined {
  if (!FIRST_KEYS.has(tokens[start]?.key ?? '')) return undefined;
  const phrase = readPhrase(text, tokens, start);
  if (!phrase) return undefined;
  const qualifiedEnd = qualifierEnd(text, tokens, phrase.end);
  if (qualifiedEnd > phrase.end) {
    // "các cơ quan đại diện Việt Nam tại nước ngoài", "Các cơ sở nghiên cứu - phát triển": a qualified
    // collective is one of its own, named as written.
    const written = text.slice(
      (tokens[start] as AgencyToken).start,
      (tokens[qualifiedEnd - 1] as AgencyToken).end,
    );
    const vague = phrase.vague || /\blien quan\b/u.test(keyText(tokens, start, qualifiedEnd));
    const slip = slipInWording(text, tokens, phrase.end, qualifiedEnd);
    return {
      entry: ownCollective(undefined, written, vague),
      end: qualifiedEnd,
      ...(slip
        ? {
            mended: `${text.slice((tokens[start] as AgencyToken).start, slip.start)}${slip.word}${text.slice(slip.end, (tokens[qualifiedEnd - 1] as AgencyToken).end)}`,
          }
        : {}),
    };
  }
  const id = collectiveId(phrase);
  const known = id === undefined ? undefined : byId.get(id);
  if (known) return { entry: known, end: phrase.end };
  const written = text.slice(
    (tokens[start] as AgencyToken).start,
    (tokens[phrase.end - 1] as AgencyToken).end,
  );
  const everyone = !phrase.vague && namesNobody(phrase);
  const vague = phrase.vague || everyone || onlyBusinesses(phrase);
  return { entry: ownCollective(id, written, vague, everyone), end: phrase.end };
}

// The State's bodies a collective belongs to without a word before them: "các cơ quan Chính phủ" (631/TB-VPCP
// 2025), "các cơ quan Trung ương", "các cơ quan Quốc hội"; and the Party committees: "Các ban đảng Tỉnh ủy",
// "các ban xây dựng Đảng Thành ủy" (session 23 probe: warned as two bodies run together).
const OWNERS: ReadonlySet<string> = new Set([
  'chinh phu',
  'trung uong',
  'quoc hoi',
  'tinh uy',
  'thanh uy',
  'huyen uy',
  'quan uy',
  'thi uy',
  'dang uy',
]);

// Words before a body that belongs to the qualifier: "Các bộ ở Trung ương", "các cơ quan thuộc Chính phủ".
const OWNER_WORDS: ReadonlySet<string> = new Set(['o', 'cua', 'thuoc', 'tai', 'voi', 'cho', 'tren']);

/**
 * The end of words that qualify a collective ("Các bộ quản lý ngành, lĩnh vực"): up to the next list
 * separator that starts another name; a description of the part it plays ("trực tiếp triển khai …") is
 * no qualifier.
 */
function qualifierEnd(text: string, tokens: readonly AgencyToken[], end: number): number {
  const first = tokens[end];
  if (!first || first.separator) return end;
  if (isRolePiece(keyText(tokens, end, Math.min(tokens.length, end + 4)))) return end;
  let last = end;
  for (let i = end; i < tokens.length; i++) {
    const token = tokens[i] as AgencyToken;
    if (descriptionOpenerAt(text, tokens, i)) break;
    // "Các Bộ, ngành Ủy ban nhân dân cấp tỉnh" (844/QĐ-TTg 2026, a comma missing): a capitalised head word
    // starts another body, not a qualifier.
    if (
      rawStartsUpper(text, token) &&
      headWordAt(tokens, i) > 0 &&
      !ownerWordBefore(tokens, i) &&
      !OWNERS.has(keyText(tokens, i, i + 2))
    )
      break;
    if (token.separator === 'comma' && continuesQualifier(text, tokens, i + 1)) continue;
    if (token.separator && token.separator !== 'join') break;
    if (!token.separator) last = i + 1;
  }
  return last;
}

/** "thuộc Chính phủ", and "thuộc các Bộ có liên quan" (09/KH-BTNMT 2024): the body after is the owner. */
function ownerWordBefore(tokens: readonly AgencyToken[], i: number): boolean {
  const before = tokens[i - 1]?.key === 'cac' ? tokens[i - 2] : tokens[i - 1];
  return OWNER_WORDS.has(before?.key ?? '');
}

/** After a comma, a lower-case word that starts no name goes on with the qualifier ("…, lĩnh vực"). */
function continuesQualifier(text: string, tokens: readonly AgencyToken[], i: number): boolean {
  const next = tokens[i];
  return (
    next !== undefined &&
    next.separator === undefined &&
    !rawStartsUpper(text, next) &&
    !opensCollective(tokens, i) &&
    headWordAt(tokens, i) === 0 &&
    !isRolePiece(keyText(tokens, i, Math.min(tokens.length, i + 4)))
  );
}

/**
 * The usual wordings that qualify a collective, as written: a qualifier that reads as one of them but for
 * one letter of one word ("trữ thuộc Chính phủ") has a slip in it.
 */
const STANDARD_QUALIFIERS: ReadonlyArray<readonly string[]> = [
  ['trực', 'thuộc', 'Chính', 'phủ'],
  ['thuộc', 'Chính', 'phủ'],
  ['trực', 'thuộc', 'trung', 'ương'],
  ['có', 'liên', 'quan'],
  ['trên', 'địa', 'bàn'],
];

/**
 * A word of the qualifier from token `from` that is one letter off a standard wording whose other words
 * it matches: where it is in the text and the word it should be. Words of three letters or more only.
 */
function slipInWording(
  text: string,
  tokens: readonly AgencyToken[],
  from: number,
  to: number,
): { start: number; end: number; word: string } | undefined {
  for (const standard of STANDARD_QUALIFIERS) {
    if (to - from < standard.length) continue;
    const keys = standard.map((word) => agencyKey(word));
    let slip: number | undefined;
    let matches = true;
    for (let k = 0; k < keys.length && matches; k++) {
      const key = tokens[from + k]?.key ?? '';
      if (key === keys[k]) continue;
      if (
        slip === undefined &&
        (keys[k] as string).length >= 3 &&
        editDistance(key, keys[k] as string, 1) === 1
      )
        slip = k;
      else matches = false;
    }
    if (!matches || slip === undefined) continue;
    const token = tokens[from + slip] as AgencyToken;
    return { start: token.start, end: token.end, word: standard[slip] as string };
  }
  return undefined;
}

/** Whether a collective phrase may start at token i: "các", a committee or title, or a kind of body. */
function opensCollective(tokens: readonly AgencyToken[], i: number): boolean {
  return (
    tokens[i]?.key === 'cac' ||
    PREFIXES.some((prefix) => wordsAt(tokens, i, prefix) > 0) ||
    longestOf(tokens, i, BODIES) !== undefined
  );
}

function keyText(tokens: readonly AgencyToken[], start: number, end: number): string {
  return tokens
    .slice(start, end)
    .map((token) => token.key)
    .join(' ');
}

export function ownCollective(
  id: string | undefined,
  written: string,
  vague: boolean,
  everyone = false,
): AgencyEntry {
  const name = written.charAt(0).toUpperCase() + written.slice(1);
  return {
    id: id ?? `tap-the-${slugId(written)}`,
    name,
    shortName: deriveShortName(name),
    kind: 'collective',
    aliases: [],
    ...(vague ? { vague: true } : {}),
    ...(everyone ? { everyone: true } : {}),
  };
}
