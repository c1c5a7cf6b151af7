export { normalizeText, foldKey, isBlank } from './normalize';
export { parseVietnameseDate, formatIsoDate } from './dates';
export type { ParsedDate } from './dates';
export { detectLegacyEncoding } from './legacyEncoding';
export type { LegacyEncoding } from './legacyEncoding';
