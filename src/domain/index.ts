export * from './grid';
export { appendAll, maxOf, minOf } from './arrays';
export { fingerprint } from './fingerprint';
export { MergeLookup } from './mergeLookup';
export * from './schema';
export { errorCode, UnusableWorkbookError } from './errors';
export type { UnusableWorkbookCode } from './errors';
export * from './appendix';
export * from './table';
export * from './text';
export {
  formatFinding,
  formatError,
  severityLabel,
  FINDING_CODES,
  languageFor,
  SHEET_FINDING_TITLES,
  fieldName,
  kindFieldName,
  repeatedFindings,
  failureMessage,
  formatMatrixDifference,
  formatPlanTextFinding,
  planTextLines,
  comparisonReport,
  changedPart,
  fixLine,
  fixOutcomeLines,
  fixPreviewLines,
  renumberLines,
  skipLine,
} from './messages';
export type { ComparisonReport } from './messages';
export type { Lang, RepeatedFinding } from './messages';
export { summarize } from './summarize';
export * from './rules';
export { SettingsSchema, DEFAULT_SETTINGS } from './settings';
export type { Settings } from './settings';
export * from './legal';
export * from './timeframe';
export * from './funding';
export * from './delegations';
export * from './agencies';
export * from './check';
export type * from './port';
export * from './sheetSpec';
export * from './views';
export * from './lists';
export * from './planScope';
export * from './selfTest';
export * from './plantext';
export * from './fixes';
export * from './reviews';
export * from './taskForm';
