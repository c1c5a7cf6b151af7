/** The one-click check as data: the marks, the result sheet and the settings sheet the adapters write. */
export { cellMarks, isMarkNote, MARK_NOTE_TAG, markNoteText } from './cellMarks';
export { failureSheetSpec, resultSheetSpec, ruleTitle } from './resultSheet';
export type { ResultSheetInput } from './resultSheet';
export { printedLines, readSettingsSheet, settingsSheetSpec } from './settingsSheet';
export { SHEET_STRINGS } from './strings';
export { checkWorkbook } from './checkWorkbook';
export type { CheckOutcome, CheckOptions } from './checkWorkbook';
export { planNotes, sheetNameFor } from './planWrite';
export type { NotePlan, SheetNameChoice } from './planWrite';
export { formatCheckedAt, isoDay } from './checkedAt';
export { isMarkFormula, MARK_FILLS, markFormula, markSeverity } from './markStyle';
