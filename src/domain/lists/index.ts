/** "Tạo danh sách theo cơ quan" and "Xuất từng cơ quan" as use cases over the workbook port. */
export { generateAgencySheets } from './generateAgencySheets';
export type { AgencySheetsOptions, AgencySheetsResult } from './generateAgencySheets';
export { agencySheetSpecs } from './agencySheetSpecs';
export type { AgencySheetSpecs } from './agencySheetSpecs';
export { AGENCY_SHEET_TAGS, isAgencySheet, planAgencySheets } from './planAgencySheets';
export type { AgencySheetPlan, AgencySheetTarget } from './planAgencySheets';
export { agencyWorkbookExport } from './agencyWorkbookExport';
