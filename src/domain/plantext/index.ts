/**
 * A plan's own text read as a task matrix (issue 16): paragraphs → outline of numbered headings and
 * labelled parts → appendix rows, with what the text leaves out or gets wrong.
 */
export { importPlanText } from './importPlanText';
export type { PlanImport } from './importPlanText';
export { planMatrixSheet } from './planMatrixSheet';
export type { PlanHeader } from './planHeader';
export type { PlanRow, PlanTask } from './planTasks';
export type { PlanTextCode, PlanTextFinding } from './planTextChecks';
export { compareMatrix } from './compareMatrix';
export type { CompareOptions, MatrixComparison, MatrixDifference, MatrixPair } from './compareMatrix';
