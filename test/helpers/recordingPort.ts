import type {
  AgencySheetsWrite,
  AgencyWorkbookExport,
  CellChange,
  CellGrid,
  CheckWrite,
  ExistingState,
  ListSheetDrawing,
  SheetSpec,
  WorkbookPort,
} from '../../src/domain';

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
    /** Other sheets a read may name (the first grid is the active one). */
    others?: CellGrid[];
    /** The sheets offered to the officer; the grid's name by default. */
    sheetNames?: string[];
  } = {},
) {
  const agencyWrites: AgencySheetsWrite[] = [];
  const exports: AgencyWorkbookExport[] = [];
  const writes: CheckWrite[] = [];
  const saved: SheetSpec[] = [];
  const reads: Array<string | undefined> = [];
  const added: ListSheetDrawing[] = [];
  const applied: Array<readonly CellChange[]> = [];
  const port: WorkbookPort = {
    read: async (sheetName) => {
      reads.push(sheetName);
      return {
        sheetNames: options.sheetNames ?? [grid.sheetName],
        grid: options.others?.find((other) => other.sheetName === sheetName) ?? grid,
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
    saveHiddenSheet: async (spec) => {
      saved.push(spec);
      return { name: spec.name };
    },
    writeAgencySheets: async (write) => {
      agencyWrites.push(write);
      return { written: [write.index.name, ...write.lists.map((l) => l.name)], removed: [] };
    },
    exportAgencyWorkbook: async (file) => {
      exports.push(file);
      return { how: 'downloaded' };
    },
    showOnlyRows: async (view) => ({
      hiddenRows: view.lastRow - view.firstRow + 1 - view.visibleRows.length,
      shared: true,
    }),
    restoreRows: async () => ({ exact: true }),
    addSheet: async (drawing) => {
      added.push(drawing);
      return { name: drawing.name };
    },
    applyChanges: async (changes) => {
      applied.push(changes);
      return { written: [...changes], skipped: [] };
    },
    removeAgencySheets: async (names) => ({ removed: [...names], kept: [] }),
    insertTask: async () => undefined,
    selection: async () => undefined,
  };
  return { port, writes, saved, reads, agencyWrites, exports, added, applied };
}
