/**
 * The lookup structures of a registry, built once per registry array: a trie over folded tokens (so a lead
 * cell is matched in one left-to-right pass, longest name first, whatever the registry's size), the entries
 * by id, and the written forms that are not variants.
 */
import { keyTokens, SEPARATOR, tokenizeAgencyText } from './agencyKey';
import type { AgencyToken } from './agencyKey';
import { literalForm } from './literalForm';
import { levelWordAt, levelWordEnd, provinceAt } from './provinceNames';
import type { TokenMatch } from './tokenMatch';
import type { TrieNode as GenericTrieNode } from './tokenTrie';
import { trieNode } from './tokenTrie';
import { descriptionOpenerAt, isRolePiece } from './roleWords';
import { headWordAt, sameHeadAt, writtenAsHead } from './headWords';
import { rawStartsUpper } from './tokenMatch';
import type { AgencyEntry, AgencyRegistry } from './schema';

type TrieNode = GenericTrieNode<AgencyEntry>;

export interface RegistryIndex {
  root: TrieNode;
  byId: ReadonlyMap<string, AgencyEntry>;
  /** Entries made from registry entries while splitting (another province's bodies), by id. */
  derived: Map<string, AgencyEntry>;
  /** Literal forms (see literalForm.ts) of each entry's name and short name. */
  accepted: ReadonlyMap<AgencyEntry, ReadonlySet<string>>;
  /** Variant verdicts already reached, by entry id and text: the literal form is the costly part. */
  verdicts: Map<string, boolean>;
  /** A central body's provincial office (`officeOf`), by the central body's id. */
  offices: ReadonlyMap<string, AgencyEntry>;
}

const cache = new WeakMap<AgencyRegistry, RegistryIndex>();

/** The index of a registry, built on first use and kept for as long as the registry array lives. */
export function registryIndex(registry: AgencyRegistry): RegistryIndex {
  let index = cache.get(registry);
  if (!index) {
    index = buildIndex(registry);
    cache.set(registry, index);
  }
  return index;
}

function buildIndex(registry: AgencyRegistry): RegistryIndex {
  const root: TrieNode = { next: new Map() };
  // A provincial office shares its central body's key: it is found through that body (`offices`).
  const named = registry.filter((entry) => entry.officeOf === undefined);
  // Names are inserted last so that they win over another entry's alias with the same key; among equals
  // the later entry wins, which lets officer entries appended after the defaults take over.
  for (const entry of named) for (const alias of entry.aliases) insert(root, alias, entry);
  for (const entry of named) insert(root, entry.shortName, entry);
  for (const entry of named) insert(root, entry.name, entry);
  return {
    root,
    byId: new Map(registry.map((entry) => [entry.id, entry])),
    derived: new Map(),
    accepted: new Map(registry.map((entry) => [entry, acceptedForms(entry)])),
    verdicts: new Map(),
    offices: new Map(
      registry.flatMap((entry) => (entry.officeOf === undefined ? [] : [[entry.officeOf, entry] as const])),
    ),
  };
}

function insert(root: TrieNode, text: string, entry: AgencyEntry): void {
  const keys = keyTokens(tokenizeAgencyText(text));
  if (keys.length === 0) return;
  trieNode(root, keys).value = entry;
}

// Forms of entries made by a pattern (local units, collectives), which the index does not hold.
const patternForms = new WeakMap<AgencyEntry, ReadonlySet<string>>();

function formsOf(index: RegistryIndex, entry: AgencyEntry): ReadonlySet<string> {
  let forms = index.accepted.get(entry) ?? patternForms.get(entry);
  if (!forms) {
    forms = acceptedForms(entry);
    patternForms.set(entry, forms);
  }
  return forms;
}

function acceptedForms(entry: AgencyEntry): ReadonlySet<string> {
  // A commune's body is written with its level word, whichever ("… xã", "… phường"), or none in the commune's
  // own plan: each of those forms is its name (communeBodies.ts).
  const written = [entry.name, entry.shortName, ...(entry.level === 'local' ? entry.aliases : [])];
  const forms = isProvincial(entry) ? written.flatMap(provinceLevelForms) : written;
  // "Báo và Phát thanh, Truyền hình Đồng Nai": the name without its level word is the body's own.
  const bare = entry.bareProvince
    ? forms.map((form) => form.replace(/\s+(?:tỉnh|thành phố|Thành phố)$/u, ''))
    : [];
  return new Set([...forms, ...bare].map((text) => comparableForm(text, entry)));
}

/**
 * A provincial body's name as a centrally-run city writes it ("Công an Thành phố", "Văn phòng Thành ủy",
 * Hà Nội 277/KH-UBND 2026): the city's own usage, not a variant. Without its level word ("Liên hiệp các tổ
 * chức hữu nghị") the name stays a variant, as the product owner listed for the sample.
 */
function provinceLevelForms(name: string): string[] {
  const city = name.replace(/Tỉnh ủy/gu, 'Thành ủy');
  const forms = [name, city];
  for (const form of [name, city])
    if (/\stỉnh\b/u.test(form))
      forms.push(form.replace(/\stỉnh\b/u, ' thành phố'), form.replace(/\stỉnh\b/u, ' Thành phố'));
  return forms;
}

/** The form compared for variants; a collective phrase may start in lower case mid-sentence. */
function comparableForm(text: string, entry: AgencyEntry): string {
  const form = literalForm(text);
  return entry.kind === 'collective' ? form.charAt(0).toLowerCase() + form.slice(1) : form;
}

/** True when the text is neither the entry's canonical name nor its short form (see literalForm.ts). */
export function isVariant(index: RegistryIndex, text: string, entry: AgencyEntry): boolean {
  if (text === entry.name || text === entry.shortName) return false;
  const key = `${entry.id}\u0000${text}`;
  let verdict = index.verdicts.get(key);
  if (verdict === undefined) {
    verdict = !formsOf(index, entry).has(comparableForm(text, entry));
    if (index.verdicts.size >= VERDICT_CACHE_LIMIT) index.verdicts.clear();
    index.verdicts.set(key, verdict);
  }
  return verdict;
}

const VERDICT_CACHE_LIMIT = 20_000;

/**
 * The longest registry name starting at token `start`, plus, for a provincial body, "tỉnh"/"thành phố"
 * and the province's name ("Công an tỉnh Đồng Nai"), and, for a vague phrase, the rest of the phrase up
 * to the next ",", ";" or line break. Undefined when no name starts there, or when a provincial body's
 * name runs on into a proper name or a level ("Thanh tra Bộ", "Công an xã"): that is another body.
 */
export function matchAt(
  index: RegistryIndex,
  tokens: readonly AgencyToken[],
  start: number,
  text = '',
): TokenMatch | undefined {
  let node = index.root;
  let best: TokenMatch | undefined;
  for (let i = start; i < tokens.length; i++) {
    const token = tokens[i] as AgencyToken;
    // A name may wrap onto the next line of the cell.
    if (token.separator === 'line') continue;
    // "Sở Văn hóa, - Thể thao": a run of separators counts as one.
    if (token.key === SEPARATOR && previousKey(tokens, i) === SEPARATOR && i > start) continue;
    const child = node.next.get(token.key);
    if (!child) break;
    node = child;
    // A match may not end inside an abbreviation's expansion: mentions must not share characters.
    if (node.value && !isContinuation(tokens, i + 1)) best = { entry: node.value, end: i + 1 };
  }
  if (!best) return undefined;
  if (best.entry.vague) {
    const end = vagueTailEnd(text, tokens, best.end);
    return isNarrowing(tokens, start, best.end, end)
      ? { entry: best.entry, end, qualified: true }
      : { ...best, end };
  }
  if (best.entry.level === 'local') return withUnitName(text, tokens, best);
  if (!isProvincial(best.entry))
    return officeInProvince(tokens, best) ?? withTrailingProvinceWord(tokens, best);
  return withProvince(tokens, best, text, start);
}

/**
 * A central body's office in a province, "Cục Thuế tỉnh Đồng Nai", "Cục Thống kê thành phố Hà Nội" (before the
 * 2025 reorganisation): the level and the province belong to the name, never a second body ("tỉnh Đồng Nai"
 * read as that province's committee cut the name and sent its tasks to the committee's list).
 */
function officeInProvince(tokens: readonly AgencyToken[], match: TokenMatch): TokenMatch | undefined {
  if (match.entry.kind === 'collective') return undefined;
  const level = levelWordAt(tokens, match.end);
  const named = level ? provinceAt(tokens, level.end) : undefined;
  if (named && !isContinuation(tokens, named.end))
    return { ...match, end: named.end, province: named.province, inProvince: true };
  // "Viettel Đồng Nai", "VNPT Lâm Đồng": a State group's unit in a province, named by the province alone.
  const unit = match.entry.kind === 'central-body' ? provinceAt(tokens, match.end) : undefined;
  return unit && !isContinuation(tokens, unit.end)
    ? { ...match, end: unit.end, province: unit.province, inProvince: true, branch: true }
    : undefined;
}

// "Công an xã Tân Phú", "Trạm Y tế phường 3": a commune's body, then the commune's name — up to another body's
// head word ("Trạm Y tế xã Sở Y tế", a comma left out).
function withUnitName(text: string, tokens: readonly AgencyToken[], match: TokenMatch): TokenMatch {
  let end = match.end;
  while (
    end < tokens.length &&
    !tokens[end]?.separator &&
    rawStartsUpper(text, tokens[end]) &&
    !(headWordAt(tokens, end) > 0 && writtenAsHead(text, tokens, end))
  )
    end++;
  return end > match.end && !isContinuation(tokens, end) ? { ...match, end, unitFrom: match.end } : match;
}

// "Hội Nhà báo tỉnh": a trailing "tỉnh" (the key drops it) belongs to the name when nothing follows it.
function withTrailingProvinceWord(tokens: readonly AgencyToken[], match: TokenMatch): TokenMatch {
  const next = tokens[match.end];
  const after = tokens[match.end + 1];
  return next?.key === 'tinh' && (after === undefined || after.separator !== undefined)
    ? { ...match, end: match.end + 1, inProvince: true }
    : match;
}

/** A body every province has in its own name: a province's name may follow it. */
export function isProvincial(entry: AgencyEntry): boolean {
  return entry.level === 'province' || (entry.level === undefined && PROVINCE_WORD.test(entry.name));
}

// An officer's own entry has no level; "… tỉnh" at the end of its name says it is a provincial body.
const PROVINCE_WORD = /\stỉnh$/u;

const LEVEL_LIKE = new Set(['xa', 'phuong', 'huyen', 'quan', 'thi', 'dac', 'bo', 'khu', 'vung']);

function withProvince(
  tokens: readonly AgencyToken[],
  match: TokenMatch,
  text: string,
  start: number,
): TokenMatch | undefined {
  const every = everyProvinceEnd(tokens, match.end);
  if (every > match.end) return { ...match, end: every, everyProvince: true };
  // "Thuế cơ sở 1 tỉnh Quảng Ninh": a 2025 unit's number comes before its province.
  const afterNumber = unitNumberAt(text, tokens, match.end) ? match.end + 1 : match.end;
  const afterLevel = levelWordEnd(tokens, afterNumber);
  const named = provinceAt(tokens, afterLevel);
  if (named && !isContinuation(tokens, named.end))
    return { ...match, end: named.end, province: named.province };
  const end = afterLevel;
  const next = tokens[end];
  if (
    next &&
    !next.separator &&
    !opensBracket(text, tokens, end) &&
    !startsRole(tokens, end) &&
    !sameHeadAgain(tokens, start, end) &&
    !opensAnother(tokens, start, end) &&
    (rawStartsUpper(text, next) || LEVEL_LIKE.has(next.key))
  )
    return undefined;
  return { ...match, end };
}

/** A unit's number at token i, in digits or capital Roman numerals ("3", "XII"), not a word. */
export function unitNumberAt(text: string, tokens: readonly AgencyToken[], i: number): boolean {
  const token = tokens[i];
  return (
    token !== undefined &&
    !token.separator &&
    /^(?:[IVXL]+|\d{1,3})$/u.test(text.slice(token.start, token.end))
  );
}

/**
 * "Sở Khoa học và Công nghệ Sở Công Thương" (Hà Nội 310/KH-UBND 2025): the same head word starting again
 * right after a name opens a second body of the same rank, run on for a missing comma — no "Sở" is a unit
 * of another. ("Thanh tra Sở Xây dựng" differs: its head words differ, it is one unit.)
 */
function sameHeadAgain(tokens: readonly AgencyToken[], start: number, end: number): boolean {
  const head = sameHeadAt(tokens, start, end);
  return head > 0 && headWordAt(tokens, end) === head;
}

/**
 * After a whole body's name, "Các …" opens a second party, run on for a missing comma: "… Sở Tài chính Các
 * sở, ban, ngành và địa phương liên quan" (104/CTr-TU Lào Cai 2026, a row's cells run together). So does a
 * head word after a body that is no unit of another ("Sở Tài chính UBND các xã"): a unit is written before
 * its parent ("Thanh tra Sở Xây dựng", "Văn phòng Bộ …"), a department or ministry has none after it.
 */
function opensAnother(tokens: readonly AgencyToken[], start: number, end: number): boolean {
  if (tokens[end]?.key === 'cac') return true;
  const head = headWordAt(tokens, start);
  const words = tokens
    .slice(start, start + head)
    .map((token) => token.key)
    .join(' ');
  return TOP_HEADS.has(words) && headWordAt(tokens, end) > 0;
}

// Head words of bodies that are no unit of another named after them.
const TOP_HEADS: ReadonlySet<string> = new Set([
  'so',
  'bo',
  'uy ban',
  'cong an',
  'bo chi huy',
  'tinh uy',
  'thanh uy',
]);

/**
 * "Sở Nông nghiệp và Môi trường các tỉnh", "Công an các tỉnh, thành phố" (2200/QĐ-BNNMT 2026): the body of
 * every province, one collective mention.
 */
function everyProvinceEnd(tokens: readonly AgencyToken[], end: number): number {
  if (tokens[end]?.key !== 'cac' || tokens[end + 1]?.key !== 'tinh') return end;
  let last = end + 2;
  const then = tokens[last]?.separator === 'comma' || tokens[last]?.separator === 'and' ? last + 1 : last;
  if (tokens[then]?.key === 'thanh' && tokens[then + 1]?.key === 'pho') last = then + 2;
  return last;
}

/** "Sở Nông nghiệp và Môi trường (Văn phòng Đăng ký đất đai …)": a bracket qualifies the name before it. */
function opensBracket(text: string, tokens: readonly AgencyToken[], i: number): boolean {
  const previous = tokens[i - 1];
  const next = tokens[i];
  return previous !== undefined && next !== undefined && text.slice(previous.end, next.start).includes('(');
}

function previousKey(tokens: readonly AgencyToken[], i: number): string | undefined {
  let j = i - 1;
  while (tokens[j]?.separator === 'line') j--;
  return tokens[j]?.key;
}

function isContinuation(tokens: readonly AgencyToken[], i: number): boolean {
  const previous = tokens[i - 1];
  const next = tokens[i];
  return next !== undefined && previous !== undefined && next.start === previous.start;
}

function vagueTailEnd(text: string, tokens: readonly AgencyToken[], end: number): number {
  let last = end;
  for (let i = end; i < tokens.length; i++) {
    const separator = tokens[i]?.separator;
    if (separator === 'comma' || separator === 'hard' || separator === 'line') break;
    // "các địa phương theo chức năng, …": what they are to do is no part of who they are.
    if (descriptionOpenerAt(text, tokens, i)) break;
    if (separator === undefined) last = i + 1;
  }
  return last;
}

// Words after a vague phrase that leave it vague: "… có liên quan", "… khác", "… được giao", "… chủ trì".
const STILL_VAGUE = /^(?:co )?(?:lien quan|khac|duoc giao|tren dia ban|chu tri|phoi hop|thuc hien)\b/u;

/**
 * Words after a vague phrase that say which bodies are meant ("… giải quyết TTHC", "… quản lý cảng"). A
 * phrase that says "liên quan" or "được giao" anywhere stays vague ("Các cơ quan được giao chủ trì tham
 * mưu đoàn ra").
 */
function isNarrowing(tokens: readonly AgencyToken[], start: number, from: number, to: number): boolean {
  if (to <= from) return false;
  const words = (a: number, b: number) =>
    tokens
      .slice(a, b)
      .filter((token) => !token.separator)
      .map((token) => token.key)
      .join(' ');
  const tail = words(from, to);
  return tail !== '' && !STILL_VAGUE.test(tail) && !/\b(?:lien quan|duoc giao)\b/u.test(words(start, to));
}

/** "Sở Ngoại vụ (Chủ trì)": a role word after a name is not a second name. */
function startsRole(tokens: readonly AgencyToken[], i: number): boolean {
  const two = `${tokens[i]?.key ?? ''} ${tokens[i + 1]?.key ?? ''}`;
  return isRolePiece(two);
}
