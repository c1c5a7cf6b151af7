import type { CellGrid, CheckWrite, ExistingState, SheetSpec, WorkbookPort } from '../../src/domain';

/**
 * A workbook port over grids in memory that records what the use cases ask it to write, for tests of the
 * use cases themselves (the adapters have their own tests against Excel and ExcelJS).
 */
export function recordingPort(
  grid: CellGrid,
  options: {
    registry?: CellGrid;
    settings?: CellGrid;
    existing?: Partial<ExistingState>;
    notes?: boolean;
  } = {},
) {
  const writes: CheckWrite[] = [];
  const saved: SheetSpec[] = [];
  const reads: Array<string | undefined> = [];
  const port: WorkbookPort = {
    read: async (sheetName) => {
      reads.push(sheetName);
      return {
        sheetNames: [grid.sheetName],
        grid,
        ...(options.registry ? { registry: options.registry } : {}),
        ...(options.settings ? { settings: options.settings } : {}),
        capabilities: { notes: options.notes ?? true },
        existing: { sheets: [{ name: grid.sheetName }], markIds: [], notes: [], ...options.existing },
      };
    },
    writeCheck: async (write) => {
      writes.push(write);
      return {
        resultSheetName: write.result.name,
        resultSheetRenamed: false,
        notesWritten: write.marks.length,
        notesKept: 0,
      };
    },
    clearMarks: async () => ({ marks: 0, notes: 0 }),
    selectCell: async () => undefined,
    saveSettings: async (spec) => {
      saved.push(spec);
    },
  };
  return { port, writes, saved, reads };
}
