import { foldKey } from './normalize';

/**
 * Letters that have no place in Vietnamese text and look like letters that do: a Cyrillic "Т" or "С" in
 * "BТС" (a citation no search finds), an Icelandic "Ð" for "Đ", a stray glyph from a PDF ("định kǶ" for
 * "định kỳ"), a Scandinavian "å" in "Đắk Låk". Foreign names keep their own letters ("Malmö", "Curaçao"):
 * a Latin letter outside Vietnamese counts only inside a word that is otherwise Vietnamese, or where the
 * document writes the same word in Vietnamese letters elsewhere.
 */

/** One word holding odd letters: the word, the letters, and the word meant when it can be told. */
export interface OddWord {
  word: string;
  letters: string[];
  /**
   * 'look-alike': a Cyrillic or Greek letter drawn like a Latin one, or "Ð" for "Đ" (the same glyph, another
   * letter); 'stray': a letter no Vietnamese or Western text uses; 'foreign': a Western letter in a
   * Vietnamese word.
   */
  kind: 'look-alike' | 'stray' | 'foreign';
  /** The word with the odd letters replaced, when the replacement is certain or the document gives it. */
  meant?: string;
}

const VIETNAMESE =
  'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵfjwz';
const VIETNAMESE_ALPHABET = new Set([...VIETNAMESE, ...VIETNAMESE.toLocaleUpperCase('vi')]);
// Letters only Vietnamese writes: a word holding one is a Vietnamese word.
const VIETNAMESE_ONLY = new Set([...VIETNAMESE].filter((letter) => !/[a-zàáâãèéêìíòóôõùúý]/u.test(letter)));

// Cyrillic and Greek letters drawn like Latin ones, and Eth drawn like Đ: the letter each stands for.
const LOOK_ALIKES: Readonly<Record<string, string>> = {
  А: 'A',
  В: 'B',
  Е: 'E',
  К: 'K',
  М: 'M',
  Н: 'H',
  О: 'O',
  Р: 'P',
  С: 'C',
  Т: 'T',
  Х: 'X',
  У: 'Y',
  І: 'I',
  Ј: 'J',
  Ѕ: 'S',
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  Α: 'A',
  Β: 'B',
  Ε: 'E',
  Ζ: 'Z',
  Η: 'H',
  Ι: 'I',
  Κ: 'K',
  Μ: 'M',
  Ν: 'N',
  Ο: 'O',
  Ρ: 'P',
  Τ: 'T',
  Υ: 'Y',
  Χ: 'X',
  ο: 'o',
  Ð: 'Đ',
  ð: 'đ',
};

// The letters the check looks at: the Latin letters outside Vietnamese (Latin-1, Extended-A and -B, IPA,
// Extended Additional but Vietnamese's own block), Greek and Cyrillic, as a table by character code (a walk
// over the codes is several times faster than a regular expression over the cell). Other scripts (Chinese,
// Lao, Khmer …) are names in their own writing, not slips.
const ODD_TABLE_END = 0x530;
const ODD_CODES = oddCodes();

function oddCodes(): Uint8Array {
  const table = new Uint8Array(ODD_TABLE_END);
  for (let code = 0xc0; code < ODD_TABLE_END; code++)
    table[code] = (code < 0x2b0 || code >= 0x370) && code !== 0xd7 && code !== 0xf7 ? 1 : 0;
  for (const letter of 'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư') table[letter.charCodeAt(0)] = 0;
  return table;
}

function isOddCode(code: number): boolean {
  if (code < ODD_TABLE_END) return ODD_CODES[code] === 1;
  return code >= 0x1e00 && code <= 0x1eff && (code < 0x1ea0 || code > 0x1ef9);
}

const WORD = /\p{L}+/gu;

/**
 * Whether the text holds a Latin, Greek or Cyrillic letter outside ASCII and Vietnamese (a foreign name too):
 * the cheap test before oddWords.
 */
export function hasNonVietnameseLetter(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xc0 && isOddCode(code)) return true;
  }
  return false;
}

/**
 * The words of an NFC text that hold odd letters. `known` gives, for a word folded to its bare letters, the
 * document's own Vietnamese spelling of it ("lak" → "Lắk"), which names the word a foreign letter stands in.
 * @example oddWords('văn bản số 16495/BТС-PTHT')[0] // { word: 'BТС', letters: ['Т', 'С'], kind: 'look-alike', meant: 'BTC' }
 */
export function oddWords(
  text: string,
  known: (bare: string) => string | undefined = () => undefined,
): OddWord[] {
  if (!hasNonVietnameseLetter(text)) return [];
  const found: OddWord[] = [];
  for (const [word] of text.matchAll(WORD)) {
    const odd = oddWord(word, known);
    if (odd) found.push(odd);
  }
  return found;
}

/**
 * The text with each word of look-alike letters written in the letters they stand for ("BТС" → "BTC", "Ðồng" →
 * "Đồng"): the safe fix of an odd-letter finding of that kind; other words untouched.
 * @example withoutLookAlikes('16495/BТС-PTHT') === '16495/BTC-PTHT'
 */
export function withoutLookAlikes(text: string): string {
  if (!hasNonVietnameseLetter(text)) return text;
  return text.replace(WORD, (word) => lookAlikeMeant(word, oddLettersOf(word)) ?? word);
}

/** The letters of a word outside the Vietnamese alphabet. */
function oddLettersOf(word: string): string[] {
  return [...word].filter((letter) => !VIETNAMESE_ALPHABET.has(letter));
}

/** The word in the letters its look-alikes stand for, when every odd letter of it is one. */
function lookAlikeMeant(word: string, letters: readonly string[]): string | undefined {
  if (letters.length === 0 || letters.some((letter) => LOOK_ALIKES[letter] === undefined)) return undefined;
  return [...word].map((letter) => LOOK_ALIKES[letter] ?? letter).join('');
}

function oddWord(word: string, known: (bare: string) => string | undefined): OddWord | undefined {
  const letters = oddLettersOf(word);
  if (letters.length === 0) return undefined;
  // Look-alikes only, among Latin letters ("BТС") or alone ("КН" in "58/КН-UBND"): the letters meant are sure.
  const lookAlike = lookAlikeMeant(word, letters);
  if (lookAlike !== undefined) return { word, letters, kind: 'look-alike', meant: lookAlike };
  if (!letters.every((letter) => LATIN.test(letter))) return undefined;
  if (letters.some((letter) => !WESTERN.test(letter))) return { word, letters, kind: 'stray' };
  const vietnamese = [...word].some((letter) => VIETNAMESE_ONLY.has(letter.toLocaleLowerCase('vi')));
  const meant = known(bareLetters(word));
  if (meant !== undefined && meant !== word) return { word, letters, kind: 'foreign', meant };
  return vietnamese ? { word, letters, kind: 'foreign' } : undefined;
}

const LATIN = /\p{Script=Latin}/u;
// Latin-1 and Latin Extended-A: the letters of the Western and Central European languages.
const WESTERN = /[\u00c0-\u017f]/u;

/**
 * A word's letters without marks, lower case, for matching spellings ("Låk", "Lắk" → "lak").
 * @example bareLetters('Đắk') === 'dak'
 */
export function bareLetters(word: string): string {
  // foldKey's folding, with the look-alike Eth and the Nordic ø, which no mark decomposes from, folded too.
  return foldKey(word.replace(/[ðÐ]/gu, 'd').replace(/[øØ]/gu, 'o'));
}

/**
 * Whether every letter of the word is Vietnamese (or ASCII): a word the document's own vocabulary may give.
 * @example isVietnameseWord('Lắk') === true; isVietnameseWord('Låk') === false
 */
export function isVietnameseWord(word: string): boolean {
  for (const letter of word) if (!VIETNAMESE_ALPHABET.has(letter)) return false;
  return true;
}
