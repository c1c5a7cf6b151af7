import { normalizeText } from '../text';

/**
 * What a TT cell says about its row.
 * - `letter`: A, B, Đ … (outermost sections)
 * - `roman`: I, II … ; `roman-sub`: II.I, II.1 (sub-sections)
 * - `number`: 5, 5.1, 3.4.2 (tasks, or groups over them)
 * - `sub-letter`: a, b), 1.a (items under a number); `bracketed`: (1), (ii), (a) (items under those);
 *   `bullet`: -, +, • (unnumbered items)
 * - `text`: anything else ("* Chưa bao gồm …", "Ghi chú:")
 */
export type TtKind =
  'empty' | 'letter' | 'roman' | 'roman-sub' | 'number' | 'sub-letter' | 'bracketed' | 'bullet' | 'text';

export interface ParsedTt {
  kind: TtKind;
  /** The label without trailing punctuation ("II.I", "5.1", "a", "(2)"); '' for empty, bullet and text. */
  label: string;
  /** Dotted parts: ["II","I"], ["5","1"]. */
  parts: string[];
  /** Text after the label when the TT cell also holds the title ("I. CÔNG TÁC …"). */
  rest: string;
}

// Section numbers I … XXXIX. A lone C, D, L or M is a lettered section, not 100, 500, 50 or 1000.
const ROMAN = /^(?=[IVX])X{0,3}(IX|IV|V?I{0,3})$/;
const NUMBER = /^\d{1,3}(\.\d{1,3})*$/;
const ROMAN_SUB = /^(?=[IVX])X{0,3}(IX|IV|V?I{0,3})(\.((?=[IVX])X{0,3}(IX|IV|V?I{0,3})|\d{1,3}))+$/;
const LETTER = /^[A-ZĐ]$/u;
// "a", and "1.a", "2.1.b": an item lettered under its number, as some appendices write it (session 20 probe).
const SUB_LETTER = /^(?:\d{1,3}(?:\.\d{1,3})*\.)?[a-zđ]$/u;
const BULLET = /^[-+•–—*◦▪]$/u;
// "(1)", "(ii)", "(a)": items numbered in brackets (07-KL/VPTW, 653/TB-VPCP 2025), maybe with their title.
const BRACKETED = /^\((\d{1,2}|[ivx]{1,5}|[a-zđ])\)(?:\s*(\S.*))?$/u;
// "I. Title", "5.1) Title", "a) Title", "II.I Title": a label, punctuation or a space, then words.
const LABEL_WITH_TITLE =
  /^([IVX]+(?:\.(?:[IVX]+|\d{1,3}))*|\d{1,3}(?:\.\d{1,3})*|[A-ZĐa-zđ])(?:[.):]\s*|\s+)(\S.*)$/u;

/**
 * @example parseTt('II.I') → { kind: 'roman-sub', label: 'II.I', parts: ['II', 'I'], rest: '' }
 * @example parseTt('5.1.') → { kind: 'number', label: '5.1', parts: ['5', '1'], rest: '' }
 * @example parseTt('I. CÔNG TÁC ĐỐI NGOẠI') → { kind: 'roman', label: 'I', rest: 'CÔNG TÁC ĐỐI NGOẠI' }
 */
export function parseTt(text: string): ParsedTt {
  // Fast path for the common case, a plain number such as "5" or "3.4" (the parser's hot path).
  if (NUMBER.test(text)) return { kind: 'number', label: text, parts: text.split('.'), rest: '' };
  const clean = normalizeText(text);
  if (clean === '') return { kind: 'empty', label: '', parts: [], rest: '' };
  const bare = clean.replace(/\s*\.\s*/g, '.').replace(/[.):]+$/, '');
  const kind = labelKind(bare);
  if (kind) return { kind, label: bare, parts: bare.split('.'), rest: '' };
  if (BULLET.test(clean.charAt(0)) && clean.length === 1)
    return { kind: 'bullet', label: '', parts: [], rest: '' };
  const bracketed = BRACKETED.exec(clean);
  if (bracketed) {
    const inner = bracketed[1] ?? '';
    return { kind: 'bracketed', label: `(${inner})`, parts: [inner], rest: bracketed[2] ?? '' };
  }
  const withTitle = LABEL_WITH_TITLE.exec(clean);
  const label = withTitle?.[1];
  const labelKindWithTitle = label ? labelKind(label) : undefined;
  // A lone capital followed by words is ordinary text ("A lot…" never occurs, but "Ghi chú" does).
  if (label && labelKindWithTitle && !(labelKindWithTitle === 'letter' && !/[.):]/.test(clean.charAt(1)))) {
    return { kind: labelKindWithTitle, label, parts: label.split('.'), rest: withTitle?.[2] ?? '' };
  }
  return { kind: 'text', label: '', parts: [], rest: clean };
}

const CACHE_LIMIT = 5000;
const MAX_CACHED_LENGTH = 16;
const cache = new Map<string, Readonly<ParsedTt>>();

/**
 * parseTt, memoised: TT texts repeat on every sheet ("1", "2", "1.1" …), and sharing one immutable result
 * per text saves the parser two allocations a row. The cache is bounded; it holds no sheet data beyond
 * short TT labels.
 */
export function parseTtCached(text: string): Readonly<ParsedTt> {
  // Long texts (numbering read from the task text itself) are not labels: parse them without keeping them.
  if (text.length > MAX_CACHED_LENGTH) return parseTt(text);
  let parsed = cache.get(text);
  if (parsed === undefined) {
    if (cache.size >= CACHE_LIMIT) cache.clear();
    parsed = Object.freeze(parseTt(text));
    cache.set(text, parsed);
  }
  return parsed;
}

function labelKind(label: string): TtKind | undefined {
  if (NUMBER.test(label)) return 'number';
  if (ROMAN.test(label)) return 'roman';
  if (ROMAN_SUB.test(label)) return 'roman-sub';
  if (LETTER.test(label)) return 'letter';
  if (SUB_LETTER.test(label)) return 'sub-letter';
  return undefined;
}

/**
 * Nesting level used to build section paths: letters outermost, then Roman numerals, their sub-sections,
 * numbered items by depth, lettered items, bullets. Larger is deeper.
 */
export function ttLevel(tt: ParsedTt): number {
  switch (tt.kind) {
    case 'letter':
      return 1;
    case 'roman':
      return 2;
    case 'roman-sub':
      return 1 + tt.parts.length;
    case 'number':
      return 10 + tt.parts.length;
    case 'sub-letter':
      return 30;
    case 'bracketed':
      return 35;
    case 'bullet':
      return 40;
    default:
      return Number.POSITIVE_INFINITY;
  }
}

/** True for TT kinds that head a section (I, II.I, A), as opposed to numbered items. */
export function isSectionTt(tt: ParsedTt): boolean {
  return tt.kind === 'roman' || tt.kind === 'roman-sub' || tt.kind === 'letter';
}

/** True when `child` is numbered inside `parent` (5.1 in 5; a) or a bullet under a number). */
export function isChildTt(parent: ParsedTt, child: ParsedTt): boolean {
  if (parent.kind === 'number' && child.kind === 'number') {
    return (
      child.parts.length > parent.parts.length && parent.parts.every((part, i) => child.parts[i] === part)
    );
  }
  return ttLevel(child) > ttLevel(parent) && ttLevel(child) !== Number.POSITIVE_INFINITY;
}
