import type ExcelJS from 'exceljs';
import type { AgencyRegistry, Finding } from '../domain';
import { DEFAULT_REGISTRY, mergeRegistries, readRegistrySheet, REGISTRY_SHEET_NAME } from '../domain';
import { worksheetToGrid } from './worksheetToGrid';

/**
 * The agency registry for this workbook: the default one, extended (and overridden by canonical name) by the
 * officer's sheet "Danh mục cơ quan" when the workbook has one. Bad registry rows are findings, not failures.
 */
export function readRegistry(workbook: ExcelJS.Workbook): { registry: AgencyRegistry; findings: Finding[] } {
  const loose = (s: string) => s.normalize('NFC').trim().toLocaleLowerCase('vi');
  const sheet = workbook.worksheets.find((ws) => loose(ws.name) === loose(REGISTRY_SHEET_NAME));
  if (!sheet) return { registry: DEFAULT_REGISTRY, findings: [] };
  const { entries, findings } = readRegistrySheet(worksheetToGrid(sheet));
  return { registry: mergeRegistries(DEFAULT_REGISTRY, entries), findings };
}
