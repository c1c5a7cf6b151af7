import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import type { WorkbookPort } from '../../src/domain';
import type { XlsxWorkbookHooks } from '../../src/xlsx';
import { loadWorkbook, workbookBytes, xlsxWorkbook } from '../../src/xlsx';
import { SAMPLE } from '../helpers/grid';

/** The sample appendix, freshly loaded. */
export function sampleWorkbook(): Promise<ExcelJS.Workbook> {
  return loadWorkbook(readFileSync(SAMPLE), 'ke-hoach-58-2024-phu-luc.xlsx');
}

/** The workbook as the officer would get it back: written to .xlsx bytes and opened again. */
export async function roundTrip(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  return loadWorkbook(await workbookBytes(workbook), 'tai-xuong.xlsx');
}

export interface Page {
  port: WorkbookPort;
  selected: Array<[string, string]>;
  downloads: Array<{ fileName: string; bytes: Uint8Array }>;
  changes: number;
}

/** The port with hooks that record what the page would do; the active sheet is the first one. */
export function onPage(workbook: ExcelJS.Workbook, active = workbook.worksheets[0]?.name ?? ''): Page {
  const page: Page = { port: undefined as unknown as WorkbookPort, selected: [], downloads: [], changes: 0 };
  const hooks: XlsxWorkbookHooks = {
    activeSheet: () => active,
    onSelect: (sheet, cell) => page.selected.push([sheet, cell]),
    onDownload: (fileName, bytes) => page.downloads.push({ fileName, bytes }),
    onChange: () => page.changes++,
  };
  page.port = xlsxWorkbook(workbook, hooks);
  return page;
}

/** The conditional formats of a sheet (ExcelJS keeps them in a field its typings omit). */
export function conditionalFormats(sheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] {
  return (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] })
    .conditionalFormattings;
}

/** Every cell value of a sheet, by address, to compare before and after. */
export function cellValues(sheet: ExcelJS.Worksheet): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  sheet.eachRow((row) => row.eachCell((cell) => (values[cell.address] = cell.value)));
  return values;
}

export function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const found = workbook.getWorksheet(name);
  if (!found) throw new Error(`no sheet "${name}" in ${workbook.worksheets.map((ws) => ws.name).join(', ')}`);
  return found;
}
