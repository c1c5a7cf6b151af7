/**
 * The written form of a name, for telling a variant spelling from the canonical one. Unlike the matching
 * key it keeps case, diacritics and punctuation: "Sở Kế hoạch - Đầu tư" is a variant of "Sở Kế hoạch và
 * Đầu tư". It only forgives what is official usage: either tone placement ("Ủy"/"Uỷ", "Hòa"/"Hoà",
 * domain.md §3.3) and the standard abbreviations UBND, HĐND, ĐBQH, TP., TX., BQL, KCN, TNCS.
 */
import { normalizeText } from '../text';

const TONES = '\u0300\u0301\u0303\u0309\u0323';
// Old style puts the tone on the first vowel of oa, oe, uy ("hòa", "ủy"); new style on the second.
const OLD_STYLE_OA = new RegExp(`([oO])([${TONES}])([aAeE])`, 'gu');
const OLD_STYLE_UY = new RegExp(`([uU])([${TONES}])([yY])`, 'gu');

/** @example foldTonePlacement('Ủy ban Hòa') === foldTonePlacement('Uỷ ban Hoà') */
export function foldTonePlacement(text: string): string {
  return text
    .normalize('NFD')
    .replace(OLD_STYLE_OA, '$1$3$2')
    .replace(OLD_STYLE_UY, '$1$3$2')
    .normalize('NFC');
}

const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [new RegExp(`${B}UBND${E}`, 'gu'), 'Ủy ban nhân dân'],
  [new RegExp(`${B}HĐND${E}`, 'gu'), 'Hội đồng nhân dân'],
  [new RegExp(`${B}(?:Đoàn\\s+)?ĐBQH${E}`, 'gu'), 'Đoàn đại biểu Quốc hội'],
  [new RegExp(`${B}TP(?:\\.\\s*|\\s+)`, 'gu'), 'thành phố '],
  [new RegExp(`${B}TX(?:\\.\\s*|\\s+)`, 'gu'), 'thị xã '],
  [new RegExp(`${B}BQL${E}`, 'gu'), 'Ban Quản lý'],
  [new RegExp(`${B}KCN${E}`, 'gu'), 'khu công nghiệp'],
  // "Đoàn TNCS Hồ Chí Minh tỉnh", as the Đoàn writes its own name.
  [new RegExp(`${B}TNCS${E}`, 'gu'), 'Thanh niên Cộng sản'],
];

const TRAILING_PUNCTUATION = /[\s;.,]+$/u;

/**
 * @example literalForm('UBND TP. Vũng Tàu;') === 'Ủy ban nhân dân thành phố Vũng Tàu'
 * @example literalForm('Sở Kế hoạch - Đầu tư') === 'Sở Kế hoạch - Đầu tư'
 */
export function literalForm(text: string): string {
  let form = normalizeText(text);
  for (const [pattern, spelled] of ABBREVIATIONS) form = form.replace(pattern, spelled);
  return foldTonePlacement(normalizeText(form).replace(TRAILING_PUNCTUATION, ''));
}
