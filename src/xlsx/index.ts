export { loadWorkbook } from './loadWorkbook';
export { worksheetToGrid } from './worksheetToGrid';
export { readAppendix } from './readAppendix';
export type { ReadResult } from './readAppendix';
export { readRegistry } from './readRegistry';
export { readSettings } from './readSettings';
export { findWorksheet, looseSheetName } from './findWorksheet';
export { writeListSheet } from './writeListSheet';
export { isListWorkbook, LIST_WORKBOOK_TAG, listWorkbook, workbookBytes } from './listWorkbook';
