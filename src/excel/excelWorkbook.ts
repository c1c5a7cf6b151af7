import type { WorkbookPort } from '../domain';
import { clearMarks } from './clearMarks';
import type { ExcelHost } from './hostCapabilities';
import { readWorkbook } from './readWorkbook';
import { runExcel } from './runExcel';
import { saveSettings } from './saveSettings';
import { selectCell } from './selectCell';
import { resultNeedsUnhiding, writeCheck } from './writeCheck';

/**
 * The workbook port backed by Office.js, injected into the task pane (src/taskpane/index.tsx) and used by
 * the ribbon command (src/commands). Each method is one `Excel.run`; the check's writes and clearing are one
 * undo step where the host supports it. Saving settings is not grouped: hiding the settings sheet
 * (`Worksheet.visibility`) cannot be undone on Windows and Mac, and in a group Excel refuses it with
 * UndoNotSupported (learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-undo-capabilities).
 * @example const port = excelWorkbook(hostCapabilities(isSetSupported)); await checkWorkbook(port, { checkedAt })
 */
export function excelWorkbook(host: ExcelHost): WorkbookPort {
  const write = { undoGroup: host.undoGroup };
  return {
    read: (sheetName) => runExcel((context) => readWorkbook(context, sheetName, host)),
    writeCheck: (check) =>
      runExcel((context) => writeCheck(context, check, host), {
        undoGroup: host.undoGroup && !resultNeedsUnhiding(check),
      }),
    clearMarks: (sheetName) => runExcel((context) => clearMarks(context, sheetName, host), write),
    selectCell: (sheetName, cell) => runExcel((context) => selectCell(context, sheetName, cell)),
    saveSettings: (spec) => runExcel((context) => saveSettings(context, spec)),
  };
}
