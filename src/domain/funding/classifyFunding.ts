import type { CellValue } from '../grid';
import { foldKey, isBlank } from '../text';
import { findFundingTerms } from './fundingLexicon';
import type { FundingTerm } from './fundingLexicon';
import { parseAmounts } from './parseAmounts';
import type { Funding, FundingCategory } from './schema';

export interface ClassifyFundingOptions {
  /**
   * The plan comes from a centrally-run city (Hà Nội, Huế, Hải Phòng, Đà Nẵng, Cần Thơ, TP Hồ Chí Minh), so
   * a bare "ngân sách thành phố" is the provincial-level budget rather than a district-level city's.
   */
  planIsCentralCity?: boolean;
}

// The cost is fixed elsewhere: by another plan, a programme, a decision, an invitation or actual spending.
const CONDITIONAL = new RegExp(
  '\\b(?:theo (?:(?:cac|tung) )?(?:ke hoach|kh|chuong trinh|ct|de an|du an|quyet dinh|qd|thong bao|' +
    'van ban|loi moi|thuc te|du toan duoc (?:duyet|phe duyet|giao))|tuy (?:theo|thuoc)|phu thuoc|' +
    '(?:khi|neu) co|cho phe duyet|sau khi (?:duoc )?phe duyet)\\b',
);

/**
 * Classify a "Nguồn kinh phí" cell: the sources it names (a cell often names several), the amounts in VND,
 * and whether it names a district-level budget, which is stale after 1/7/2025.
 * @example classifyFunding('Ngân sách tỉnh (kinh phí đoàn vào)').categories
 *   // ['provincial-budget', 'delegation-in']
 * @example classifyFunding('Ngân sách thị xã Phú Mỹ') // categories ['local-budget'], districtLevel true
 * @example classifyFunding('3,5 tỷ đồng').amounts // [3500000000]
 */
export function classifyFunding(text: string, options: ClassifyFundingOptions = {}): Funding {
  if (isBlank(text)) return emptyFunding(text);
  const { terms, amounts, conditional } = analyse(text);
  const categories = new Set<FundingCategory>();
  let districtLevel = false;
  for (const term of terms) {
    if (term.cityBudget && options.planIsCentralCity) {
      categories.add('provincial-budget');
      continue;
    }
    for (const category of term.categories) categories.add(category);
    if (term.districtLevel || term.cityBudget) districtLevel = true;
  }
  return {
    text,
    categories: [...categories],
    amounts: [...amounts],
    districtLevel,
    unclassified: categories.size === 0 && amounts.length === 0,
    conditional,
  };
}

interface Analysis {
  terms: readonly FundingTerm[];
  amounts: readonly number[];
  conditional: boolean;
}

// A funding column repeats a few phrases down thousands of rows, and folding the text (foldKey) is most
// of the cost, so the analysis is remembered per text. Cleared when full to stay bounded; results are
// rebuilt per call so a caller cannot alter what the next caller sees.
const ANALYSES = new Map<string, Analysis>();
const ANALYSES_LIMIT = 4096;

function analyse(text: string): Analysis {
  const known = ANALYSES.get(text);
  if (known) return known;
  const folded = foldKey(text);
  const analysis = {
    terms: findFundingTerms(folded),
    amounts: parseAmounts(text),
    conditional: CONDITIONAL.test(folded),
  };
  if (ANALYSES.size >= ANALYSES_LIMIT) ANALYSES.clear();
  ANALYSES.set(text, analysis);
  return analysis;
}

/**
 * Classify a cell from its value and display text: a number stored as a number (709465000 in column J of
 * "Phụ lục 2") is an amount whatever the number format shows.
 * @example classifyFundingValue(709465000, '709,465,000').amounts // [709465000]
 * @example classifyFundingValue('Ngân sách huyện', 'Ngân sách huyện').districtLevel // true
 */
export function classifyFundingValue(
  value: CellValue,
  text: string,
  options: ClassifyFundingOptions = {},
): Funding {
  const shown = isBlank(text) && value !== null ? String(value) : text;
  if (typeof value !== 'number') return classifyFunding(shown, options);
  const amount = Math.round(value);
  if (!(amount >= 0) || !Number.isSafeInteger(amount)) return classifyFunding(shown, options);
  // The display text of a number holds no source words, only the same amount in some number format.
  return { ...emptyFunding(shown), amounts: [amount] };
}

function emptyFunding(text: string): Funding {
  return {
    text,
    categories: [],
    amounts: [],
    districtLevel: false,
    unclassified: false,
    conditional: false,
  };
}
