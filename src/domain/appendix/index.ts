export { parseAppendix } from './parseAppendix';
export { chooseSheet } from './chooseSheet';
export type { SheetCandidate } from './chooseSheet';
export { parseTt } from './parseTt';
export type { ParsedTt, TtKind } from './parseTt';
export { fieldForTitle, FIELD_TITLES } from './appendixTable';
export { readPlan } from './readPlan';
