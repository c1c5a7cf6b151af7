import type ExcelJS from 'exceljs';
import type { HostCapabilities, WorkbookSnapshot } from '../domain';
import { REGISTRY_SHEET_NAME, SHEET_STRINGS, UnusableWorkbookError } from '../domain';
import { findWorksheet } from './findWorksheet';
import { taggedSheets } from './sheetTags';
import { worksheetToGrid } from './worksheetToGrid';
import { markIds } from './xlsxMarks';
import { sheetNotes } from './xlsxNotes';

/** An .xlsx has notes; nothing else is optional here. */
export const XLSX_CAPABILITIES: HostCapabilities = { notes: true };

/**
 * What a check needs from an ExcelJS workbook, as the Office.js reader delivers it (src/excel/
 * readWorkbook.ts): the sheet to check as a CellGrid, the registry, settings and reviews sheets, every sheet with
 * the add-in's tag, and the marks and notes an earlier check left on the checked sheet.
 * The settings (reviews) sheet is the tagged one; failing that, the sheet named "Cài đặt kiểm tra" ("Phát hiện
 * đã xem"), as the CLI reads
 * it (a workbook saved by the add-in inside Excel carries its tags in custom properties ExcelJS cannot see).
 * @example readSnapshot(workbook, undefined, 'Phụ lục 1').grid.sheetName === 'Phụ lục 1'
 */
export function readSnapshot(
  workbook: ExcelJS.Workbook,
  sheetName: string | undefined,
  activeSheet: string,
): WorkbookSnapshot {
  const sheet = findWorksheet(workbook, sheetName ?? activeSheet);
  if (!sheet) {
    throw new UnusableWorkbookError('no-such-sheet', {
      sheet: sheetName ?? activeSheet,
      available: workbook.worksheets.map((ws) => ws.name),
    });
  }
  const sheets = taggedSheets(workbook);
  const registry = findWorksheet(workbook, REGISTRY_SHEET_NAME);
  const settingsName = sheets.find((s) => s.tag === 'settings')?.name ?? SHEET_STRINGS.vi.settingsSheet;
  const settings = findWorksheet(workbook, settingsName);
  const reviewsName = sheets.find((s) => s.tag === 'reviews')?.name ?? SHEET_STRINGS.vi.reviewsSheet;
  const reviews = findWorksheet(workbook, reviewsName);
  return {
    sheetNames: sheets.filter((s) => !s.hidden && !s.tag).map((s) => s.name),
    grid: worksheetToGrid(sheet),
    ...(registry ? { registry: worksheetToGrid(registry) } : {}),
    ...(settings ? { settings: worksheetToGrid(settings) } : {}),
    ...(reviews ? { reviews: worksheetToGrid(reviews) } : {}),
    capabilities: XLSX_CAPABILITIES,
    existing: { sheets, markIds: markIds(sheet), notes: sheetNotes(sheet) },
  };
}
