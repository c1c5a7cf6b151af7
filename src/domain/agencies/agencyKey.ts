/**
 * The matching key of an agency name: folded words (domain.md §3.3: NFC, diacritics and tone placement
 * do not matter) with the usual abbreviations spelled out and every list separator made the same.
 */
import { foldKey } from '../text';

/**
 * How a separator joins words: "-", "–", "&" join; "," and "và" list; ";" ends a list. A line break is
 * only whitespace to matching (a long name may wrap) but still parts pieces the registry does not know.
 */
export type SeparatorKind = 'join' | 'comma' | 'and' | 'hard' | 'line';

/** One word (folded) or separator of an agency text, with its offsets in the text as written. */
export interface AgencyToken {
  /** The folded word, SEPARATOR for a soft separator, or a key no name contains for ";" and line breaks. */
  key: string;
  start: number;
  end: number;
  separator?: SeparatorKind;
}

/** The key every soft separator folds to, so "Kế hoạch - Đầu tư" = "Kế hoạch và Đầu tư". */
export const SEPARATOR = '+';
/** Never part of a registry key: matching cannot cross a ";". */
const HARD = '|';
const LINE = '\n';

// Abbreviations written in plans, spelled out as folded words (the list in the issue; others are aliases).
const EXPANSIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['ubnd', ['uy', 'ban', 'nhan', 'dan']],
  ['hdnd', ['hoi', 'dong', 'nhan', 'dan']],
  ['dbqh', ['doan', 'dai', 'bieu', 'quoc', 'hoi']],
  ['tp', ['thanh', 'pho']],
  ['tx', ['thi', 'xa']],
  ['bql', ['ban', 'quan', 'ly']],
  ['kcn', ['khu', 'cong', 'nghiep']],
]);

// A letter, mark or digit. The scan runs on every lead cell, and a Unicode-property pattern over the whole
// text was its hot spot (measured), so the ranges Vietnamese is written in are decided by code unit —
// ASCII, Latin-1 and Latin Extended-A/B letters (đ, ơ, ư), combining marks (NFD text), and Latin Extended
// Additional (the precomposed vowels ạ … ỹ) — and only other characters go through the pattern.
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  if (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) return true;
  if (code >= 0x300 && code <= 0x36f) return true;
  if (code >= 0x1e00 && code <= 0x1eff) return true;
  return WORD_CHAR.test(String.fromCharCode(code));
}

const SEPARATORS: ReadonlyMap<string, SeparatorKind> = new Map([
  ['-', 'join'],
  ['–', 'join'],
  ['—', 'join'],
  ['&', 'join'],
  [',', 'comma'],
  // "UBND các xã/phường", "Sở Xây dựng/các công ty …": a slash lists, as a comma does.
  ['/', 'comma'],
  // "Các trường: Đại học, Cao đẳng" lists after its colon; "Chủ trì: Sở Y tế" labels (the role is dropped).
  [':', 'comma'],
  [';', 'hard'],
  ['\n', 'line'],
]);

// Folding a word costs a normalize() and three replaces; lead columns repeat a few hundred words, so the
// folded form is remembered. Capped so that a stream of random text cannot grow it without bound.
const foldedWords = new Map<string, string>();
const FOLD_CACHE_LIMIT = 20_000;

const ASCII_WORD = /^[0-9A-Za-z]+$/u;

function foldWord(word: string): string {
  if (ASCII_WORD.test(word)) return word.toLowerCase();
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = foldKey(word);
    if (foldedWords.size >= FOLD_CACHE_LIMIT) foldedWords.clear();
    foldedWords.set(word, folded);
  }
  return folded;
}

/**
 * The words and separators of a text, folded and with abbreviations expanded (an expansion's tokens all
 * carry the abbreviation's offsets). Offsets refer to the text as given, even when it is NFD.
 */
export function tokenizeAgencyText(text: string): AgencyToken[] {
  const tokens: AgencyToken[] = [];
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (isWordCode(code)) {
      let end = i + 1;
      while (end < text.length && isWordCode(text.charCodeAt(end))) end++;
      pushRaw(tokens, text.slice(i, end), i, end);
      i = end;
      continue;
    }
    const separator = SEPARATORS.get(text.charAt(i));
    // A slash after a digit is a document symbol ("250/KH-UBND"), not a list.
    if (separator && !(text.charAt(i) === '/' && /\d/u.test(text.charAt(i - 1)))) {
      const key = separator === 'hard' ? HARD : separator === 'line' ? LINE : SEPARATOR;
      tokens.push({ key, start: i, end: i + 1, separator });
    }
    i++;
  }
  return tokens;
}

function pushRaw(tokens: AgencyToken[], raw: string, start: number, end: number): void {
  const key = foldWord(raw);
  if (key === 'va' && raw.normalize('NFC').toLowerCase() === 'và') {
    tokens.push({ key: SEPARATOR, start, end, separator: 'and' });
    return;
  }
  pushWord(tokens, key, start, end);
}

function pushWord(tokens: AgencyToken[], key: string, start: number, end: number): void {
  if (key === '') return; // a stray combining mark
  const expansion = EXPANSIONS.get(key);
  if (!expansion) {
    tokens.push({ key, start, end });
    return;
  }
  // "Đoàn ĐBQH" spells "Đoàn" twice once ĐBQH is expanded; keep one.
  const skipFirst = tokens[tokens.length - 1]?.key === expansion[0];
  for (const word of skipFirst ? expansion.slice(1) : expansion) tokens.push({ key: word, start, end });
}

/**
 * The key tokens of a whole name: separators collapsed, none at either end, trailing "tỉnh" dropped.
 * @example keyTokens(tokenizeAgencyText('Sở KH&ĐT tỉnh;')) → ['so', 'kh', '+', 'dt']
 */
export function keyTokens(tokens: readonly AgencyToken[], keepTrailingTinh = false): string[] {
  const keys: string[] = [];
  for (const token of tokens) {
    if (token.separator === 'line') continue;
    const key = token.key === HARD ? SEPARATOR : token.key;
    if (key === SEPARATOR && (keys.length === 0 || keys[keys.length - 1] === SEPARATOR)) continue;
    keys.push(key);
  }
  if (keys[keys.length - 1] === SEPARATOR) keys.pop();
  if (!keepTrailingTinh && keys.length > 1 && keys[keys.length - 1] === 'tinh') keys.pop();
  return keys;
}

/**
 * The matching key of an agency name or cell text: case, diacritics, NFC/NFD and tone placement folded;
 * "và", "-", "–", "&", "," (and ";") the same separator; UBND, HĐND, ĐBQH, TP., TX., BQL, KCN spelled out;
 * a trailing "tỉnh" and trailing ";" or "." ignored.
 * @example agencyKey('Sở Kế hoạch - Đầu tư') === agencyKey('Sở Kế hoạch và Đầu tư') // 'so ke hoach + dau tu'
 * @example agencyKey('Uỷ ban nhân dân TP. Vũng Tàu') === agencyKey('UBND thành phố Vũng Tàu')
 * @example agencyKey('Liên hiệp các tổ chức hữu nghị tỉnh.') === 'lien hiep cac to chuc huu nghi'
 */
export function agencyKey(text: string): string {
  return keyTokens(tokenizeAgencyText(text)).join(' ');
}
