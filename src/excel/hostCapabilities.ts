import type { HostCapabilities } from '../domain';

export interface ExcelHost extends HostCapabilities {
  /** ExcelApi 1.20: Office.js changes are undoable and a run can be one undo step. */
  undoGroup: boolean;
}

/**
 * What this Excel can do, from its requirement sets (learn.microsoft.com/javascript/api/requirement-sets/
 * excel/excel-api-requirement-sets): notes need ExcelApi 1.18 (not in Office 2024 LTSC), undo grouping 1.20,
 * named sheet views ExcelApiOnline 1.1 (Excel on the web only).
 * @example hostCapabilities((set, version) => Office.context.requirements.isSetSupported(set, version))
 */
export function hostCapabilities(isSetSupported: (set: string, version: string) => boolean): ExcelHost {
  return {
    notes: isSetSupported('ExcelApi', '1.18'),
    undoGroup: isSetSupported('ExcelApi', '1.20'),
    sheetViews: isSetSupported('ExcelApiOnline', '1.1'),
  };
}
