/**
 * The "Nguồn kinh phí" vocabulary: folded phrases (see foldKey) and the categories they name. Grown from the
 * real appendix of Kế hoạch 58/KH-UBND 2024 (Bà Rịa - Vũng Tàu) and the lexicon in
 * shared/reference/domain.md §5. Patterns are written against foldKey output: lower case, no diacritics,
 * đ → d, punctuation turned into single spaces, so "NS." and "NS" read alike.
 */
import type { FundingCategory } from './schema';

export interface FundingTerm {
  categories: readonly FundingCategory[];
  /** A regular-expression source over folded text, without capturing groups. */
  pattern: string;
  /** Names a district-level budget: the district level ended on 1/7/2025 (NQ 203/2025/QH15). */
  districtLevel?: true;
  /**
   * A bare "ngân sách thành phố": a district-level city's budget in a province's plan, but the provincial
   * budget in the plan of a centrally-run city, which only the caller knows.
   */
  cityBudget?: true;
}

const NS = '(?:ngan sach|ns)';
const KP = '(?:kinh phi|kp|chi phi)';
// The six centrally-run cities after 1/7/2025 (NQ 202/2025/QH15); their budget is provincial.
const CENTRAL_CITY = '(?:ha noi|ho chi minh|hcm|hai phong|da nang|can tho|hue|truc thuoc trung uong)';
const MINISTRY =
  '(?:ngoai giao|noi vu|tu phap|tai chinh|cong thuong|nong nghiep|xay dung|van hoa|khoa hoc|giao duc|y te|' +
  'dan toc|ke hoach|giao thong|tai nguyen|thong tin|lao dong)';

/**
 * Order matters where phrases start at the same word: the first listed wins and consumes its words, so
 * specific phrases ("đối ngoại quốc phòng", "không sử dụng ngân sách") come before the general ones they
 * contain ("đối ngoại", "ngân sách").
 */
export const FUNDING_TERMS: readonly FundingTerm[] = [
  {
    categories: ['no-cost'],
    // "Không" alone in the cell: no money needed (session 19 probe of common wordings).
    pattern: `khong (?:(?:phat sinh|su dung|can|yeu cau|co|ton) )?(?:them )?(?:${KP}|${NS}(?: nha nuoc)?|nsnn)|^khong$`,
  },
  { categories: ['state-budget'], pattern: `${NS} (?:nha nuoc|cac cap)|nsnn` },
  // "Theo phân cấp ngân sách hiện hành": each level's budget as the law divides it; "nguồn cải cách tiền lương"
  // is a reserve of the state budget.
  { categories: ['state-budget'], pattern: `phan cap ${NS}|cai cach tien luong` },
  { categories: ['central-budget'], pattern: `${NS} (?:trung uong|tw)|nstw` },
  { categories: ['central-budget', 'defence-security'], pattern: 'bo (?:cong an|quoc phong)' },
  { categories: ['central-budget'], pattern: `bo ${MINISTRY}|(?:cac )?bo nganh` },
  { categories: ['provincial-budget'], pattern: `${NS} (?:cap |cua )?(?:thanh pho|tp) ${CENTRAL_CITY}` },
  { categories: ['provincial-budget'], pattern: `${NS} (?:cap |cua |ubnd )?tinh` },
  // A Sở is a provincial department, so its budget is the province's.
  {
    categories: ['provincial-budget'],
    pattern: `${NS} (?:(?:cap|giao|bo tri|phan bo) )?(?:cho |cua )?(?:cac )?so`,
  },
  { categories: ['local-budget'], pattern: `${NS} (?:cap )?(?:huyen|quan|thi xa)`, districtLevel: true },
  { categories: ['local-budget'], pattern: `${NS} (?:cap |cua )?(?:thanh pho|tp)`, cityBudget: true },
  // "xã" but not "xã hội hóa"; communes and wards survive the 2025 reorganisation.
  {
    categories: ['local-budget'],
    pattern: `${NS} (?:dia phuong|(?:cap )?(?:xa(?! hoi)|phuong|thi tran|dac khu))|nsdp`,
  },
  { categories: ['central-budget'], pattern: 'trung uong' },
  { categories: ['regular-operating'], pattern: 'thuong xuyen' },
  { categories: ['regular-operating'], pattern: `(?:${KP}|chi|nguon) hanh chinh` },
  {
    categories: ['regular-operating'],
    pattern: `(?:${KP}|du toan)(?: chi)?(?: hoat dong)?(?: duoc giao)? (?:cua|thuoc) (?:cac )?(?:don vi|co quan)`,
  },
  // The unit's own estimate and recurrent funds: "Trong dự toán được giao hằng năm", "Kinh phí sự nghiệp
  // khoa học và công nghệ", "Vốn sự nghiệp"; a public unit's own revenue is its own money.
  // "Nguồn thu để lại" (session 20 probe): the revenue a unit keeps.
  { categories: ['self-funded'], pattern: 'nguon thu (?:su nghiep|cua don vi|(?:duoc )?de lai)' },
  { categories: ['regular-operating'], pattern: `du toan|(?:${KP}|von|chi) su nghiep` },
  // "Từ nguồn kinh phí được giao": the unit's assigned budget; fees it collects ("Nguồn thu phí, lệ phí").
  { categories: ['regular-operating'], pattern: `${KP} duoc giao` },
  { categories: ['self-funded'], pattern: 'thu phi' },
  {
    categories: ['delegation-out'],
    pattern: 'doan ra|(?:doan )?di (?:cong tac )?nuoc ngoai|cong tac nuoc ngoai',
  },
  { categories: ['delegation-in'], pattern: 'doan vao|khach (?:nuoc ngoai|quoc te)|don tiep (?:cac )?doan' },
  {
    categories: ['defence-security'],
    pattern: 'doi ngoai quoc phong|quoc phong|cong an|an ninh|quan su|bien phong',
  },
  { categories: ['foreign-affairs'], pattern: 'doi ngoai|dnnd|ttdn|ngoai giao|hop tac quoc te' },
  { categories: ['training'], pattern: 'dao tao|boi duong|tap huan' },
  { categories: ['promotion'], pattern: 'xuc tien|quang ba' },
  {
    categories: ['project'],
    // "Vốn đầu tư phát triển" is public investment; "Kinh phí khuyến công" a programme's; "vốn đối ứng" the
    // domestic share of a funded project.
    pattern:
      'du an|de an(?! toan| ninh)|chuong trinh muc tieu|(?:ct)?mtqg|long ghep|dau tu (?:cong|phat trien)|khuyen (?:cong|nong)|(?:von )?doi ung',
  },
  {
    categories: ['socialization'],
    pattern: `xa hoi hoa|xhh|(?:von|${KP}|nguon) (?:cua )?(?:cac )?doanh nghiep`,
  },
  { categories: ['sponsorship'], pattern: 'tai tro|dai tho|doi tac (?:ho tro|chi tra)' },
  {
    categories: ['oda-aid'],
    pattern: 'oda|(?:von )?vay uu dai|vien tro|pcpnn|phi chinh phu nuoc ngoai',
  },
  // "tự chủ" but not "từ chủ đầu tư" (from the investor), which folds to the same letters.
  {
    categories: ['self-funded'],
    pattern: 'tu (?:tuc|bo tri|chi tra|dam bao|bao dam|can doi|trang trai|chu(?! dau tu))',
  },
  { categories: ['other-lawful'], pattern: 'hop phap|nguon (?:von |kinh phi )?khac' },
  // Loans other than concessional ones ("Vốn vay", "Vốn tín dụng") and the State's funds outside the budget
  // ("Quỹ Phát triển đất", "Quỹ Bảo vệ môi trường"): lawful sources of their own; "quý" (a quarter) folds
  // alike, so only a fund's usual names.
  {
    categories: ['other-lawful'],
    pattern:
      'von vay(?! uu dai| oda)|(?:von )?tin dung|quy (?:phat trien|bao ve|ho tro|dau tu|khuyen|bao tro|phong chong|vi nguoi ngheo|bao hiem)',
  },
];

// One alternation, one capturing group per term: a single left-to-right pass finds every term.
const TERMS_PATTERN = new RegExp(`\\b(?:${FUNDING_TERMS.map((t) => `(${t.pattern})`).join('|')})\\b`, 'g');

/**
 * The terms named in folded text, in order of mention; a term's words are not read again by another term.
 * @example findFundingTerms('ngan sach tinh kinh phi doan vao').map((t) => t.categories[0])
 *   // ['provincial-budget', 'delegation-in']
 */
export function findFundingTerms(folded: string): FundingTerm[] {
  const found: FundingTerm[] = [];
  // exec over one shared pattern: matchAll clones the pattern on every call, ~5x slower over 10,000 cells.
  TERMS_PATTERN.lastIndex = 0;
  for (let match = TERMS_PATTERN.exec(folded); match; match = TERMS_PATTERN.exec(folded)) {
    const index = match.findIndex((group, i) => i > 0 && group !== undefined);
    const term = FUNDING_TERMS[index - 1];
    if (term) found.push(term);
  }
  return found;
}
