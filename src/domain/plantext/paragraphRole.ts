import type { Paragraph } from './planParagraphs';
import type { PartLabel } from './partLabels';
import { partLabel } from './partLabels';
import { romanValue, VIETNAMESE_LETTERS } from '../text';

/**
 * How a heading is numbered. Upper-case letters (A., B., … Đ.) and Roman numerals (I., II.) are told apart
 * by the outline, where "I." or "C." can be either: `upper` holds both until then.
 */
export type MarkerStyle = 'upper' | 'roman' | 'arabic' | 'lower' | 'bracketed';

export interface Marker {
  style: MarkerStyle;
  /** As written, without its closing dot or bracket: "II", "1.1.15", "a". */
  text: string;
  /** Arabic numbering's parts: "1.1.15" → [1, 1, 15]; one part for the other styles. */
  parts: number[];
}

export type ParagraphRole =
  | { kind: 'heading'; marker: Marker; title: string }
  | { kind: 'label'; label: PartLabel; value: string; marker?: Marker }
  /** `sub`: a "+" bullet, a level under the "-" ones. */
  | { kind: 'bullet'; text: string; sub?: true }
  | { kind: 'text'; text: string };

const ROMAN = /^(?=[IVXLC])(X{0,3})(IX|IV|V?I{0,3})$/u;
const UPPER = /^([A-ZĐ]|[IVXLC]{1,6})[.)]\s+(\S.*)$/u;
const ARABIC = /^(\d{1,3}(?:\.\d{1,3})*)(?:[.)]\s*|\s+)(?=\S)(.*)$/u;
const LOWER = /^([a-zđ])[).]\s+(\S.*)$/u;
const BULLET = /^[-–—+•·]\s*(\S.*)$/u;
// "(1) Tiếp tục …", "(ii) Khẩn trương …" (07-KL/VPTW, 653/TB-VPCP 2025): items numbered in brackets.
const BRACKETED = /^\((\d{1,2}|[ivx]{1,5}|[a-zđ])\)\s*(\S.*)$/u;
const LETTERS = VIETNAMESE_LETTERS;
const LOWER_LETTERS = LETTERS.toLowerCase();

/**
 * What a paragraph of a plan is: a numbered heading, a labelled part of a task ("b) Thời gian thực hiện:
 * Quý II/2024"), a bullet or plain text. A heading numbered by a Roman numeral or a capital letter is never
 * a label ("II. NỘI DUNG NHIỆM VỤ" heads a chapter).
 * @example paragraphRole({ line: 45, endLine: 45, text: 'b) Thời gian thực hiện: Quý II/2024.' })
 *   → { kind: 'label', label: 'time', value: 'Quý II/2024.', marker: { style: 'lower', text: 'b', parts: [2] } }
 */
export function paragraphRole(paragraph: Paragraph): ParagraphRole {
  const text = paragraph.text;
  const upper = UPPER.exec(text);
  if (upper && (upper[1]?.length === 1 || ROMAN.test(upper[1] ?? ''))) {
    const mark = upper[1] ?? '';
    return { kind: 'heading', marker: upperMarker(mark), title: upper[2] ?? '' };
  }
  const arabic = ARABIC.exec(text);
  if (arabic && isArabicHeading(arabic[1] ?? '', text)) {
    const mark = arabic[1] ?? '';
    const marker: Marker = { style: 'arabic', text: mark, parts: mark.split('.').map(Number) };
    // "1. Nội dung thực hiện: …" is a label; "4.1. Kinh phí thực hiện" with no colon a heading (Hà Nội
    // 308/KH-UBND 2025 numbers its sub-topics so).
    const label = (arabic[2] ?? '').includes(':') ? labelled(arabic[2] ?? '', marker) : undefined;
    return label ?? { kind: 'heading', marker, title: arabic[2] ?? '' };
  }
  const lower = LOWER.exec(text);
  if (lower) {
    const mark = lower[1] ?? '';
    const marker: Marker = { style: 'lower', text: mark, parts: [LOWER_LETTERS.indexOf(mark) + 1] };
    return labelled(lower[2] ?? '', marker) ?? { kind: 'heading', marker, title: lower[2] ?? '' };
  }
  const bracketed = BRACKETED.exec(text);
  if (bracketed) {
    const mark = bracketed[1] ?? '';
    const marker: Marker = { style: 'bracketed', text: mark, parts: [bracketValue(mark)] };
    return labelled(bracketed[2] ?? '', marker) ?? { kind: 'heading', marker, title: bracketed[2] ?? '' };
  }
  const bullet = BULLET.exec(text);
  if (bullet)
    return (
      labelled(bullet[1] ?? '') ?? {
        kind: 'bullet',
        text: bullet[1] ?? '',
        ...(text.startsWith('+') ? { sub: true as const } : {}),
      }
    );
  return labelled(text) ?? { kind: 'text', text };
}

/** A bracketed item's place: "(3)" → 3, "(iv)" → 4 ("(i)" is the Roman one), "(b)" → 2. */
function bracketValue(mark: string): number {
  if (/^\d+$/u.test(mark)) return Number(mark);
  if (/^[ivx]+$/u.test(mark)) return romanValue(mark.toUpperCase());
  return LOWER_LETTERS.indexOf(mark) + 1;
}

// "1. …", "1.1. …", "1.1 …": a single number needs its dot or bracket ("2024 là năm …" is text).
function isArabicHeading(mark: string, text: string): boolean {
  return mark.includes('.') || /^\d{1,3}[.)]/u.test(text);
}

function upperMarker(mark: string): Marker {
  const roman = ROMAN.test(mark);
  if (mark.length > 1 || (roman && !LETTERS.includes(mark)))
    return { style: 'roman', text: mark, parts: [romanValue(mark)] };
  return { style: 'upper', text: mark, parts: [LETTERS.indexOf(mark) + 1] };
}

/** A letter's place in the Vietnamese alphabet as used for sections (A, B, C, D, Đ, E, G, H, I, K…). */
export function letterValue(letter: string): number {
  return LETTERS.indexOf(letter.toUpperCase()) + 1;
}

// "Cơ quan chủ trì: Sở Ngoại vụ" or a label alone on its line ("a) Nội dung thực hiện").
function labelled(text: string, marker?: Marker): ParagraphRole | undefined {
  const colon = text.indexOf(':');
  const words = colon >= 0 ? text.slice(0, colon) : text.replace(/[.:]\s*$/u, '');
  if (words.length > 60) return undefined;
  const label = partLabel(words);
  if (!label) return undefined;
  const value = colon >= 0 ? text.slice(colon + 1).trim() : '';
  return { kind: 'label', label, value, ...(marker ? { marker } : {}) };
}
