/**
 * Vietnamese text normalisation. The core compares and groups on normalised text and always keeps the
 * original for display: it never rewrites what the officer typed.
 */

// Zero-width characters that Word pastes carry; \s already covers NBSP and BOM.
const INVISIBLE = /\u200b|\u200c|\u200d|\u2060/g;
const SPACES = /\s+/g;

/**
 * NFC (so "ệ" typed as e + U+0323 + U+0302 equals the precomposed U+1EC7) and collapsed whitespace.
 * @example normalizeText('  Sở \n Ngoại\u00a0vụ ') === 'Sở Ngoại vụ'
 */
export function normalizeText(text: string): string {
  const nfc = composed(text);
  // Most cells are clean already: one scan spares them two replacements and a copy.
  return NEEDS_CLEANING.test(nfc) ? nfc.replace(INVISIBLE, '').replace(SPACES, ' ').trim() : nfc;
}

// Whitespace other than single spaces between words, or an invisible character.
const NEEDS_CLEANING = /\s{2}|[^\S ]|^\s|\s$|\u200b|\u200c|\u200d|\u2060/u;

// Combining marks: only text holding them can change under NFC (for Vietnamese and Latin script; the
// singleton decompositions such as U+212B do not occur in appendices). Testing first skips the costly
// normalisation for the usual, already composed cell.
// eslint-disable-next-line no-misleading-character-class -- a class of combining marks is the point here
const COMBINING = /[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/u;

/**
 * The text in NFC, as written otherwise (spaces kept): what every check reads, so decomposed text (Unikey
 * "tổ hợp", macOS, PDF copies) gets the findings its composed twin gets.
 * @example composed('Sở Ngoa\u0323i vu\u0323') === 'Sở Ngoại vụ'
 */
export function composed(text: string): string {
  return COMBINING.test(text) ? text.normalize('NFC') : text;
}

const COMBINING_MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}&]+/gu;

/**
 * A lookup key: no diacritics, lower case, punctuation turned into single spaces. Tone placement
 * ("Hòa"/"Hoà", "Ủy"/"Uỷ") no longer matters once the marks are gone.
 * @example foldKey('Cơ quan chủ trì\ntham mưu') === 'co quan chu tri tham muu'
 */
export function foldKey(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(NON_WORD, ' ')
    .trim();
}

// Anything but whitespace and zero-width characters. Scanning stops at the first such character, so a
// blank check costs next to nothing even on long cells (normalising them first was the parser's hot spot).
const VISIBLE = /(?!\u200b|\u200c|\u200d|\u2060)\S/u;

/** True when the text is empty after normalisation. @example isBlank(' \u00a0\u200b ') === true */
export function isBlank(text: string): boolean {
  // Most cells start with a printable ASCII character: visible, no regular expression needed.
  const first = text.charCodeAt(0);
  if (first > 0x20 && first < 0x7f) return false;
  return text.length === 0 || !VISIBLE.test(text);
}
