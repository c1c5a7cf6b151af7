import { tokenizeAgencyText } from './agencyKey';
import { headWordAt } from './headWords';

/**
 * "Các Bộ: NN&MT, Xây dựng, Công thương" (116/NQ-CP 2026): a plural head word, a colon, then names written
 * without it. Each item names one body: "Bộ NN&MT", "Bộ Xây dựng", "Bộ Công thương".
 */
export interface DistributiveList {
  /** The head word each item takes ("Bộ"). */
  head: string;
  /** Offsets of the whole list in the cell, "Các" to the last item. */
  start: number;
  end: number;
  /** Offsets of each item as written. */
  items: Array<{ start: number; end: number }>;
  /** Items parted by ";": each is one whole name, its commas and "và" its own ("Xuất bản, In và Phát hành"). */
  whole: boolean;
}

// "Các Bộ:", and a committee of each unit named after it: "UBND các Xã: A Lưới 3 và Khe Tre" (Huế 188/KH-UBND
// 2026) names "UBND xã A Lưới 3" and "UBND xã Khe Tre".
// "Các Bộ, cơ quan: Tài chính, Xây dựng, …, Tập đoàn Điện lực Việt Nam" (648/TB-VPCP 2025): the ministries and
// other bodies, the latter named with their own head word.
// "Bộ trưởng các Bộ: Quốc phòng, Công an, …" (231/CĐ-TTg 2025): the heads of the bodies listed, which the task
// falls to.
const OPENING =
  /(^|[\n;,(]\s*)(?:(?:(?:Bộ trưởng|Thủ trưởng|Giám đốc|Chủ tịch|Tổng [Gg]iám đốc)\s+)?[Cc]ác\s+(Bộ|bộ|Sở|sở|Ban|Cục|Tổng cục|Vụ|Viện|Trung tâm|Hội|Tập đoàn|Tổng công ty|Ngân hàng)(?:,\s*(?:cơ quan|ngành))?|(UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+các\s+([Xx]ã|[Pp]hường|[Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]hị trấn|[Đđ]ặc khu))\s*:\s*/gu;

/** @example distributiveLists('Các Bộ: Y tế, Tài chính')[0]?.items.length === 2 */
export function distributiveLists(cellText: string): DistributiveList[] {
  if (!cellText.includes(':')) return [];
  const lists: DistributiveList[] = [];
  const openings = [...cellText.matchAll(OPENING)].map((opening) => ({
    // "các bộ, ngành: Công an, …": the head word as a name writes it ("Bộ Công an").
    head: opening[2]
      ? opening[2].charAt(0).toUpperCase() + opening[2].slice(1)
      : `${opening[3] as string} ${(opening[4] as string).toLowerCase()}`,
    start: (opening.index ?? 0) + (opening[1] ?? '').length,
    listStart: (opening.index ?? 0) + opening[0].length,
  }));
  for (const [n, { head, start, listStart }] of openings.entries()) {
    const rest = cellText.slice(listStart);
    // "Các Cục: Bản quyền tác giả; Xuất bản, In và Phát hành; Báo chí. Vụ …" (6225/BVHTTDL-VP 2025): items
    // parted by ";" hold commas of their own, and the list runs to the end of the sentence.
    const sentence = /\.\s+(?=\p{Lu})|[\n)]/u.exec(rest);
    const sentenceText = rest.slice(0, sentence?.index ?? rest.length);
    const afterSemicolon = sentenceText.includes(';')
      ? sentenceText.slice(sentenceText.indexOf(';') + 1)
      : '';
    // "Các Bộ: Y tế, Tài chính; Sở Nội vụ": a name with its own head word after the ";" ends the list there.
    const bySemicolon = afterSemicolon.trim() !== '' && !startsName(afterSemicolon);
    const stop = bySemicolon ? sentence : /[;\n)]/u.exec(rest);
    // A list ends where the next one opens ("Các Bộ: Y tế, Các Sở: Tài chính"): lists never overlap.
    const listEnd = Math.min(
      stop ? listStart + stop.index : cellText.length,
      openings[n + 1]?.start ?? cellText.length,
    );
    const items = itemsOf(cellText, listStart, listEnd, bySemicolon ? ';' : ',');
    const last = items.at(-1);
    if (last) lists.push({ head, start, end: last.end, items, whole: bySemicolon });
  }
  return lists;
}

function startsName(text: string): boolean {
  const tokens = tokenizeAgencyText(text);
  return headWordAt(tokens, 0) > 0 || tokens[0]?.key === 'cac';
}

function itemsOf(
  text: string,
  from: number,
  to: number,
  separator: ',' | ';',
): Array<{ start: number; end: number }> {
  const items: Array<{ start: number; end: number }> = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i < to && text.charAt(i) !== separator) continue;
    const raw = text.slice(start, i);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim().replace(/[.]+$/u, '').trimEnd();
    // Items are the proper part of names ("Xây dựng", "NN&MT"): a lower-case word ends the list
    // ("Các Bộ: Xây dựng, Công Thương, các bộ, cơ quan …").
    if (items.length > 0 && /^\p{Ll}/u.test(trimmed)) break;
    if (trimmed !== '') items.push({ start: start + lead, end: start + lead + trimmed.length });
    start = i + 1;
  }
  return items;
}
