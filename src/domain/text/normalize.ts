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
  return text.normalize('NFC').replace(INVISIBLE, '').replace(SPACES, ' ').trim();
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
  return !VISIBLE.test(text);
}
