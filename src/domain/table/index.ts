export { canonicalTitles } from './tableKind';
export type { ColumnSpec, TableKind, ValueColumnsSpec } from './tableKind';
export { titleMatcher } from './titleMatcher';
export type { TitleMatcher } from './titleMatcher';
export { columnLetters, findTableHeader, headerSearchRows, repeatsHeader } from './findTableHeader';
export type { HeaderMatch } from './findTableHeader';
export { isAmount, isMark } from './valueColumns';
export type { ValueCell, ValueColumn } from './valueColumns';
