/**
 * Amounts of money in a "Nguồn kinh phí" cell, in VND. Vietnamese writes "." for thousands and "," for
 * decimals ("709.465.000", "3,5 tỷ"); cells pasted from English-locale sheets bring "709,465,000" and
 * "3.5 tỷ". A number counts as an amount only when it is grouped in thousands, carries a unit, or is the
 * whole cell: "Kế hoạch 124-KH/TU", "năm 2024" and "30%" are not money.
 */
import { normalizeText } from '../text';

const SCALES: Readonly<Record<string, number>> = {
  tỷ: 1e9,
  tỉ: 1e9,
  ty: 1e9,
  ti: 1e9,
  triệu: 1e6,
  trieu: 1e6,
  tr: 1e6,
  nghìn: 1e3,
  ngàn: 1e3,
  nghin: 1e3,
  ngan: 1e3,
  k: 1e3,
};
const FOREIGN_CURRENCIES = new Set(['usd', 'us$', '$', 'eur', 'euro', '€']);

// number, optional scale word, optional currency; never part of a symbol ("124-KH", "58/KH") or a date.
const AMOUNT =
  /(?<![\p{L}\p{N}/.,-])(\d+(?:[.,]\d+)*)(?:\s*(tỷ|tỉ|ty|ti|triệu|trieu|tr|nghìn|ngàn|nghin|ngan|k)(?![\p{L}\p{N}]))?(?:\s*(đồng|đ|vnđ|vnd|dong|₫|usd|us\$|\$|eur|euro|€)(?![\p{L}\p{N}]))?(?![\p{L}\p{N}%]|\s*%|[/-][\p{L}\p{N}]|[.,]\p{N})/gu;
const PLAIN_NUMBER = /^\d+(?:[.,]\d+)*$/;
const GROUPED = /^\d{1,3}(?:([.,])\d{3})(?:\1\d{3})*$/;
const GROUPED_OR_PLAIN = /^(?:\d{1,3}(?:[.,]\d{3})+|\d+)$/;
const DIGIT = /\d/;

interface AmountToken {
  start: number;
  end: number;
  scale: number;
  vnd: number;
}

/**
 * Every VND amount in the text, in order of mention; "1 tỷ 500 triệu" is one amount.
 * @example parseAmounts('709.465.000 đồng') // [709465000]
 * @example parseAmounts('3,5 tỷ; 500 triệu đồng') // [3500000000, 500000000]
 */
export function parseAmounts(text: string): number[] {
  if (!DIGIT.test(text)) return [];
  const source = normalizeText(text).toLowerCase();
  const wholeCellIsNumber = PLAIN_NUMBER.test(source);
  const tokens: AmountToken[] = [];
  // exec over one shared pattern: matchAll clones the pattern per call.
  AMOUNT.lastIndex = 0;
  for (let match = AMOUNT.exec(source); match; match = AMOUNT.exec(source)) {
    const token = readToken(match, wholeCellIsNumber);
    if (token) tokens.push(token);
  }
  return joinCompounds(tokens, source);
}

function readToken(match: RegExpExecArray, wholeCellIsNumber: boolean): AmountToken | undefined {
  const [all, digits = '', scaleWord, currency] = match;
  if (currency !== undefined && FOREIGN_CURRENCIES.has(currency)) return undefined;
  const marked = scaleWord !== undefined || currency !== undefined;
  if (!marked && !wholeCellIsNumber && !GROUPED.test(digits)) return undefined;
  const scale = scaleWord === undefined ? 1 : (SCALES[scaleWord] ?? 1);
  const vnd = toVnd(digits, scaleWord !== undefined, scale);
  return vnd === undefined ? undefined : { start: match.index, end: match.index + all.length, scale, vnd };
}

function toVnd(digits: string, hasScale: boolean, scale: number): number | undefined {
  const value = readNumber(digits, hasScale);
  if (value === undefined) return undefined;
  const vnd = value * scale;
  const rounded = Math.round(vnd);
  // The đồng has no subunit: "0,5 đồng" is a typing slip, not an amount.
  if (Math.abs(vnd - rounded) > 1e-6 || !Number.isSafeInteger(rounded)) return undefined;
  return rounded;
}

/**
 * The number written in digits, or undefined for a shape no convention produces ("11.03.2024").
 * With no scale word a single "," before three digits is a thousands separator, since no one writes
 * fractions of a đồng; after a scale word ("1,500 tỷ") it is the Vietnamese decimal comma.
 */
function readNumber(digits: string, hasScale: boolean): number | undefined {
  const dot = digits.lastIndexOf('.');
  const comma = digits.lastIndexOf(',');
  if (dot >= 0 && comma >= 0) {
    const decimal = dot > comma ? '.' : ',';
    const [whole = '', fraction = '', extra] = digits.split(decimal);
    if (extra !== undefined || !GROUPED_OR_PLAIN.test(whole)) return undefined;
    return Number(`${whole.replace(/[.,]/g, '')}.${fraction}`);
  }
  const separator = dot >= 0 ? '.' : comma >= 0 ? ',' : '';
  if (separator === '') return Number(digits);
  const groups = digits.split(separator);
  const thousands = GROUPED.test(digits) && !(separator === ',' && hasScale && groups.length === 2);
  if (thousands) return Number(groups.join(''));
  return groups.length === 2 ? Number(groups.join('.')) : undefined;
}

// "1 tỷ 500 triệu (đồng)": a larger unit followed, across spaces only, by a smaller one is one amount.
function joinCompounds(tokens: readonly AmountToken[], source: string): number[] {
  const joined: AmountToken[] = [];
  for (const token of tokens) {
    const last = joined[joined.length - 1];
    if (last && token.scale < last.scale && source.slice(last.end, token.start).trim() === '') {
      joined[joined.length - 1] = { ...token, vnd: last.vnd + token.vnd };
    } else {
      joined.push(token);
    }
  }
  return joined.map((token) => token.vnd).filter(Number.isSafeInteger);
}
