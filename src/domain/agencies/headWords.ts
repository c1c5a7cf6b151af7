/**
 * The words an agency name starts with ("Sở", "Bộ", "Ủy ban", "Trung tâm" …), as folded token sequences.
 * A lead cell is split at a comma or "và" only where the next part starts with one of them (or with a
 * registry name): "Báo và Phát thanh, Truyền hình Đồng Nai" stays one name, "Hội A, Hội B" are two.
 * Person titles ("Giám đốc Sở …", "Chủ tịch UBND …") start a mention too: they name who answers for it.
 */
import type { AgencyToken } from './agencyKey';
import { SEPARATOR } from './agencyKey';
import { foldTonePlacement } from './literalForm';

const HEADS: readonly string[] = [
  // Government and its bodies
  'so',
  'bo',
  'ban',
  'uy ban',
  'van phong',
  'thanh tra',
  'chinh phu',
  'thu tuong',
  'quoc hoi',
  'tong cuc',
  'cuc',
  'chi cuc',
  'vu',
  'vien',
  'hoc vien',
  'benh vien',
  'trung tam',
  'trung uong',
  'toa an',
  'vien kiem sat',
  'kiem toan',
  'ngan hang',
  'kho bac',
  'bao hiem',
  'hai quan',
  'thue',
  'cong an',
  'canh sat',
  'bo chi huy',
  'bo doi',
  'bo tu lenh',
  'quan khu',
  'luc luong',
  'hat kiem lam',
  'cang vu',
  'tram',
  'doi',
  'phong',
  'truong',
  'dai hoc',
  'dai',
  'bao',
  'tap chi',
  'nha xuat ban',
  'cong thong tin',
  'thong tan xa',
  'quy',
  'hoi dong',
  'thuong truc',
  'co quan',
  'don vi',
  // Party, Front, mass organisations
  'tinh uy',
  'thanh uy',
  'huyen uy',
  'thi uy',
  'quan uy',
  'dang uy',
  'dang doan',
  'mat tran',
  'hoi',
  'lien hiep',
  'lien doan',
  'lien minh',
  'tong lien doan',
  'doan',
  'tinh doan',
  'thanh doan',
  'hiep hoi',
  // Companies and others named as partners
  'cong ty',
  'tong cong ty',
  'tap doan',
  'hop tac xa',
  'doanh nghiep',
  'nha',
  'bao tang',
  'thu vien',
  // Collectives and person titles
  'cac',
  'lanh dao',
  'chu tich',
  'pho chu tich',
  'giam doc',
  'thu truong',
  'chanh van phong',
  'bi thu',
];

// The head words as written, where a folded word is also another one: "Đổi mới …" is no "Đội", "Bổ sung
// …" no "Bộ", "Số liệu" no "Sở" (634/TB-VPCP 2025: "Đổi mới tư duy, tầm nhìn …" was read as a unit's name).
const WRITTEN: ReadonlyMap<string, readonly string[]> = new Map([
  ['so', ['sở']],
  ['bo', ['bộ']],
  ['ban', ['ban']],
  ['cuc', ['cục']],
  ['vu', ['vụ']],
  ['vien', ['viện']],
  ['doi', ['đội']],
  // "Đài Truyền hình …", and "Đại học Công nghiệp Hà Nội" (2536/QĐ-TTg 2025).
  ['dai', ['đài', 'đại']],
  ['bao', ['báo', 'bảo']],
  ['quy', ['quỹ']],
  ['hoi', ['hội']],
  ['doan', ['đoàn']],
  ['tram', ['trạm']],
  ['phong', ['phòng']],
  ['truong', ['trường']],
  ['nha', ['nhà']],
  ['thue', ['thuế']],
]);

// A head word and the word after it that make a verb or a common noun, not a body's name: "Phòng chống bệnh
// …", "Ban hành quy chế …", "Báo cáo kết quả …", "Hội nghị …" (0130/KH-UBND Đắk Lắk 2025 heads its topics so).
const VERB_READINGS: ReadonlySet<string> = new Set([
  'phong chong',
  'phong ngua',
  'phong tranh',
  'ban hanh',
  'bao cao',
  'bao dam',
  'bao ve',
  'bao tri',
  'bao quan',
  'bao ton',
  // "Các Cục: …; Báo chí" (6225/BVHTTDL-VP 2025): the press, no newspaper.
  'bao chi',
  'hoi nghi',
  'hoi thao',
  'hoi thi',
  'hoi cho',
  'truong hop',
  'doan ket',
]);

/**
 * Whether the head word at token i is written as one ("Đội", not "Đổi"); a word spelled otherwise than
 * its letters (an abbreviation's expansion) or a head without a table row is taken as written.
 */
export function writtenAsHead(text: string, tokens: readonly AgencyToken[], i: number): boolean {
  const token = tokens[i];
  // "phòng, chống tội phạm" (a name's "Cục An ninh mạng và phòng, chống tội phạm …"): the comma the legal
  // style puts between the two verbs does not make the first a head word.
  const next = tokens[i + 1]?.separator === 'comma' ? tokens[i + 2] : tokens[i + 1];
  if (token && VERB_READINGS.has(`${token.key} ${next?.key ?? ''}`)) return false;
  const forms = token ? WRITTEN.get(token.key) : undefined;
  if (!token || !forms) return true;
  const word = foldTonePlacement(text.slice(token.start, token.end).normalize('NFC').toLowerCase());
  return forms.includes(word) || tokens[i + 1]?.start === token.start;
}

const FIRST_WORDS: ReadonlyMap<string, ReadonlyArray<readonly string[]>> = (() => {
  const byFirst = new Map<string, Array<readonly string[]>>();
  for (const head of HEADS) {
    const words = head.split(' ');
    const list = byFirst.get(words[0] as string) ?? [];
    list.push(words);
    byFirst.set(words[0] as string, list);
  }
  return byFirst;
})();

/** Number of tokens of the head word starting at token `i`, or 0 when none starts there. */
export function headWordAt(tokens: readonly AgencyToken[], i: number): number {
  const first = tokens[i];
  if (!first || first.separator) return 0;
  const candidates = FIRST_WORDS.get(first.key);
  if (!candidates) return 0;
  let best = 0;
  for (const words of candidates) {
    if (words.length > best && words.every((word, k) => tokens[i + k]?.key === word)) best = words.length;
  }
  return best;
}

/**
 * The length of the head word starting at token `a` when the same head word starts at token `b` too ("Sở …
 * Sở …"), else 0.
 */
export function sameHeadAt(tokens: readonly AgencyToken[], a: number, b: number): number {
  const head = headWordAt(tokens, a);
  if (head === 0) return 0;
  for (let k = 0; k < head; k++) if (tokens[a + k]?.key !== tokens[b + k]?.key) return 0;
  return head;
}

/**
 * Head words that, standing alone, name a kind of body rather than a name cut off: "Doanh nghiệp",
 * "Trường", "Viện" as partners (552/KH-UBND Đồng Tháp 2025) mean businesses, schools, institutes. A lone
 * "Sở" or "Văn phòng" is another matter: the rest of its name is missing.
 */
const KIND_WORDS: ReadonlySet<string> = new Set([
  'doanh nghiep',
  'truong',
  'vien',
  'hoi',
  'hiep hoi',
  'co quan',
  'don vi',
  'cong ty',
  'tong cong ty',
  'tap doan',
  'hop tac xa',
  'ngan hang',
  'benh vien',
  'dai hoc',
  'bao',
  'quy',
  // Classes named in lower case among leads and partners ("Sở, ban, ngành, tổ chức chính trị - xã hội",
  // Nghệ An 980/KH-UBND 2025): a set of bodies, never a qualification to drop.
  'to chuc chinh tri xa hoi',
  'to chuc chinh tri xa hoi nghe nghiep',
  'to chuc xa hoi',
  'to chuc xa hoi nghe nghiep',
  'doan the',
]);

// Their first words: most pieces start with none of them, and are answered without building a key.
const KIND_FIRST: ReadonlySet<string> = new Set(
  [...KIND_WORDS].map((words) => words.split(' ')[0] as string),
);

/** @example isKindWord(['doanh', 'nghiep']) === true */
export function isKindWord(words: readonly string[]): boolean {
  if (!KIND_FIRST.has(words[0] ?? '')) return false;
  // A hyphen inside the words ("chính trị - xã hội") is a joining mark, not a word.
  return KIND_WORDS.has(words.filter((word) => word !== SEPARATOR).join(' '));
}
