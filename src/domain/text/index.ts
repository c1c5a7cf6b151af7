export { normalizeText, foldKey, isBlank } from './normalize';
export { parseVietnameseDate, formatIsoDate } from './dates';
export type { ParsedDate } from './dates';
