export { normalizeText, foldKey, isBlank } from './normalize';
export { parseVietnameseDate, formatIsoDate } from './dates';
export type { ParsedDate } from './dates';
export { convertTcvn3, detectLegacyEncoding } from './legacyEncoding';
export type { LegacyEncoding } from './legacyEncoding';
