export { parseTimeframe, isUnparsed } from './parseTimeframe';
export type { DurationUnit } from './parseTimeframe';
export { partEnd } from './facts';
export { yearsOutside } from './yearsOutside';
export { timelessReason } from './timeless';
export type { TimelessReason } from './timeless';
export type { PlanPeriod } from './yearsOutside';
export {
  TimeframeSchema,
  TimeframePartSchema,
  TimeframeProblemSchema,
  TimeframeProblemKindSchema,
  TimePointSchema,
  CadenceSchema,
} from './schema';
export type {
  Timeframe,
  TimeframePart,
  TimeframePartKind,
  TimeframeProblem,
  TimeframeProblemKind,
  TimePoint,
  Cadence,
} from './schema';
