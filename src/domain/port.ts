import type { ApplyOutcome, CellChange } from './fixes';
import type { CellGrid } from './grid';
import type { TaskPlacement } from './taskForm';
import type { Severity } from './schema';
import type { SheetSpec, SheetTag } from './sheetSpec';
import type { ListSheetDrawing, ListSheetSpec } from './views';

/**
 * The seam between the use cases (task pane, ribbon command, workbench) and a workbook. Two adapters
 * implement it: src/excel (Office.js, inside Excel) and src/xlsx (ExcelJS, over an .xlsx file). Every
 * method is one self-contained trip to the workbook; the Office.js adapter documents its `context.sync()`
 * cost per method, and the tests hold it to that.
 */
export interface WorkbookPort {
  /** The sheet to check (named, or the active one) and the add-in's own sheets, in one read. */
  read(sheetName?: string): Promise<WorkbookSnapshot>;
  /** Replaces the marks of earlier checks on `sheetName` with `marks`, and writes the result sheet. */
  writeCheck(write: CheckWrite): Promise<CheckWriteOutcome>;
  /** Removes every mark the add-in made on the sheet (fills and notes); the officer's own stay. */
  clearMarks(sheetName: string): Promise<ClearOutcome>;
  /** Activates the sheet and selects the cell, so the officer sees it. */
  selectCell(sheetName: string, cell: string): Promise<void>;
  /**
   * Saves one of the add-in's hidden sheets — the settings, or the reviewed findings — tagged, replacing
   * the one of the same tag written before. Returns the sheet's name ("… (2)" when the officer's sheet
   * holds the wanted one).
   */
  saveHiddenSheet(spec: SheetSpec): Promise<{ name: string }>;
  /**
   * Writes the per-agency sheets and their index, replacing exactly the sheets this feature wrote before
   * (cleared and reused where the name is the same; the ones no longer needed removed). Never touches a
   * sheet of the officer's: the names were chosen around them (assignSheetNames).
   */
  writeAgencySheets(write: AgencySheetsWrite): Promise<AgencySheetsOutcome>;
  /** One agency's list as a workbook of its own (a new Excel window, or a download in the workbench). */
  exportAgencyWorkbook(file: AgencyWorkbookExport): Promise<ExportOutcome>;
  /**
   * Shows only the given rows of the table on the appendix sheet (title and header rows stay), hiding the
   * others with Excel's own row hiding — never by changing a value. Remembers the sheet's earlier hidden
   * rows and filter so `restoreRows` puts them back exactly.
   */
  showOnlyRows(view: RowView): Promise<RowViewOutcome>;
  /** Undoes `showOnlyRows`: the hidden rows and the filter as they were before it. */
  restoreRows(sheetName: string): Promise<RestoreOutcome>;
  /**
   * Adds a sheet drawn from the spec after the others, under its name or the next free one ("Phụ lục
   * nhiệm vụ (2)"), and shows it. Never replaces a sheet, never tags it: a matrix read from a plan's text
   * is the officer's sheet from the start.
   */
  addSheet(drawing: ListSheetDrawing): Promise<{ name: string }>;
  /**
   * Writes the cell changes of a fix preview, each only where the cell still holds the text the preview
   * showed (no formula, nothing the officer typed since): the others are skipped and returned with why.
   * Touches nothing but those cells' values. One undo step where the host groups.
   */
  applyChanges(changes: readonly CellChange[]): Promise<ApplyOutcome>;
  /**
   * "Gỡ các trang theo cơ quan": deletes the confirmed sheets that are, at this moment, still the per-agency
   * sheets the add-in wrote (tag and A1 as it left them); a confirmed name that is now the officer's sheet —
   * edited at the top, deleted and remade, renamed into — is kept and returned as such.
   */
  removeAgencySheets(confirmed: readonly string[]): Promise<{ removed: string[]; kept: string[] }>;
  /**
   * Inserts a whole row at the placement's row (the rows below move down, as Excel's Insert does) and
   * writes the new task's cells there as text; nothing else is changed.
   */
  insertTask(sheetName: string, placement: Pick<TaskPlacement, 'rowNumber' | 'cells'>): Promise<void>;
  /** The sheet and first cell the officer has selected, or undefined (no cell selected). */
  selection(): Promise<{ sheet: string; cell: string } | undefined>;
}

export interface AgencySheetsWrite {
  index: ListSheetSpec;
  lists: ListSheetSpec[];
  /** From the read just before: which sheets are the officer's and which this feature wrote. */
  existing: ExistingState;
  /** Show the index sheet afterwards (the ribbon command has no pane to show the outcome in). */
  activateIndex?: boolean;
}

export interface AgencySheetsOutcome {
  /** Sheet names written, index first. */
  written: string[];
  /** Earlier agency sheets that are no longer needed and were removed. */
  removed: string[];
}

export interface AgencyWorkbookExport {
  /** A safe file name ("03-so-ke-hoach-va-dau-tu.xlsx"). */
  fileName: string;
  spec: ListSheetSpec;
}

export interface ExportOutcome {
  /** 'opened': a new Excel window; 'downloaded': a file; 'unsupported': the host cannot, say what to do. */
  how: 'opened' | 'downloaded' | 'unsupported';
}

export interface RowView {
  sheetName: string;
  /** The table's rows (below the header): those listed stay visible, the others are hidden. */
  firstRow: number;
  lastRow: number;
  visibleRows: number[];
}

export interface RestoreOutcome {
  /**
   * False when rows were inserted or deleted since the filter: the rows the officer had hidden before could
   * not be told apart any more, so every row of the table was shown.
   */
  exact: boolean;
}

export interface RowViewOutcome {
  hiddenRows: number;
  /**
   * False when the view is private to this officer (a named sheet view, Excel on the web); true when row
   * hiding is shared with everyone working in the workbook at the same time.
   */
  shared: boolean;
}

export interface WorkbookSnapshot {
  /** The worksheets the officer can pick from, in tab order (hidden and generated sheets left out). */
  sheetNames: string[];
  /** The sheet to check. */
  grid: CellGrid;
  /** The officer's agency registry sheet "Danh mục cơ quan", when the workbook has one. */
  registry?: CellGrid;
  /** The settings sheet the add-in saved earlier, when there is one. */
  settings?: CellGrid;
  /** The findings the officer marked reviewed ("Phát hiện đã xem"), when there are any. */
  reviews?: CellGrid;
  /** What the host can do; the use cases degrade instead of failing. */
  capabilities: HostCapabilities;
  /** What earlier runs of the add-in left in the workbook, so one write can replace exactly that. */
  existing: ExistingState;
}

/** The add-in's traces found by a read; `writeCheck` and `clearMarks` act on exactly these. */
export interface ExistingState {
  /** Every worksheet, in tab order, with the tag the add-in gave it (none: the officer's sheet). */
  sheets: Array<{ name: string; tag?: SheetTag; hidden?: boolean }>;
  /** The fill marks of earlier checks on the checked sheet, as the adapter identifies them. */
  markIds: string[];
  /** The checked sheet's cells that carry a note, and whether the add-in wrote it. */
  notes: Array<{ cell: string; ours: boolean }>;
}

export interface HostCapabilities {
  /** Cell notes (ExcelApi 1.18; not in Office 2024 LTSC). Without them, marks are fills only. */
  notes: boolean;
  /** Named sheet views (ExcelApiOnline 1.1, Excel on the web): a filter that colleagues do not see. */
  sheetViews?: boolean;
}

/** One marked cell: its fill says the worst severity, its note lists every finding in the cell. */
export interface CellMark {
  cell: string;
  severity: Severity;
  note: string;
}

export interface CheckWrite {
  sheetName: string;
  marks: CellMark[];
  result: SheetSpec;
  /** From the read just before: the marks and notes to replace, the sheet names taken. */
  existing: ExistingState;
  /** Show the result sheet afterwards (the ribbon command has no pane to show the outcome in). */
  activateResult: boolean;
}

export interface CheckWriteOutcome {
  /** The result sheet's name: the usual one, or another when a sheet of the officer's holds it. */
  resultSheetName: string;
  /** True when the usual name belongs to a sheet of the officer's, which was left alone. */
  resultSheetRenamed: boolean;
  /** Cells that got a note; cells whose own note the officer wrote keep it (counted in `notesKept`). */
  notesWritten: number;
  notesKept: number;
}

export interface ClearOutcome {
  /** Fill marks removed (one per severity and block of cells), and notes removed. */
  marks: number;
  notes: number;
}
