import type ExcelJS from 'exceljs';
import type { WorkbookPort } from '../domain';
import { uniqueSheetName } from '../domain';
import { listWorkbook, workbookBytes } from './listWorkbook';
import { readSnapshot } from './readSnapshot';
import { rowViews } from './rowView';
import { writeListSheet } from './writeListSheet';
import { xlsxApplyChanges } from './xlsxApplyChanges';
import { xlsxInsertTask } from './xlsxInsertTask';
import { xlsxRemoveAgencySheets, xlsxWriteAgencySheets } from './xlsxAgencySheets';
import { removeMarks } from './xlsxMarks';
import { removeMarkNotes } from './xlsxNotes';
import { sheetNamed, xlsxSaveHiddenSheet, xlsxWriteCheck } from './xlsxWriteCheck';

/** What the page around an in-memory workbook does for it: it shows the sheets and saves files. */
export interface XlsxWorkbookHooks {
  /** The sheet the officer is looking at: what "the active sheet" means. */
  activeSheet(): string;
  /** Show this sheet with this cell selected. */
  onSelect(sheetName: string, cell: string): void;
  /** Offer these .xlsx bytes as a file to save. */
  onDownload(fileName: string, bytes: Uint8Array): void;
  /** The workbook was changed (marks, sheets, hidden rows): redraw what shows it. */
  onChange?(): void;
  /** The cell shown selected, if any. */
  selectedCell?(): { sheet: string; cell: string } | undefined;
}

/**
 * The WorkbookPort over an ExcelJS workbook in memory — the second implementation, beside the Office.js
 * one (src/excel), that lets the same task pane run in a browser over an .xlsx file (src/workbench) and
 * the tests check the use cases against real .xlsx bytes. It writes what the add-in writes inside Excel:
 * marks as tagged conditional formats and notes, the result, settings and agency sheets (tagged in a very
 * hidden sheet, see sheetTags.ts); nothing is saved until the page asks for the bytes.
 * @example const port = xlsxWorkbook(await loadWorkbook(bytes, 'ke-hoach.xlsx'), hooks); await checkWorkbook(port, { checkedAt })
 */
export function xlsxWorkbook(workbook: ExcelJS.Workbook, hooks: XlsxWorkbookHooks): WorkbookPort {
  const rows = rowViews();
  // Each method settles as one step, like one Excel.run; the page redraws once it has.
  const changing = async <T>(work: () => T): Promise<T> => {
    try {
      return work();
    } finally {
      hooks.onChange?.();
    }
  };
  return {
    read: async (sheetName) => readSnapshot(workbook, sheetName, hooks.activeSheet()),
    writeCheck: (write) => changing(() => xlsxWriteCheck(workbook, write)),
    clearMarks: (sheetName) =>
      changing(() => {
        const sheet = sheetNamed(workbook, sheetName);
        return { marks: removeMarks(sheet), notes: removeMarkNotes(sheet) };
      }),
    selectCell: async (sheetName, cell) => hooks.onSelect(sheetNamed(workbook, sheetName).name, cell),
    saveHiddenSheet: (spec) => changing(() => xlsxSaveHiddenSheet(workbook, spec)),
    writeAgencySheets: (write) =>
      changing(() => {
        const outcome = xlsxWriteAgencySheets(workbook, write);
        const index = outcome.written[0];
        if (write.activateIndex && index) hooks.onSelect(index, 'A1');
        return outcome;
      }),
    exportAgencyWorkbook: async (file) => {
      hooks.onDownload(file.fileName, await workbookBytes(listWorkbook(file.spec)));
      return { how: 'downloaded' };
    },
    showOnlyRows: (view) => changing(() => rows.show(sheetNamed(workbook, view.sheetName), view)),
    restoreRows: (sheetName) =>
      changing(() => {
        rows.restore(sheetNamed(workbook, sheetName));
        // The workbench keeps its record in memory, by sheet, for a file it alone edits: always exact.
        return { exact: true };
      }),
    addSheet: (drawing) =>
      changing(() => {
        const name = uniqueSheetName(
          drawing.name,
          workbook.worksheets.map((sheet) => sheet.name),
        );
        writeListSheet(workbook, { ...drawing, name });
        hooks.onSelect(name, 'A1');
        return { name };
      }),
    applyChanges: (changes) => changing(() => xlsxApplyChanges(workbook, changes)),
    removeAgencySheets: (names) => changing(() => xlsxRemoveAgencySheets(workbook, names)),
    selection: async () => hooks.selectedCell?.(),
    insertTask: (sheetName, placement) => changing(() => xlsxInsertTask(workbook, sheetName, placement)),
  };
}
