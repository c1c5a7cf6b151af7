import ExcelJS from 'exceljs';
import type { ListSheetSpec } from '../domain';
import { writeListSheet } from './writeListSheet';

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
  workbook.keywords = LIST_WORKBOOK_TAG;
  writeListSheet(workbook, spec);
  return workbook;
}

/** True for a workbook `task-matrix split` wrote (whatever it was renamed to or edited since). */
export function isListWorkbook(workbook: ExcelJS.Workbook): boolean {
  return (workbook.keywords ?? '').split(/[\s,;]+/u).includes(LIST_WORKBOOK_TAG);
}

/** The workbook as .xlsx bytes. */
export async function workbookBytes(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
