import type { WorkbookPort } from '../domain';
import { planAgencySheets } from '../domain';
import { addSheet } from './addSheet';
import { applyChanges } from './applyChanges';
import { clearMarks } from './clearMarks';
import type { BuildWorkbookBytes } from './exportAgencyWorkbook';
import { exportAgencyWorkbook } from './exportAgencyWorkbook';
import type { ExcelHost } from './hostCapabilities';
import { insertTask } from './insertTask';
import { readSelection } from './readSelection';
import { readWorkbook } from './readWorkbook';
import { removeAgencySheets } from './removeAgencySheets';
import { restoreRows, showOnlyRows } from './rowView';
import { runExcel } from './runExcel';
import { saveHiddenSheet } from './saveHiddenSheet';
import { selectCell } from './selectCell';
import { agencyWritesNeedUndoBreak, writeAgencySheets } from './writeAgencySheets';
import { resultNeedsUnhiding, writeCheck } from './writeCheck';

export interface ExcelWorkbookOptions {
  /** The ExcelJS renderer, loaded lazily by the composition root; without it, exporting is a wiring bug. */
  buildBytes?: BuildWorkbookBytes;
}

/**
 * The workbook port backed by Office.js, injected into the task pane (src/taskpane/index.tsx) and used by
 * the ribbon command (src/commands). Each method is one `Excel.run`; the check's writes and clearing are one
 * undo step where the host supports it, and so are the agency sheets unless a call that cannot be undone is
 * needed (removing a sheet, showing a hidden one). Saving settings is not grouped: hiding the settings sheet
 * (`Worksheet.visibility`) cannot be undone on Windows and Mac, and in a group Excel refuses it with
 * UndoNotSupported (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities).
 * @example const port = excelWorkbook(hostCapabilities(isSetSupported), { buildBytes }); await checkWorkbook(port, { checkedAt })
 */
export function excelWorkbook(host: ExcelHost, options: ExcelWorkbookOptions = {}): WorkbookPort {
  const write = { undoGroup: host.undoGroup };
  return {
    read: (sheetName) => runExcel((context) => readWorkbook(context, sheetName, host)),
    writeCheck: (check) =>
      runExcel((context) => writeCheck(context, check, host), {
        undoGroup: host.undoGroup && !resultNeedsUnhiding(check),
      }),
    clearMarks: (sheetName) => runExcel((context) => clearMarks(context, sheetName, host), write),
    selectCell: (sheetName, cell) => runExcel((context) => selectCell(context, sheetName, cell)),
    saveHiddenSheet: (spec) => runExcel((context) => saveHiddenSheet(context, spec)),
    writeAgencySheets: (sheets) => {
      const plan = planAgencySheets(sheets);
      return runExcel((context) => writeAgencySheets(context, sheets, plan), {
        undoGroup: host.undoGroup && !agencyWritesNeedUndoBreak(sheets, plan),
      });
    },
    exportAgencyWorkbook: (file) => {
      const { buildBytes } = options;
      if (!buildBytes) return Promise.reject(new Error('excelWorkbook: no buildBytes to export with'));
      return exportAgencyWorkbook(file, buildBytes, Excel);
    },
    showOnlyRows: (view) => runExcel((context) => showOnlyRows(context, view, host)),
    restoreRows: (sheetName) => runExcel((context) => restoreRows(context, sheetName, host)),
    addSheet: (drawing) => runExcel((context) => addSheet(context, drawing), write),
    applyChanges: (changes) => runExcel((context) => applyChanges(context, changes), write),
    // Deleting a sheet cannot be undone: never in an undo group.
    removeAgencySheets: (names) => runExcel((context) => removeAgencySheets(context, names)),
    selection: () => runExcel((context) => readSelection(context)),
    insertTask: (sheetName, placement) =>
      runExcel((context) => insertTask(context, sheetName, placement), write),
  };
}
