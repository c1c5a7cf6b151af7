export { loadWorkbook } from './loadWorkbook';
export { worksheetToGrid } from './worksheetToGrid';
export { readAppendix, readPlanAppendices } from './readAppendix';
export type { PlanAppendices, ReadResult } from './readAppendix';
export { readRegistry } from './readRegistry';
export { readReviews, readSettings } from './readSettings';
export { findWorksheet, looseSheetName } from './findWorksheet';
export { writeListSheet } from './writeListSheet';
export {
  isListWorkbook,
  isUneditedListWorkbook,
  LIST_WORKBOOK_TAG,
  listWorkbook,
  sheetWorkbook,
  templateWorkbook,
  workbookBytes,
} from './listWorkbook';
export { importedWorkbook } from './importedWorkbook';
export { xlsxWorkbook } from './xlsxWorkbook';
export type { XlsxWorkbookHooks } from './xlsxWorkbook';
export { markedCells, xlsxMarkFormula } from './xlsxMarks';
export { noteText } from './xlsxNotes';
export { cellLinkTarget } from './writeSpecSheet';
export { isTagRecord, TAG_RECORD_SHEET } from './sheetTags';
export { patchCells } from './patchCells';
export type { PatchOutcome } from './patchCells';
export type { ContentCounts, ContentKind } from './contentKinds';
export { writeBack } from './writeBack';
export type { WriteBack } from './writeBack';
