export { buildAgencyLists } from './buildAgencyLists';
export { agencyRowView } from './agencyRowView';
export { UNIDENTIFIED_KEY } from './types';
export type {
  AgencyList,
  AgencyListKind,
  AgencyListOptions,
  AgencyLists,
  AgencyTaskEntry,
  CarriedField,
  ListClosing,
  SectionRef,
  TaskRole,
} from './types';
export { agencyIndex, dueQuarter } from './agencyIndex';
export type { AgencyCounts, AgencyIndex, AgencyIndexRow } from './agencyIndex';
export {
  assignSheetNames,
  INDEX_SHEET_KEY,
  listName,
  listShortName,
  uniqueSheetName,
  sheetNameKey,
} from './sheetNames';
export type { AgencySheetName } from './sheetNames';
export { agencyFileNames, INDEX_FILE_NAME, safeFileName } from './fileNames';
export { agencySheetSpec, roleText } from './agencySheetSpec';
export { indexSheetSpec } from './indexSheetSpec';
export type { IndexSheetOptions } from './indexSheetSpec';
export {
  isFormulaLike,
  LIST_SHEET_STYLE,
  listCellText,
  listSheetLayout,
  planReferenceLine,
} from './listSheetSpec';
export type {
  LinkTarget,
  ListCell,
  ListRow,
  ColumnChoice,
  ListSheetDrawing,
  ListSheetLayout,
  ListSheetSpec,
} from './listSheetSpec';
export {
  bodyRowHeight,
  closingSplit,
  columnPoints,
  LIST_SHEET_MARGINS,
  mergedRowHeight,
  printScale,
} from './listSheetPrint';
export { appendixTemplate } from './appendixTemplate';
export { excelTableName } from './excelTableName';
export { listSheetGrid } from './listSheetGrid';
export { listText } from './listText';
export type { ListText } from './listText';
export { agencyFiles } from './agencyFiles';
export type { AgencyFiles, ListFile } from './agencyFiles';
export { appendixChoices, choicesSheetSpec, CHOICE_COLUMNS, currentAgencyNames } from './appendixChoices';
export type { AppendixChoices } from './appendixChoices';
export {
  BAR_GLYPHS,
  countsInWords,
  findingsBySection,
  sectionLabel,
  severityBar,
  textBar,
} from './findingsBySection';
export type { SectionFindings } from './findingsBySection';
