export { parseDestinations } from './destinations';
export { countValue, declaredCount, readCount } from './counts';
export { delegationReport, headOf, readDelegations, summarizeDelegations } from './summarize';
export type { RowAnalysis } from './summarize';
export * from './schema';
export { delegationSummaryLines } from './summaryLines';
