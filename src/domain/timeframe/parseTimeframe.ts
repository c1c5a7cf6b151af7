/**
 * Reading a "Thời gian thực hiện" cell into parts. Pure: the plan year is not known here, so a part without
 * a year ("Quý II") simply has none and the caller applies the plan's (see yearsOutside).
 */
import { classify, namesWork } from './classify';
import { partProblems, partQuarters, partYears } from './facts';
import { splitPieces } from './pieces';
import type { Timeframe, TimeframePart, TimeframeProblem } from './schema';
import { canonical, pieceText, tokenize, type Piece, type TokenizedCell } from './tokens';
import { appendAll } from '../arrays';

interface Read {
  piece: Piece;
  part: TimeframePart;
}

function read(cell: TokenizedCell, piece: Piece): Read {
  return { piece, part: classify(canonical(cell.tokens, piece), pieceText(cell, piece)) };
}

/**
 * The parts of one segment (between semicolons). A piece that means nothing alone continues the one before
 * it when the two read together make sense: "Quý I, II/2024" is one quarter part, "theo KH đoàn ra, đoàn
 * vào" one linked part. Two unparsed neighbours become one unparsed part, shown as the officer wrote it.
 */
function readSegment(cell: TokenizedCell, pieces: readonly Piece[]): TimeframePart[] {
  const reads: Read[] = [];
  for (const piece of pieces) {
    const current = read(cell, piece);
    const previous = reads[reads.length - 1];
    // "Tháng 3, 4/2024": "4/2024" reads alone as a month, yet it ends the list the first piece opened.
    if (previous && continuesMonths(previous.part, current.part)) {
      const joined = read(cell, { from: previous.piece.from, to: piece.to });
      if (joined.part.kind === 'month') {
        reads[reads.length - 1] = joined;
        continue;
      }
    }
    // Work named before or after a time goes with it: "Hoàn thành đầu tư, lắp đặt và vận hành xong trước ngày
    // 01/01/2030", "Ban hành kế hoạch trong tháng 01/2026 và tổ chức thực hiện".
    if (previous && namesWorkOnly(cell, previous, current)) {
      const both = { from: previous.piece.from, to: piece.to };
      const time = current.part.kind === 'unparsed' ? previous.part : current.part;
      reads[reads.length - 1] = { piece: both, part: { ...time, text: pieceText(cell, both) } };
      continue;
    }
    if (current.part.kind !== 'unparsed' || !previous) {
      reads.push(current);
      continue;
    }
    // "Định kỳ hằng quý, năm": a unit after a cadence is that cadence again (session 23 probe).
    if (previous.part.kind === 'recurring' && BARE_UNIT.test(canonical(cell.tokens, piece))) {
      const both = { from: previous.piece.from, to: piece.to };
      reads[reads.length - 1] = { piece: both, part: { ...previous.part, text: pieceText(cell, both) } };
      continue;
    }
    const joined = read(cell, { from: previous.piece.from, to: piece.to });
    const keep = joined.part.kind !== 'unparsed' || previous.part.kind === 'unparsed';
    if (keep) reads[reads.length - 1] = joined;
    else reads.push(current);
  }
  return reads.map((r) => r.part);
}

/**
 * One of two neighbours is a time and the other only names work, read whole as the time: the unread one is
 * work (`namesWork`) — all of it, when several unread pieces came before ("Hoàn thành đầu tư, lắp đặt").
 */
function namesWorkOnly(cell: TokenizedCell, previous: Read, current: Read): boolean {
  const before = previous.part.kind === 'unparsed';
  const after = current.part.kind === 'unparsed';
  if (before === after) return false;
  return namesWork(canonical(cell.tokens, before ? previous.piece : current.piece));
}

const BARE_UNIT = /^(?:nam|quy|thang|tuan|0?6 thang|sau thang)$/u;

function continuesMonths(previous: TimeframePart, current: TimeframePart): boolean {
  return previous.kind === 'month' && current.kind === 'month' && previous.year === undefined;
}

function ascending(values: Set<number>): number[] {
  return values.size < 2 ? [...values] : [...values].sort((a, b) => a - b);
}

// Plain loops: this runs for every task of the sheet, and flatMap allocates an array per part.
function summarize(text: string, parts: TimeframePart[]): Timeframe {
  const years = new Set<number>();
  const quarters = new Set<number>();
  const problems: TimeframeProblem[] = [];
  for (const part of parts) {
    for (const year of partYears(part)) years.add(year);
    for (const quarter of partQuarters(part)) quarters.add(quarter);
    appendAll(problems, partProblems(part));
  }
  return { text, parts, years: ascending(years), quarters: ascending(quarters), problems };
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  for (const key in value) deepFreeze(value[key]);
  return Object.freeze(value);
}

/** The unit a time column counts in, from its title ("Số ngày dự kiến": days). */
export type DurationUnit = 'day' | 'month';

const BARE_NUMBER = /^\s*\d{1,3}\s*$/u;

/** A bare number in a column that counts days or months: a duration, counted from the plan's start. */
function durationOf(text: string): Timeframe {
  return { text, parts: [{ kind: 'linked', text: text.trim() }], years: [], quarters: [], problems: [] };
}

// A time-frame column repeats a few dozen texts over thousands of rows ("thường xuyên", "Quý II"), and the
// validator's budget is 10,000 tasks in 250 ms shared by every rule: each distinct text is read once. Cached
// results are shared, hence frozen; the cache is cleared when full so that distinct texts cannot grow it.
const cache = new Map<string, Timeframe>();
const CACHE_LIMIT = 10_000;

/**
 * Parses a time-frame cell. Matching ignores case and diacritics and accepts NFD text, stray spaces, either
 * dash and Arabic or Roman quarters; parts are separated by ";", ",", "và", "hoặc" or a line break.
 * Impossible values ("Quý V", "Tháng 13", "31/6") stay in their part and are listed in `problems`.
 * The result is frozen: equal texts share it. In a column that counts days or months (`unit`, from its
 * title) a bare number is a duration.
 * @example
 * parseTimeframe('thường xuyên; theo KH đoàn ra, đoàn vào').parts.map((p) => p.kind) // ['recurring', 'linked']
 * parseTimeframe('Quý I, II/2024') // parts: [{ kind: 'quarter', quarters: [1, 2], year: 2024, … }], quarters: [1, 2]
 */
export function parseTimeframe(text: string, unit?: DurationUnit): Timeframe {
  const key = unit === undefined ? text : `${unit}\u0000${text}`;
  const known = cache.get(key);
  if (known) return known;
  if (cache.size >= CACHE_LIMIT) cache.clear();
  const timeframe = deepFreeze(
    unit !== undefined && BARE_NUMBER.test(text) ? durationOf(text) : readTimeframe(text),
  );
  cache.set(key, timeframe);
  return timeframe;
}

function readTimeframe(text: string): Timeframe {
  const cell = tokenize(text);
  const parts: TimeframePart[] = [];
  for (const pieces of splitPieces(cell.tokens)) appendAll(parts, readSegment(cell, pieces));
  return summarize(text, parts);
}

/**
 * True when the cell has text and some of it was not understood.
 * @example isUnparsed(parseTimeframe('sớm nhất có thể')) === true; isUnparsed(parseTimeframe('')) === false
 */
export function isUnparsed(timeframe: Timeframe): boolean {
  return timeframe.parts.some((part) => part.kind === 'unparsed');
}
