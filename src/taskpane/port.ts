import type { CellGrid } from '../domain';

/**
 * What the task pane needs from a workbook. The Office.js implementation lives in src/excel and is
 * injected in index.tsx; tests pass an in-memory one. Later use cases (mark findings, write the result
 * sheet) add methods here, not calls to Excel in components.
 */
export interface WorkbookPort {
  /** The active worksheet as a grid; an empty sheet gives an empty grid. */
  readActiveSheet(): Promise<CellGrid>;
}
