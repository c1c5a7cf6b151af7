import type { AgencyToken } from './agencyKey';
import { headWordAt } from './headWords';
import { rawStartsUpper } from './tokenMatch';

/**
 * Words that say what an agency does in the task rather than name one: "Sở Ngoại vụ (chủ trì)",
 * "Sở Y tế chủ trì, phối hợp". A piece made only of them is no agency and is dropped, not reported.
 */
const ROLE_PIECES = new Set([
  'chu tri',
  'phoi hop',
  'thuc hien',
  'tham muu',
  'chu tri tham muu',
  'chu tri thuc hien',
  'phoi hop thuc hien',
  'chu tri phoi hop',
  'theo doi',
  'huong dan',
  'to chuc thuc hien',
  'chiu trach nhiem',
]);

/**
 * Verbs that open a description of the agency's part rather than a name: "UBND các xã, phường trực tiếp
 * triển khai tại địa bàn", "Sở Khoa học và Công nghệ triển khai hệ thống, hạ tầng, dữ liệu" (Hà Nội
 * 277/KH-UBND 2026), "theo chức năng, nhiệm vụ", "đối với …".
 */
const ROLE_OPENERS =
  /^(?:chu tri|phoi hop|thuc hien|tham muu|trien khai|truc tiep|theo chuc nang|theo tham quyen|theo phan cap|theo doi|huong dan|to chuc thuc hien|chiu trach nhiem|doi voi|bao dam|dam bao|tai dia ban|tren dia ban) /u;

/**
 * A piece that says what an agency does, not which: a role ("chủ trì") or a description opened by one.
 * @example isRolePiece('chu tri') === true
 * @example isRolePiece('truc tiep trien khai tai dia ban') === true
 */
export function isRolePiece(key: string): boolean {
  return ROLE_PIECES.has(key) || ROLE_OPENERS.test(`${key} `);
}

/**
 * Lower-case words that open what an agency is to do, written after its name in narrative lead cells
 * (109/NQ-CP 2026: "1. Bộ Tài chính tổng kết, đánh giá cơ chế …", "Các bộ, cơ quan, địa phương lập, điều
 * chỉnh, phê duyệt"; 844/QĐ-TTg 2026: "Ủy ban nhân dân cấp tỉnh trình Hội đồng nhân dân cùng cấp"). None
 * is a word a name goes on with in lower case; "triển khai" and "thực hiện" are left out ("Tổ công tác
 * triển khai Đề án 06", "Ban Chỉ đạo thực hiện …" are names). Each opener lists the words before it that
 * make it part of another word ("chương trình", "thành lập"). `partners`: what follows names the agencies
 * it works with or directs ("phối hợp với Bộ Nội vụ, các địa phương", "chỉ đạo Sở Giao dịch …"), not more
 * leads.
 */
const DESCRIPTION_OPENERS: ReadonlyArray<{
  words: readonly string[];
  notAfter?: readonly string[];
  partners?: true;
  /** What follows names the agencies it works with, read as supporting it ("phối hợp với", "cùng với"). */
  supports?: true;
}> = [
  ...[
    'chu tri',
    'theo chuc nang',
    'theo tham quyen',
    'theo phan cap',
    'tham muu',
    'tong hop',
    'tong ket',
    'danh gia',
    'de xuat',
    'dau moi',
    'bao cao',
    'dieu chinh',
    'phe duyet',
    'hoan thien',
    'ra soat',
    'sua doi',
    'cat giam',
    'theo doi',
    'huong dan',
    'chiu trach nhiem',
    'to chuc trien khai',
    'to chuc thuc hien',
  ].map((words) => ({ words: words.split(' ') })),
  // "Bộ Tài chính chỉ đạo Sở Giao dịch chứng khoán Việt Nam … thực hiện" (232/QĐ-TTg 2025): the lead, and
  // whom it directs to do the work.
  {
    words: ['chi', 'dao'],
    notAfter: ['ban', 'truong', 'pho', 'hoi', 'dong', 'to', 'co', 'quan'],
    partners: true,
  },
  { words: ['phoi', 'hop', 'voi'], partners: true, supports: true },
  // "Sở Tài chính chủ trì, phối hợp Sở Nội vụ và các xã" (session 20 probe): "với" left out. Not inside a
  // name ("Tổ công tác phối hợp liên ngành").
  {
    words: ['phoi', 'hop'],
    notAfter: ['to', 'ban', 'nhom', 'tac', 'dong', 'doan', 'quan', 'tam', 'vien', 'chinh'],
    partners: true,
    supports: true,
  },
  { words: ['cung', 'voi'], partners: true, supports: true },
  { words: ['trinh'], notAfter: ['chuong', 'cong', 'lo', 'quy', 'qua', 'tien', 'giao'] },
  // "các đơn vị sự nghiệp công lập" (4240/UBND-VX TP HCM 2025): public, no action.
  { words: ['lap'], notAfter: ['doc', 'thanh', 'thiet', 'xac', 'cong'] },
  { words: ['nghien', 'cuu'], notAfter: ['vien', 'trung', 'tam', 'hoc', 'co', 'so', 'phong', 'ban'] },
];

export interface DescriptionOpener {
  /** Number of tokens of the opener. */
  length: number;
  /** What follows names partners ("phối hợp với …"): the description runs to the end of the line. */
  partners: boolean;
  /** The names that follow, up to the line's end, support the agency before ("phối hợp với Sở Y"). */
  supports: boolean;
}

/**
 * The description opener at token i, if the word is written in lower case there.
 * @example descriptionOpenerAt(tokens('Bộ Tư pháp tổng hợp, đánh giá'), 3, text) // { length: 2, … }
 */
export function descriptionOpenerAt(
  text: string,
  tokens: readonly AgencyToken[],
  i: number,
): DescriptionOpener | undefined {
  const first = tokens[i];
  if (!first || first.separator || rawStartsUpper(text, first)) return undefined;
  // Inside an abbreviation's expansion ("UBND" spells four words) no opener starts.
  if (i > 0 && tokens[i - 1]?.start === first.start) return undefined;
  // A bracket cuts the word before from the opener: "Sở Tài chính (phối hợp …)" is no "Tài chính phối hợp".
  const previous = tokens[i - 1];
  const cut =
    previous === undefined || previous.separator || text.slice(previous.end, first.start).includes('(');
  const before = cut ? undefined : previous.key;
  for (const opener of DESCRIPTION_OPENERS) {
    if (!opener.words.every((word, k) => tokens[i + k]?.key === word && !tokens[i + k]?.separator)) continue;
    if (before && opener.notAfter?.includes(before)) continue;
    return {
      length: opener.words.length,
      partners: opener.partners === true,
      supports: opener.supports === true,
    };
  }
  if (first.key === 'voi' && before !== undefined && !bodyFollows(text, tokens, i + 1))
    return { length: 1, partners: false, supports: false };
  return undefined;
}

// Kinds of bodies a lower-case "các …" names ("với các địa phương"), besides the head words.
const BODY_KINDS: ReadonlySet<string> = new Set([
  'dia',
  'nganh',
  'huyen',
  'xa',
  'phuong',
  'tinh',
  'thanh',
  'doanh',
  'to',
  'doan',
  'tap',
  'tong',
  'cong',
]);

/**
 * Whether a body is named from token i on: a capitalised word ("với Bộ Nội vụ"), a head word, or "các"
 * and a kind of body ("với các sở, ngành"). After an agency's name, "với" followed by anything else opens
 * what the agency answers for: "Bộ Khoa học và Công nghệ với các tiêu chuẩn, quy chuẩn … áp dụng chung
 * toàn quốc; các bộ, ngành với các tiêu chuẩn … nội ngành" (2629/QĐ-TTg 2025).
 */
function bodyFollows(text: string, tokens: readonly AgencyToken[], i: number): boolean {
  const next = tokens[i];
  if (!next || next.separator || rawStartsUpper(text, next)) return true;
  const k = next.key === 'cac' || next.key === 'nhung' ? i + 1 : i;
  const word = tokens[k];
  if (!word || word.separator || rawStartsUpper(text, word)) return true;
  return headWordAt(tokens, k) > 0 || BODY_KINDS.has(word.key);
}
