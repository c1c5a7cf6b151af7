export { changesBySheet, FIXABLE_CODES, isFixableCode, sortOutChanges } from './cellChange';
export type { ApplyOutcome, CellChange, CellNow, FixableCode, SkipReason, SkippedChange } from './cellChange';
export { proposeFixes } from './proposeFixes';
export type { FixInput } from './proposeFixes';
export { renumberings } from './renumberGroups';
export type { Renumbering } from './renumberGroups';
