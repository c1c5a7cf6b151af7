export { canonicalTitles } from './tableKind';
export type { ColumnSpec, TableKind } from './tableKind';
export { titleMatcher } from './titleMatcher';
export type { TitleMatcher } from './titleMatcher';
export { columnLetters, findTableHeader, headerSearchRows, repeatsHeader } from './findTableHeader';
export type { HeaderMatch } from './findTableHeader';
export { isMark } from './periodColumns';
export type { PeriodColumn } from './periodColumns';
