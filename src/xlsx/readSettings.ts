import type ExcelJS from 'exceljs';
import type { Finding, Review, Settings } from '../domain';
import { DEFAULT_SETTINGS, readReviewsSheet, readSettingsSheet, SHEET_STRINGS } from '../domain';
import { findWorksheet } from './findWorksheet';
import { worksheetToGrid } from './worksheetToGrid';

/**
 * The settings the add-in saved in the workbook (the hidden sheet "Cài đặt kiểm tra"), or the defaults.
 * ExcelJS does not read worksheet custom properties, so the sheet is found by its name here.
 */
export function readSettings(workbook: ExcelJS.Workbook): { settings: Settings; findings: Finding[] } {
  const sheet = findWorksheet(workbook, SHEET_STRINGS.vi.settingsSheet);
  return sheet ? readSettingsSheet(worksheetToGrid(sheet)) : { settings: DEFAULT_SETTINGS, findings: [] };
}

/** The findings the officer marked reviewed in the add-in (the hidden sheet "Phát hiện đã xem"), found by name. */
export function readReviews(workbook: ExcelJS.Workbook): Review[] {
  const sheet = findWorksheet(workbook, SHEET_STRINGS.vi.reviewsSheet);
  return sheet ? readReviewsSheet(worksheetToGrid(sheet)) : [];
}
