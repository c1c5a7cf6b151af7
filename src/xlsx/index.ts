export { loadWorkbook } from './loadWorkbook';
export { worksheetToGrid } from './worksheetToGrid';
export { readAppendix } from './readAppendix';
export type { ReadResult } from './readAppendix';
export { readRegistry } from './readRegistry';
