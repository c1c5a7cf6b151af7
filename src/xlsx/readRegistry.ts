import type ExcelJS from 'exceljs';
import type { AgencyRegistry, Finding } from '../domain';
import { REGISTRY_SHEET_NAME, workbookRegistry } from '../domain';
import { findWorksheet } from './findWorksheet';
import { worksheetToGrid } from './worksheetToGrid';

/** The workbook's agency registry: the defaults, extended by its "Danh mục cơ quan" sheet if it has one. */
export function readRegistry(workbook: ExcelJS.Workbook): { registry: AgencyRegistry; findings: Finding[] } {
  const sheet = findWorksheet(workbook, REGISTRY_SHEET_NAME);
  return workbookRegistry(sheet ? worksheetToGrid(sheet) : undefined);
}
