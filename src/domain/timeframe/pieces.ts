/**
 * Splitting a cell into candidate parts. ";" always ends a part. A comma, "và", "hoặc", a bracket and a line
 * break only may: "Quý I, II/2024" and "theo KH đoàn ra, đoàn vào" are one part each, so the parser re-joins a piece
 * that makes no sense alone with the one before it (see parseTimeframe).
 */
import { LINE_KEY, type Piece, type Token } from './tokens';

const HARD = new Set([';']);
// Brackets too: "trong năm 2024 (theo KH đoàn ra)" is a year and a linked part.
const SOFT = new Set([',', 'va', 'hoac', '(', ')', '[', ']', LINE_KEY]);
// Bullets and sentence punctuation around a part ("- Quý II", "Theo Hướng dẫn … năm 2024.").
const EDGE_JUNK = new Set(['-', '+', '*', '•', '.', ':', '…']);

/** A piece without junk at its edges, or undefined when nothing is left. */
function trimmed(tokens: readonly Token[], from: number, to: number): Piece | undefined {
  let a = from;
  let b = to;
  while (a < b && EDGE_JUNK.has(tokens[a]?.key ?? '')) a++;
  while (b > a && EDGE_JUNK.has(tokens[b - 1]?.key ?? '')) b--;
  return a < b ? { from: a, to: b } : undefined;
}

// "(nếu có)", "(nếu cần)" after a time (2530/QĐ-TTg 2025): a hedge on the work, no time of its own.
const HEDGES = new Set(['neu co', 'neu can']);

function isHedge(tokens: readonly Token[], piece: Piece): boolean {
  if (piece.to - piece.from !== 2) return false;
  return HEDGES.has(`${tokens[piece.from]?.key ?? ''} ${tokens[piece.from + 1]?.key ?? ''}`);
}

/**
 * Segments (between hard separators), each a list of pieces (between soft separators).
 * @example splitPieces(tokenize('thường xuyên; theo KH đoàn ra, đoàn vào').tokens).length === 2
 */
export function splitPieces(tokens: readonly Token[]): Piece[][] {
  const segments: Piece[][] = [];
  let pieces: Piece[] = [];
  let start = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const key = i < tokens.length ? (tokens[i]?.key ?? '') : ';';
    const hard = HARD.has(key);
    if (!hard && !SOFT.has(key)) continue;
    const piece = trimmed(tokens, start, i);
    if (piece && !(pieces.length > 0 && isHedge(tokens, piece))) pieces.push(piece);
    start = i + 1;
    if (hard && pieces.length > 0) {
      segments.push(pieces);
      pieces = [];
    }
  }
  return segments;
}
