import { agencyKey, keyTokens, tokenizeAgencyText } from './agencyKey';
import type { AgencyToken } from './agencyKey';
import { frameless } from './cellFraming';
import { collectiveAt, ownCollective } from './collectivePhrase';
import { distributiveLists } from './distributiveList';
import type { DistributiveList } from './distributiveList';
import { foreignBody } from './foreignBody';
import { headWordAt, isKindWord, sameHeadAt, writtenAsHead } from './headWords';
import { localUnitAt } from './localUnit';
import { slugId } from './officerEntry';
import { officeTitleAt } from './officeTitles';
import { levelWordEnd, provinceAt } from './provinceNames';
import { isVariant, matchAt, registryIndex, unitNumberAt } from './registryIndex';
import type { RegistryIndex } from './registryIndex';
import { descriptionOpenerAt, isRolePiece } from './roleWords';
import type { AgencyEntry, AgencyRegistry, Province } from './schema';
import type { TokenMatch } from './tokenMatch';
import { rawStartsUpper } from './tokenMatch';
import { punctuationTwin, typoSuggestion } from './typoSuggestion';
import { appendAll } from '../arrays';
import { inZones, markSupporting } from './cellRoles';

/** What the plan tells the splitter: whose province "tỉnh" is (a province id), when known. */
export interface SplitContext {
  province?: string | null;
}

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
  /** The province named after a provincial body ("Sở Tài chính tỉnh Bình Phước"). */
  province?: Province;
  /** An unknown piece that reads as a name: it starts with a head word ("Cục …", "Trung tâm …"). */
  wellFormed?: boolean;
  /** An unknown piece that is only a head word ("Sở"): a doubled word or a name cut off. */
  headOnly?: boolean;
  /** An unknown piece one or two letters away from a registry name: the name it likely meant. */
  suggestion?: AgencyEntry;
  /** The head word an item of a list such as "Các Bộ: Y tế, Xây dựng" takes from the list ("Bộ"). */
  impliedHead?: string;
  /** A collective whose standard wording has a slip: the phrase mended ("cơ quan trực thuộc Chính phủ"). */
  mended?: string;
  /**
   * The number of one of a registry body's numbered units ("Thuế cơ sở 3", "Kho bạc Nhà nước khu vực XV"):
   * each unit is an agency of its own, so its list is its own.
   */
  unit?: string;
  /**
   * Only spaces part it from the mention before: "Các Bộ, ngành Ủy ban nhân dân cấp tỉnh" (844/QĐ-TTg 2026),
   * a comma or "và" missing between two bodies.
   */
  runsOn?: boolean;
  /**
   * Named in a lead cell as supporting the task, not leading it ("Sở Nội vụ phối hợp", after "Phối hợp:"):
   * its list has the task as one it supports (cellRoles.ts).
   */
  supporting?: boolean;
}

/**
 * The name a mention stands for, as the officer wrote it: an item of a distributive list takes the list's
 * head word ("Xây dựng" after "Các Bộ:" is "Bộ Xây dựng").
 */
export function mentionName(mention: AgencyMention): string {
  const text = mention.text.trim();
  return mention.impliedHead ? `${mention.impliedHead} ${text}` : text;
}

/**
 * The agencies a lead or partner cell names, in order. Registry names are matched longest first, so a
 * name containing a comma or "và" stays whole; text the registry does not know is split at ";", ",", "và"
 * and line breaks and comes back without `entry`.
 * @example splitAgencies('Sở Du lịch; Trung tâm xúc tiến đầu tư, thương mại du lịch tỉnh', DEFAULT_REGISTRY)
 *   .map((m) => m.entry?.id) // ['so-du-lich', 'trung-tam-xuc-tien-dau-tu-thuong-mai-du-lich']
 * @example splitAgencies('Sở Văn hóa, Thể thao và Du lịch', DEFAULT_REGISTRY).length === 1
 */
export function splitAgencies(
  cellText: string,
  registry: AgencyRegistry,
  context: SplitContext = {},
): AgencyMention[] {
  const index = registryIndex(registry);
  const cache = cellCache(index);
  const key = `${context.province ?? ''}\u0000${cellText}`;
  let mentions = cache.get(key);
  if (!mentions) {
    mentions = markSupporting(cellText, findMentions(index, cellText, context));
    if (cache.size >= CELL_CACHE_LIMIT) cache.clear();
    cache.set(key, mentions);
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

function findMentions(index: RegistryIndex, written: string, context: SplitContext): AgencyMention[] {
  // Same length and offsets as written; only paragraph numbers and topic labels are blanked.
  const cellText = frameless(written);
  // A name may wrap over a blanked line start: every mention's text is the cell's own, as written.
  const asWritten = (m: AgencyMention, i: number, all: readonly AgencyMention[]): AgencyMention => {
    const previous = all[i - 1];
    const runsOn = previous !== undefined && /^[ \t]+$/u.test(written.slice(previous.end, m.start));
    return { ...m, text: written.slice(m.start, m.end), ...(runsOn ? { runsOn } : {}) };
  };
  const lists = distributiveLists(cellText);
  if (lists.length === 0) return atEveryLevel(scanMentions(index, cellText, context).map(asWritten), written);
  // The lists are read item by item; the rest of the cell as usual, with the lists blanked out (same
  // offsets, so every mention's text is still the cell's own).
  // A list is blanked behind a hard stop, so that no name outside it runs on across it.
  let masked = cellText;
  for (const list of lists)
    masked = `${masked.slice(0, list.start)};${' '.repeat(list.end - list.start - 1)}${masked.slice(list.end)}`;
  const mentions = scanMentions(index, masked, context).map((m) => ({
    ...m,
    text: cellText.slice(m.start, m.end),
  }));
  for (const list of lists)
    for (const item of wholeNames(index, cellText, list, context))
      appendAll(mentions, itemMentions(index, cellText, list.head, item, context, list.whole));
  return atEveryLevel(mentions.sort((a, b) => a.start - b.start).map(asWritten), written);
}

// "các xã, phường", "các cấp", "các địa phương": the places or levels a body is named at.
const AT_LEVELS = /^các\s+(?:cấp|xã|phường|thị trấn|đặc khu|huyện|quận|tỉnh|địa phương)(?!\p{L})/u;

/**
 * A body followed straight by the levels it stands at — "Công an các xã, phường", "Hội đồng nhân dân các xã,
 * phường", "Ủy ban MTTQ Việt Nam các cấp" — is that body at each of them, one collective: not the province's
 * body and a set of communes run together (which sent the task to the provincial body's list).
 */
function atEveryLevel(mentions: AgencyMention[], written: string): AgencyMention[] {
  const out: AgencyMention[] = [];
  for (const m of mentions) {
    const body = out[out.length - 1];
    if (body?.entry && body.entry.kind !== 'collective' && m.runsOn && AT_LEVELS.test(m.text)) {
      const text = written.slice(body.start, m.end);
      out[out.length - 1] = {
        ...body,
        text,
        end: m.end,
        // Its own list, one whatever the order of the levels ("các xã, phường" or "các phường, xã").
        entry: ownCollective(`${body.entry.id}--${levelsKey(m.text)}`, text, false),
        variant: false,
        vague: false,
        collective: true,
      };
      continue;
    }
    out.push(m);
  }
  return out;
}

/** The levels a phrase names, in a fixed order: "các phường, xã" and "các xã, phường" alike. */
function levelsKey(levels: string): string {
  return [...new Set(slugId(levels).split('-'))]
    .filter((word) => word !== 'cac')
    .sort()
    .join('-');
}

/**
 * A list's items, those that a registry name spans joined again: "Các Bộ: Y tế, Văn hóa, Thể thao và Du
 * lịch" (Công điện 217/CĐ-TTg 2025) lists two ministries, the second with a comma of its own.
 */
function wholeNames(
  index: RegistryIndex,
  cellText: string,
  list: DistributiveList,
  context: SplitContext,
): Array<{ start: number; end: number }> {
  const { items, head } = list;
  const out: Array<{ start: number; end: number }> = [];
  for (let i = 0; i < items.length;) {
    let next = i + 1;
    let span = items[i] as { start: number; end: number };
    for (let k = Math.min(items.length - 1, i + 3); k > i; k--) {
      const joined = { start: span.start, end: (items[k] as { end: number }).end };
      const text = `${head} ${cellText.slice(joined.start, joined.end)}`;
      const found = scanMentions(index, text, context);
      if (found.length === 1 && found[0]?.entry && found[0].start === 0 && found[0].end === text.length) {
        span = joined;
        next = k + 1;
        break;
      }
    }
    out.push(span);
    i = next;
  }
  return out;
}

/**
 * One item of a distributive list ("Xây dựng" after "Các Bộ:"), read with its head word. An item that is
 * no name as a whole may be two joined by "và" ("Tài chính và Tư pháp") — unless the list parts its items
 * by ";" (`wholeItem`: "Phát thanh truyền hình và Thông tin điện tử" is one Cục).
 */
function itemMentions(
  index: RegistryIndex,
  cellText: string,
  head: string,
  item: { start: number; end: number },
  context: SplitContext,
  wholeItem = false,
): AgencyMention[] {
  const written = cellText.slice(item.start, item.end);
  // "Các Bộ: Y tế và ." — nothing after the "và" names anyone.
  if (written.trim() === '') return [];
  const found = scanMentions(index, `${head} ${written}`, context);
  const whole = found.length === 1 && found[0]?.entry ? found[0] : undefined;
  // "Tập đoàn Điện lực Việt Nam" among the ministries (648/TB-VPCP 2025): a name with its own head word takes
  // no other — unless with the list's it is a name ("Công an" after "Các Bộ:" is Bộ Công an).
  const own = tokenizeAgencyText(written);
  if (!whole && headWordAt(own, 0) > 0 && writtenAsHead(written, own, 0) && rawStartsUpper(written, own[0]))
    return scanMentions(index, written, context).map((m) => ({
      ...m,
      start: item.start + m.start,
      end: item.start + m.end,
    }));
  if (whole || wholeItem || !/\svà(?:\s|$)/u.test(written)) {
    // "Quốc phòng theo chức năng": the item is the name, without what it is to do.
    const length = whole ? Math.min(written.length, whole.end - head.length - 1) : written.length;
    return [
      {
        ...(whole ?? found[0] ?? unknownItem()),
        text: written.slice(0, length),
        start: item.start,
        end: item.start + length,
        impliedHead: head,
      },
    ];
  }
  // Part at the last "và" that leaves a whole name before it ("Nông nghiệp và PTNT | và các đơn vị liên quan",
  // 12/NQ-CP 2023), else at the first.
  const cuts = [...written.matchAll(/\svà(?=\s|$)/gu)].map((m) => m.index);
  const cut =
    cuts
      .slice(1)
      .reverse()
      .find((at) => isWholeName(index, `${head} ${written.slice(0, at)}`, context)) ?? (cuts[0] as number);
  const left = { start: item.start, end: item.start + cut };
  const right = { start: item.start + cut + ' và'.length + 1, end: item.end };
  return [
    ...itemMentions(index, cellText, head, left, context),
    ...afterListItem(index, cellText, head, right, context),
  ];
}

function isWholeName(index: RegistryIndex, text: string, context: SplitContext): boolean {
  const found = scanMentions(index, text, context);
  return found.length === 1 && found[0]?.entry !== undefined && found[0].end === text.length;
}

/**
 * What follows an item's "và": another item, or, in lower case after "các", bodies of other kinds that take
 * no head from the list ("Các Bộ: Quốc phòng, Xây dựng và các đơn vị liên quan" — no "Bộ các đơn vị").
 */
function afterListItem(
  index: RegistryIndex,
  cellText: string,
  head: string,
  item: { start: number; end: number },
  context: SplitContext,
): AgencyMention[] {
  const written = cellText.slice(item.start, item.end);
  if (!/^\s*các\s/u.test(written)) return itemMentions(index, cellText, head, item, context);
  return scanMentions(index, written, context).map((m) => ({
    ...m,
    start: item.start + m.start,
    end: item.start + m.end,
  }));
}

function unknownItem(): AgencyMention {
  return { text: '', start: 0, end: 0, variant: false, vague: false, collective: false, wellFormed: true };
}

function scanMentions(
  index: RegistryIndex,
  cellText: string,
  context: SplitContext,
  mendHeadless = true,
): AgencyMention[] {
  const tokens = tokenizeAgencyText(cellText);
  const mentions: AgencyMention[] = [];
  // Token indices of the unknown piece being gathered.
  let unknown: { first: number; last: number } | undefined;
  const flush = () => {
    if (unknown) {
      const piece = tokens.slice(unknown.first, unknown.last + 1);
      const words = keyTokens(piece);
      const provinces = provinceList(index, cellText, piece, context);
      if (provinces) appendAll(mentions, provinces);
      else if (!isRolePiece(words.join(' ')) && namesSomeone(cellText, piece))
        pushOnce(mentions, unknownMention(index, cellText, piece, words));
    }
    unknown = undefined;
  };
  // After a description opener ("Bộ Tư pháp tổng hợp, đánh giá …"), what the agency is to do: skipped up
  // to the line's end, or to a comma before another name ("…, Thanh tra Chính phủ").
  let describing: { partners: boolean } | undefined;
  // "… phối hợp với Sở Tài chính, Công an tỉnh": the names up to the line's end support the lead (cellRoles).
  let supportFrom: number | undefined;
  // "Sở Tài chính (phối hợp với Sở Nội vụ), Công an tỉnh": opened inside a bracket, the zone ends at its close.
  let supportUntil: number | undefined;
  const supportZones: Array<[number, number]> = [];
  const closeSupport = (at: number) => {
    if (supportFrom !== undefined) supportZones.push([supportFrom, at]);
    supportFrom = undefined;
    supportUntil = undefined;
  };
  const openSupport = (at: number) => {
    supportFrom = at;
    supportUntil = bracketCloseAfter(cellText, tokens, i);
  };
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as AgencyToken;
    if (supportUntil !== undefined && token.start > supportUntil) {
      flush();
      describing = undefined;
      closeSupport(supportUntil);
    }
    if (describing) {
      // "chủ trì, phối hợp với Bộ Nội vụ, các địa phương …": from "với" on, the names are partners.
      const inner = describing.partners ? undefined : descriptionOpenerAt(cellText, tokens, i);
      if (inner?.supports) {
        describing = undefined;
        openSupport(token.start);
        i += inner.length;
        continue;
      }
      if (inner?.partners) describing.partners = true;
      if (token.separator === 'hard' || token.separator === 'line') {
        describing = undefined;
        closeSupport(token.start);
      } else if (
        !describing.partners &&
        (token.separator === 'comma' || token.separator === 'and') &&
        startsNamedAgency(index, cellText, tokens, i + 1)
      )
        describing = undefined;
      i++;
      continue;
    }
    const opener = token.separator ? undefined : descriptionOpenerAt(cellText, tokens, i);
    if (opener && !(unknown && isHeadOnly(tokens, unknown.first, i))) {
      flush();
      if (opener.supports) {
        openSupport(token.start);
        i += opener.length;
        continue;
      }
      describing = { partners: opener.partners };
      i += opener.length;
      continue;
    }
    if (token.separator) {
      // A comma or "và" parts an unknown name only where the next part starts an agency: "Báo và Phát
      // thanh, Truyền hình Đồng Nai" stays whole, "Hội A, Hội B" are two. Inside the bracket an unknown
      // name opened nothing parts it: "Trung tâm Hướng dẫn báo chí nước ngoài (Cục Phục vụ Ngoại giao
      // đoàn, Bộ Ngoại giao)" (58/KH-UBND Bà Rịa - Vũng Tàu 2024) is one unit.
      if (unknown && token.separator !== 'line' && insideBracket(cellText, tokens, unknown.first, i)) {
        i++;
        continue;
      }
      if (token.separator === 'hard' || token.separator === 'line') {
        flush();
        closeSupport(token.start);
      } else if (
        token.separator !== 'join' &&
        (startsAgency(index, cellText, tokens, i + 1) || slashBeforeName(cellText, tokens, i))
      )
        flush();
      i++;
      continue;
    }
    // Inside an unknown name no new name starts ("Phòng Văn hóa Sở Y tế", "Văn phòng HĐND Thành phố" are
    // one unit each) unless the piece so far is the head word doubled ("Sở Sở Nội vụ": reported on its own).
    const blocked = unknown !== undefined && !isDoubledHead(tokens, unknown.first, i);
    const held = startsInside(tokens, i) || blocked ? undefined : heldBody(index, cellText, tokens, i);
    // "Ngân hàng Nhà nước Việt Nam Chi nhánh Khu vực II" (179/KH-UBND Đồng Nai 2025): a branch of a known
    // body is a unit of its own, read whole as a name the registry does not know.
    const match = held && !opensBranch(tokens, held.match.end) ? held.match : undefined;
    if (held && match) {
      flush();
      // "Bộ Tư pháp (đối với các nội dung …)": a bracket after a name qualifies it.
      const end = qualifiedEnd(index, cellText, tokens, match.end);
      // "Công an xã Tân Phú": the body's name is compared without the commune's, which tells the unit.
      const nameEnd = endOf(tokens, match.unitFrom ?? match.end);
      const named = knownMention(index, cellText, held.nameStart, nameEnd, match, context, end.offset);
      const unit =
        match.unitFrom === undefined
          ? {}
          : { unit: cellText.slice((tokens[match.unitFrom] as AgencyToken).start, endOf(tokens, match.end)) };
      // "Giám đốc Sở Y tế": the body, with the title of whoever answers for it.
      const mention = { ...named, ...unit, start: token.start, text: cellText.slice(token.start, named.end) };
      // "Bộ Tài chính\nBộ Tài chính" (a task's two sub-rows joined): one agency, once. Two provinces' bodies
      // of one kind ("UBND thành phố Hà Nội, UBND Thành phố Hồ Chí Minh" in a national plan) are two, and
      // two communes' ("Công an xã Tân Phú, Công an xã Tân An").
      if (
        !mentions.some(
          (m) =>
            m.entry?.id === mention.entry?.id &&
            m.province?.id === mention.province?.id &&
            m.unit === mention.unit,
        )
      )
        mentions.push(mention);
      i = end.token;
      continue;
    }
    unknown = { first: unknown?.first ?? i, last: i };
    i++;
  }
  flush();
  closeSupport(cellText.length);
  const marked = mentions.map((m) => (inZones(m, supportZones) ? { ...m, supporting: true } : m));
  const read = lonelyHeadsAsKinds(cellText, marked);
  return mendHeadless ? headlessNames(index, context, read) : read;
}

/**
 * "Bộ Xây dựng, Khoa học và Công nghệ" (109/NQ-CP 2026): an unknown piece that is a registry name once it
 * takes the head word of the name before it has lost that word; it likely meant that name.
 */
function headlessNames(
  index: RegistryIndex,
  context: SplitContext,
  mentions: AgencyMention[],
): AgencyMention[] {
  return mentions.map((m, i) => {
    const previous = mentions[i - 1];
    if (m.entry || m.suggestion || m.wellFormed || m.collective || !previous?.entry) return m;
    const tokens = tokenizeAgencyText(previous.text);
    const head = headWordAt(tokens, 0);
    if (head === 0) return m;
    const headText = previous.text.slice(0, (tokens[head - 1] as AgencyToken).end);
    const whole = scanMentions(index, `${headText} ${m.text}`, context, false);
    const entry =
      whole.length === 1 && whole[0]?.end === headText.length + 1 + m.text.length
        ? whole[0].entry
        : undefined;
    return entry && entry.kind !== 'collective' ? { ...m, suggestion: entry } : m;
  });
}

/**
 * A lone head word that a separator or the cell's end follows, in a cell that also names a collective or
 * another lone head word, is one more kind of body: "Các bộ, cơ quan, địa phương, Tập đoàn kinh tế, Tổng
 * công ty" (109/NQ-CP 2026), "Viện, Trường; Doanh nghiệp, Sở, ban, ngành có liên quan" (552/KH-UBND Đồng
 * Tháp 2025). Followed straight by a name ("Sở Sở Công thương") it is a doubled word and stays unclear.
 */
function lonelyHeadsAsKinds(cellText: string, mentions: AgencyMention[]): AgencyMention[] {
  const lone = mentions.filter((m, i) => m.headOnly && separatedFromNext(cellText, m, mentions[i + 1]));
  const plural = mentions.some((m) => m.collective) || lone.length >= 2;
  if (!plural) return mentions;
  return mentions.map((m) => (lone.includes(m) ? { ...m, headOnly: false, collective: true } : m));
}

function separatedFromNext(cellText: string, m: AgencyMention, next: AgencyMention | undefined): boolean {
  return next === undefined || /[,;\n/]|\svà\s/u.test(cellText.slice(m.end, next.start));
}

/**
 * A piece the registry does not know names someone when it starts with a head word ("cơ quan …"), with
 * "các", or holds a capitalised word; "nhiệm vụ", "chính sách đặc thù" (the rest of a description cut at
 * a comma) and "Theo phân công tại …" name nobody.
 */
function namesSomeone(cellText: string, piece: readonly AgencyToken[]): boolean {
  const first = piece[0];
  // "Theo phân công tại Quyết định số …": a pointer to another document, not a name.
  if (!first || first.key === 'theo' || (first.key === 'can' && piece[1]?.key === 'cu')) return false;
  // "Do Chủ tịch Hội đồng thẩm định quyết định": who leads is left to a decision, not named.
  if (first.key === 'do' && LEFT_TO_DECISION.test(keyTokens(piece).join(' '))) return false;
  return (
    (headWordAt(piece, 0) > 0 && writtenAsHead(cellText, piece, 0)) ||
    first.key === 'cac' ||
    piece.some((token) => !token.separator && rawStartsUpper(cellText, token)) ||
    isKindWord(keyTokens(piece))
  );
}

const LEFT_TO_DECISION = /\b(?:quyet dinh|phan cong|chi dinh)$/u;

function opensBranch(tokens: readonly AgencyToken[], end: number): boolean {
  return tokens[end]?.key === 'chi' && tokens[end + 1]?.key === 'nhanh' && !tokens[end]?.separator;
}

/** The tokens from `first` to `i` are a head word only ("Ban" before "chủ trì …" is no name yet). */
function isHeadOnly(tokens: readonly AgencyToken[], first: number, i: number): boolean {
  return headWordAt(tokens, first) >= i - first;
}

/** After a description, a new name starts with a capital or with "các" ("…, các bộ, cơ quan"). */
function startsNamedAgency(
  index: RegistryIndex,
  cellText: string,
  tokens: readonly AgencyToken[],
  i: number,
): boolean {
  const first = tokens[nextWord(tokens, i)];
  if (!first || !(rawStartsUpper(cellText, first) || first.key === 'cac')) return false;
  return startsAgency(index, cellText, tokens, i);
}

function nextWord(tokens: readonly AgencyToken[], i: number): number {
  let j = i;
  while (tokens[j]?.separator) j++;
  return j;
}

/** The tokens from `first` to `i` are a head word, and the same head word starts again at `i`. */
function isDoubledHead(tokens: readonly AgencyToken[], first: number, i: number): boolean {
  const head = sameHeadAt(tokens, first, i);
  return head > 0 && head === i - first;
}

/**
 * The name starting at token i, or after the office title starting there ("Giám đốc Sở Y tế", "Chủ tịch
 * UBND tỉnh"), with the offset where the body's own name starts.
 */
function heldBody(
  index: RegistryIndex,
  cellText: string,
  tokens: readonly AgencyToken[],
  i: number,
): { match: TokenMatch; nameStart: number } | undefined {
  const own = bestMatch(index, cellText, tokens, i);
  if (own) return { match: own, nameStart: (tokens[i] as AgencyToken).start };
  const title = officeTitleAt(cellText, tokens, i);
  const body = title > 0 ? bestMatch(index, cellText, tokens, i + title) : undefined;
  return body ? { match: body, nameStart: (tokens[i + title] as AgencyToken).start } : undefined;
}

/** The longest of the registry name, the collective phrase and the local unit starting at token i. */
function bestMatch(
  index: RegistryIndex,
  cellText: string,
  tokens: readonly AgencyToken[],
  i: number,
): TokenMatch | undefined {
  let best = matchAt(index, tokens, i, cellText);
  for (const other of [collectiveAt(cellText, tokens, i, index.byId), localUnitAt(cellText, tokens, i)])
    if (
      other &&
      !endsInside(tokens, other.end) &&
      (!best || other.end > best.end || (other.end === best.end && best.everyProvince))
    )
      best = other;
  return best;
}

// "các HĐND": a match may not end inside an abbreviation's expansion (mentions must not share characters).
function endsInside(tokens: readonly AgencyToken[], end: number): boolean {
  return end > 0 && tokens[end]?.start === tokens[end - 1]?.start;
}

/**
 * "Ban Quản lý quy hoạch/Tư vấn được lựa chọn" (836/QĐ-BXD 2019): a slash before a capitalised word parts
 * two parties, whatever the second is called; no name holds a slash between capitals.
 */
function slashBeforeName(cellText: string, tokens: readonly AgencyToken[], i: number): boolean {
  const token = tokens[i] as AgencyToken;
  return (
    cellText.charAt(token.start) === '/' &&
    rawStartsUpper(cellText, tokens[nextWord(tokens, i + 1)]) &&
    !acronymPair(cellText, tokens, i)
  );
}

/**
 * "HIV/AIDS" in "Trung tâm Phòng, chống HIV/AIDS" (session 21 probe): two acronyms joined by a slash with no
 * space are one term of a name. Bodies' abbreviations ("UBND/HĐND") still part, being names themselves.
 */
function acronymPair(cellText: string, tokens: readonly AgencyToken[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!before || !after || before.separator || after.separator) return false;
  const slash = (tokens[i] as AgencyToken).start;
  if (before.end !== slash || after.start !== slash + 1) return false;
  // An abbreviation's expansion ("UBND": four tokens) shares its offsets with the token beside it.
  const acronym = (t: AgencyToken, neighbour: AgencyToken | undefined) =>
    /^\p{Lu}{2,6}$/u.test(cellText.slice(t.start, t.end)) && neighbour?.start !== t.start;
  return acronym(before, tokens[i - 2]) && acronym(after, tokens[i + 2]);
}

function startsAgency(
  index: RegistryIndex,
  cellText: string,
  tokens: readonly AgencyToken[],
  i: number,
): boolean {
  const j = nextWord(tokens, i);
  if (j >= tokens.length) return true;
  if (descriptionOpenerAt(cellText, tokens, j)) return false;
  return (
    // "…, công nghệ, đổi mới sáng tạo và chuyển đổi số" goes on a board's name: "đổi" is no "Đội".
    (headWordAt(tokens, j) > 0 && writtenAsHead(cellText, tokens, j)) ||
    matchAt(index, tokens, j, cellText) !== undefined ||
    collectiveAt(cellText, tokens, j, index.byId) !== undefined
  );
}

// A bracket that says who supports the body before it: "(phối hợp Sở Nội vụ)", "(chủ trì, phối hợp với …)".
const SUPPORT_BRACKET = /^\s*(?:chủ trì\s*[,;]?\s*)?(?:phối hợp|cùng với)(?!\p{L})/iu;

function qualifiedEnd(
  index: RegistryIndex,
  cellText: string,
  tokens: readonly AgencyToken[],
  end: number,
): { offset: number; token: number } {
  const numbered = numberedEnd(cellText, tokens, end);
  if (numbered > end) return { offset: endOf(tokens, numbered), token: numbered };
  const offset = endOf(tokens, end);
  const owner = ownerEnd(index, cellText, tokens, end);
  if (owner > end) return { offset: endOf(tokens, owner), token: owner };
  const open = /^\s*\(/u.exec(cellText.slice(offset));
  // "Sở Tài chính (phối hợp với Sở Nội vụ)": the bracket names who supports, read as a lead cell's words are.
  if (open && SUPPORT_BRACKET.test(cellText.slice(offset + open[0].length))) return { offset, token: end };
  const close = open ? cellText.indexOf(')', offset) : -1;
  if (close < 0) return { offset, token: end };
  let token = end;
  while (token < tokens.length && (tokens[token] as AgencyToken).start < close) token++;
  return { offset: close + 1, token };
}

/**
 * The offset of the ")" that closes a bracket opened before token i since the token before it ("Sở Tài chính
 * (chủ trì, phối hợp với Sở Nội vụ)"), or undefined when token i is not inside such a bracket.
 */
function bracketCloseAfter(cellText: string, tokens: readonly AgencyToken[], i: number): number | undefined {
  for (let j = i; j > 0; j--) {
    const before = tokens[j - 1] as AgencyToken;
    if (cellText.slice(before.end, (tokens[j] as AgencyToken).start).includes('(')) {
      const close = cellText.indexOf(')', (tokens[i] as AgencyToken).start);
      return close < 0 ? undefined : close;
    }
    if (before.separator) return undefined;
  }
  return undefined;
}

/** True when the text from token `first` up to token `at` opens a bracket it has not closed. */
function insideBracket(cellText: string, tokens: readonly AgencyToken[], first: number, at: number): boolean {
  const written = cellText.slice((tokens[first] as AgencyToken).start, (tokens[at] as AgencyToken).start);
  return written.split('(').length > written.split(')').length;
}

/**
 * The end of a mention, past the bracket its words opened: "UBND các tỉnh, thành phố khác (mạng lưới địa
 * phương)." (2530/QĐ-TTg 2025) ends at ")", not one letter before it.
 */
function withClosingBracket(cellText: string, start: number, end: number): number {
  const written = cellText.slice(start, end);
  if (written.split('(').length <= written.split(')').length) return end;
  const close = /^\s*\)/u.exec(cellText.slice(end));
  return close ? end + close[0].length : end;
}

/**
 * A regional unit's number after its name, the last word before a separator: "Ngân hàng Nhà nước khu vực
 * XII" (Bắc Ninh 144/KH-UBND 2025), "Thuế cơ sở 3", "Chi cục Hải quan khu vực IX" — the 2025 units are
 * numbered so.
 */
function numberedEnd(cellText: string, tokens: readonly AgencyToken[], end: number): number {
  const next = tokens[end + 1];
  if (next && !next.separator) return end;
  return unitNumberAt(cellText, tokens, end) ? end + 1 : end;
}

/**
 * "Ủy ban Pháp luật và Tư pháp của Quốc hội" (105/2025/UBTVQH15): "của" and the body a name belongs to
 * are part of it — the registry's name of that body, or its capitalised words; what follows in lower case
 * is the sentence ("… của Quốc hội phối hợp chặt chẽ với …", 631/TB-VPCP 2025).
 */
function ownerEnd(
  index: RegistryIndex,
  cellText: string,
  tokens: readonly AgencyToken[],
  end: number,
): number {
  const of = tokens[end];
  if (of?.key !== 'cua' || of.separator || rawStartsUpper(cellText, of)) return end;
  if (!rawStartsUpper(cellText, tokens[end + 1]) || tokens[end + 1]?.separator) return end;
  let last = end + 1;
  while (last < tokens.length && !tokens[last]?.separator) last++;
  // A short owner is the owner, slip and all ("của HQuốc hội", 105/2025/UBTVQH15).
  if (last - end <= SHORT_OWNER) return last;
  const known = bestMatch(index, cellText, tokens, end + 1);
  if (known) return known.end;
  last = end + 1;
  while (last < tokens.length && !tokens[last]?.separator && rawStartsUpper(cellText, tokens[last])) last++;
  return last;
}

// "của" and up to three words: "của Quốc hội", "của Thủ tướng Chính phủ".
const SHORT_OWNER = 4;

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
  nameEnd: number,
  match: TokenMatch,
  context: SplitContext,
  qualifiedEnd: number,
): AgencyMention {
  const end = withClosingBracket(cellText, start, qualifiedEnd);
  const text = cellText.slice(start, end);
  // The name as written, without a bracket that qualifies it ("Bộ Tư pháp (đối với …)").
  const name = cellText.slice(start, nameEnd);
  const entry = bodyOf(index, match, context);
  const vague = entry.vague === true && match.qualified !== true;
  return {
    text,
    start,
    end,
    entry,
    // A collective's wordings are all usual ("UBND các phường, xã"): only a body's name can be a variant.
    variant:
      !vague &&
      entry.kind !== 'collective' &&
      match.everyProvince !== true &&
      entry === match.entry &&
      stripProvince(name, match).every((form) => isVariant(index, comparedForm(form, start), entry)),
    vague,
    collective: entry.kind === 'collective' || match.everyProvince === true,
    ...(match.province ? { province: match.province } : {}),
    ...(match.mended ? { mended: match.mended } : {}),
    ...unitOf(text.replace(/\s*\(.*$/su, ''), match, entry),
  };
}

/**
 * A name as compared for variants: in lower case after an office title or inside a list it names the body
 * as a common noun ("Bí thư tỉnh ủy và Chủ tịch Ủy ban nhân dân các tỉnh: …", 627/TB-VPCP 2025), so its
 * first letter is no slip; at the cell's start it is one.
 */
function comparedForm(form: string, start: number): string {
  return start > 0 && /^\p{Ll}/u.test(form) ? form.charAt(0).toLocaleUpperCase('vi') + form.slice(1) : form;
}

/** The unit number closing a name the registry writes without one ("Thuế cơ sở 3" of "Thuế cơ sở"). */
function unitOf(name: string, match: TokenMatch, entry: AgencyEntry): { unit?: string } {
  const forms = stripProvince(name, match);
  const noLevel = forms[1] ?? name;
  const unit = UNIT_NUMBER.exec(noLevel)?.[0].trim();
  return unit && !UNIT_NUMBER.test(entry.name) ? { unit } : {};
}

/** The body a match names: the registry's, or another province's own ("UBND tỉnh Bình Dương"). */
function bodyOf(index: RegistryIndex, match: TokenMatch, context: SplitContext): AgencyEntry {
  // "Cục Thuế tỉnh Đồng Nai": the central body's office in the province, dated on its own (until 2025).
  const entry = (match.inProvince && index.offices.get(match.entry.id)) || match.entry;
  // A national plan (no province of its own) names each province's body for itself: "UBND thành phố Hà
  // Nội, UBND Thành phố Hồ Chí Minh" are two recipients (2530/QĐ-TTg 2025).
  if (!match.province || match.branch || match.province.id === context.province) return entry;
  return foreignBody(index, entry, match.province);
}

/**
 * The name without the province after it, with and without its level word, and without a unit's number
 * ("Thuế cơ sở 1 tỉnh Quảng Ninh"), for the variant test.
 */
function stripProvince(text: string, match: TokenMatch): string[] {
  let out = text;
  if (match.province)
    for (const name of [match.province.name, ...match.province.aliases])
      if (out.endsWith(name)) out = out.slice(0, -name.length);
  out = out.trim();
  const noLevel = out.replace(/\s*(tỉnh|thành phố|TP\.?)\s*$/iu, '').trim();
  // "Ban Quản lý các khu công nghiệp tỉnh": a provincial body with its level word and no name after it.
  const forms = [out || text, noLevel || text];
  const unnumbered = noLevel.replace(UNIT_NUMBER, '');
  return unnumbered !== noLevel && unnumbered !== '' ? [...forms, unnumbered] : forms;
}

// A 2025 unit's number closing its name: "Thuế cơ sở 3", "… khu vực XII".
const UNIT_NUMBER = /\s+(?:[IVXL]+|\d{1,3})$/u;

/**
 * A piece that only names provinces, one ("Thành phố Hồ Chí Minh" after "UBND thành phố Hà Nội", 2530/QĐ-TTg
 * 2025) or several ("Thành phố Hồ Chí Minh, Hòa Bình, Cần Thơ, Lâm Đồng", 175/NQ-CP 2023): each names that
 * province's government. Undefined unless every part is a province.
 */
function provinceList(
  index: RegistryIndex,
  cellText: string,
  piece: readonly AgencyToken[],
  context: SplitContext,
): AgencyMention[] | undefined {
  const parts: AgencyToken[][] = [[]];
  for (const token of piece)
    if (token.separator === 'comma' || token.separator === 'and') parts.push([]);
    else (parts[parts.length - 1] as AgencyToken[]).push(token);
  const mentions: AgencyMention[] = [];
  for (const part of parts) {
    const government = part.length > 0 ? provinceGovernment(index, part, context) : undefined;
    if (!government) return undefined;
    const start = (part[0] as AgencyToken).start;
    const end = (part[part.length - 1] as AgencyToken).end;
    const text = cellText.slice(start, end);
    mentions.push({ text, start, end, ...government, variant: false, vague: false, collective: false });
  }
  return mentions;
}

/** Adds an unknown name unless the cell named it already ("X\nX": a task's two sub-rows joined). */
function pushOnce(mentions: AgencyMention[], mention: AgencyMention): void {
  const key = mention.entry ? undefined : agencyKey(mention.text);
  if (key !== undefined && mentions.some((m) => !m.entry && agencyKey(m.text) === key)) return;
  mentions.push(mention);
}

/** The People's Committee of the province a part names (with or without "tỉnh"/"thành phố"), if it does. */
function provinceGovernment(
  index: RegistryIndex,
  piece: readonly AgencyToken[],
  context: SplitContext,
): { entry: AgencyEntry; province: Province } | undefined {
  const found = provinceAt(piece, levelWordEnd(piece, 0));
  const committee = index.byId.get(PEOPLES_COMMITTEE);
  if (!found || found.end !== piece.length || !committee) return undefined;
  const { province } = found;
  const own = context.province === province.id;
  return { entry: own ? committee : foreignBody(index, committee, province), province };
}

const PEOPLES_COMMITTEE = 'ubnd-tinh';

// An unknown "các …" phrase still names no particular agency: "các ngành có liên quan", "các đơn vị được
// giao nhiệm vụ".
const PLURAL = /^cac /u;
const UNSPECIFIC = /\b(?:lien quan|duoc giao)\b/u;
// Parties outside the State named as a class: "Doanh nghiệp, nhà cung cấp dịch vụ IoT, nhà đầu tư" as a
// lead (Hà Nội 310/KH-UBND 2025) names no body that answers to the plan's issuer. A named company ("Tập
// đoàn Viettel") is a name; "chủ đầu tư" is each project's designated investor, not a class. A class its
// trade narrows ("Doanh nghiệp viễn thông trên địa bàn": the operators) is a set the reader can tell, as
// "Các doanh nghiệp viễn thông" is; a place or "có liên quan" narrows nothing.
const CLASS =
  '(?:cac )?(?:doanh nghiep|nha dau tu|nha cung cap|nha thau|nguoi dan|ho gia dinh|to chuc ca nhan)';
const NON_STATE_CLASS = new RegExp(`^${CLASS}\\b`, 'u');
const NON_STATE = new RegExp(
  `^${CLASS}(?: (?:tren dia ban|tai dia phuong|co lien quan|lien quan|tham gia)\\b.*)?$`,
  'u',
);

function unknownMention(
  index: RegistryIndex,
  cellText: string,
  piece: readonly AgencyToken[],
  words: readonly string[],
): AgencyMention {
  const start = (piece[0] as AgencyToken).start;
  const end = withClosingBracket(cellText, start, (piece[piece.length - 1] as AgencyToken).end);
  const text = cellText.slice(start, end);
  const key = words.join(' ');
  const head = writtenAsHead(cellText, piece, 0) ? headWordAt(piece, 0) : 0;
  const wordCount = piece.filter((token) => !token.separator).length;
  const twin = punctuationTwin(index, piece);
  if (twin) return { text, start, end, entry: twin, variant: true, vague: false, collective: false };
  // A class, whatever narrows it: no unit to add to the registry.
  const collective = PLURAL.test(key) || isKindWord(words) || NON_STATE_CLASS.test(key);
  const suggestion = typoSuggestion(index, piece, words);
  return {
    text,
    start,
    end,
    variant: false,
    vague: (collective && UNSPECIFIC.test(key)) || NON_STATE.test(key),
    collective,
    wellFormed: head > 0 && head < wordCount && rawStartsUpper(cellText, piece[0]),
    // A lone head word in lower case is a kind of body ("…, cơ sở khám bệnh, doanh nghiệp"), not a cut name.
    headOnly: head > 0 && head === wordCount && !collective && rawStartsUpper(cellText, piece[0]),
    ...(suggestion ? { suggestion } : {}),
  };
}
