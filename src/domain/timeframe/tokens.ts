/**
 * Tokens of a time-frame cell. Matching works on a canonical string of folded tokens joined by single spaces
 * ("Quý II–III/2024" → "quy ii - iii / 2024"): foldKey makes keywords diacritic- and case-insensitive, and
 * keeping punctuation as tokens keeps "/" and "–" (which foldKey would turn into spaces) for ranges and dates.
 * Every token remembers where it sits in the normalised cell, so a part's text is an exact slice of it.
 */
import { foldKey, normalizeText } from '../text';

export interface Token {
  /** Folded word, digits as written, or one punctuation character (all dashes become "-"). */
  key: string;
  start: number;
  end: number;
}

/** A run of tokens between separators: tokens[from] … tokens[to - 1]. */
export interface Piece {
  from: number;
  to: number;
}

export interface TokenizedCell {
  /** normalizeText of the cell; every line break became the single space between two lines. */
  normalized: string;
  tokens: Token[];
}

/** Line breaks in a cell separate parts like a comma; normalizeText would erase them. */
const LINE_BREAK = /\r\n|[\n\r\v\f\u2028\u2029]/;
const HAS_LINE_BREAK = /[\n\r\v\f\u2028\u2029]/;
// ASCII digits apart from letters so "Quý2" reads as "quy 2"; combining marks stay with their letter.
const TOKEN = /(\d+)|([\p{L}\p{M}]+)|(\S)/gu;
const DASHES = /^[-‐‑‒–—―−]$/u;
export const LINE_KEY = '\n';

// The vocabulary of the column is small, so folding each distinct word once keeps foldKey off the hot path.
// Cleared when large so that a stream of random text cannot grow it without bound.
const folded = new Map<string, string>();
const FOLD_CACHE_LIMIT = 5000;

// Old spellings read as the current ones: "Quí IV-2025" is "Quý IV-2025".
const SPELLINGS: Readonly<Record<string, string>> = { qui: 'quy' };

function foldWord(word: string): string {
  const known = folded.get(word);
  if (known !== undefined) return known;
  if (folded.size >= FOLD_CACHE_LIMIT) folded.clear();
  const plain = foldKey(word) || word;
  const key = SPELLINGS[plain] ?? plain;
  folded.set(word, key);
  return key;
}

// "T6/2025", "Q2/2025", "Q.II/2025" (session 21 probe): a capital T or Q alone before a number is the month or
// quarter word cut short, as tables write it; its dot goes with it.
const SHORT_WORDS: Readonly<Record<string, string>> = { T: 'thang', Q: 'quy' };

function pushTokens(line: string, offset: number, tokens: Token[]): void {
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(line); m; m = TOKEN.exec(line)) {
    const whole = m[0];
    const short = m[2] !== undefined ? SHORT_WORDS[m[2]] : undefined;
    if (short !== undefined && /^\.?\s?[\dIVX]/u.test(line.slice(m.index + 1))) {
      tokens.push({ key: short, start: offset + m.index, end: offset + m.index + whole.length });
      if (line.charAt(m.index + 1) === '.') TOKEN.lastIndex += 1;
      continue;
    }
    const key = m[1] ?? (m[2] ? foldWord(m[2]) : DASHES.test(whole) ? '-' : whole);
    tokens.push({ key, start: offset + m.index, end: offset + m.index + whole.length });
  }
}

/**
 * The normalised cell and its tokens; a line break is kept as a token with key LINE_KEY.
 * @example tokenize('Quý II/2024').tokens.map((t) => t.key) // ['quy', 'ii', '/', '2024']
 */
export function tokenize(text: string): TokenizedCell {
  const lines = HAS_LINE_BREAK.test(text) ? text.split(LINE_BREAK) : [text];
  const tokens: Token[] = [];
  let normalized = '';
  for (const raw of lines) {
    const line = normalizeText(raw);
    if (!line) continue;
    if (normalized) {
      tokens.push({ key: LINE_KEY, start: normalized.length, end: normalized.length });
      normalized += ' ';
    }
    pushTokens(line, normalized.length, tokens);
    normalized += line;
  }
  return { normalized, tokens };
}

/** The canonical string matched by the grammar. */
export function canonical(tokens: readonly Token[], piece: Piece): string {
  let out = '';
  for (let i = piece.from; i < piece.to; i++) out += (i > piece.from ? ' ' : '') + (tokens[i]?.key ?? '');
  return out;
}

/** The piece's text: an exact slice of the normalised cell. */
export function pieceText(cell: TokenizedCell, piece: Piece): string {
  const first = cell.tokens[piece.from];
  const last = cell.tokens[piece.to - 1];
  return first && last ? cell.normalized.slice(first.start, last.end) : '';
}
