export { normalizeText, foldKey, isBlank, composed } from './normalize';
export { parseVietnameseDate, formatIsoDate } from './dates';
export type { ParsedDate } from './dates';
export { convertLegacy, convertTcvn3, convertVni, detectLegacyEncoding } from './legacyEncoding';
export type { LegacyEncoding } from './legacyEncoding';
export { hasStraySpaces, tidySpaces } from './straySpaces';
export { romanNumeral, romanValue, VIETNAMESE_LETTERS } from './numerals';
export {
  bareLetters,
  hasNonVietnameseLetter,
  isVietnameseWord,
  oddWords,
  withoutLookAlikes,
} from './oddLetters';
export type { OddWord } from './oddLetters';
