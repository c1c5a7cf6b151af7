import type { CellGrid } from '../domain';
import { readActiveSheetGrid } from './readActiveSheetGrid';
import { runExcel } from './runExcel';

/**
 * The workbook port backed by Office.js, injected into the task pane by src/taskpane/index.tsx. It is
 * typed structurally (the port interface lives with the task pane, which imports this layer, not the
 * other way round).
 */
export const excelWorkbook: { readActiveSheet(): Promise<CellGrid> } = {
  readActiveSheet: () => runExcel(readActiveSheetGrid),
};
