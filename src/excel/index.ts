export { runExcel } from './runExcel';
export { readActiveSheetGrid, rowBlocks, MERGED_AREAS_PER_CALL } from './readActiveSheetGrid';
export { mergedAreas } from './mergedAreas';
export { excelWorkbook } from './excelWorkbook';
