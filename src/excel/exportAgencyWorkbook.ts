import type { AgencyWorkbookExport, ExportOutcome, ListSheetSpec } from '../domain';

/**
 * The .xlsx bytes of one list sheet. The composition roots pass the ExcelJS renderer behind a dynamic
 * import, so ExcelJS is fetched only when an officer exports (it must stay out of the task pane's first
 * bundle, and src/excel may not import src/xlsx).
 * @example (spec) => import('../xlsx').then((xlsx) => xlsx.workbookBytes(xlsx.listWorkbook(spec)))
 */
export type BuildWorkbookBytes = (spec: ListSheetSpec) => Promise<Uint8Array>;

/** What `Excel.createWorkbook` needs: the global namespace, passed in so tests can give a fake. */
export interface WorkbookCreator {
  createWorkbook?: (base64?: string) => Promise<void>;
}

/**
 * "Xuất từng cơ quan": opens one agency's list as a new workbook in Excel (`Excel.createWorkbook`, ExcelApi
 * 1.8: learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-workbooks#create-a-workbook), unsaved,
 * for the officer to save and send. The file name is for the officer (Excel names a new workbook itself).
 * A host without the call gets 'unsupported', before ExcelJS is loaded: the officer can use the command
 * line's `split`, or right-click the agency's sheet › Move or Copy › (new book).
 * Windows' `extensionHardening` policy refuses base64 whose content does not match .xlsx; ours is .xlsx.
 * @example await exportAgencyWorkbook(agencyWorkbookExport(lists, 'so-ngoai-vu'), buildBytes, Excel) // { how: 'opened' }
 */
export async function exportAgencyWorkbook(
  file: AgencyWorkbookExport,
  buildBytes: BuildWorkbookBytes,
  excel: WorkbookCreator,
): Promise<ExportOutcome> {
  const create = excel.createWorkbook;
  if (typeof create !== 'function') return { how: 'unsupported' };
  const bytes = await buildBytes(file.spec);
  await create(base64Of(bytes));
  return { how: 'opened' };
}

/** Base64 without Buffer (the task pane runs in a browser), in slices so no call gets millions of arguments. */
export function base64Of(bytes: Uint8Array): string {
  const SLICE = 0x8000;
  let binary = '';
  for (let i = 0; i < bytes.length; i += SLICE) {
    // eslint-disable-next-line no-restricted-syntax -- a slice of at most 32,768 bytes
    binary += String.fromCharCode(...bytes.subarray(i, i + SLICE));
  }
  return btoa(binary);
}
