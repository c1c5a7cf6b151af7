import ExcelJS from 'exceljs';
import type { AppendixChoices, ListSheetDrawing, ListSheetSpec } from '../domain';
import { appendixTemplate, choicesSheetSpec, fingerprint } from '../domain';
import { writeListSheet } from './writeListSheet';
import { xlsxSaveHiddenSheet } from './xlsxWriteCheck';

/**
 * The mark of a workbook `task-matrix split` wrote: a word in its keywords, which Excel shows as "Tags"
 * (File › Info) and keeps when the file is edited and saved. ExcelJS 4.4 cannot write custom document
 * properties, and a keyword survives renaming the file, unlike a list of names kept beside it.
 */
export const LIST_WORKBOOK_TAG = 'task-matrix-split';

/**
 * A workbook holding one list sheet, tagged as ours.
 * @example await workbookBytes(listWorkbook(spec)) // .xlsx bytes, keywords "task-matrix-split"
 */
export function listWorkbook(spec: ListSheetSpec): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'task-matrix';
  workbook.title = spec.title[0] ?? spec.name;
  writeListSheet(workbook, spec);
  // The tag, and the fingerprint of what was written: a list the officer edits since is theirs (issue 13).
  workbook.keywords = `${LIST_WORKBOOK_TAG} ${FINGERPRINT_PREFIX}${contentFingerprint(workbook)}`;
  return workbook;
}

/**
 * A new workbook holding one sheet drawn from a spec and nothing of the add-in's: a matrix read from a
 * plan's text (`task-matrix import`) is the officer's document from the start.
 */
export function sheetWorkbook(drawing: ListSheetDrawing): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'task-matrix';
  writeListSheet(workbook, drawing);
  return workbook;
}

/**
 * A new workbook holding the empty standard appendix (the officer's sheet) with its dropdowns, and the
 * add-in's hidden "Danh sách chọn" they read (`task-matrix new`).
 */
export function templateWorkbook(
  choices: AppendixChoices,
  options: { table?: boolean } = {},
): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'task-matrix';
  const spec = choicesSheetSpec(choices);
  const drawing = appendixTemplate({ sheet: spec.name, spec }, options);
  writeListSheet(workbook, drawing);
  xlsxSaveHiddenSheet(workbook, spec);
  return workbook;
}

/** True for a workbook `task-matrix split` wrote (whatever it was renamed to or edited since). */
export function isListWorkbook(workbook: ExcelJS.Workbook): boolean {
  return keywordsOf(workbook).includes(LIST_WORKBOOK_TAG);
}

/**
 * Whether a workbook `split` wrote still holds exactly what it wrote: the fingerprint in its keywords
 * matches its cells now. Opening and saving it in Excel keeps it so; changing a cell makes it the officer's.
 */
export function isUneditedListWorkbook(workbook: ExcelJS.Workbook): boolean {
  const recorded = keywordsOf(workbook).find((word) => word.startsWith(FINGERPRINT_PREFIX));
  return isListWorkbook(workbook) && recorded === `${FINGERPRINT_PREFIX}${contentFingerprint(workbook)}`;
}

const FINGERPRINT_PREFIX = 'noi-dung-';

function keywordsOf(workbook: ExcelJS.Workbook): string[] {
  return (workbook.keywords ?? '').split(/[\s,;]+/u);
}

/** Every sheet's name and the text of its cells (a merged area once), in order. */
function contentFingerprint(workbook: ExcelJS.Workbook): string {
  const lines: string[] = [];
  for (const sheet of workbook.worksheets) {
    lines.push(`#${sheet.name}`);
    sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, column) => {
        if (cell.type === ExcelJS.ValueType.Merge) return;
        lines.push(`${rowNumber}:${column}=${cell.text}`);
      });
    });
  }
  return fingerprint(lines.join('\n'));
}

/** The workbook as .xlsx bytes. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
